//! Moments in time. Files hold UTC (TOML offset datetimes ending in `Z`); what is shown to a
//! person is in the local time zone ([`display_zone`]). The calendar arithmetic is `jiff`'s.

use std::fmt;

use jiff::SignedDuration;
use jiff::civil::DateTime;
use toml::value::{Date, Datetime, Offset, Time};

use crate::i18n::DiagFiles;

/// jiff's time zone, for [`display_zone`] and [`set_display_zone_for_tests`].
pub use jiff::tz::TimeZone;

/// A moment in UTC, to the nanosecond, ordered in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    secs: i64,
    nanos: u32,
}

impl Timestamp {
    pub(crate) fn now() -> Self {
        Self::from_jiff(jiff::Timestamp::now())
    }

    pub fn from_unix(secs: i64, nanos: u32) -> Self {
        Self {
            secs,
            nanos: nanos.min(999_999_999),
        }
    }

    pub(crate) fn unix_seconds(&self) -> i64 {
        self.secs
    }

    /// The nanoseconds past [`Timestamp::unix_seconds`].
    pub(crate) fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    pub(crate) fn unix_millis(&self) -> i64 {
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
            .ok_or_else(|| DiagFiles::now().date_needed.to_string())?;
        let time = dt.time.unwrap_or(Time {
            hour: 0,
            minute: 0,
            second: Some(0),
            nanosecond: None,
        });
        let second = time.second.unwrap_or(0);
        if second > 59 {
            return Err(DiagFiles::now().leap_second.into());
        }
        let nanos = time.nanosecond.unwrap_or(0);
        if nanos > 999_999_999 {
            return Err(DiagFiles::now().fraction_too_large.into());
        }
        // Whole seconds through jiff, the fraction kept as written: exact, and never negative.
        let civil = DateTime::new(
            i16::try_from(date.year).map_err(|_| outside())?,
            date.month as i8,
            date.day as i8,
            time.hour as i8,
            time.minute as i8,
            second as i8,
            0,
        )
        .map_err(|_| DiagFiles::now().no_such_time.to_string())?;
        let offset_secs = match dt.offset {
            Some(Offset::Custom { minutes }) => i64::from(minutes) * 60,
            _ => 0,
        };
        // In civil time rather than as a jiff `Timestamp`, whose range stops a day short of
        // the end of 9999 in UTC.
        let utc = civil
            .checked_sub(SignedDuration::from_secs(offset_secs))
            .map_err(|_| outside())?;
        if !(0..=9999).contains(&utc.year()) {
            return Err(outside());
        }
        Ok(Self::from_unix(utc.duration_since(EPOCH).as_secs(), nanos))
    }

    /// The UTC offset datetime written into files (`2026-11-26T17:43:33Z`). A moment outside
    /// the years 0000 to 9999 (only ever made in code) is written as the nearest one inside.
    pub(crate) fn to_toml(self) -> Datetime {
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
    pub(crate) fn read(text: &str) -> Result<Self, String> {
        let dt = text
            .parse::<Datetime>()
            .map_err(|_| DiagFiles::now().not_rfc3339.to_string())?;
        Self::from_toml(&dt)
    }

    /// The local date, for people: `2026-11-26` (in [`display_zone`]).
    pub(crate) fn date(&self) -> String {
        self.date_in(&display_zone())
    }

    /// The local date and time, for people: `2026-11-26 17:43` (in [`display_zone`]).
    pub(crate) fn date_time(&self) -> String {
        self.date_time_in(&display_zone())
    }

    /// The local day (in [`display_zone`]) as a count of days from 1970-01-01: two moments of
    /// one day have the same, and days apart differ by their number of days.
    pub(crate) fn local_day(&self) -> i64 {
        let offset = display_zone().to_offset(self.to_jiff());
        (self.unix_seconds() + i64::from(offset.seconds())).div_euclid(86_400)
    }

    /// The date in `zone`: `2026-11-26`.
    pub(crate) fn date_in(&self, zone: &TimeZone) -> String {
        let t = zone.to_datetime(self.to_jiff());
        format!("{:04}-{:02}-{:02}", t.year(), t.month(), t.day())
    }

    /// The date and time (to the minute) in `zone`: `2026-11-26 17:43`.
    pub(crate) fn date_time_in(&self, zone: &TimeZone) -> String {
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
    pub(crate) fn file_stamp(&self) -> String {
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

fn outside() -> String {
    DiagFiles::now().outside_years.to_string()
}

/// 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: what [`Timestamp::to_toml`] can write.
const FIRST_SECOND: i64 = -62_167_219_200;
const LAST_SECOND: i64 = 253_402_300_799;

mod words;
mod zone;
pub use zone::{display_zone, set_display_zone_for_tests};

#[cfg(test)]
mod tests;
