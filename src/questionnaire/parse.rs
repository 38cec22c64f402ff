//! Reading a questionnaire file and checking it, with every problem located in the file.

use serde::Deserialize;
use toml::Spanned;

use super::sides::{SideTexts, Worded};
use super::{Dimension, Group, Item, Questionnaire, Scale, Side, Stage};
use crate::diagnostic::Diagnostic;

mod checks;
use checks::Problems;

/// Most axes the radar chart can show, and fewest that make a polygon.
pub(super) const MIN_DIMENSIONS: usize = 3;
pub(super) const MAX_DIMENSIONS: usize = 12;
pub(super) const MAX_SHORT_CHARS: usize = 12;
/// The widest scale: 101 points (0 to 100) is already more than a person can tell apart.
pub(super) const MAX_SCALE_SPAN: i64 = 100;
/// How far from 0 a scale's ends may be: keeps every sum and difference of scale values far
/// from overflowing, whatever a file says.
pub(super) const MAX_SCALE_END: i64 = 1000;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    id: Spanned<String>,
    version: u32,
    lang: Spanned<String>,
    title: String,
    intro: Option<Spanned<Worded<String>>>,
    /// Optional: the sides it can be answered from, each with its own wording.
    sides: Option<Spanned<Vec<RawSide>>>,
    scale: Spanned<RawScale>,
    dimensions: Spanned<Vec<RawDimension>>,
    items: Spanned<Vec<RawItem>>,
    /// Optional: without stages there is no ladder.
    stages: Option<Spanned<Vec<RawStage>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSide {
    id: Spanned<String>,
    name: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScale {
    min: Spanned<i64>,
    max: Spanned<i64>,
    labels: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    id: Spanned<String>,
    group: RawGroup,
    name: String,
    short: Spanned<String>,
    #[serde(default)]
    about: String,
    advice: Option<Spanned<Worded<Vec<String>>>>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "lowercase")]
enum RawGroup {
    Virtue,
    Pillar,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: Spanned<String>,
    /// None only for an outcome statement.
    dimension: Option<Spanned<String>>,
    text: Spanned<Worded<String>>,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    outcome: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStage {
    min: Spanned<f64>,
    name: String,
    #[serde(default)]
    about: String,
    #[serde(default)]
    markers: Option<Spanned<Vec<String>>>,
}

/// Parses and checks a questionnaire. All the problems are reported, not only the first.
pub fn parse(text: &str) -> Result<Questionnaire, Vec<Diagnostic>> {
    let raw: Raw = toml::from_str(text).map_err(|e| vec![Diagnostic::from_toml(text, &e)])?;
    let mut problems = Problems {
        text,
        list: super::characters::acting_characters(text),
    };
    problems.check(&raw);
    if !problems.list.is_empty() {
        return Err(problems.list);
    }
    Ok(convert(raw))
}

/// A questionnaire id as files write it: lowercase letters, digits and `-`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn convert(raw: Raw) -> Questionnaire {
    let sides: Vec<Side> = raw
        .sides
        .map(Spanned::into_inner)
        .unwrap_or_default()
        .into_iter()
        .map(|s| Side {
            id: s.id.into_inner(),
            name: s.name,
        })
        .collect();
    let wordings = sides
        .iter()
        .map(|side| {
            let id = Some(side.id.as_str());
            let texts = SideTexts {
                intro: raw
                    .intro
                    .as_ref()
                    .map(|w| w.get_ref().for_side(id))
                    .unwrap_or_default(),
                items: raw
                    .items
                    .get_ref()
                    .iter()
                    .map(|i| (i.id.get_ref().clone(), i.text.get_ref().for_side(id)))
                    .collect(),
                advice: raw
                    .dimensions
                    .get_ref()
                    .iter()
                    .map(|d| {
                        let advice = d.advice.as_ref().map(|a| a.get_ref().for_side(id));
                        (d.id.get_ref().clone(), advice.unwrap_or_default())
                    })
                    .collect(),
            };
            (side.id.clone(), texts)
        })
        .collect();
    // Without a side, texts read as the first declared side's (in the file's order).
    let first_side = sides.first().map(|s| s.id.clone());
    let scale = raw.scale.into_inner();
    Questionnaire {
        id: raw.id.into_inner(),
        version: raw.version,
        lang: raw.lang.into_inner(),
        title: raw.title,
        intro: raw
            .intro
            .map(|w| w.into_inner().for_side(first_side.as_deref()))
            .unwrap_or_default(),
        sides,
        side: None,
        wordings,
        scale: Scale {
            min: scale.min.into_inner(),
            max: scale.max.into_inner(),
            labels: scale.labels.into_inner(),
        },
        dimensions: raw
            .dimensions
            .into_inner()
            .into_iter()
            .map(|d| Dimension {
                id: d.id.into_inner(),
                group: match d.group {
                    RawGroup::Virtue => Group::Virtue,
                    RawGroup::Pillar => Group::Pillar,
                },
                name: d.name,
                short: d.short.into_inner(),
                about: d.about,
                advice: d
                    .advice
                    .map(|a| a.into_inner().for_side(first_side.as_deref()))
                    .unwrap_or_default(),
            })
            .collect(),
        items: raw
            .items
            .into_inner()
            .into_iter()
            .map(|i| Item {
                id: i.id.into_inner(),
                dimension: i.dimension.map(Spanned::into_inner).unwrap_or_default(),
                text: i.text.into_inner().for_side(first_side.as_deref()),
                reverse: i.reverse,
                outcome: i.outcome,
            })
            .collect(),
        stages: raw
            .stages
            .map(Spanned::into_inner)
            .unwrap_or_default()
            .into_iter()
            .map(|s| Stage {
                min: s.min.into_inner(),
                name: s.name,
                about: s.about,
                markers: s.markers.map(Spanned::into_inner).unwrap_or_default(),
            })
            .collect(),
    }
}
