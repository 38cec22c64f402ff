//! The one lookup of a subject a person names on the command line: found whatever its case,
//! spacing or Unicode form, or the subjects they could have meant.

use super::{Subject, find};

/// How many known subjects a "no such subject" message lists: enough to spot a typo, few
/// enough to stay one line.
pub(crate) const KNOWN_LISTED: usize = 10;

/// No subject is named `wanted`: the known ones, the most recently assessed first (at most
/// [`KNOWN_LISTED`]), for the message that says so.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct NotFound<'a> {
    pub(crate) known: Vec<&'a str>,
}

/// The subject `wanted` names among `all` (as [`super::by_subject`] groups them). Look-alike
/// spellings ([`crate::names::same`]) are one subject there, so a name never matches two.
pub(crate) fn lookup<'s, 'a>(
    all: &'s [Subject<'a>],
    wanted: &str,
) -> Result<&'s Subject<'a>, NotFound<'a>> {
    find(all, wanted).ok_or_else(|| NotFound {
        known: all.iter().take(KNOWN_LISTED).map(|s| s.name).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::subjects::by_subject;
    use crate::test_support::stored;

    #[test]
    fn a_subject_is_found_whatever_its_case_spacing_or_unicode_form() {
        let all = [
            stored("1", "Zoé", "self", "2026-01-01T00:00:00Z"),
            stored("2", "Team Atlas", "self", "2026-01-02T00:00:00Z"),
            stored("3", "Zoe", "self", "2026-01-03T00:00:00Z"),
        ];
        let subjects = by_subject(&all);
        let id = |wanted: &str| lookup(&subjects, wanted).map(|s| s.latest().assessment.id.clone());
        assert_eq!(id("Team Atlas").unwrap(), "2", "exact");
        assert_eq!(id("  team ATLAS ").unwrap(), "2", "case and spaces");
        assert_eq!(id("ZOÉ").unwrap(), "1", "accented capitals");
        assert_eq!(id("Zoe\u{301}").unwrap(), "1", "NFD finds NFC");
        // An accent is a letter: "Zoe" is another person, not a guess at "Zoé".
        assert_eq!(id("zoe").unwrap(), "3");
    }

    #[test]
    fn look_alike_spellings_are_one_subject_never_an_ambiguity() {
        let all = [
            stored("1", "Team Atlas", "self", "2026-01-01T00:00:00Z"),
            stored("2", "team atlas", "Bob", "2026-01-02T00:00:00Z"),
        ];
        let subjects = by_subject(&all);
        for wanted in ["Team Atlas", "team atlas", "TEAM ATLAS"] {
            let found = lookup(&subjects, wanted).unwrap();
            assert_eq!(found.assessments.len(), 2, "{wanted}");
            assert_eq!(found.name, "team atlas", "named as most recently written");
        }
    }

    #[test]
    fn a_missing_subject_lists_the_known_ones_most_recent_first_and_at_most_ten() {
        let name = |all, wanted| lookup(all, wanted).map(|s| s.name);
        assert_eq!(name(&[], "Alice").unwrap_err(), NotFound { known: vec![] });
        let names: Vec<String> = (0..12).map(|i| format!("S{i:02}")).collect();
        let all: Vec<_> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                stored(
                    name,
                    name,
                    "self",
                    &format!("2026-01-{:02}T00:00:00Z", i + 1),
                )
            })
            .collect();
        let subjects = by_subject(&all);
        let known = name(&subjects, "Alice").unwrap_err().known;
        assert_eq!(known.len(), KNOWN_LISTED);
        assert_eq!(known.first(), Some(&"S11"));
        assert_eq!(known.last(), Some(&"S02"));
    }
}
