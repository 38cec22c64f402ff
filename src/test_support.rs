//! Fixtures for the unit tests: assessments of the built-in `trust` questionnaire without
//! answers, written as a person's file holds them and read the way the store reads them.

use crate::assessment::{Assessment, from_toml};
use crate::questionnaire::Catalog;
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
