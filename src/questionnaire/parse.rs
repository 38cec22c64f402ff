//! Reading a questionnaire file and checking it, with every problem located in the file.

use std::collections::HashSet;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::sides::{SideTexts, Worded};
use super::{Dimension, Group, Item, Questionnaire, Scale, Side, Stage};
use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};

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

struct Problems<'a> {
    text: &'a str,
    list: Vec<Diagnostic>,
}

impl Problems<'_> {
    fn add(&mut self, span: Range<usize>, message: String) {
        self.list
            .push(Diagnostic::at(self.text, Some(span), message));
    }

    fn check(&mut self, raw: &Raw) {
        if !is_slug(raw.id.get_ref()) {
            self.add(
                raw.id.span(),
                DiagContent::now().bad_questionnaire_id.into(),
            );
        }
        if raw.lang.get_ref().is_empty() {
            self.add(raw.lang.span(), DiagContent::now().empty_lang.into());
        }
        let scale = raw.scale.get_ref();
        let (min, max) = (*scale.min.get_ref(), *scale.max.get_ref());
        let out_of_bounds = |v: i64| !(-MAX_SCALE_END..=MAX_SCALE_END).contains(&v);
        if out_of_bounds(min) || out_of_bounds(max) {
            let span = if out_of_bounds(min) {
                scale.min.span()
            } else {
                scale.max.span()
            };
            self.add(
                span,
                fill(
                    DiagContent::now().scale_bounds,
                    &[("bound", &MAX_SCALE_END)],
                ),
            );
        } else if min >= max {
            self.add(
                scale.min.span(),
                fill(
                    DiagContent::now().scale_order,
                    &[("min", &min), ("max", &max)],
                ),
            );
        } else if max - min > MAX_SCALE_SPAN {
            self.add(
                scale.min.span(),
                fill(
                    DiagContent::now().scale_too_long,
                    &[
                        ("points", &(max - min + 1)),
                        ("most", &(MAX_SCALE_SPAN + 1)),
                    ],
                ),
            );
        } else {
            let points = (max - min + 1) as usize;
            let count = scale.labels.get_ref().len();
            if count != points && count != 2 {
                self.add(
                    scale.labels.span(),
                    fill(
                        DiagContent::now().scale_labels,
                        &[("points", &points), ("count", &count)],
                    ),
                );
            }
        }
        self.check_dimensions(raw);
        self.check_items(raw);
        self.check_stages(raw);
        self.check_sides(raw);
    }

    /// Declared sides are named and distinct, and a text written per side is written for
    /// exactly those sides, so that no one reads a statement another side was meant to.
    fn check_sides(&mut self, raw: &Raw) {
        let declared: Vec<&str> = raw
            .sides
            .as_ref()
            .map(|s| {
                s.get_ref()
                    .iter()
                    .map(|s| s.id.get_ref().as_str())
                    .collect()
            })
            .unwrap_or_default();
        if let Some(sides) = &raw.sides {
            if sides.get_ref().len() < 2 {
                self.add(sides.span(), DiagContent::now().sides_count.into());
            }
            let mut seen = HashSet::new();
            for side in sides.get_ref() {
                let id = side.id.get_ref();
                if !is_slug(id) || !seen.insert(id.as_str()) {
                    self.add(
                        side.id.span(),
                        fill(DiagContent::now().bad_side, &[("id", id)]),
                    );
                }
            }
        }
        let mut sorted = declared.clone();
        sorted.sort_unstable();
        let mut worded: Vec<_> = raw
            .intro
            .iter()
            .map(|w| (w.span(), w.get_ref().sides()))
            .collect();
        worded.extend(
            raw.dimensions
                .get_ref()
                .iter()
                .flat_map(|d| &d.advice)
                .map(|a| (a.span(), a.get_ref().sides())),
        );
        worded.extend(
            raw.items
                .get_ref()
                .iter()
                .map(|i| (i.text.span(), i.text.get_ref().sides())),
        );
        for (span, found) in worded {
            match found {
                Some(_) if declared.is_empty() => {
                    self.add(span, DiagContent::now().no_sides.into());
                }
                Some(found) if found != sorted => self.add(
                    span,
                    fill(
                        DiagContent::now().worded_sides,
                        &[("sides", &declared.join(", "))],
                    ),
                ),
                _ => {}
            }
        }
    }

    fn check_dimensions(&mut self, raw: &Raw) {
        let dims = raw.dimensions.get_ref();
        if !(MIN_DIMENSIONS..=MAX_DIMENSIONS).contains(&dims.len()) {
            self.add(
                raw.dimensions.span(),
                fill(
                    DiagContent::now().dimension_count,
                    &[
                        ("count", &dims.len()),
                        ("least", &MIN_DIMENSIONS),
                        ("most", &MAX_DIMENSIONS),
                    ],
                ),
            );
        }
        let mut seen = HashSet::new();
        for dim in dims {
            let id = dim.id.get_ref();
            if !seen.insert(id.as_str()) {
                self.add(
                    dim.id.span(),
                    fill(DiagContent::now().duplicate_dimension, &[("id", id)]),
                );
            }
            let short_len = dim.short.get_ref().chars().count();
            if short_len == 0 || short_len > MAX_SHORT_CHARS {
                self.add(
                    dim.short.span(),
                    fill(
                        DiagContent::now().short_length,
                        &[
                            ("id", id),
                            ("length", &short_len),
                            ("most", &MAX_SHORT_CHARS),
                        ],
                    ),
                );
            }
            if !raw
                .items
                .get_ref()
                .iter()
                .any(|i| i.dimension.as_ref().is_some_and(|d| d.get_ref() == id))
            {
                self.add(
                    dim.id.span(),
                    fill(DiagContent::now().dimension_without_items, &[("id", id)]),
                );
            }
        }
    }

    fn check_items(&mut self, raw: &Raw) {
        let dims: HashSet<&str> = raw
            .dimensions
            .get_ref()
            .iter()
            .map(|d| d.id.get_ref().as_str())
            .collect();
        let mut seen = HashSet::new();
        if raw.items.get_ref().is_empty() {
            self.add(raw.items.span(), DiagContent::now().no_items.into());
        }
        for item in raw.items.get_ref() {
            let id = item.id.get_ref();
            if id.is_empty() {
                self.add(item.id.span(), DiagContent::now().empty_item_id.into());
            }
            if !seen.insert(id.as_str()) {
                self.add(
                    item.id.span(),
                    fill(DiagContent::now().duplicate_item, &[("id", id)]),
                );
            }
            match (&item.dimension, item.outcome) {
                (Some(dim), true) => self.add(
                    dim.span(),
                    fill(DiagContent::now().outcome_with_dimension, &[("id", id)]),
                ),
                (None, false) => self.add(
                    item.id.span(),
                    fill(DiagContent::now().item_without_dimension, &[("id", id)]),
                ),
                (Some(dim), false) if !dims.contains(dim.get_ref().as_str()) => self.add(
                    dim.span(),
                    fill(
                        DiagContent::now().unknown_dimension,
                        &[("id", id), ("dimension", dim.get_ref())],
                    ),
                ),
                _ => {}
            }
            if item
                .text
                .get_ref()
                .all()
                .iter()
                .any(|t| t.trim().is_empty())
            {
                self.add(
                    item.text.span(),
                    fill(DiagContent::now().empty_item_text, &[("id", id)]),
                );
            }
        }
    }

    /// No `[[stages]]` at all is fine (no ladder); `stages = []` is a mistake.
    fn check_stages(&mut self, raw: &Raw) {
        let Some(spanned) = &raw.stages else {
            return;
        };
        let stages = spanned.get_ref();
        if stages.is_empty() {
            self.add(spanned.span(), DiagContent::now().no_stage.into());
            return;
        }
        if *stages[0].min.get_ref() != 0.0 {
            self.add(stages[0].min.span(), DiagContent::now().first_stage.into());
        }
        for pair in stages.windows(2) {
            let (a, b) = (*pair[0].min.get_ref(), *pair[1].min.get_ref());
            if b <= a {
                self.add(
                    pair[1].min.span(),
                    fill(DiagContent::now().stage_order, &[("a", &a), ("b", &b)]),
                );
            }
        }
        let scored: HashSet<&str> = raw
            .items
            .get_ref()
            .iter()
            .filter(|i| !i.outcome)
            .map(|i| i.id.get_ref().as_str())
            .collect();
        for stage in stages {
            for (markers, marker) in stage
                .markers
                .iter()
                .flat_map(|m| m.get_ref().iter().map(move |x| (m, x)))
            {
                if !scored.contains(marker.as_str()) {
                    self.add(
                        markers.span(),
                        fill(
                            DiagContent::now().unknown_marker,
                            &[("stage", &stage.name), ("id", marker)],
                        ),
                    );
                }
            }
            let min = *stage.min.get_ref();
            if !(0.0..=100.0).contains(&min) {
                self.add(
                    stage.min.span(),
                    fill(DiagContent::now().stage_min, &[("min", &min)]),
                );
            }
        }
    }
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
