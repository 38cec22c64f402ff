//! confiance: look honestly at the trust in a working relationship, and watch it change.
//!
//! The domain (`questionnaire`, `assessment`, `score`, `store`, `flow`) is plain Rust; the
//! command line (`cli`) and the terminal interface (`tui`) build on it.

pub mod assessment;
pub mod change;
pub mod chart;
pub mod cli;
pub(crate) mod comparison;
pub mod config;
pub(crate) mod consistency;
pub(crate) mod diagnostic;
pub(crate) mod due;
pub(crate) mod figure;
pub mod files;
pub mod flow;
pub mod history;
pub mod i18n;
pub(crate) mod id;
pub(crate) mod intentions;
pub(crate) mod invitation;
pub(crate) mod names;
pub(crate) mod owner;
pub mod printable;
pub mod questionnaire;
pub mod score;
pub(crate) mod session_report;
pub mod store;
pub mod subjects;
pub mod summary;
pub mod time;
pub mod tui;

#[cfg(test)]
mod test_support;
