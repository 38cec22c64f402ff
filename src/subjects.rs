//! The store seen by relationship: each subject with its assessments in time order.

use crate::names;
use crate::score;
use crate::store::Stored;
use crate::time::Timestamp;
use std::collections::HashMap;

mod lookup;
pub(crate) mod roster;
pub(crate) use lookup::{NotFound, lookup};

/// One subject and its completed assessments, oldest first.
pub struct Subject<'a> {
    pub name: &'a str,
    pub assessments: Vec<&'a Stored>,
}

impl<'a> Subject<'a> {
    pub(crate) fn latest(&self) -> &'a Stored {
        self.assessments
            .last()
            .expect("a subject has at least one assessment")
    }

    pub(crate) fn last(&self) -> Timestamp {
        self.latest().assessment.when()
    }

    /// The latest assessment of `respondent` (any look-alike spelling).
    pub(crate) fn latest_of(&self, respondent: &str) -> Option<&'a Stored> {
        self.assessments
            .iter()
            .rev()
            .find(|s| names::same(&s.assessment.respondent, respondent))
            .copied()
    }

    /// The owner's latest assessment (`self`), else the latest of anyone: what "now" means
    /// for the relationship. Check which respondent it is before calling it the owner's view.
    pub(crate) fn owners_latest(&self) -> &'a Stored {
        self.latest_of(crate::assessment::DEFAULT_RESPONDENT)
            .unwrap_or_else(|| self.latest())
    }

    /// Only the assessments of `respondent` as a person named them (the owner's name means
    /// `self`, see [`crate::owner::is_respondent`]); `None` when there are none.
    pub(crate) fn of_respondent(
        &self,
        respondent: &str,
        owner: Option<&str>,
    ) -> Option<Subject<'a>> {
        let assessments: Vec<&Stored> = self
            .assessments
            .iter()
            .filter(|s| crate::owner::is_respondent(&s.assessment.respondent, respondent, owner))
            .copied()
            .collect();
        (!assessments.is_empty()).then_some(Subject {
            name: self.name,
            assessments,
        })
    }

    /// The overall score of every assessment, oldest first (none where nothing was answered).
    pub(crate) fn overall_history(&self) -> Vec<Option<f64>> {
        self.assessments
            .iter()
            .map(|s| score::score(&s.questionnaire, &s.assessment.answers).overall)
            .collect()
    }

    /// The distinct respondents (look-alike spellings count once, as first written), in
    /// order of first appearance.
    pub(crate) fn respondents(&self) -> Vec<&'a str> {
        // Each spelling's look-alike name worked out once (a screen asks at every frame).
        let mut seen: Vec<(&str, String)> = vec![];
        for s in &self.assessments {
            let respondent = s.assessment.respondent.as_str();
            if seen.iter().any(|(r, _)| *r == respondent) {
                continue;
            }
            let identity = names::identity(respondent);
            if !seen.iter().any(|(_, i)| *i == identity) {
                seen.push((respondent, identity));
            }
        }
        seen.into_iter().map(|(r, _)| r).collect()
    }

    /// Every spelling of the subject's name met in its files, as first written.
    pub(crate) fn spellings(&self) -> Vec<&'a str> {
        let mut seen: Vec<&str> = vec![];
        for s in &self.assessments {
            if !seen.contains(&s.assessment.subject.as_str()) {
                seen.push(&s.assessment.subject);
            }
        }
        seen
    }
}

/// Groups assessments (oldest first) by subject, the most recently assessed subject first.
/// Look-alike names (`names::same`) are one subject, shown as most recently written.
pub fn by_subject(assessments: &[Stored]) -> Vec<Subject<'_>> {
    let mut subjects: Vec<Subject> = vec![];
    // Each identity's place in `subjects`: one lookup per assessment, never a scan.
    let mut places: HashMap<String, usize> = HashMap::new();
    // Normalising a name is the costly part, and a name comes back with every assessment of
    // its subject (10,000 assessments, ~100 names): each spelling is normalised once.
    let mut spelt: HashMap<&str, usize> = HashMap::new();
    for stored in assessments {
        let name = stored.assessment.subject.as_str();
        let place = match spelt.get(name) {
            Some(&place) => place,
            None => {
                let place = *places.entry(names::identity(name)).or_insert_with(|| {
                    subjects.push(Subject {
                        name,
                        assessments: vec![],
                    });
                    subjects.len() - 1
                });
                spelt.insert(name, place);
                place
            }
        };
        let subject = &mut subjects[place];
        subject.assessments.push(stored);
        subject.name = name;
    }
    subjects.sort_by(|a, b| b.last().cmp(&a.last()).then_with(|| a.name.cmp(b.name)));
    subjects
}

/// The subject a person meant, written any look-alike way.
pub fn find<'s, 'a>(subjects: &'s [Subject<'a>], wanted: &str) -> Option<&'s Subject<'a>> {
    let key = names::identity(wanted);
    subjects.iter().find(|s| names::identity(s.name) == key)
}

/// How to write `wanted` in a new assessment: as the subject is already stored when it is
/// known, else as typed (trimmed). When its files spell it several ways ("Team Atlas", "team
/// atlas") and `wanted` is none of them exactly, which one is not guessed: they come back.
pub(crate) fn spelling<'a>(subjects: &[Subject<'a>], wanted: &str) -> Result<String, Vec<&'a str>> {
    let wanted = wanted.trim();
    let Some(subject) = find(subjects, wanted) else {
        return Ok(wanted.to_string());
    };
    let spellings = subject.spellings();
    match spellings.as_slice() {
        [one] => Ok(one.to_string()),
        several if several.contains(&wanted) => Ok(wanted.to_string()),
        _ => Err(spellings),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::stored;

    #[test]
    fn look_alike_names_are_one_subject_and_spellings_are_never_guessed() {
        let all = [
            stored("1", "Team Atlas", "self", "2026-01-01T00:00:00Z"),
            stored("2", "Bob", "self", "2026-01-02T00:00:00Z"),
            stored("3", "Bob", "Bob", "2026-01-03T00:00:00Z"),
        ];
        let subjects = by_subject(&all);
        assert_eq!(spelling(&subjects, " team ATLAS").unwrap(), "Team Atlas");
        assert_eq!(spelling(&subjects, "Zoé ").unwrap(), "Zoé", "new: as typed");
        let bob = find(&subjects, "BOB").unwrap();
        assert_eq!(
            bob.owners_latest().assessment.id,
            "2",
            "the owner's, though older"
        );
        assert_eq!(bob.of_respondent("bob", None).unwrap().assessments.len(), 1);
        assert_eq!(
            bob.of_respondent("Me", Some("me"))
                .unwrap()
                .assessments
                .len(),
            1
        );
        assert!(bob.of_respondent("Carol", None).is_none());

        let collide = [
            stored("1", "Team Atlas", "self", "2026-01-01T00:00:00Z"),
            stored("2", "team atlas", "self", "2026-01-02T00:00:00Z"),
        ];
        let subjects = by_subject(&collide);
        assert_eq!(
            spelling(&subjects, "TEAM ATLAS").unwrap_err(),
            ["Team Atlas", "team atlas"]
        );
        assert_eq!(spelling(&subjects, "team atlas").unwrap(), "team atlas");
    }
}
