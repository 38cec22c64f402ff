//! The interface languages, and reading a language from what people and systems write:
//! `fr`, `FR`, `fr-FR`, `fr_FR`, `fr_FR.UTF-8`, `fr_FR@euro`.

use std::fmt;

/// A language the whole interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub(crate) const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The code stored in files and used by questionnaires: `en`, `fr`.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a language setting says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tag {
    /// A language the tool speaks.
    Known(Lang),
    /// A well-formed language the tool lacks (its primary subtag, lowercased).
    Unknown(String),
    /// `C`, `POSIX` or empty: no preference; look further.
    NoPreference,
}

/// Reads one language setting. Only the primary subtag counts: the region, the encoding and
/// the modifier (`_FR`, `.UTF-8`, `@euro`) are ignored, in any case.
pub fn parse_tag(text: &str) -> Tag {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("C") || text.eq_ignore_ascii_case("POSIX") {
        return Tag::NoPreference;
    }
    // `C.UTF-8` is the C locale too.
    let primary: String = text
        .split(['-', '_', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if primary == "c" || primary == "posix" {
        return Tag::NoPreference;
    }
    let well_formed =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase());
    match Lang::from_code(&primary) {
        Some(lang) => Tag::Known(lang),
        None if well_formed => Tag::Unknown(primary),
        None => Tag::Unknown(text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_of_writing_french_is_french() {
        for text in [
            "fr",
            "FR",
            "fr-FR",
            "fr_FR",
            "fr_FR.UTF-8",
            "fr_CA.utf8",
            "fr_FR@euro",
            " Fr ",
        ] {
            assert_eq!(parse_tag(text), Tag::Known(Lang::Fr), "{text}");
        }
        assert_eq!(parse_tag("en_GB.UTF-8"), Tag::Known(Lang::En));
    }

    #[test]
    fn the_c_locale_is_no_preference_and_others_are_unknown() {
        for text in ["", "C", "POSIX", "C.UTF-8", "c"] {
            assert_eq!(parse_tag(text), Tag::NoPreference, "{text}");
        }
        assert_eq!(parse_tag("de_DE.UTF-8"), Tag::Unknown("de".into()));
        assert_eq!(parse_tag("Klingon!"), Tag::Unknown("Klingon!".into()));
    }
}
