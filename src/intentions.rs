//! Intentions over time: what was decided at the end of each assessment, and whether it was
//! followed, as said at the start of the next one (same subject, same respondent).

use crate::assessment::Followed;
use crate::names;
use crate::store::Stored;
use crate::subjects::Subject;

/// One intention and what became of it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Intention<'a> {
    pub text: &'a str,
    /// The assessment that set it (`None` when only the next one holds it, as
    /// `[previous_intention]`: a file imported without its predecessor).
    pub(crate) set_in: Option<&'a Stored>,
    /// The next assessment of the same respondent, which asked about it.
    pub(crate) reviewed_in: Option<&'a Stored>,
    /// What the person said then; `None` when not asked yet, or not said.
    pub followed: Option<Followed>,
}

/// The intention to ask about when `respondent` assesses `subject` again: that of their
/// latest assessment, if it has one.
pub(crate) fn previous_intention<'a>(subject: &Subject<'a>, respondent: &str) -> Option<&'a str> {
    subject
        .latest_of(respondent)?
        .assessment
        .intention
        .as_deref()
        .filter(|t| !t.trim().is_empty())
}

/// Every intention of `respondent` about `subject`, oldest first, each with its follow-through.
pub(crate) fn intentions<'a>(subject: &Subject<'a>, respondent: &str) -> Vec<Intention<'a>> {
    let theirs: Vec<&Stored> = subject
        .assessments
        .iter()
        .copied()
        .filter(|s| names::same(&s.assessment.respondent, respondent))
        .collect();
    let mut found = vec![];
    for (i, stored) in theirs.iter().copied().enumerate() {
        let set_before = i.checked_sub(1).is_some_and(|p| has_intention(theirs[p]));
        if let Some(previous) = &stored.assessment.previous_intention
            && !set_before
        {
            found.push(Intention {
                text: &previous.text,
                set_in: None,
                reviewed_in: Some(stored),
                followed: previous.followed,
            });
        }
        if !has_intention(stored) {
            continue;
        }
        let next = theirs.get(i + 1).copied();
        found.push(Intention {
            text: stored.assessment.intention.as_deref().unwrap_or_default(),
            set_in: Some(stored),
            reviewed_in: next.filter(|n| n.assessment.previous_intention.is_some()),
            followed: next
                .and_then(|n| n.assessment.previous_intention.as_ref())
                .and_then(|p| p.followed),
        });
    }
    found
}

fn has_intention(stored: &Stored) -> bool {
    stored
        .assessment
        .intention
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::PreviousIntention;
    use crate::subjects::by_subject;

    fn stored(id: &str, respondent: &str, day: u32) -> Stored {
        let when = format!("2026-01-{day:02}T10:00:00Z");
        crate::test_support::stored(id, "Team Atlas", respondent, &when)
    }

    #[test]
    fn each_intention_is_paired_with_what_the_next_assessment_said() {
        let mut first = stored("1", "self", 1);
        first.assessment.intention = Some("Share the plan early".into());
        let theirs = stored("2", "Team Atlas", 2);
        let mut second = stored("3", "self", 3);
        second.assessment.previous_intention = Some(PreviousIntention::new(
            "Share the plan early",
            Some(Followed::Partly),
        ));
        second.assessment.intention = Some("Ask before deciding".into());
        let all = [first, theirs, second];
        let subjects = by_subject(&all);
        let atlas = &subjects[0];
        assert_eq!(
            previous_intention(atlas, "self"),
            Some("Ask before deciding")
        );
        assert_eq!(
            previous_intention(atlas, "team atlas"),
            None,
            "another respondent"
        );
        let list = intentions(atlas, "self");
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].text, "Share the plan early");
        assert_eq!(list[0].followed, Some(Followed::Partly));
        assert_eq!(list[0].reviewed_in.unwrap().assessment.id, "3");
        assert_eq!(list[1].followed, None, "not asked yet");
        assert!(list[1].reviewed_in.is_none());
        assert!(intentions(atlas, "Team Atlas").is_empty());
    }

    #[test]
    fn a_follow_up_without_its_predecessor_still_counts() {
        let mut only = stored("1", "self", 5);
        only.assessment.previous_intention =
            Some(PreviousIntention::new("Call weekly", Some(Followed::No)));
        let all = [only];
        let subjects = by_subject(&all);
        let list = intentions(&subjects[0], "self");
        assert_eq!(list.len(), 1);
        assert!(list[0].set_in.is_none());
        assert_eq!(list[0].followed, Some(Followed::No));
    }
}
