//! The store seen by relationship: each subject with its assessments in time order.

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

    /// The distinct respondents, in order of first appearance.
    pub fn respondents(&self) -> Vec<&'a str> {
        let mut seen: Vec<&str> = vec![];
        for s in &self.assessments {
            if !seen.contains(&s.assessment.respondent.as_str()) {
                seen.push(&s.assessment.respondent);
            }
        }
        seen
    }
}

/// Groups assessments (oldest first) by subject, the most recently assessed subject first.
/// Subjects are compared exactly: the name is kept verbatim.
pub fn by_subject(assessments: &[Stored]) -> Vec<Subject<'_>> {
    let mut subjects: Vec<Subject> = vec![];
    for stored in assessments {
        let name = stored.assessment.subject.as_str();
        match subjects.iter_mut().find(|s| s.name == name) {
            Some(s) => s.assessments.push(stored),
            None => subjects.push(Subject {
                name,
                assessments: vec![stored],
            }),
        }
    }
    subjects.sort_by(|a, b| b.last().cmp(&a.last()).then_with(|| a.name.cmp(b.name)));
    subjects
}

/// The subject a person meant: the exact name, else the only one equal ignoring case.
pub fn find<'s, 'a>(subjects: &'s [Subject<'a>], wanted: &str) -> Option<&'s Subject<'a>> {
    subjects.iter().find(|s| s.name == wanted).or_else(|| {
        let mut folded = subjects
            .iter()
            .filter(|s| s.name.to_lowercase() == wanted.to_lowercase());
        let first = folded.next()?;
        folded.next().is_none().then_some(first)
    })
}
