//! `confiance trend SUBJECT`: the scores over time, per respondent, as text or JSON.

use std::io::Write;

use clap::{Args, ValueEnum};

use super::Ui;
use super::show::{chart_width, find_subject};
use super::table::{Align, printable, render};
use crate::chart::{Trend, TrendSeries, plain};
use crate::history::{self, change_text};
use crate::i18n::fill;
use crate::score::display;
use crate::store::Store;
use crate::subjects;

/// Show how a subject's scores changed over time, per respondent
#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  confiance trend Alice\n  confiance trend Alice --format json")]
pub struct TrendArgs {
    pub subject: String,
    #[arg(long, value_enum, default_value_t = TrendFormat::Text)]
    pub format: TrendFormat,
    /// Leave the chart out of the text output
    #[arg(long)]
    pub no_chart: bool,
    /// Width of the chart [default: the terminal's, or 60 when not a terminal]
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=400))]
    pub width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TrendFormat {
    Text,
    Json,
}

pub fn run(
    args: &TrendArgs,
    store: &Store,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let loaded = store.load();
    for problem in &loaded.problems {
        ui.warn(problem);
    }
    let all = subjects::by_subject(&loaded.assessments);
    let subject = find_subject(&all, &args.subject, ui)?;
    let t = ui.text();
    if args.format == TrendFormat::Json {
        out.write_all(crate::printable::json_text(&history::to_json(subject))?.as_bytes())?;
        return Ok(0);
    }
    let series = history::series(subject);
    let rows: Vec<Vec<String>> = history::timeline(&series)
        .iter()
        .map(|m| {
            let scores = &m.report.scores;
            vec![
                m.report.assessment.when().date(),
                ui.respondent(m.respondent).into_owned(),
                display(scores.overall),
                display(scores.virtues),
                display(scores.pillars),
                change_text(m.change),
            ]
        })
        .collect();
    let title = fill(t.trend_title, &[("subject", &printable(subject.name))]);
    writeln!(out, "{title}\n")?;
    if !args.no_chart && subject.assessments.len() >= 2 {
        let trend = Trend::new(
            series
                .iter()
                .map(|s| TrendSeries {
                    name: ui.respondent(s.respondent).into_owned(),
                    points: s.points(|r| r.scores.overall),
                })
                .collect(),
        );
        out.write_all(plain::render(&trend, chart_width(args.width), 12).as_bytes())?;
        writeln!(out)?;
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
    out.write_all(render(&header, &align, &rows).as_bytes())?;
    if subject.assessments.len() < 2 {
        writeln!(out, "\n{}", t.trend_needs_two)?;
    }
    Ok(0)
}
