//! UTC timestamps: conversion from and to TOML datetimes, and the few formats the tool prints.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};
use toml::value::{Date, Datetime, Offset, Time};

/// A moment in UTC, to the nanosecond, ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

impl Timestamp {
    pub fn now() -> Self {
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Self::from_unix(since.as_secs() as i64, since.subsec_nanos())
    }

    /// Now, to the nanosecond: for ids that must sort by creation time.
    pub fn now_precise() -> Self {
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Self::from_unix(since.as_secs() as i64, since.subsec_nanos())
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
    /// be stored exactly is refused rather than silently changed: a leap second, and a moment
    /// that falls outside the years 0000 to 9999 once its offset is applied (a file holds a
    /// four-digit UTC year).
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
        if time.second.unwrap_or(0) > 59 {
            return Err("a leap second (`:60`) cannot be stored; write `:59` instead".into());
        }
        let days = days_from_civil(i64::from(date.year), date.month.into(), date.day.into());
        let offset_minutes = match dt.offset {
            Some(Offset::Custom { minutes }) => i64::from(minutes),
            _ => 0,
        };
        let secs = days * 86_400
            + i64::from(time.hour) * 3600
            + i64::from(time.minute) * 60
            + i64::from(time.second.unwrap_or(0))
            - offset_minutes * 60;
        if !(FIRST_SECOND..=LAST_SECOND).contains(&secs) {
            return Err(
                "in UTC (after its offset) this falls outside the years 0000 to 9999".into(),
            );
        }
        Ok(Self::from_unix(secs, time.nanosecond.unwrap_or(0)))
    }

    /// The UTC offset datetime written into files (`2026-11-26T17:43:33Z`).
    pub fn to_toml(&self) -> Datetime {
        let (year, month, day) = civil_from_days(self.secs.div_euclid(86_400));
        let rem = self.secs.rem_euclid(86_400);
        Datetime {
            date: Some(Date {
                year: year.clamp(0, 9999) as u16,
                month: month as u8,
                day: day as u8,
            }),
            time: Some(Time {
                hour: (rem / 3600) as u8,
                minute: (rem % 3600 / 60) as u8,
                second: Some((rem % 60) as u8),
                nanosecond: (self.nanos != 0).then_some(self.nanos),
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

    /// `2026-11-26`
    pub fn date(&self) -> String {
        let (y, m, d) = civil_from_days(self.secs.div_euclid(86_400));
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `2026-11-26 17:43`, for people.
    pub fn date_time(&self) -> String {
        let rem = self.secs.rem_euclid(86_400);
        format!("{} {:02}:{:02}", self.date(), rem / 3600, rem % 3600 / 60)
    }

    /// `2026-11-26T174333Z`: sorts by time and has no `:`, for file names.
    pub fn file_stamp(&self) -> String {
        let rem = self.secs.rem_euclid(86_400);
        format!(
            "{}T{:02}{:02}{:02}Z",
            self.date(),
            rem / 3600,
            rem % 3600 / 60,
            rem % 60
        )
    }
}

/// RFC 3339 in UTC, e.g. `2026-11-26T17:43:33Z`.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_toml().fmt(f)
    }
}

/// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: what [`Timestamp::to_toml`] can write.
const FIRST_SECOND: i64 = -62_167_219_200;
const LAST_SECOND: i64 = 253_402_300_799;

// Howard Hinnant's algorithms: days since 1970-01-01 <-> proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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

    proptest! {
        #[test]
        fn toml_round_trip(secs in 0i64..253_402_300_799, nanos in 0u32..1_000_000_000) {
            let t = Timestamp::from_unix(secs, nanos);
            prop_assert_eq!(Timestamp::from_toml(&t.to_toml()).unwrap(), t);
            prop_assert_eq!(Timestamp::parse(&t.to_string()).unwrap(), t);
        }
    }
}
