//! The space's assessments as a command reads them: loaded once, their problems warned about
//! once, grouped by subject, and the subject the command names found the one way.

use super::{Ui, invalid};
use crate::i18n::fill;
use crate::store::{Store, Stored};
use crate::subjects::{self, NotFound, Subject};

/// The completed assessments of one space, their problems already told.
pub(super) struct Loaded {
    assessments: Vec<Stored>,
}

impl Loaded {
    /// Loads `store`'s assessments and warns about each file that could not be read.
    pub(super) fn of(store: &Store, ui: &mut Ui) -> Self {
        Self::warned(store.load(), ui)
    }

    fn warned(loaded: crate::store::Loaded, ui: &mut Ui) -> Self {
        for problem in &loaded.problems {
            ui.warn(problem);
        }
        Self {
            assessments: loaded.assessments,
        }
    }

    /// Every subject, the most recently assessed first.
    pub(super) fn subjects(&self) -> Vec<Subject<'_>> {
        subjects::by_subject(&self.assessments)
    }

    /// The subject named on the command line, or an invalid-input error that lists the known
    /// ones.
    pub(super) fn subject(&self, wanted: &str, ui: &Ui) -> anyhow::Result<Subject<'_>> {
        let all = self.subjects();
        match subjects::lookup(&all, wanted) {
            // Handed out by value: it borrows the assessments, not the grouping.
            Ok(found) => Ok(Subject {
                name: found.name,
                assessments: found.assessments.clone(),
            }),
            Err(NotFound { known }) => Err(not_found(wanted, &known, ui)),
        }
    }
}

/// "No assessment of that subject", with the subjects there are, if any.
fn not_found(wanted: &str, known: &[&str], ui: &Ui) -> anyhow::Error {
    let t = ui.text();
    let name = ui.quoted(wanted);
    if known.is_empty() {
        return invalid(fill(t.no_assessment_at_all, &[("name", &name)]));
    }
    let known: Vec<String> = known.iter().map(|s| ui.quoted(s)).collect();
    invalid(fill(
        t.no_assessment_known,
        &[("name", &name), ("names", &known.join(", "))],
    ))
}
