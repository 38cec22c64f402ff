//! Fixtures for the unit tests: assessments of the built-in `trust` questionnaire without
//! answers, written as a person's file holds them and read the way the store reads them.

use crate::assessment::{Assessment, from_toml};
use crate::questionnaire::{Catalog, Questionnaire};
use crate::store::{Stored, parse_assessment};

/// The file of `respondent`'s view of `subject`, begun and completed at `when` (an RFC 3339
/// time), without answers.
fn completed_at(id: &str, subject: &str, respondent: &str, when: &str) -> String {
    format!(
        "schema = 1\nid = \"{id}\"\nsubject = \"{subject}\"\nrespondent = \"{respondent}\"\n\
         questionnaire = \"trust\"\nquestionnaire_version = 1\nlang = \"en\"\n\
         started = {when}\ncompleted = {when}\n"
    )
}

/// A completed assessment as the store holds it (its path is its id).
pub(crate) fn stored(id: &str, subject: &str, respondent: &str, when: &str) -> Stored {
    let text = completed_at(id, subject, respondent, when);
    let (assessment, questionnaire) = parse_assessment(&text, &Catalog::builtin()).unwrap();
    Stored {
        assessment,
        questionnaire,
        path: id.into(),
    }
}

/// The owner's own assessment of `subject` (no respondent key), begun at
/// 2026-11-26T17:43:33Z and completed seven minutes later, without answers. (The store's own
/// tests keep their fixtures: this module uses the store.)
pub(crate) fn completed(id: &str, subject: &str) -> Assessment {
    let text = format!(
        "schema = 1\nid = \"{id}\"\nsubject = \"{subject}\"\nquestionnaire = \"trust\"\n\
         questionnaire_version = 1\nlang = \"en\"\nstarted = 2026-11-26T17:43:33Z\n\
         completed = 2026-11-26T17:50:00Z\n"
    );
    from_toml(&text).unwrap().0
}

/// What a hostile questionnaire holds in each of its texts: a clipboard write (OSC 52), a
/// clear screen, a window title, an 8-bit CSI and a right-to-left override.
pub(crate) const HOSTILE: &str =
    "x\u{1b}]52;c;cHduZWQ=\u{7}\u{1b}[2J\u{1b}]0;title\u{7}\u{9b}31m\u{202e}y";

/// Whether `text` holds a character that acts on a terminal (a control other than a line
/// break or a tab, or a bidirectional control).
pub(crate) fn acts(text: &str) -> bool {
    text.chars()
        .any(|c| c != '\n' && crate::printable::acts_on_terminal(c))
}

/// The built-in `trust` questionnaire with [`HOSTILE`] in every text a person reads, as no file
/// could hold it (loading refuses such characters): what each output must still show visibly.
pub(crate) fn hostile_trust() -> Questionnaire {
    let catalog = Catalog::builtin();
    let mut q = Questionnaire::clone(catalog.find("trust", "en").unwrap());
    let h = |s: &mut String| s.push_str(HOSTILE);
    h(&mut q.title);
    h(&mut q.intro);
    q.scale.labels.iter_mut().for_each(h);
    for d in &mut q.dimensions {
        h(&mut d.name);
        h(&mut d.short);
        h(&mut d.about);
        d.advice.iter_mut().for_each(h);
    }
    q.items.iter_mut().for_each(|i| h(&mut i.text));
    for s in &mut q.stages {
        h(&mut s.name);
        h(&mut s.about);
    }
    q
}
