//! Intentions: what the person decided to do before the next assessment, and, in that next
//! assessment, whether they did it. Closing that loop is what makes a check-in more than a score.

/// Whether the previous intention was carried out, as the person said at the next assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Followed {
    Yes,
    Partly,
    No,
}

impl Followed {
    pub(crate) const ALL: [Followed; 3] = [Followed::Yes, Followed::Partly, Followed::No];

    /// The word written in files and JSON: `yes`, `partly`, `no`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Followed::Yes => "yes",
            Followed::Partly => "partly",
            Followed::No => "no",
        }
    }

    /// Reads the word written in files and JSON (exactly: files are written by the tool).
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == word)
    }
}

/// The intention of the assessment before, as shown when this one began, and what became of it
/// (`None` when the person did not say).
#[derive(Debug, Clone, PartialEq)]
pub struct PreviousIntention {
    pub text: String,
    pub followed: Option<Followed>,
    /// Keys of `[previous_intention]` this version does not know, kept when rewriting.
    pub extra: toml::Table,
}

impl PreviousIntention {
    pub fn new(text: impl Into<String>, followed: Option<Followed>) -> Self {
        Self {
            text: text.into(),
            followed,
            extra: toml::Table::new(),
        }
    }
}

/// The message for a `followed` that is none of the three words.
pub const FOLLOWED_WORDS: &str = "`followed` must be \"yes\", \"partly\" or \"no\"";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_words_round_trip_and_nothing_else_reads() {
        for f in Followed::ALL {
            assert_eq!(Followed::parse(f.as_str()), Some(f));
        }
        assert_eq!(Followed::parse("Yes"), None);
        assert_eq!(Followed::parse("maybe"), None);
    }
}
