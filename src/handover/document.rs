//! The session report as a sequence of neutral blocks (headings, paragraphs, tables, charts),
//! in the report's language. Sections without data give no block at all. HTML and Markdown
//! only render these blocks, so both always hold the same content.

use super::charts::{self, who};
use super::session::{PERCEPTION_GAP, Session};
use crate::assessment::Response;
use crate::history::change_text;
use crate::i18n::{Common, ReportText, fill};
use crate::score::display;
use crate::time::Timestamp;

/// Which chart a figure is, to name the files written beside a Markdown report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chart {
    Radar,
    Trend,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
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
pub struct Options {
    /// Include every note (left out entirely with `--no-notes`).
    pub notes: bool,
    /// When the report is made (its date is printed at the end).
    pub made: Timestamp,
}

pub fn blocks(s: &Session, options: &Options) -> Vec<Block> {
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
                    ("who", &who(r, words)),
                    ("date", &r.assessment.when().date()),
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
    out.push(Block::Paragraph(text.how_model.into()));
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

    glance(s, &mut out);
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

    advice(s, &mut out);
    gaps(s, &mut out);
    super::detail::statements(s, options, &mut out);
    trend(s, &mut out);

    out.push(Block::Heading(text.appendix_title.into()));
    out.push(Block::Paragraph(text.scoring.into()));
    out.push(Block::Paragraph(text.source.into()));
    out.push(Block::Facts(vec![(text.ids.into(), s.ids().join(", "))]));
    out.push(Block::Paragraph(fill(
        text.made_with,
        &[("date", &options.made.date())],
    )));
    out
}

/// A table, its last column dropped when `last_column` is false (a change with nothing before).
fn table<const N: usize>(
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

fn glance(s: &Session, out: &mut Vec<Block>) {
    let (words, text) = (Common::of(s.lang), ReportText::of(s.lang));
    out.push(Block::Heading(text.glance_title.into()));
    let before = s.previous.as_ref().map(|p| &p.scores);
    let row = |name: &str, now: Option<f64>, then: Option<Option<f64>>| {
        let change = then.and_then(|t| Some(now? - t?));
        vec![name.to_string(), display(now), change_text(change)]
    };
    let scores = &s.main.scores;
    out.push(table(
        [text.index, text.score, text.change],
        vec![
            row(words.overall, scores.overall, before.map(|b| b.overall)),
            row(words.virtues, scores.virtues, before.map(|b| b.virtues)),
            row(words.pillars, scores.pillars, before.map(|b| b.pillars)),
        ],
        &[false, true, true],
        s.previous.is_some(),
    ));
    match s.main.ladder() {
        Some(ladder) => {
            out.push(Block::Subheading(ladder.title(words)));
            out.push(Block::Paragraph(s.main.fill(&ladder.stage.about)));
            if let Some(next) = ladder.next_text(words) {
                let about = ladder
                    .next
                    .map(|n| s.main.fill(&n.about))
                    .unwrap_or_default();
                out.push(Block::Paragraph(format!("{next}. {about}")));
            }
        }
        None => out.push(Block::Paragraph(words.no_stage.into())),
    }
    out.push(Block::Paragraph(match &s.previous {
        Some(p) => format!(
            "{} · {} {}",
            fill(text.since, &[("date", &p.assessment.when().date())]),
            words.overall,
            change_text(s.overall_change())
        ),
        None => text.first.into(),
    }));
}

fn advice(s: &Session, out: &mut Vec<Block>) {
    let text = ReportText::of(s.lang);
    let (strengths, start) = s.strengths_and_start();
    if strengths.is_empty() {
        return;
    }
    out.push(Block::Heading(text.strengths_title.into()));
    let score = |id: &str| display(s.main.scores.dimension(id).and_then(|d| d.score));
    out.push(Block::Subheading(text.strengths.into()));
    for d in strengths {
        out.push(Block::Paragraph(fill(
            text.dimension_about,
            &[
                ("name", &d.name),
                ("score", &score(&d.id)),
                ("about", &s.main.fill(&d.about)),
            ],
        )));
    }
    out.push(Block::Subheading(text.start.into()));
    for d in start {
        out.push(Block::Paragraph(fill(
            text.dimension_about,
            &[
                ("name", &d.name),
                ("score", &score(&d.id)),
                ("about", &s.main.fill(&d.about)),
            ],
        )));
        out.push(Block::List(
            d.advice.iter().map(|a| s.main.fill(a)).collect(),
        ));
    }
}

fn gaps(s: &Session, out: &mut Vec<Block>) {
    if s.others.is_empty() {
        return;
    }
    let (words, text) = (Common::of(s.lang), ReportText::of(s.lang));
    out.push(Block::Heading(text.gaps_title.into()));
    let owner = who(&s.main, words);
    for other in &s.others {
        let name = who(other, words);
        let found = s.gaps(other);
        let threshold = PERCEPTION_GAP as i64;
        if found.is_empty() {
            out.push(Block::Paragraph(fill(
                text.no_gaps,
                &[
                    ("threshold", &threshold),
                    ("owner", &owner),
                    ("other", &name),
                ],
            )));
            continue;
        }
        let who = [
            ("threshold", &threshold as &dyn std::fmt::Display),
            ("owner", &owner),
            ("other", &name),
        ];
        out.push(Block::Paragraph(format!(
            "{} {}",
            fill(text.gaps_intro, &who),
            fill(text.gaps_explained, &who)
        )));
        let lines = found
            .iter()
            .map(|g| {
                let template = if g.is_blind_spot() {
                    text.blind_spot
                } else {
                    text.hidden_strength
                };
                fill(
                    template,
                    &[
                        ("dimension", &g.dimension.name),
                        ("owner", &owner),
                        ("other", &name),
                        ("mine", &display(Some(g.mine))),
                        ("theirs", &display(Some(g.theirs))),
                        ("gap", &display(Some(g.size()))),
                    ],
                )
            })
            .collect();
        out.push(Block::List(lines));
    }
}

fn trend(s: &Session, out: &mut Vec<Block>) {
    let Some(svg) = charts::trend(s) else {
        return;
    };
    let (words, text) = (Common::of(s.lang), ReportText::of(s.lang));
    out.push(Block::Heading(text.trend_title.into()));
    out.push(Block::Figure {
        chart: Chart::Trend,
        svg,
    });
    out.push(Block::Subheading(text.trend_table.into()));
    let rows = crate::history::timeline(&s.history)
        .iter()
        .map(|m| {
            vec![
                m.report.assessment.when().date(),
                who(m.report, words),
                display(m.report.scores.overall),
                change_text(m.change),
            ]
        })
        .collect();
    out.push(table(
        [text.date, text.respondent, words.overall, text.change],
        rows,
        &[false, false, true, true],
        true,
    ));
}

/// An answer as a person reads it: "4 · Agree", "skipped", "no answer".
pub fn answer_text(s: &Session, response: Option<&Response>) -> String {
    let words = Common::of(s.lang);
    match response {
        Some(Response::Value(v)) => match s.main.questionnaire.scale.label(*v) {
            Some(label) => format!("{v} · {label}"),
            None => v.to_string(),
        },
        Some(Response::Skipped) => words.skipped.into(),
        _ => words.no_answer.into(),
    }
}
