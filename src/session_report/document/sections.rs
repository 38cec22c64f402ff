//! The report's sections that read the scores: at a glance, strengths and where to start,
//! perception gaps, and the change over time. Each adds nothing when it has no data.

use super::{Block, Chart, table};
use crate::assessment::Followed;
use crate::history::{Row, change_text, gap_text};
use crate::i18n::{Common, ReportText, TrendText, fill};
use crate::score::display;
use crate::session_report::charts;
use crate::session_report::session::Session;

pub(super) fn glance(s: &Session, out: &mut Vec<Block>) {
    let (words, text) = (Common::of(s.lang), ReportText::of(s.lang));
    out.push(Block::Heading(text.glance_title.into()));
    use crate::change::Measure;
    use crate::questionnaire::Group;
    let scores = &s.main.scores;
    let row = |name: &str, now: Option<f64>, measure: Measure| {
        let change = s.previous.as_ref().and_then(|p| {
            crate::change::of(measure, scores, &p.scores, &s.main.questionnaire.scale)
        });
        vec![name.to_string(), display(now), change_text(change)]
    };
    out.push(table(
        [text.index, text.score, text.change],
        vec![
            row(words.overall, scores.overall, Measure::Overall),
            row(words.virtues, scores.virtues, Measure::Index(Group::Virtue)),
            row(words.pillars, scores.pillars, Measure::Index(Group::Pillar)),
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
            for caveat in s.main.stage_caveats(&ladder, words) {
                out.push(Block::Paragraph(caveat));
            }
        }
        None if s.main.questionnaire.stages.is_empty() => {}
        None => out.push(Block::Paragraph(
            s.main.no_stage_text(words).unwrap_or_default(),
        )),
    }
    // The outcome statements beside the stage, never as its effect.
    let outcomes = s.main.outcome_lines(words);
    if !outcomes.is_empty() {
        let said = crate::i18n::PlainText::of(s.lang).review_answer;
        out.push(Block::Subheading(words.outcomes_title.into()));
        out.push(Block::List(
            outcomes
                .iter()
                .map(|(text, answer)| fill(said, &[("text", text), ("answer", answer)]))
                .collect(),
        ));
    }
    out.push(Block::Paragraph(match &s.previous {
        Some(p) => format!(
            "{} · {} {}",
            fill(
                text.since,
                &[("date", &p.assessment.when().date_words(s.lang))]
            ),
            words.overall,
            change_text(s.overall_change())
        ),
        None => text.first.into(),
    }));
}

pub(super) fn advice(s: &Session, out: &mut Vec<Block>) {
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

pub(super) fn gaps(s: &Session, out: &mut Vec<Block>) {
    if s.others.is_empty() {
        return;
    }
    let text = ReportText::of(s.lang);
    out.push(Block::Heading(text.gaps_title.into()));
    let owner = s.who(&s.main);
    for other in &s.others {
        let name = s.who(other);
        let found = s.gaps(other);
        if found.is_empty() {
            out.push(Block::Paragraph(fill(
                text.no_gaps,
                &[("owner", &owner), ("other", &name)],
            )));
            continue;
        }
        let who = [
            ("owner", &owner as &dyn std::fmt::Display),
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

pub(super) fn trend(s: &Session, out: &mut Vec<Block>) {
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
    // As on screen: a row where the time line breaks, and a change across one marked.
    let rows: Vec<Vec<String>> = crate::history::rows(&s.history)
        .iter()
        .map(|row| match row {
            Row::Break(b) => vec![
                gap_text(s.lang, b.length()),
                String::new(),
                String::new(),
                String::new(),
            ],
            Row::Questionnaire { .. } => vec![
                row.questionnaire_text(words).unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
            ],
            Row::Moment(m, across) => {
                let mut change = change_text(m.change);
                if *across {
                    change.push_str(" ⋯");
                }
                vec![
                    m.report.assessment.when().date(),
                    s.who(m.report),
                    display(m.report.scores.overall),
                    change,
                ]
            }
        })
        .collect();
    let across = rows.iter().any(|r| r[3].ends_with('⋯'));
    out.push(table(
        [text.date, text.respondent, words.overall, text.change],
        rows,
        &[false, false, true, true],
        true,
    ));
    if across {
        out.push(Block::Paragraph(TrendText::of(s.lang).across_note.into()));
    }
}

/// The previous intention and whether it was followed, and the one set this time.
pub(super) fn intentions(s: &Session, out: &mut Vec<Block>) {
    let text = ReportText::of(s.lang);
    let a = s.main.assessment;
    let previous = a
        .previous_intention
        .as_ref()
        .filter(|p| !p.text.trim().is_empty());
    let new = a.intention.as_deref().filter(|t| !t.trim().is_empty());
    if previous.is_none() && new.is_none() {
        return;
    }
    out.push(Block::Heading(text.intentions_title.into()));
    if let Some(previous) = previous {
        out.push(Block::Paragraph(fill(
            text.previous_intention,
            &[("text", &previous.text)],
        )));
        let answer = match previous.followed {
            Some(Followed::Yes) => text.followed_yes,
            Some(Followed::Partly) => text.followed_partly,
            Some(Followed::No) => text.followed_no,
            None => text.followed_unsaid,
        };
        out.push(Block::Paragraph(fill(
            text.followed,
            &[("answer", &answer)],
        )));
    }
    if let Some(new) = new {
        out.push(Block::Paragraph(fill(
            text.new_intention,
            &[("text", &new)],
        )));
    }
}
