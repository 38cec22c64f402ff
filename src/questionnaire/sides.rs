//! Questionnaires answered from either side of a relationship (an organisation and its
//! community): each side reads its own wording of the same statements and advice, so that
//! the two views compare statement by statement (blind spots, hidden strengths).

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::Questionnaire;

/// A text written once for everyone, or once per side (`text.organisation = "…"`).
#[derive(Deserialize, Debug, Clone)]
#[serde(untagged)]
pub(super) enum Worded<T> {
    Same(T),
    BySide(BTreeMap<String, T>),
}

impl<T: Default> Default for Worded<T> {
    fn default() -> Self {
        Worded::Same(T::default())
    }
}

impl<T: Clone + Default> Worded<T> {
    /// The wording `side` reads; for a text written once, that text.
    pub(super) fn for_side(&self, side: Option<&str>) -> T {
        match self {
            Worded::Same(t) => t.clone(),
            Worded::BySide(map) => side
                .and_then(|s| map.get(s))
                .or_else(|| map.values().next())
                .cloned()
                .unwrap_or_default(),
        }
    }

    /// The sides this text names, when it is written per side.
    pub(super) fn sides(&self) -> Option<Vec<&str>> {
        match self {
            Worded::Same(_) => None,
            Worded::BySide(map) => Some(map.keys().map(String::as_str).collect()),
        }
    }

    /// Every wording of the text, to check each of them.
    pub(super) fn all(&self) -> Vec<&T> {
        match self {
            Worded::Same(t) => vec![t],
            Worded::BySide(map) => map.values().collect(),
        }
    }
}

/// One side a questionnaire can be answered from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub id: String,
    /// How the side is offered to whoever answers ("The organisation").
    pub name: String,
}

/// The texts one side reads where they differ from the questionnaire's first wording.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct SideTexts {
    pub(super) intro: String,
    /// By item id.
    pub(super) items: HashMap<String, String>,
    /// By dimension id.
    pub(super) advice: HashMap<String, Vec<String>>,
}

impl Questionnaire {
    /// This questionnaire worded for `side`; none when it has no such side. A questionnaire
    /// without sides is the same for everyone, so only `None` fits it.
    pub fn for_side(&self, side: Option<&str>) -> Option<Questionnaire> {
        match side {
            None if self.sides.is_empty() => Some(self.clone()),
            None => None,
            Some(side) => {
                let texts = self.wordings.get(side)?;
                let mut q = self.clone();
                q.side = Some(side.to_string());
                q.intro = texts.intro.clone();
                for item in &mut q.items {
                    if let Some(text) = texts.items.get(&item.id) {
                        item.text = text.clone();
                    }
                }
                for dim in &mut q.dimensions {
                    if let Some(advice) = texts.advice.get(&dim.id) {
                        dim.advice = advice.clone();
                    }
                }
                Some(q)
            }
        }
    }

    /// The sides it can be answered from; empty for most questionnaires.
    pub fn sides(&self) -> &[Side] {
        &self.sides
    }

    /// The side this copy is worded for.
    pub fn side(&self) -> Option<&str> {
        self.side.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use crate::questionnaire::parse;

    const MINI: &str = include_str!("../../tests/fixtures/mini-questionnaire.toml");

    fn sided(extra_sides: &str, a1_text: &str) -> String {
        MINI.replace(
            "[scale]",
            &format!(
                "[[sides]]\nid = \"org\"\nname = \"The organisation\"\n{extra_sides}\n[scale]"
            ),
        )
        .replace(
            "id = \"a.1\"\ndimension = \"a\"\ntext = \"x\"",
            &format!("id = \"a.1\"\ndimension = \"a\"\n{a1_text}"),
        )
    }

    const TWO: &str = "[[sides]]\nid = \"members\"\nname = \"The members\"\n";

    #[test]
    fn each_side_reads_its_own_wording() {
        let text = sided(
            TWO,
            "text.org = \"We answer {subject}.\"\ntext.members = \"{subject} answers us.\"",
        );
        let q = parse(&text).unwrap();
        assert_eq!(q.sides().len(), 2);
        assert_eq!(q.side(), None);
        // Unworded, it reads as the first side declared (not the first in alphabetical order).
        assert_eq!(q.item("a.1").unwrap().text, "We answer {subject}.");
        let org = q.for_side(Some("org")).unwrap();
        let members = q.for_side(Some("members")).unwrap();
        assert_eq!(org.item("a.1").unwrap().text, "We answer {subject}.");
        assert_eq!(members.item("a.1").unwrap().text, "{subject} answers us.");
        assert_eq!(members.side(), Some("members"));
        assert_eq!(
            members.item("b.1").unwrap().text,
            "x",
            "a text written once"
        );
        assert!(q.for_side(Some("nobody")).is_none());
        assert!(
            q.for_side(None).is_none(),
            "a sided questionnaire needs a side"
        );
        let plain = parse(MINI).unwrap();
        assert!(plain.for_side(None).is_some() && plain.for_side(Some("org")).is_none());
    }

    #[test]
    fn a_text_per_side_names_exactly_the_declared_sides() {
        let missing = sided(TWO, "text.org = \"We answer {subject}.\"");
        let problems = parse(&missing).unwrap_err();
        assert!(
            problems[0].message.contains("org, members"),
            "{:?}",
            problems[0].message
        );
        assert!(problems[0].line.is_some(), "located in the file");
        let undeclared = MINI.replace(
            "text = \"x\"\n\n[[items]]\nid = \"b.1\"",
            "text.org = \"x\"\n\n[[items]]\nid = \"b.1\"",
        );
        assert!(
            parse(&undeclared).unwrap_err()[0]
                .message
                .contains("[[sides]]")
        );
        let alone = sided("", "text = \"x\"");
        assert!(
            parse(&alone).unwrap_err()[0]
                .message
                .contains("at least two")
        );
    }

    #[test]
    fn outcomes_and_markers_are_checked() {
        let with_dimension = format!(
            "{MINI}\n[[items]]\nid = \"o\"\ndimension = \"a\"\ntext = \"x\"\noutcome = true\n"
        );
        assert!(
            parse(&with_dimension).unwrap_err()[0]
                .message
                .contains("outcome")
        );
        let without = format!("{MINI}\n[[items]]\nid = \"o\"\ntext = \"x\"\n");
        assert!(
            parse(&without).unwrap_err()[0]
                .message
                .contains("`dimension`")
        );
        let marker = MINI.replace(
            "name = \"mid\"",
            "name = \"mid\"\nmarkers = [\"a.1\", \"nope\"]",
        );
        let problems = parse(&marker).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("`nope`"));
    }
}
