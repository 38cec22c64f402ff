//! Questionnaires: the dimensions of trust, the items that measure them, the ladder of stages.

mod catalog;
mod characters;
pub mod elision;
mod parse;
mod sides;
pub(crate) mod template;

pub(crate) use catalog::load_file;
pub use catalog::{Catalog, Entry, Source, Unresolved};

/// The questionnaire new assessments use when nothing says otherwise.
pub(crate) const DEFAULT_ID: &str = "trust";

/// The text of a built-in questionnaire file, by name (e.g. `trust.en.toml`).
pub fn catalog_text(name: &str) -> &'static str {
    catalog::BUILTIN
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, t)| t)
}
pub use parse::{is_slug as is_id, parse};
pub use sides::Side;

/// A validated questionnaire. Items are in asking order, dimensions in display order.
#[derive(Debug, Clone, PartialEq)]
pub struct Questionnaire {
    pub id: String,
    pub(crate) version: u32,
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub scale: Scale,
    pub dimensions: Vec<Dimension>,
    pub items: Vec<Item>,
    pub stages: Vec<Stage>,
    /// The sides it can be answered from (an organisation, its community); empty for most.
    pub(crate) sides: Vec<Side>,
    /// The side this copy is worded for (see [`Questionnaire::for_side`]).
    pub(crate) side: Option<String>,
    /// Each side's own texts, by side id.
    pub(crate) wordings: std::collections::BTreeMap<String, sides::SideTexts>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    pub min: i64,
    pub(crate) max: i64,
    /// One label per point, or exactly two: the two ends.
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Group {
    Virtue,
    Pillar,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dimension {
    pub id: String,
    pub group: Group,
    pub name: String,
    /// At most 12 characters: the label on charts.
    pub short: String,
    pub about: String,
    pub advice: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub id: String,
    /// Empty for an outcome statement, which belongs to no dimension.
    pub dimension: String,
    /// May hold `{subject}`, filled in by `fill_subject`.
    pub text: String,
    /// Agreeing means *less* trust.
    pub reverse: bool,
    /// Asked like the others but kept out of every score: what trust makes possible (daring
    /// to take initiatives), shown apart so that it can be watched beside the scores.
    pub outcome: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// Overall score (0-100) from which this stage is reached.
    pub min: f64,
    pub name: String,
    pub about: String,
    /// The statements about the behaviours that mark this rung: it is reached only when
    /// they, too, reach `min` (see [`crate::score`]).
    pub markers: Vec<String>,
}

impl Group {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Group::Virtue => "virtue",
            Group::Pillar => "pillar",
        }
    }
}

impl Scale {
    pub(crate) fn points(&self) -> impl Iterator<Item = i64> + '_ {
        self.min..=self.max
    }

    /// The point in the middle (the lower of two middles).
    pub(crate) fn middle(&self) -> i64 {
        self.min + self.max.saturating_sub(self.min) / 2
    }

    pub(crate) fn contains(&self, value: i64) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// The label of one point: its own, or for a two-label scale the end's label (none between).
    pub(crate) fn label(&self, value: i64) -> Option<&str> {
        if !self.contains(value) {
            return None;
        }
        // Checked: a Scale built in code (not parsed) has no bounds on its ends.
        let points = self
            .max
            .checked_sub(self.min)
            .and_then(|s| s.checked_add(1));
        if points.is_some_and(|p| usize::try_from(p).ok() == Some(self.labels.len())) {
            return value
                .checked_sub(self.min)
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| self.labels.get(i))
                .map(String::as_str);
        }
        match value {
            v if v == self.min => self.labels.first().map(String::as_str),
            v if v == self.max => self.labels.last().map(String::as_str),
            _ => None,
        }
    }
}

impl Questionnaire {
    pub(crate) fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    pub(crate) fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    pub(crate) fn item_index(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    pub fn items_of<'a>(&'a self, dimension: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items
            .iter()
            .filter(move |i| !i.outcome && i.dimension == dimension)
    }

    /// The outcome statements, kept out of the scores.
    pub(crate) fn outcomes(&self) -> impl Iterator<Item = &Item> + '_ {
        self.items.iter().filter(|i| i.outcome)
    }
}

/// Puts the subject's name where a text says `{subject}`. A name that begins a sentence
/// begins with a capital ("my manager and I…" reads "My manager and I…"): people type names
/// as they say them, and a statement that starts in lower case reads as a mistake, aloud too.
pub(crate) fn fill_subject(text: &str, subject: &str) -> String {
    const PLACEHOLDER: &str = "{subject}";
    let mut out = String::with_capacity(text.len() + subject.len());
    let mut rest = text;
    while let Some(at) = rest.find(PLACEHOLDER) {
        out.push_str(&rest[..at]);
        if starts_sentence(&out) {
            out.push_str(&capitalised(subject));
        } else {
            out.push_str(subject);
        }
        rest = &rest[at + PLACEHOLDER.len()..];
    }
    out.push_str(rest);
    out
}

/// Whether what follows `before` begins a sentence: nothing but spaces and opening quotes
/// since the start of the text or since a full stop, question or exclamation mark.
fn starts_sentence(before: &str) -> bool {
    let opening = |c: char| c.is_whitespace() || "«“‘\"'([".contains(c);
    let trimmed = before.trim_end_matches(opening);
    // An opening quote glued to the name counts, a space alone after a word does not.
    trimmed.is_empty() || trimmed.ends_with(['.', '!', '?', '…'])
}

/// `name` with its first letter upper case, when nothing but punctuation comes before it
/// ("l’équipe Atlas" gives "L’équipe Atlas"; "3M" and "'t Hooft" stay).
fn capitalised(name: &str) -> String {
    let Some((at, first)) = name.char_indices().find(|(_, c)| c.is_alphanumeric()) else {
        return name.to_string();
    };
    if !first.is_lowercase() || name[..at].chars().any(|c| c != '«' && !c.is_whitespace()) {
        return name.to_string();
    }
    let mut out = name[..at].to_string();
    out.extend(first.to_uppercase());
    out.push_str(&name[at + first.len_utf8()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_per_point_or_at_the_ends() {
        let full = Scale {
            min: 1,
            max: 3,
            labels: vec!["a".into(), "b".into(), "c".into()],
        };
        assert_eq!(full.label(2), Some("b"));
        assert_eq!(full.label(4), None);
        let ends = Scale {
            min: 0,
            max: 10,
            labels: vec!["never".into(), "always".into()],
        };
        assert_eq!(ends.label(0), Some("never"));
        assert_eq!(ends.label(5), None);
        assert_eq!(ends.label(10), Some("always"));
    }

    #[test]
    fn subject_is_filled_in() {
        assert_eq!(fill_subject("{subject} and I", "Zoé"), "Zoé and I");
    }

    /// A name typed in lower case begins a statement with a capital, in both languages; in
    /// the middle of a sentence it stays as typed.
    #[test]
    fn a_name_that_begins_a_sentence_begins_with_a_capital() {
        let cases = [
            (
                "{subject} and I use the same words.",
                "my manager",
                "My manager and I use the same words.",
            ),
            (
                "When {subject} explains",
                "my manager",
                "When my manager explains",
            ),
            (
                "{subject} et moi employons",
                "mon manager",
                "Mon manager et moi employons",
            ),
            ("{subject} et moi", "équipe Atlas", "Équipe Atlas et moi"),
            (
                "Quand {subject} m’explique",
                "mon manager",
                "Quand mon manager m’explique",
            ),
            // French elision belongs to the name as typed: its article takes the capital.
            ("{subject} et moi", "l’équipe", "L’équipe et moi"),
            ("{subject} et moi", "l'équipe", "L'équipe et moi"),
            ("{subject} et moi", "d’Artagnan", "D’Artagnan et moi"),
            (
                "Ce que je dis à {subject} reste entre nous.",
                "l’équipe",
                "Ce que je dis à l’équipe reste entre nous.",
            ),
            (
                "Avant d’agir, reformulez ce qu’a dit {subject}.",
                "l’équipe",
                "Avant d’agir, reformulez ce qu’a dit l’équipe.",
            ),
            (
                "Reste privé. {subject} le sait.",
                "qu’importe",
                "Reste privé. Qu’importe le sait.",
            ),
            ("« {subject} et moi »", "mon chef", "« Mon chef et moi »"),
            (
                "Is it so? {subject} and I agree.",
                "bob",
                "Is it so? Bob and I agree.",
            ),
            // Only a lower-case first letter changes.
            ("{subject} and I", "iTeam", "ITeam and I"),
            ("{subject} and I", "3M", "3M and I"),
            ("{subject} and I", "Team atlas", "Team atlas and I"),
            ("{subject} and I", "", " and I"),
        ];
        for (text, name, expected) in cases {
            assert_eq!(fill_subject(text, name), expected, "{text:?} with {name:?}");
        }
    }

    proptest::proptest! {
        /// Filling in changes at most the name's first letter: the rest of the name and of
        /// the text is as written.
        #[test]
        fn filling_in_changes_the_first_letter_at_most(
            before in "[a-zA-Z .?«]{0,12}",
            name in "[a-zA-Zéèàçœ’' 0-9]{0,12}",
            after in "[a-z ]{0,8}",
        ) {
            let text = format!("{before}{{subject}}{after}");
            let filled = fill_subject(&text, &name);
            let plain = text.replace("{subject}", &name);
            proptest::prop_assert_eq!(filled.to_lowercase(), plain.to_lowercase());
            proptest::prop_assert!(filled.starts_with(&before) && filled.ends_with(&after));
        }
    }
}
