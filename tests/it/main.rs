//! The integration tests, in one binary (one link of the library instead of one per file): a
//! module per area of the tool, and `common` for what they share (the command builder,
//! fixtures, screen rendering, the pseudo-terminal harness).

mod common;

mod architecture;
mod browser;
mod charts;
mod cli;
mod coach;
mod history;
mod invitations;
mod language;
mod plain;
mod questionnaires;
mod report;
mod store;
mod tui;
mod wording;
