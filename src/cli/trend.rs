//! `confiance trend SUBJECT`: the scores over time, per respondent, as text or JSON.

use std::io::Write;

use clap::{Args, ValueEnum};

mod group;
mod intentions;

use super::loaded::Loaded;
use super::show::chart_width;
use super::table::{Align, printable};
use super::{Space, Ui, invalid};
use crate::chart::trend::MIN_WIDTH;
use crate::chart::{Trend, TrendSeries, plain};
use crate::history::{self, Row, change_text};
use crate::i18n::{PlainText, TrendText, fill};
use crate::score::display;

/// Show how a subject's scores changed over time, per respondent
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  confiance trend Alice\n  confiance trend 'Team Atlas' --respondent 'Team Atlas'\n  confiance trend Alice --format json"
)]
pub(crate) struct TrendArgs {
    /// The subject (the relationship), as listed by `confiance list`
    pub subject: String,
    /// Only assessments from this respondent (whose view it is)
    #[arg(long, short)]
    pub respondent: Option<String>,
    #[arg(long, value_enum, default_value_t = TrendFormat::Text)]
    pub(crate) format: TrendFormat,
    /// Leave the chart out of the text output
    #[arg(long)]
    pub(crate) no_chart: bool,
    /// Width of the chart [default: the terminal's, or 60 when not a terminal]
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=400))]
    pub(crate) width: Option<u16>,
    /// A group's view over time: the median of its answers each time it was asked
    #[arg(long, value_name = "LABEL", conflicts_with = "respondent")]
    pub group: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TrendFormat {
    Text,
    Json,
}

pub(super) fn run(
    args: &TrendArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    if let Some(label) = &args.group {
        return group::run(&args.subject, label, args.format, space, out, ui);
    }
    let loaded = Loaded::of(space.store, ui);
    let found = &loaded.subject(&args.subject, ui)?;
    let filtered = match &args.respondent {
        None => None,
        Some(r) => Some(
            found
                .of_respondent(r, space.owner_name())
                .ok_or_else(|| no_respondent(found, r, ui))?,
        ),
    };
    let subject = filtered.as_ref().unwrap_or(found);
    let t = ui.text();
    if args.format == TrendFormat::Json {
        let mut json = history::to_json(subject);
        intentions::add_json(&mut json, subject);
        out.write_all(crate::printable::json_text(&json)?.as_bytes())?;
        return Ok(0);
    }
    let series = history::series(subject);
    let words = TrendText::of(ui.lang);
    // Every assessment, a row where the time line breaks, and changes across one marked.
    let rows: Vec<Vec<String>> = history::rows(&series)
        .iter()
        .map(|row| match row {
            Row::Break(b) => {
                let mut cells = vec![String::new(); 6];
                cells[0] = if ui.no_drawing {
                    // Read aloud in its place between two rows: no marks to decode.
                    let length = b.length().text(ui.lang);
                    fill(PlainText::of(ui.lang).gap_said, &[("length", &length)])
                } else {
                    crate::chart::trend::gap(ui.lang, b.length())
                };
                cells
            }
            Row::Questionnaire { .. } => {
                let mut cells = vec![String::new(); 6];
                cells[0] = row.questionnaire_text(ui.common()).unwrap_or_default();
                cells
            }
            Row::Moment(m, across) => {
                let scores = &m.report.scores;
                let mut change = change_text(m.change);
                if *across && !ui.no_drawing {
                    change.push_str(" ⋯");
                }
                vec![
                    m.report.assessment.when().date(),
                    ui.respondent(m.respondent).into_owned(),
                    display(scores.overall),
                    display(scores.virtues),
                    display(scores.pillars),
                    change,
                ]
            }
        })
        .collect();
    let title = fill(t.trend_title, &[("subject", &printable(subject.name))]);
    writeln!(out, "{title}\n")?;
    if !args.no_chart && !ui.no_drawing && subject.assessments.len() >= 2 {
        let width = chart_width(args.width);
        if width < MIN_WIDTH {
            // Dates cut and lines squeezed to nothing do not read: the table says it all.
            let why = fill(words.too_narrow, &[("n", &MIN_WIDTH), ("width", &width)]);
            writeln!(out, "{why}\n")?;
        } else {
            let mut trend = Trend::new(
                series
                    .iter()
                    .map(|s| TrendSeries {
                        name: ui.respondent(s.respondent).into_owned(),
                        points: s.points(|r| r.scores.overall),
                    })
                    .collect(),
            );
            trend.lang = ui.lang;
            let height = 12 + trend.legend_rows(width);
            out.write_all(plain::render(&trend, width, height).as_bytes())?;
            writeln!(out)?;
        }
    }
    let header = [
        t.head_date,
        t.head_respondent,
        t.head_overall,
        t.head_virtues,
        t.head_pillars,
        t.head_change,
    ];
    let align = [
        Align::Left,
        Align::Left,
        Align::Right,
        Align::Right,
        Align::Right,
        Align::Left,
    ];
    out.write_all(ui.table(&header, &align, &rows).as_bytes())?;
    if rows.iter().any(|r| r[5].ends_with('⋯')) {
        writeln!(out, "{}", words.across_note)?;
    }
    if subject.assessments.len() < 2 {
        writeln!(out, "\n{}", t.trend_needs_two)?;
    }
    out.write_all(intentions::text(subject, ui).as_bytes())?;
    Ok(0)
}

/// `--respondent` names nobody who assessed the subject: say who did.
fn no_respondent(subject: &crate::subjects::Subject, wanted: &str, ui: &Ui) -> anyhow::Error {
    let t = ui.text();
    let who = fill(t.from_respondent, &[("name", &ui.quoted(wanted))]);
    let names: Vec<String> = subject
        .respondents()
        .iter()
        .map(|r| ui.quoted(&ui.respondent(r)))
        .collect();
    invalid(fill(
        t.no_assessment_picked,
        &[
            ("name", &ui.quoted(subject.name)),
            ("who", &who),
            ("which", &""),
            ("names", &names.join(", ")),
        ],
    ))
}
