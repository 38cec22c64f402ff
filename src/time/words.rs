//! Dates as a person writes them in a sentence, in the local time zone: "7 December 2026",
//! "7 décembre 2026", "1er décembre 2026". Used wherever a date sits in a sentence (the
//! report, the command line); tables keep the ISO date of [`Timestamp::date`].

use super::{TimeZone, Timestamp, display_zone};
use crate::i18n::{DateText, Lang, fill};

impl Timestamp {
    /// The local date in words: "7 December 2026" (in [`display_zone`]).
    pub(crate) fn date_words(&self, lang: Lang) -> String {
        self.date_words_in(lang, &display_zone())
    }

    /// The date in words in `zone`.
    pub(crate) fn date_words_in(&self, lang: Lang, zone: &TimeZone) -> String {
        let t = zone.to_datetime(self.to_jiff());
        let words = DateText::of(lang);
        let day = match t.day() {
            1 => words.first_day.to_string(),
            d => d.to_string(),
        };
        fill(
            words.date,
            &[
                ("day", &day),
                ("month", &words.month(t.month())),
                ("year", &t.year()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn a_date_reads_as_a_person_writes_it() {
        let utc = TimeZone::UTC;
        let day = at("2026-12-07T10:00:00Z");
        assert_eq!(day.date_words_in(Lang::En, &utc), "7 December 2026");
        assert_eq!(day.date_words_in(Lang::Fr, &utc), "7 décembre 2026");
        let first = at("2027-08-01T10:00:00Z");
        assert_eq!(first.date_words_in(Lang::En, &utc), "1 August 2027");
        assert_eq!(first.date_words_in(Lang::Fr, &utc), "1er août 2027");
    }

    #[test]
    fn the_date_is_the_local_one() {
        // 23:30 UTC on 31 December is already New Year's Day in Paris.
        let late = at("2026-12-31T23:30:00Z");
        let paris = TimeZone::get("Europe/Paris").unwrap();
        assert_eq!(late.date_words_in(Lang::Fr, &paris), "1er janvier 2027");
        assert_eq!(
            late.date_words_in(Lang::En, &TimeZone::UTC),
            "31 December 2026"
        );
    }

    #[test]
    fn every_month_has_a_name_in_both_languages() {
        for lang in [Lang::En, Lang::Fr] {
            for m in 1..=12 {
                assert!(!DateText::of(lang).month(m).is_empty(), "{lang:?} {m}");
            }
            assert_eq!(DateText::of(lang).month(13), "");
        }
    }
}
