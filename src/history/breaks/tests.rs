use proptest::prelude::*;

use super::*;

fn day(d: i64) -> Timestamp {
    Timestamp::from_unix(1_700_000_000 + d * 86_400, 0)
}

fn days(ds: &[i64]) -> Vec<Timestamp> {
    ds.iter().map(|&d| day(d)).collect()
}

#[test]
fn a_long_pause_between_weekly_assessments_is_a_break() {
    // Five weekly assessments, 19 months of nothing, then weekly again.
    let mut times: Vec<i64> = (0..5).map(|w| w * 7).collect();
    let restart = 28 + 578;
    times.extend((0..15).map(|w| restart + w * 7));
    let found = breaks(&days(&times));
    assert_eq!(
        found,
        [Break {
            after: day(28),
            before: day(restart)
        }]
    );
    assert_eq!(found[0].length(), Length::Months(19));
    assert!(found[0].between(day(0), day(restart)));
    assert!(!found[0].between(day(0), day(28)));
    assert!(!found[0].between(day(restart), day(restart + 7)));
}

#[test]
fn no_break_below_eight_weeks_nor_three_medians() {
    // Weekly, then a seven-week pause: long against the median, but short.
    assert!(breaks(&days(&[0, 7, 14, 21, 70])).is_empty());
    // Monthly, then a 80-day pause: long, but under three medians.
    assert!(breaks(&days(&[0, 30, 60, 90, 170])).is_empty());
    // Two moments: the one interval is the median.
    assert!(breaks(&days(&[0, 900])).is_empty());
    assert!(breaks(&[]).is_empty());
    assert!(breaks(&days(&[5])).is_empty());
}

#[test]
fn same_moments_count_once_and_order_does_not_matter() {
    let times = days(&[100, 0, 7, 7, 14, 14, 0, 21]);
    let found = breaks(&times);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].after, day(21));
    assert_eq!(found[0].before, day(100));
    assert_eq!(found[0].length(), Length::Months(3));
}

#[test]
fn lengths_read_in_weeks_months_or_years() {
    assert_eq!(length(56.0), Length::Weeks(8));
    assert_eq!(length(61.0), Length::Months(2));
    assert_eq!(length(578.0), Length::Months(19));
    assert_eq!(length(729.0), Length::Months(24));
    assert_eq!(length(800.0), Length::Years(2));
    assert_eq!(length(3.0 * 365.25), Length::Years(3));
}

proptest! {
    #[test]
    fn breaks_are_long_consecutive_intervals(ds in proptest::collection::vec(0i64..3000, 0..40)) {
        let times = days(&ds);
        let mut sorted = times.clone();
        sorted.sort();
        sorted.dedup();
        let found = breaks(&times);
        prop_assert!(found.len() < sorted.len().max(1));
        for b in &found {
            prop_assert!(b.days() >= BREAK_MIN_DAYS);
            // Consecutive: no moment inside the break.
            prop_assert!(!sorted.iter().any(|t| *t > b.after && *t < b.before));
            let at = sorted.iter().position(|t| *t == b.after).unwrap();
            prop_assert_eq!(sorted[at + 1], b.before);
        }
        // Not every interval can be a break: the median one never is.
        let intervals = sorted.len().saturating_sub(1);
        prop_assert!(found.len() <= intervals / 2);
    }
}
