//! Conversions between TOML, UTC and local time, checked at the edges and by properties.

use super::*;
use proptest::prelude::*;

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

#[test]
fn known_dates() {
    let t = Timestamp::parse("2026-11-26T17:43:33Z").unwrap();
    assert_eq!(t.unix_seconds(), 1_795_715_013);
    assert_eq!(t.to_string(), "2026-11-26T17:43:33Z");
    assert_eq!(t.file_stamp(), "2026-11-26T174333Z");
    assert_eq!(t.date(), "2026-11-26");
}

#[test]
fn offsets_local_times_and_dates_are_read_as_utc() {
    let offset = Timestamp::parse("2026-11-26T18:43:33+01:00").unwrap();
    assert_eq!(offset.to_string(), "2026-11-26T17:43:33Z");
    let local = Timestamp::parse("2026-11-26T17:43:33").unwrap();
    assert_eq!(local, offset);
    let date = Timestamp::parse("2026-11-26").unwrap();
    assert_eq!(date.to_string(), "2026-11-26T00:00:00Z");
    assert!(Timestamp::parse("17:43:33").is_none());
}

#[test]
fn moments_a_file_cannot_hold_are_refused_not_changed() {
    // 9999-12-31T23:30 at -01:00 is year 10000 in UTC: once stored as 9999-01-01.
    let late = Timestamp::read("9999-12-31T23:30:00-01:00").unwrap_err();
    assert!(late.contains("outside the years 0000 to 9999"), "{late}");
    assert!(Timestamp::read("0000-01-01T00:30:00+01:00").is_err());
    assert!(Timestamp::read("9999-12-31T23:59:59Z").is_ok());
    assert!(Timestamp::read("0000-01-01T00:00:00Z").is_ok());
    // A leap second was once clamped to :59 without a word.
    let leap = Timestamp::read("2016-12-31T23:59:60Z").unwrap_err();
    assert!(leap.contains("leap second"), "{leap}");
}

#[test]
fn the_ends_of_the_range_are_exact() {
    let first = Timestamp::read("0000-01-01T00:00:00Z").unwrap();
    assert_eq!(first.unix_seconds(), FIRST_SECOND);
    assert_eq!(first.to_string(), "0000-01-01T00:00:00Z");
    let last = Timestamp::read("9999-12-31T23:59:59.999999999Z").unwrap();
    assert_eq!(last, Timestamp::from_unix(LAST_SECOND, 999_999_999));
    assert_eq!(last.to_string(), "9999-12-31T23:59:59.999999999Z");
    assert_eq!(last.file_stamp(), "9999-12-31T235959Z");
    // An offset that brings a moment back inside the range is fine.
    let back = Timestamp::read("0000-01-01T00:30:00-01:00").unwrap();
    assert_eq!(back.to_string(), "0000-01-01T01:30:00Z");
    // Leap days exist where the calendar has them, and only there.
    assert_eq!(
        Timestamp::read("2024-02-29T12:00:00+14:00")
            .unwrap()
            .to_string(),
        "2024-02-28T22:00:00Z"
    );
    assert!(Timestamp::read("2023-02-29T12:00:00Z").is_err());
}

#[test]
fn a_datetime_built_in_code_is_checked_too() {
    let feb_30 = Datetime {
        date: Some(Date {
            year: 2026,
            month: 2,
            day: 30,
        }),
        time: None,
        offset: None,
    };
    let err = Timestamp::from_toml(&feb_30).unwrap_err();
    assert!(err.contains("does not exist"), "{err}");
    let year_10000 = Datetime {
        date: Some(Date {
            year: 10_000,
            month: 1,
            day: 1,
        }),
        ..feb_30
    };
    assert!(Timestamp::from_toml(&year_10000).is_err());
}

#[test]
fn before_1970_the_fraction_stays_positive() {
    let t = Timestamp::read("1969-12-31T23:59:59.25Z").unwrap();
    assert_eq!((t.unix_seconds(), t.unix_millis()), (-1, -750));
    assert_eq!(t.to_string(), "1969-12-31T23:59:59.25Z");
    assert!(t < Timestamp::from_unix(0, 0));
}

#[test]
fn dates_for_people_are_local_files_and_json_stay_utc() {
    // 23:30 in Tokyo on 26 November is 14:30 UTC the same day; 23:30 in Los Angeles on
    // 26 November is 07:30 UTC on the 27th.
    let tokyo = Timestamp::parse("2026-11-26T23:30:00+09:00").unwrap();
    assert_eq!(tokyo.date_in(&zone("Asia/Tokyo")), "2026-11-26");
    assert_eq!(tokyo.date_time_in(&zone("Asia/Tokyo")), "2026-11-26 23:30");
    assert_eq!(tokyo.date_time_in(&TimeZone::UTC), "2026-11-26 14:30");
    let la = Timestamp::parse("2026-11-26T23:30:00-08:00").unwrap();
    assert_eq!(la.to_string(), "2026-11-27T07:30:00Z");
    assert_eq!(la.file_stamp(), "2026-11-27T073000Z");
    assert_eq!(la.date_in(&zone("America/Los_Angeles")), "2026-11-26");
    assert_eq!(
        la.date_time_in(&zone("America/Los_Angeles")),
        "2026-11-26 23:30"
    );
    assert_eq!(la.date_in(&zone("Asia/Tokyo")), "2026-11-27");
    // Daylight saving time is the zone's, at that date: Paris is +02:00 in July.
    let summer = Timestamp::parse("2026-07-14T21:59:00Z").unwrap();
    assert_eq!(
        summer.date_time_in(&zone("Europe/Paris")),
        "2026-07-14 23:59"
    );
    let winter = Timestamp::parse("2026-12-31T22:59:00Z").unwrap();
    assert_eq!(
        winter.date_time_in(&zone("Europe/Paris")),
        "2026-12-31 23:59"
    );
    // The ends of the range never panic, whatever the zone.
    for secs in [FIRST_SECOND, LAST_SECOND, i64::MIN, i64::MAX] {
        let t = Timestamp::from_unix(secs, 999_999_999);
        for z in ["Asia/Tokyo", "America/Los_Angeles", "Pacific/Kiritimati"] {
            assert!(!t.date_time_in(&zone(z)).is_empty(), "{secs} in {z}");
        }
        assert!(t.to_string().len() >= 20);
    }
}

#[test]
fn the_display_zone_can_be_fixed_per_thread() {
    // The lib's unit tests show UTC, whatever the machine's zone.
    let t = Timestamp::parse("2026-11-26T23:30:00-08:00").unwrap();
    assert_eq!(display_zone(), TimeZone::UTC);
    assert_eq!(t.date_time(), "2026-11-27 07:30");
    std::thread::spawn(move || {
        set_display_zone_for_tests(zone("America/Los_Angeles"));
        assert_eq!(t.date(), "2026-11-26");
        assert_eq!(t.date_time(), "2026-11-26 23:30");
        // What names files and goes into JSON never moves.
        assert_eq!(t.to_string(), "2026-11-27T07:30:00Z");
        assert_eq!(t.file_stamp(), "2026-11-27T073000Z");
    })
    .join()
    .unwrap();
    // Another thread's zone is not this one's.
    assert_eq!(t.date(), "2026-11-27");
}

proptest! {
    #[test]
    fn toml_round_trip(secs in 0i64..253_402_300_799, nanos in 0u32..1_000_000_000) {
        let t = Timestamp::from_unix(secs, nanos);
        prop_assert_eq!(Timestamp::from_toml(&t.to_toml()).unwrap(), t);
        prop_assert_eq!(Timestamp::parse(&t.to_string()).unwrap(), t);
    }

    #[test]
    fn toml_round_trip_over_the_whole_range(
        secs in FIRST_SECOND..=LAST_SECOND,
        nanos in 0u32..1_000_000_000,
    ) {
        let t = Timestamp::from_unix(secs, nanos);
        prop_assert_eq!(Timestamp::from_toml(&t.to_toml()).unwrap(), t);
        prop_assert_eq!(Timestamp::parse(&t.to_string()).unwrap(), t);
        prop_assert_eq!(t.file_stamp().len(), 18);
    }

    #[test]
    fn an_offset_moves_the_moment_by_exactly_itself(
        secs in FIRST_SECOND + 86_400..LAST_SECOND - 86_400,
        minutes in -1439i16..=1439,
    ) {
        let utc = Timestamp::from_unix(secs, 0);
        // The same moment written in another offset: its local fields, then the offset.
        let mut written = Timestamp::from_unix(secs + i64::from(minutes) * 60, 0).to_toml();
        written.offset = Some(Offset::Custom { minutes });
        prop_assert_eq!(Timestamp::from_toml(&written).unwrap(), utc);
        let text = written.to_string();
        prop_assert_eq!(Timestamp::parse(&text).unwrap(), utc);
    }

    #[test]
    fn the_local_date_is_the_utc_date_shifted_by_the_offset(
        secs in 0i64..LAST_SECOND - 86_400,
        hours in -12i8..=14,
    ) {
        let t = Timestamp::from_unix(secs, 0);
        let fixed = TimeZone::fixed(jiff::tz::Offset::constant(hours));
        let shifted = Timestamp::from_unix(secs + i64::from(hours) * 3600, 0);
        prop_assert_eq!(t.date_time_in(&fixed), shifted.date_time_in(&TimeZone::UTC));
        prop_assert_eq!(t.date_in(&fixed), shifted.file_stamp()[..10].to_string());
    }
}
