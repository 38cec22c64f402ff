//! confiance: look honestly at the trust in a working relationship, and watch it change.
//!
//! The domain (`questionnaire`, `assessment`, `score`, `store`, `flow`) is plain Rust; the
//! command line (`cli`) and the terminal interface (`tui`) build on it.

pub mod assessment;
pub mod chart;
pub mod cli;
pub mod comparison;
pub mod config;
pub mod diagnostic;
pub mod due;
pub mod figure;
pub mod files;
pub mod flow;
pub mod history;
pub mod i18n;
pub mod id;
pub mod intentions;
pub mod names;
pub mod owner;
pub mod printable;
pub mod questionnaire;
pub mod score;
pub mod session_report;
pub mod store;
pub mod subjects;
pub mod summary;
pub mod time;
pub mod tui;

#[cfg(test)]
mod test_support;
