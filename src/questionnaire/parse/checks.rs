//! Checking a questionnaire file as read, before it is trusted: ids, scale, sides and their
//! wordings, dimensions, items and stages, every problem at its place in the file.

use std::collections::HashSet;
use std::ops::Range;

use super::*;
use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};

/// The problems found so far in `text`, the file being read.
pub(super) struct Problems<'a> {
    pub(super) text: &'a str,
    pub(super) list: Vec<Diagnostic>,
}

impl Problems<'_> {
    fn add(&mut self, span: Range<usize>, message: String) {
        self.list
            .push(Diagnostic::at(self.text, Some(span), message));
    }

    pub(super) fn check(&mut self, raw: &Raw) {
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
