//! Check-ins: a subject is due when the owner's latest assessment of it is older than its
//! cadence (its own in `subjects.toml`, else the config file's `cadence_weeks`, else six weeks).

use crate::store::{Cadence, Stored, SubjectSettings};
use crate::subjects::Subject;
use crate::time::Timestamp;

/// Six weeks: long enough for something to change, short enough to remember the last time.
pub(crate) const DEFAULT_CADENCE_WEEKS: u32 = 6;

const DAY: i64 = 24 * 60 * 60;

/// Where a subject stands against its cadence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CheckIn<'a> {
    /// The assessment the cadence counts from: the owner's latest, else anyone's latest.
    pub last: &'a Stored,
    pub(crate) cadence: Cadence,
    /// When the next check-in falls; `None` when the cadence is off.
    pub(crate) due_on: Option<Timestamp>,
}

impl CheckIn<'_> {
    /// Whole days since the check-in fell due (0 on the day itself); `None` when not due.
    pub(crate) fn days_late(&self, now: Timestamp) -> Option<i64> {
        DueOn(self.due_on).days_late(now)
    }

    pub(crate) fn is_due(&self, now: Timestamp) -> bool {
        DueOn(self.due_on).is_due(now)
    }
}

/// When a check-in falls due (`None`: check-ins are off), without the assessment it counts
/// from: what a list of subjects keeps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DueOn(pub Option<Timestamp>);

impl DueOn {
    /// Whole days since the check-in fell due (0 on the day itself); `None` when not due.
    pub(crate) fn days_late(self, now: Timestamp) -> Option<i64> {
        let due = self.0?;
        let late = now.unix_seconds() - due.unix_seconds();
        (late >= 0).then_some(late / DAY)
    }

    pub(crate) fn is_due(self, now: Timestamp) -> bool {
        self.days_late(now).is_some()
    }

    /// Whole days left before it falls due (at least 1); `None` when due or off.
    pub(crate) fn days_left(self, now: Timestamp) -> Option<i64> {
        let due = self.0?;
        let left = due.unix_seconds() - now.unix_seconds();
        (left > 0).then_some((left + DAY - 1) / DAY)
    }
}

/// The cadence of `subject`: its own, else the default (`cadence_weeks` of the config file,
/// else [`DEFAULT_CADENCE_WEEKS`]).
pub(crate) fn cadence_of(
    subject: &str,
    settings: &SubjectSettings,
    default_weeks: Option<u32>,
) -> Cadence {
    settings
        .cadence(subject)
        .unwrap_or_else(|| Cadence::from_weeks(default_weeks.unwrap_or(DEFAULT_CADENCE_WEEKS)))
}

/// Where `subject` stands against `cadence`.
pub(crate) fn check_in<'a>(subject: &Subject<'a>, cadence: Cadence) -> CheckIn<'a> {
    let last = subject.owners_latest();
    CheckIn {
        last,
        cadence,
        due_on: due_on(last.assessment.when(), cadence),
    }
}

/// When a check-in falls due after an assessment at `last`; `None` when the cadence is off.
pub(crate) fn due_on(last: Timestamp, cadence: Cadence) -> Option<Timestamp> {
    match cadence {
        Cadence::Off => None,
        Cadence::Weeks(weeks) => Some(Timestamp::from_unix(
            last.unix_seconds() + i64::from(weeks) * 7 * DAY,
            0,
        )),
    }
}

/// How many of the subjects whose owner's latest assessments are `latest` (subject, when)
/// are due at `now`, by their cadences (`settings`, else `default_weeks`): what a list of
/// spaces says of each.
pub(crate) fn count_due(
    latest: &[(String, Timestamp)],
    settings: &SubjectSettings,
    default_weeks: Option<u32>,
    now: Timestamp,
) -> usize {
    latest
        .iter()
        .filter(|(subject, last)| {
            due_on(*last, cadence_of(subject, settings, default_weeks)).is_some_and(|d| d <= now)
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subjects::by_subject;

    fn stored(id: &str, respondent: &str, when: &str) -> Stored {
        crate::test_support::stored(id, "Bob", respondent, when)
    }

    fn at(when: &str) -> Timestamp {
        Timestamp::parse(when).unwrap()
    }

    #[test]
    fn due_once_the_owners_latest_is_older_than_the_cadence() {
        let all = [
            stored("1", "self", "2026-01-01T10:00:00Z"),
            // The other side's later view does not reset the owner's check-in.
            stored("2", "Bob", "2026-02-01T10:00:00Z"),
        ];
        let subjects = by_subject(&all);
        let bob = &subjects[0];
        let six = check_in(bob, Cadence::Weeks(6));
        assert_eq!(six.last.assessment.id, "1");
        assert_eq!(six.due_on, Some(at("2026-02-12T10:00:00Z")));
        assert_eq!(six.days_late(at("2026-02-12T09:59:59Z")), None);
        assert_eq!(
            DueOn(six.due_on).days_left(at("2026-02-11T10:00:00Z")),
            Some(1)
        );
        assert_eq!(six.days_late(at("2026-02-12T10:00:00Z")), Some(0));
        assert_eq!(six.days_late(at("2026-02-22T11:00:00Z")), Some(10));
        let off = check_in(bob, Cadence::Off);
        assert!(!off.is_due(at("2099-01-01T00:00:00Z")));
        assert_eq!(
            DueOn(off.due_on).days_left(at("2099-01-01T00:00:00Z")),
            None
        );
    }

    #[test]
    fn a_space_counts_its_subjects_due_by_their_own_cadence_or_the_default() {
        let latest = [
            ("Bob".to_string(), at("2026-01-01T10:00:00Z")),
            ("Ann".to_string(), at("2026-02-01T10:00:00Z")),
        ];
        let none = SubjectSettings::default();
        let now = at("2026-02-20T10:00:00Z");
        assert_eq!(
            count_due(&latest, &none, None, now),
            1,
            "six weeks: Bob only"
        );
        assert_eq!(count_due(&latest, &none, Some(2), now), 2);
        assert_eq!(count_due(&latest, &none, Some(10), now), 0);
    }

    #[test]
    fn the_subjects_own_cadence_then_the_config_then_six_weeks() {
        let mut settings = SubjectSettings::default();
        assert_eq!(cadence_of("Bob", &settings, None), Cadence::Weeks(6));
        assert_eq!(cadence_of("Bob", &settings, Some(3)), Cadence::Weeks(3));
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = crate::store::Store::open(dir.path().to_path_buf());
        let _ = store.set_cadence("Bob", Some(Cadence::Weeks(2))).unwrap();
        settings = store.subject_settings().0;
        assert_eq!(cadence_of("bob", &settings, Some(3)), Cadence::Weeks(2));
    }
}
