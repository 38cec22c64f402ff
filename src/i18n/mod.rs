//! The interface in English and in French: which language to speak, and every string a person
//! reads, one table per part of the interface and one `const` per language (a string missing
//! in one language is a compile error).

mod cli_coach;
mod cli_files;
mod cli_text;
mod common;
pub mod help_text;
mod lang;
mod resolve;
mod table;

#[cfg(test)]
mod checks;

pub use cli_coach::CliCoach;
pub use cli_files::CliFiles;
pub use cli_text::CliText;
pub use common::Common;
pub use lang::{Lang, Tag, parse_tag};
pub use resolve::{ENV_LANG, Resolved, Source, process_env, resolve};
pub use table::{fill, holes};
