//! How commands talk to the person: results on stdout (a writer), warnings and progress on
//! stderr, and the error kind that picks exit code 2.

use std::io::Write;

use crate::diagnostic::Diagnostic;
use crate::i18n::{CliCoach, CliFiles, CliText, Common, Lang};

/// Bad usage or invalid input: `main` exits with 2 instead of 1.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct InvalidInput(pub String);

pub fn invalid(message: impl Into<String>) -> anyhow::Error {
    InvalidInput(message.into()).into()
}

/// A name given on the command line (a subject, a respondent), trimmed: refused when nothing is
/// left, since an assessment nobody can name cannot be found again. `empty` says so.
pub fn required_name<'a>(value: &'a str, empty: &str) -> anyhow::Result<&'a str> {
    let name = value.trim();
    if name.is_empty() {
        return Err(invalid(empty));
    }
    limited_name(name)?;
    Ok(name)
}

/// Refuses a name longer than [`crate::names::MAX_NAME_CHARS`], as every file would.
pub(crate) fn limited_name(name: &str) -> anyhow::Result<()> {
    match crate::names::too_long(name) {
        None => Ok(()),
        Some(n) => Err(invalid(crate::i18n::fill(
            CliText::now().long_name,
            &[("max", &crate::names::MAX_NAME_CHARS), ("n", &n)],
        ))),
    }
}

/// Where warnings and progress go, how much of them, and in which language every command
/// speaks.
pub struct Ui {
    pub quiet: bool,
    pub verbose: bool,
    pub(crate) err: Box<dyn Write>,
    /// The interface's language (English until `main` sets the one resolved).
    pub lang: Lang,
    /// How `self` is shown: "you", or in a client's space the client's name.
    pub(crate) self_name: Option<String>,
    /// The plain line mode: no full screen, no drawing (see `cli::plain::wanted`).
    pub(crate) plain: bool,
    /// The plain mode asked for (not only a pipe): charts are left out of text outputs.
    pub(crate) no_drawing: bool,
    /// Colour allowed: not `--color never`, and `NO_COLOR` unset unless `--color always`.
    pub colour: bool,
}

impl Ui {
    pub fn new(quiet: bool, verbose: bool, err: Box<dyn Write>) -> Self {
        Self {
            quiet,
            verbose,
            err,
            lang: Lang::default(),
            self_name: None,
            plain: false,
            no_drawing: false,
            colour: true,
        }
    }

    /// The sentences of a coach's commands: clients, check-ins, drafts, notes, intentions.
    pub(crate) fn coach(&self) -> &'static CliCoach {
        CliCoach::of(self.lang)
    }

    /// The commands' sentences in the interface's language.
    pub fn text(&self) -> &'static CliText {
        CliText::of(self.lang)
    }

    /// The sentences of the commands that move files.
    pub(crate) fn files(&self) -> &'static CliFiles {
        CliFiles::of(self.lang)
    }

    /// The method's words.
    pub(crate) fn common(&self) -> &'static Common {
        Common::of(self.lang)
    }

    /// `one` or `many` by the interface language's rule, filled with `n`.
    pub(crate) fn count(&self, n: usize, one: &str, many: &str) -> String {
        crate::i18n::fill(self.lang.plural(n as u64, one, many), &[("n", &n)])
    }

    /// A name in quotes, as the language writes them: "Alice", « Alice ».
    pub(crate) fn quoted(&self, name: &str) -> String {
        crate::i18n::fill(
            self.text().quoted,
            &[("name", &crate::printable::printable(name))],
        )
    }

    /// How a stored respondent is shown: `self` is "you" ("vous"), or in a client's space the
    /// client's name.
    pub(crate) fn respondent<'a>(&self, respondent: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.self_name {
            Some(name) if crate::names::is_owner(respondent) => {
                crate::printable::printable(name).into()
            }
            _ => self.common().respondent(respondent),
        }
    }

    /// A file that was skipped, or anything else worth knowing that is not an error. Printed
    /// as `PATH:LINE:COLUMN: message`, the place first, as editors and compilers do.
    pub(crate) fn warn(&mut self, problem: &Diagnostic) {
        if !self.quiet {
            let _ = writeln!(self.err, "{problem}");
        }
    }

    /// An error in one of several inputs, reported before the command fails as a whole.
    pub(crate) fn error(&mut self, problem: &Diagnostic) {
        let _ = writeln!(self.err, "{problem}");
    }

    /// A line of progress: shown unless `-q`.
    pub(crate) fn say(&mut self, message: &str) {
        if !self.quiet {
            let _ = writeln!(self.err, "{message}");
        }
    }

    /// Details for `-v`.
    pub(crate) fn info(&mut self, message: &str) {
        if self.verbose && !self.quiet {
            let _ = writeln!(self.err, "{message}");
        }
    }
}
