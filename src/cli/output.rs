//! How commands talk to the person: results on stdout (a writer), warnings and progress on
//! stderr, and the error kind that picks exit code 2.

use std::io::Write;

use crate::diagnostic::Diagnostic;

/// Bad usage or invalid input: `main` exits with 2 instead of 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InvalidInput(pub String);

pub fn invalid(message: impl Into<String>) -> anyhow::Error {
    InvalidInput(message.into()).into()
}

/// A name given on the command line (a subject, a respondent), trimmed: refused when nothing is
/// left, since an assessment nobody can name cannot be found again. `what` is e.g. "subject".
pub fn required_name<'a>(value: &'a str, what: &str) -> anyhow::Result<&'a str> {
    let name = value.trim();
    if name.is_empty() {
        return Err(invalid(format!("the {what}'s name is empty")));
    }
    Ok(name)
}

/// Where warnings and progress go, and how much of them.
pub struct Ui {
    pub quiet: bool,
    pub verbose: bool,
    pub err: Box<dyn Write>,
}

impl Ui {
    pub fn new(quiet: bool, verbose: bool, err: Box<dyn Write>) -> Self {
        Self {
            quiet,
            verbose,
            err,
        }
    }

    /// A file that was skipped, or anything else worth knowing that is not an error. Printed
    /// as `PATH:LINE:COLUMN: message`, the place first, as editors and compilers do.
    pub fn warn(&mut self, problem: &Diagnostic) {
        if !self.quiet {
            let _ = writeln!(self.err, "{problem}");
        }
    }

    /// An error in one of several inputs, reported before the command fails as a whole.
    pub fn error(&mut self, problem: &Diagnostic) {
        let _ = writeln!(self.err, "{problem}");
    }

    /// A line of progress: shown unless `-q`.
    pub fn say(&mut self, message: &str) {
        if !self.quiet {
            let _ = writeln!(self.err, "{message}");
        }
    }

    /// Details for `-v`.
    pub fn info(&mut self, message: &str) {
        if self.verbose && !self.quiet {
            let _ = writeln!(self.err, "{message}");
        }
    }
}
