//! Breaks in a time line: an interval much longer than the usual one (a pause of months
//! between weekly assessments) is shown as a break, not as a line across empty months.

use crate::i18n::{Lang, TrendText, fill};
use crate::time::Timestamp;

/// An interval is a break when longer than this many times the median interval...
pub(crate) const BREAK_FACTOR: f64 = 3.0;
/// ...and at least this long (eight weeks), so that a monthly rhythm after a weekly one is
/// not a break.
pub(crate) const BREAK_MIN_DAYS: f64 = 56.0;

const DAY: f64 = 86_400.0;

/// A break between two consecutive moments of a time line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Break {
    /// The last moment before the break.
    pub(crate) after: Timestamp,
    /// The first moment after it.
    pub(crate) before: Timestamp,
}

impl Break {
    pub(crate) fn days(&self) -> f64 {
        (self.before.unix_seconds() - self.after.unix_seconds()) as f64 / DAY
    }

    /// Whether going from `from` to `to` (in time order) crosses this break.
    pub(crate) fn between(&self, from: Timestamp, to: Timestamp) -> bool {
        from <= self.after && to >= self.before
    }

    /// How long the break is, in the unit that reads best.
    pub(crate) fn length(&self) -> Length {
        length(self.days())
    }
}

/// A duration rounded to weeks, months or years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Length {
    Weeks(u64),
    Months(u64),
    Years(u64),
}

impl Length {
    /// "19 months", "8 semaines", "1 week": the length in words, plural-correct.
    pub(crate) fn text(self, lang: Lang) -> String {
        let t = TrendText::of(lang);
        let (n, one, many) = match self {
            Length::Weeks(n) => (n, t.weeks_one, t.weeks_many),
            Length::Months(n) => (n, t.months_one, t.months_many),
            Length::Years(n) => (n, t.years_one, t.years_many),
        };
        fill(lang.plural(n, one, many), &[("n", &n)])
    }
}

/// "⋯ 19 months ⋯": a break in a time line, in charts and in tables.
pub(crate) fn gap_text(lang: Lang, length: Length) -> String {
    format!("⋯ {} ⋯", length.text(lang))
}

/// Weeks below two months, months below two years, years beyond.
pub(crate) fn length(days: f64) -> Length {
    let days = days.max(0.0);
    if days < 60.0 {
        Length::Weeks((days / 7.0).round().max(1.0) as u64)
    } else if days < 730.0 {
        Length::Months((days / 30.4375).round().max(2.0) as u64)
    } else {
        Length::Years((days / 365.25).round().max(2.0) as u64)
    }
}

/// The breaks of a time line: `times` in any order, repeated moments counted once.
pub(crate) fn breaks(times: &[Timestamp]) -> Vec<Break> {
    let mut times = times.to_vec();
    times.sort();
    times.dedup();
    let intervals: Vec<f64> = times
        .windows(2)
        .map(|w| (w[1].unix_seconds() - w[0].unix_seconds()) as f64 / DAY)
        .collect();
    let Some(median) = median(&intervals) else {
        return vec![];
    };
    times
        .windows(2)
        .zip(&intervals)
        .filter(|(_, days)| **days > BREAK_FACTOR * median && **days >= BREAK_MIN_DAYS)
        .map(|(w, _)| Break {
            after: w[0],
            before: w[1],
        })
        .collect()
}

fn median(values: &[f64]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

#[cfg(test)]
mod tests;
