//! The session report as a sequence of neutral blocks (headings, paragraphs, tables, charts),
//! in the report's language. Sections without data give no block at all. HTML and Markdown
//! only render these blocks, so both always hold the same content.

mod detail;
mod group;
mod sections;

use super::charts;
use super::session::Session;
use crate::assessment::Response;
use crate::history::change_text;
use crate::i18n::{Common, Lang, ReportText, fill};
use crate::score::display;
use crate::time::Timestamp;

/// Which chart a figure is, to name the files written beside a Markdown report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chart {
    Radar,
    Trend,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    Title(String),
    Heading(String),
    Subheading(String),
    Paragraph(String),
    /// A line to keep in mind while reading: the confidentiality notice.
    Notice(String),
    /// Text a person wrote, kept exactly as written (line breaks included).
    Written {
        by: String,
        text: String,
    },
    Facts(Vec<(String, String)>),
    List(Vec<String>),
    /// `numeric[i]`: column i holds numbers (aligned right).
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<bool>,
    },
    Figure {
        chart: Chart,
        svg: String,
    },
}

/// What the person asked for.
pub(crate) struct Options {
    /// Include every note (left out entirely with `--no-notes`).
    pub(crate) notes: bool,
    /// When the report is made (its date is printed at the end).
    pub(crate) made: Timestamp,
}

pub(crate) fn blocks(s: &Session, options: &Options) -> Vec<Block> {
    let (words, text) = (Common::of(s.lang), ReportText::of(s.lang));
    let q = s.main.questionnaire;
    let mut out = vec![Block::Title(fill(text.title, &[("subject", &s.subject)]))];
    out.push(Block::Notice(text.confidential.into()));
    let views: Vec<String> = s
        .views()
        .iter()
        .map(|r| {
            fill(
                text.view,
                &[
                    ("who", &s.who(r)),
                    ("date", &r.assessment.when().date_words(s.lang)),
                ],
            )
        })
        .collect();
    out.push(Block::Facts(vec![
        (text.relationship.into(), s.subject.into()),
        (text.views.into(), views.join(" · ")),
        (
            text.questionnaire.into(),
            fill(
                text.questionnaire_value,
                &[("title", &q.title), ("id", &q.id), ("version", &q.version)],
            ),
        ),
        (text.language.into(), text.language_name.into()),
    ]));

    out.push(Block::Heading(text.how_title.into()));
    // The model and its ladder; a questionnaire without stages has no ladder to explain.
    if !q.stages.is_empty() {
        out.push(Block::Paragraph(text.how_model.into()));
        out.push(Block::List(
            q.stages
                .iter()
                .map(|stage| {
                    fill(
                        text.ladder_step,
                        &[
                            ("name", &stage.name),
                            ("min", &stage.min),
                            ("about", &s.main.fill(&stage.about)),
                        ],
                    )
                })
                .collect(),
        ));
    }
    let label = |v: i64| q.scale.label(v).unwrap_or_default().to_string();
    out.push(Block::Paragraph(fill(
        text.how_scale,
        &[
            ("min", &q.scale.min),
            ("low", &label(q.scale.min)),
            ("max", &q.scale.max),
            ("high", &label(q.scale.max)),
        ],
    )));
    out.push(Block::Paragraph(text.how_scores.into()));

    sections::glance(s, &mut out);
    out.push(Block::Heading(text.radar_title.into()));
    out.push(Block::Figure {
        chart: Chart::Radar,
        svg: charts::radar(s),
    });
    let rows = s
        .ranked()
        .iter()
        .map(|r| {
            let group = match r.dimension.group {
                crate::questionnaire::Group::Virtue => words.virtue,
                crate::questionnaire::Group::Pillar => words.pillar,
            };
            vec![
                r.dimension.name.clone(),
                group.into(),
                display(r.score),
                change_text(r.change),
            ]
        })
        .collect();
    out.push(table(
        [text.dimension, text.group, text.score, text.change],
        rows,
        &[false, false, true, true],
        s.previous.is_some(),
    ));

    sections::advice(s, &mut out);
    sections::gaps(s, &mut out);
    group::section(s, &mut out);
    detail::statements(s, options, &mut out);
    sections::trend(s, &mut out);
    sections::intentions(s, &mut out);
    if let (Some(due), Some(weeks)) = (s.next_check_in, s.cadence_weeks) {
        out.push(Block::Heading(text.check_in_title.into()));
        out.push(Block::Paragraph(fill(
            text.check_in,
            &[
                ("date", &due.date_words(s.lang)),
                ("weeks", &weeks_text(s.lang, weeks)),
            ],
        )));
    }

    out.push(Block::Heading(text.appendix_title.into()));
    out.push(Block::Paragraph(text.scoring.into()));
    out.push(Block::Paragraph(text.change_rule.into()));
    out.push(Block::Paragraph(text.source.into()));
    out.push(Block::Facts(vec![(text.ids.into(), s.ids().join(", "))]));
    out.push(Block::Paragraph(fill(
        text.made_with,
        &[("date", &options.made.date_words(s.lang))],
    )));
    out
}

/// "6 weeks", "1 week", "1 semaine": a count of weeks in a sentence.
fn weeks_text(lang: Lang, weeks: u32) -> String {
    crate::history::Length::Weeks(u64::from(weeks)).text(lang)
}

/// A table, its last column dropped when `last_column` is false (a change with nothing before).
pub(super) fn table<const N: usize>(
    header: [&str; N],
    mut rows: Vec<Vec<String>>,
    numeric: &[bool],
    last_column: bool,
) -> Block {
    let mut header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    let mut numeric = numeric.to_vec();
    if !last_column {
        header.pop();
        numeric.pop();
        rows.iter_mut().for_each(|r| {
            r.pop();
        });
    }
    Block::Table {
        header,
        rows,
        numeric,
    }
}

/// An answer as a person reads it: "4 · Agree", "Don't know / doesn't apply", "no answer".
pub(crate) fn answer_text(s: &Session, response: Option<&Response>) -> String {
    let words = Common::of(s.lang);
    match response {
        Some(Response::Value(v)) => match s.main.questionnaire.scale.label(*v) {
            Some(label) => format!("{v} · {label}"),
            None => v.to_string(),
        },
        Some(Response::Skipped) => words.dont_know.into(),
        _ => words.no_answer.into(),
    }
}
