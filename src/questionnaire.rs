//! Questionnaires: the dimensions of trust, the items that measure them, the ladder of stages.

mod catalog;
mod characters;
pub mod elision;
mod parse;
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
    pub dimension: String,
    /// May hold `{subject}`, filled in by `fill_subject`.
    pub text: String,
    /// Agreeing means *less* trust.
    pub reverse: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Stage {
    /// Overall score (0-100) from which this stage is reached.
    pub min: f64,
    pub name: String,
    pub about: String,
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
        self.items.iter().filter(move |i| i.dimension == dimension)
    }
}

/// Puts the subject's name where a text says `{subject}`.
pub(crate) fn fill_subject(text: &str, subject: &str) -> String {
    text.replace("{subject}", subject)
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
}
