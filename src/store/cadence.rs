//! Check-in cadences per subject, in the space's `subjects.toml`: how often a relationship is
//! looked at again. One table per subject, named as the subject is stored:
//!
//! ```toml
//! ["Team Atlas"]
//! cadence_weeks = 4    # 0: no check-ins for this subject
//! ```

use std::fs;
use std::path::PathBuf;

use toml::{Table, Value};

use super::{Store, StoreError};
use crate::diagnostic::Diagnostic;
use crate::files::{Saved, read_text, take_turn, write_atomic};
use crate::i18n::{DiagErrors, DiagFiles, fill};
use crate::names;

pub(crate) const SUBJECTS_FILE: &str = "subjects.toml";
/// Ten years: beyond that, a cadence is a typo.
pub(crate) const MAX_WEEKS: u32 = 520;

/// How often a subject is due for a check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cadence {
    Weeks(u32),
    /// Never due (a relationship that ended, say).
    Off,
}

impl Cadence {
    /// From the number written in files: 0 is off.
    pub(crate) fn from_weeks(weeks: u32) -> Self {
        if weeks == 0 {
            Cadence::Off
        } else {
            Cadence::Weeks(weeks)
        }
    }

    pub(crate) fn weeks(self) -> u32 {
        match self {
            Cadence::Weeks(w) => w,
            Cadence::Off => 0,
        }
    }
}

/// The cadences written in `subjects.toml`, by subject.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubjectSettings {
    cadences: Vec<(String, Cadence)>,
}

impl SubjectSettings {
    /// The cadence set for `subject` (any look-alike spelling), if one is.
    pub(crate) fn cadence(&self, subject: &str) -> Option<Cadence> {
        let key = names::identity(subject);
        self.cadences
            .iter()
            .find(|(name, _)| names::identity(name) == key)
            .map(|(_, c)| *c)
    }
}

const CADENCE_KEY: &str = "cadence_weeks";

impl Store {
    pub(crate) fn subjects_file(&self) -> PathBuf {
        self.root().join(SUBJECTS_FILE)
    }

    /// The space's cadences, and the problems of `subjects.toml` (each located, then ignored).
    pub(crate) fn subject_settings(&self) -> (SubjectSettings, Vec<Diagnostic>) {
        let path = self.subjects_file();
        let mut settings = SubjectSettings::default();
        let text = match own_text(&path) {
            Ok(None) => return (settings, vec![]),
            Ok(Some(text)) => text,
            Err(d) => return (settings, vec![d]),
        };
        let problems = parse_into(&text, &mut settings)
            .into_iter()
            .map(|d| d.in_file(&path))
            .collect();
        (settings, problems)
    }

    /// Sets (or with `None` removes) the cadence of `subject`, keeping everything else the file
    /// holds. A file that does not read as TOML is not rewritten.
    pub(crate) fn set_cadence(
        &self,
        subject: &str,
        cadence: Option<Cadence>,
    ) -> Result<Saved, StoreError> {
        let written = self.rewrite_subjects(|table| {
            let key = table
                .keys()
                .find(|k| names::same(k, subject))
                .cloned()
                .unwrap_or_else(|| subject.to_string());
            let mut entry = match table.remove(&key) {
                Some(Value::Table(t)) => t,
                _ => Table::new(),
            };
            match cadence {
                Some(c) => {
                    entry.insert(CADENCE_KEY.into(), Value::Integer(c.weeks().into()));
                }
                None => {
                    entry.remove(CADENCE_KEY);
                }
            }
            if !entry.is_empty() {
                table.insert(key, Value::Table(entry));
            }
            true
        })?;
        Ok(written.unwrap_or(Saved::Confirmed))
    }

    /// Removes every entry of `subject` (any look-alike spelling) from `subjects.toml`, with
    /// whatever it holds (`forget`'s part here); `None` when it had none.
    pub(crate) fn remove_subject_entry(&self, subject: &str) -> Result<Option<Saved>, StoreError> {
        if fs::symlink_metadata(self.subjects_file()).is_err() {
            return Ok(None);
        }
        self.rewrite_subjects(|table| {
            let before = table.len();
            table.retain(|k, _| !names::same(k, subject));
            table.len() != before
        })
    }

    /// Reads `subjects.toml`, lets `change` edit it, and writes it back when it says it
    /// changed something, all in one turn: two commands at once never undo each other.
    fn rewrite_subjects(
        &self,
        change: impl FnOnce(&mut Table) -> bool,
    ) -> Result<Option<Saved>, StoreError> {
        let path = self.subjects_file();
        self.prepare(&path)?;
        let _turn = take_turn(&path)?;
        let text = own_text(&path)
            .map_err(StoreError::Invalid)?
            .unwrap_or_default();
        let mut table: Table = toml::from_str(&text)
            .map_err(|e| StoreError::Invalid(Diagnostic::from_toml(&text, &e).in_file(&path)))?;
        if !change(&mut table) {
            return Ok(None);
        }
        let text = toml::to_string(&table).map_err(|e| StoreError::NotEncoded(e.into()))?;
        Ok(Some(write_atomic(&path, text.as_bytes(), true)?))
    }
}

/// The text of one of the space's own files: `None` when there is none; never through a link.
fn own_text(path: &std::path::Path) -> Result<Option<String>, Diagnostic> {
    match fs::symlink_metadata(path) {
        Err(_) => Ok(None),
        Ok(m) if m.file_type().is_symlink() => {
            Err(Diagnostic::new(DiagFiles::now().link_not_followed).in_file(path))
        }
        Ok(_) => read_text(path).map(Some),
    }
}

fn parse_into(text: &str, settings: &mut SubjectSettings) -> Vec<Diagnostic> {
    use std::collections::BTreeMap;
    use toml::Spanned;
    type Entries = BTreeMap<Spanned<String>, Spanned<Value>>;
    let table: Entries = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => return vec![Diagnostic::from_toml(text, &e)],
    };
    let mut problems = vec![];
    for (name, value) in &table {
        let at = |message: String| Diagnostic::at(text, Some(value.span()), message);
        let Some(weeks) = value.get_ref().as_table().and_then(|t| t.get(CADENCE_KEY)) else {
            continue;
        };
        let weeks = weeks
            .as_integer()
            .and_then(|w| u32::try_from(w).ok())
            .filter(|w| *w <= MAX_WEEKS);
        let Some(weeks) = weeks else {
            problems.push(at(fill(
                DiagErrors::now().cadence_bad,
                &[("most", &MAX_WEEKS)],
            )));
            continue;
        };
        if settings.cadence(name.get_ref()).is_some() {
            problems.push(Diagnostic::at(
                text,
                Some(name.span()),
                DiagErrors::now().subject_twice,
            ));
            continue;
        }
        settings
            .cadences
            .push((name.get_ref().clone(), Cadence::from_weeks(weeks)));
    }
    problems
}

#[cfg(test)]
mod tests;
