//! The store seen by relationship: each subject with its assessments in time order.

use crate::names;
use crate::score;
use crate::store::Stored;
use crate::time::Timestamp;

/// One subject and its completed assessments, oldest first.
pub struct Subject<'a> {
    pub name: &'a str,
    pub assessments: Vec<&'a Stored>,
}

impl<'a> Subject<'a> {
    pub fn latest(&self) -> &'a Stored {
        self.assessments
            .last()
            .expect("a subject has at least one assessment")
    }

    pub fn last(&self) -> Timestamp {
        self.latest().assessment.when()
    }

    pub fn last_overall(&self) -> Option<f64> {
        let latest = self.latest();
        score::score(&latest.questionnaire, &latest.assessment.answers).overall
    }

    /// The overall score of every assessment, oldest first (none where nothing was answered).
    pub fn overall_history(&self) -> Vec<Option<f64>> {
        self.assessments
            .iter()
            .map(|s| score::score(&s.questionnaire, &s.assessment.answers).overall)
            .collect()
    }

    /// The distinct respondents (look-alike spellings count once, as first written), in
    /// order of first appearance.
    pub fn respondents(&self) -> Vec<&'a str> {
        let mut seen: Vec<&str> = vec![];
        for s in &self.assessments {
            let respondent = s.assessment.respondent.as_str();
            if !seen.iter().any(|r| names::same(r, respondent)) {
                seen.push(respondent);
            }
        }
        seen
    }

    /// Every spelling of the subject's name met in its files, as first written.
    pub fn spellings(&self) -> Vec<&'a str> {
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
/// Look-alike names ([`names::same`]) are one subject, shown as most recently written.
pub fn by_subject(assessments: &[Stored]) -> Vec<Subject<'_>> {
    let mut subjects: Vec<Subject> = vec![];
    let mut keys: Vec<String> = vec![];
    for stored in assessments {
        let name = stored.assessment.subject.as_str();
        let key = names::identity(name);
        match keys.iter().position(|k| *k == key) {
            Some(i) => {
                subjects[i].assessments.push(stored);
                subjects[i].name = name;
            }
            None => {
                keys.push(key);
                subjects.push(Subject {
                    name,
                    assessments: vec![stored],
                });
            }
        }
    }
    subjects.sort_by(|a, b| b.last().cmp(&a.last()).then_with(|| a.name.cmp(b.name)));
    subjects
}

/// The subject a person meant, written any look-alike way.
pub fn find<'s, 'a>(subjects: &'s [Subject<'a>], wanted: &str) -> Option<&'s Subject<'a>> {
    let key = names::identity(wanted);
    subjects.iter().find(|s| names::identity(s.name) == key)
}
