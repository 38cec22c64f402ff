//! Moments in time. Files hold UTC (TOML offset datetimes ending in `Z`); what is shown to a
//! person is in the local time zone ([`display_zone`]). The calendar arithmetic is `jiff`'s.

use std::cell::RefCell;
use std::fmt;
use std::sync::OnceLock;

use jiff::SignedDuration;
use jiff::civil::DateTime;
use toml::value::{Date, Datetime, Offset, Time};

/// jiff's time zone, for [`display_zone`] and [`set_display_zone_for_tests`].
pub use jiff::tz::TimeZone;

/// A moment in UTC, to the nanosecond, ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

impl Timestamp {
    pub fn now() -> Self {
        Self::from_jiff(jiff::Timestamp::now())
    }

    pub fn from_unix(secs: i64, nanos: u32) -> Self {
        Self {
            secs,
            nanos: nanos.min(999_999_999),
        }
    }

    pub fn unix_seconds(&self) -> i64 {
        self.secs
    }

    pub fn unix_millis(&self) -> i64 {
        self.secs * 1000 + i64::from(self.nanos / 1_000_000)
    }

    /// Reads a TOML datetime a person may have written by hand: an offset datetime is converted
    /// to UTC, a local datetime is taken as UTC, and a bare date means midnight UTC. What cannot
    /// be stored exactly is refused rather than silently changed: a leap second, a date that
    /// does not exist, and a moment that falls outside the years 0000 to 9999 once its offset
    /// is applied (a file holds a four-digit UTC year).
    pub fn from_toml(dt: &Datetime) -> Result<Self, String> {
        let date = dt
            .date
            .ok_or_else(|| "a date is needed, not only a time of day".to_string())?;
        let time = dt.time.unwrap_or(Time {
            hour: 0,
            minute: 0,
            second: Some(0),
            nanosecond: None,
        });
        let second = time.second.unwrap_or(0);
        if second > 59 {
            return Err("a leap second (`:60`) cannot be stored; write `:59` instead".into());
        }
        let nanos = time.nanosecond.unwrap_or(0);
        if nanos > 999_999_999 {
            return Err("a fraction of a second must be below one second".into());
        }
        // Whole seconds through jiff, the fraction kept as written: exact, and never negative.
        let civil = DateTime::new(
            i16::try_from(date.year).map_err(|_| OUTSIDE.to_string())?,
            date.month as i8,
            date.day as i8,
            time.hour as i8,
            time.minute as i8,
            second as i8,
            0,
        )
        .map_err(|_| "this date or time of day does not exist".to_string())?;
        let offset_secs = match dt.offset {
            Some(Offset::Custom { minutes }) => i64::from(minutes) * 60,
            _ => 0,
        };
        // In civil time rather than as a jiff `Timestamp`, whose range stops a day short of
        // the end of 9999 in UTC.
        let utc = civil
            .checked_sub(SignedDuration::from_secs(offset_secs))
            .map_err(|_| OUTSIDE.to_string())?;
        if !(0..=9999).contains(&utc.year()) {
            return Err(OUTSIDE.into());
        }
        Ok(Self::from_unix(utc.duration_since(EPOCH).as_secs(), nanos))
    }

    /// The UTC offset datetime written into files (`2026-11-26T17:43:33Z`). A moment outside
    /// the years 0000 to 9999 (only ever made in code) is written as the nearest one inside.
    pub fn to_toml(&self) -> Datetime {
        let utc = self.utc();
        Datetime {
            date: Some(Date {
                year: utc.year() as u16,
                month: utc.month() as u8,
                day: utc.day() as u8,
            }),
            time: Some(Time {
                hour: utc.hour() as u8,
                minute: utc.minute() as u8,
                second: Some(utc.second() as u8),
                nanosecond: (utc.subsec_nanosecond() != 0)
                    .then_some(utc.subsec_nanosecond() as u32),
            }),
            offset: Some(Offset::Z),
        }
    }

    /// Parses an RFC 3339 string, as written in JSON exports.
    pub fn parse(text: &str) -> Option<Self> {
        Self::read(text).ok()
    }

    /// Like [`Timestamp::parse`], with what is wrong (never quoting the text).
    pub fn read(text: &str) -> Result<Self, String> {
        let dt = text
            .parse::<Datetime>()
            .map_err(|_| "not an RFC 3339 date and time".to_string())?;
        Self::from_toml(&dt)
    }

    /// The local date, for people: `2026-11-26` (in [`display_zone`]).
    pub fn date(&self) -> String {
        self.date_in(&display_zone())
    }

    /// The local date and time, for people: `2026-11-26 17:43` (in [`display_zone`]).
    pub fn date_time(&self) -> String {
        self.date_time_in(&display_zone())
    }

    /// The date in `zone`: `2026-11-26`.
    pub fn date_in(&self, zone: &TimeZone) -> String {
        let t = zone.to_datetime(self.to_jiff());
        format!("{:04}-{:02}-{:02}", t.year(), t.month(), t.day())
    }

    /// The date and time (to the minute) in `zone`: `2026-11-26 17:43`.
    pub fn date_time_in(&self, zone: &TimeZone) -> String {
        let t = zone.to_datetime(self.to_jiff());
        format!(
            "{:04}-{:02}-{:02} {:02}:{:02}",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute()
        )
    }

    /// `2026-11-26T174333Z`, always in UTC: sorts by time and has no `:`, for file names.
    pub fn file_stamp(&self) -> String {
        let t = self.utc();
        format!(
            "{:04}-{:02}-{:02}T{:02}{:02}{:02}Z",
            t.year(),
            t.month(),
            t.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }

    fn from_jiff(t: jiff::Timestamp) -> Self {
        // jiff gives a negative fraction before 1970; ours is always 0 to 999 999 999.
        let (secs, nanos) = (t.as_second(), t.subsec_nanosecond());
        if nanos < 0 {
            Self::from_unix(secs - 1, (nanos + 1_000_000_000) as u32)
        } else {
            Self::from_unix(secs, nanos as u32)
        }
    }

    /// The civil date and time in UTC, within the years 0000 to 9999: a moment outside them
    /// (only ever made in code, never read from a file) becomes the nearest one inside.
    fn utc(&self) -> DateTime {
        let (secs, nanos) = if self.secs < FIRST_SECOND {
            (FIRST_SECOND, 0)
        } else if self.secs > LAST_SECOND {
            (LAST_SECOND, 999_999_999)
        } else {
            (self.secs, self.nanos)
        };
        EPOCH
            .checked_add(SignedDuration::new(secs, nanos as i32))
            .unwrap_or(EPOCH)
    }

    /// As a jiff timestamp, to convert to a time zone. jiff's range ends on 9999-12-30 (UTC),
    /// so the last day of 9999 is shown as its last moment: only dates no file of a person
    /// will ever hold.
    fn to_jiff(self) -> jiff::Timestamp {
        let secs = self.secs.clamp(FIRST_SECOND, LAST_SECOND);
        jiff::Timestamp::new(secs, self.nanos as i32).unwrap_or(jiff::Timestamp::MAX)
    }
}

/// RFC 3339 in UTC, e.g. `2026-11-26T17:43:33Z`: used in JSON, so never local.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_toml().fmt(f)
    }
}

const EPOCH: DateTime = DateTime::constant(1970, 1, 1, 0, 0, 0, 0);

const OUTSIDE: &str = "in UTC (after its offset) this falls outside the years 0000 to 9999";

/// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: what [`Timestamp::to_toml`] can write.
const FIRST_SECOND: i64 = -62_167_219_200;
const LAST_SECOND: i64 = 253_402_300_799;

// ---- The time zone of what people see ----------------------------------------------------------
//
// `display_zone()` is the zone every date and time shown to a person is in. The program reads
// it once, through jiff: `TZ` if it is set (an IANA name such as `Europe/Paris`, a path to a
// TZif file, or a POSIX rule), else the system's (`/etc/localtime`), else UTC. The lib's own
// unit tests default to UTC instead, so that nothing they render depends on the machine.
//
// Tests that render screens in-process call `set_display_zone_for_tests`, which overrides the
// zone *for the calling thread only*: the test harness runs each test on its own thread, so
// tests wanting different zones never see each other's, and the program itself never calls it.

static PROCESS_ZONE: OnceLock<TimeZone> = OnceLock::new();

thread_local! {
    static THREAD_ZONE: RefCell<Option<TimeZone>> = const { RefCell::new(None) };
}

/// The time zone of every date and time shown to a person (see the notes above).
pub fn display_zone() -> TimeZone {
    if let Some(zone) = THREAD_ZONE.with_borrow(Clone::clone) {
        return zone;
    }
    PROCESS_ZONE
        .get_or_init(|| {
            if cfg!(test) {
                TimeZone::UTC
            } else {
                TimeZone::try_system().unwrap_or(TimeZone::UTC)
            }
        })
        .clone()
}

/// Makes [`display_zone`] return `zone` on the calling thread from now on, e.g.
/// `set_display_zone_for_tests(TimeZone::UTC)` in a test that renders a screen. For tests only.
pub fn set_display_zone_for_tests(zone: TimeZone) {
    THREAD_ZONE.set(Some(zone));
}

#[cfg(test)]
mod tests {
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
}
