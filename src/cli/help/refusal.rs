//! What `parse` gives back instead of a command line: a help or the version to print, or a
//! refusal, worded in the interface's language.

use clap::error::{Error, ErrorKind};

use super::errors::French;

/// A command line clap refused or answered (a help, the version), in the interface's language.
#[derive(Debug)]
pub enum Refusal {
    English(clap::Error),
    French(Error<French>),
}

impl Refusal {
    /// Prints what clap would print (help and version on stdout, errors on stderr).
    pub fn print(&self) -> std::io::Result<()> {
        match self {
            Self::English(e) => e.print(),
            Self::French(e) => e.print(),
        }
    }

    /// clap's exit code: 0 for a help or the version, 2 for a refusal.
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::English(e) => e.exit_code(),
            Self::French(e) => e.exit_code(),
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::English(e) => e.kind(),
            Self::French(e) => e.kind(),
        }
    }

    /// The text printed, without colour.
    pub fn render(&self) -> String {
        match self {
            Self::English(e) => e.render().to_string(),
            Self::French(e) => e.render().to_string(),
        }
    }
}
