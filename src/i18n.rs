//! The interface in English and in French: which language to speak, and every string a person
//! reads, one table per part of the interface and one `const` per language (a string missing
//! in one language is a compile error).

mod clap_errors;
mod cli_coach;
mod cli_files;
mod cli_text;
mod common;
mod current;
mod date_text;
mod diag_content;
mod diag_errors;
mod diag_files;
mod form_text;
pub(crate) mod help_report;
pub(crate) mod help_text;
mod invite_text;
mod lang;
mod plain_text;
mod report_text;
mod resolve;
mod table;
mod trend_text;
mod tui_group;
mod tui_help;
mod tui_keys;
mod tui_screens;
mod tui_status;

#[cfg(test)]
mod checks;

pub(crate) use clap_errors::ClapErrors;
pub(crate) use cli_coach::CliCoach;
pub(crate) use cli_files::CliFiles;
pub use cli_text::CliText;
pub use common::Common;
pub(crate) use current::{interface_lang, set_interface_lang};
pub(crate) use date_text::DateText;
pub(crate) use diag_content::DiagContent;
pub(crate) use diag_errors::DiagErrors;
pub(crate) use diag_files::DiagFiles;
pub(crate) use form_text::FormText;
pub(crate) use invite_text::InviteText;
pub use lang::{Lang, Tag, parse_tag};
pub(crate) use plain_text::PlainText;
pub(crate) use report_text::ReportText;
pub use resolve::{ENV_LANG, Resolved, Source, process_env, resolve};
pub use table::{fill, holes};
pub(crate) use trend_text::TrendText;
pub(crate) use tui_group::TuiGroup;
pub use tui_help::TuiHelp;
pub use tui_keys::TuiKeys;
pub use tui_screens::TuiScreens;
pub use tui_status::TuiStatus;
