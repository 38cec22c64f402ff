//! `confiance compare SUBJECT`: what the compare screen shows, on the command line: the radar
//! of the views side by side, the gap on each dimension, and the largest gaps in words.

use std::io::Write;

mod group;

use clap::{Args, ValueEnum};
use serde_json::json;

use super::loaded::Loaded;
use super::space::Space;
use super::table::Align;
use super::{Ui, invalid};
use crate::comparison::{self, Line};
use crate::history::{MAX_COMPARED, default_comparison};
use crate::i18n::{ReportText, fill};
use crate::score::display;
use crate::session_report::markdown::escape_markdown;
use crate::store::Stored;
use crate::subjects::Subject;
use crate::summary::Summary;

/// Compare assessments of a subject: my view vs theirs, or then vs now
#[derive(Debug, Args)]
#[command(
    after_help = "Without --id: the latest assessment of each respondent, else the latest two.\n\nExamples:\n  confiance compare Alice\n  confiance compare Alice --id 01JD2 --id 01JF7 --format json"
)]
pub(crate) struct CompareArgs {
    /// The subject (the relationship), as listed by `confiance list`
    pub subject: String,
    /// An assessment to compare, by its id or its first characters (two to four; repeat the flag)
    #[arg(long)]
    pub id: Vec<String>,
    #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
    pub(crate) format: CompareFormat,
    /// Leave the radar chart out of the text output
    #[arg(long)]
    pub(crate) no_chart: bool,
    /// Width of the text output's chart [default: the terminal's, or 60 when not a terminal]
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=400))]
    pub(crate) width: Option<u16>,
    /// Your latest view against a group's median (invited with `invite --group`)
    #[arg(long, value_name = "LABEL", conflicts_with = "id")]
    pub group: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum CompareFormat {
    Text,
    Json,
    Markdown,
}

pub(super) fn run(
    args: &CompareArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    if let Some(label) = &args.group {
        return group::run(&args.subject, label, args.format, space, out, ui);
    }
    let store = space.store;
    let loaded = Loaded::of(store, ui);
    let subject = &loaded.subject(&args.subject, ui)?;
    let chosen = choose(subject, &args.id, space.owner_name(), ui)?;
    let reports: Vec<Summary> = chosen
        .iter()
        .map(|s| {
            Summary::in_lang(s, store.catalog(), ui.lang.code()).with_owner(space.owner_name())
        })
        .collect();
    let lines = comparison::lines(&reports);
    let body = match args.format {
        CompareFormat::Json => json(subject, &chosen, &lines)?,
        // The dimensions' names are the questionnaire file's words: shown, never obeyed.
        CompareFormat::Markdown => {
            crate::printable::printable_text(&markdown(&reports, &lines, ui))
        }
        CompareFormat::Text => {
            let mut body = String::new();
            if !args.no_chart && !ui.no_drawing {
                let refs: Vec<&Summary> = reports.iter().collect();
                body.push_str(&super::show::radar_text(
                    &refs,
                    super::show::chart_width(args.width),
                    ui,
                ));
                body.push('\n');
            }
            crate::printable::printable_text(&(body + &text(&reports, &lines, ui)))
        }
    };
    out.write_all(body.as_bytes())?;
    Ok(0)
}

/// The assessments named by `--id` (two to four, oldest first), else the default comparison.
fn choose<'a>(
    subject: &Subject<'a>,
    ids: &[String],
    owner: Option<&str>,
    ui: &Ui,
) -> anyhow::Result<Vec<&'a Stored>> {
    let words = ReportText::of(ui.lang);
    let mut chosen = if ids.is_empty() {
        default_comparison(subject)
    } else {
        if !(2..=MAX_COMPARED).contains(&ids.len()) {
            let template = match ids.len() {
                1 => words.compare_count_one,
                _ => words.compare_count,
            };
            return Err(invalid(fill(template, &[("n", &ids.len())])));
        }
        ids.iter()
            .map(|id| super::pick::pick(subject, None, Some(id), owner, ui))
            .collect::<anyhow::Result<Vec<_>>>()?
    };
    if chosen.len() < 2 {
        return Err(anyhow::anyhow!(fill(
            words.nothing_to_compare,
            &[("name", &ui.quoted(subject.name))]
        )));
    }
    if let Some(mixed) = comparison::mixed_questionnaires(&chosen) {
        return Err(invalid(fill(
            words.not_comparable,
            &[("ids", &mixed.join(", "))],
        )));
    }
    chosen.sort_by_key(|s| s.assessment.when());
    chosen.dedup_by_key(|s| s.assessment.id.clone());
    Ok(chosen)
}

/// The views' column headings: whose each is and when (with the time of day when that
/// respondent has two on one day: `comparison::whens`).
fn headings(reports: &[Summary], ui: &Ui) -> Vec<String> {
    let sides = comparison::side_names(reports);
    comparison::whens(&views(reports))
        .into_iter()
        .zip(reports)
        .enumerate()
        .map(|(i, (when, r))| match &sides {
            Some(sides) => format!("{} {when}", crate::printable::printable(&sides[i])),
            None => format!("{} {when}", ui.respondent(&r.assessment.respondent)),
        })
        .collect()
}

fn views<'a>(reports: &[Summary<'a>]) -> Vec<&'a crate::assessment::Assessment> {
    reports.iter().map(|r| r.assessment).collect()
}

fn table_rows(lines: &[Line]) -> Vec<Vec<String>> {
    lines
        .iter()
        .map(|line| {
            let mut row = vec![line.dimension.name.clone()];
            row.extend(line.scores.iter().map(|s| display(*s)));
            row.push(display(line.gap));
            row
        })
        .collect()
}

/// The largest gaps in words, or that there is none worth saying.
fn gap_words(reports: &[Summary], lines: &[Line], ui: &Ui) -> Vec<String> {
    let words = ReportText::of(ui.lang);
    let notable = comparison::notable_gaps(lines);
    if notable.is_empty() {
        return vec![words.no_notable_gap.to_string()];
    }
    // "you 42, you 75" says nothing: a respondent seen twice is said with when.
    let names = comparison::names(&views(reports), |r| ui.respondent(r).into_owned());
    notable
        .iter()
        .map(|line| {
            let scores: Vec<String> = names
                .iter()
                .zip(&line.scores)
                .map(|(name, s)| format!("{name} {}", display(*s)))
                .collect();
            fill(
                words.gap_line,
                &[
                    ("dimension", &line.dimension.name),
                    ("scores", &scores.join(", ")),
                ],
            )
        })
        .collect()
}

fn text(reports: &[Summary], lines: &[Line], ui: &Ui) -> String {
    let words = ReportText::of(ui.lang);
    // Read aloud, each row repeats its columns' names: the dates are said once, above, and
    // the columns are named by who answered only.
    let spoken = ui.no_drawing;
    let headings = if spoken {
        comparison::names(&views(reports), |r| ui.respondent(r).into_owned())
    } else {
        headings(reports, ui)
    };
    let mut header = vec![ReportText::of(ui.lang).dimension.to_uppercase()];
    header.extend(headings.iter().cloned());
    header.push(words.gap.into());
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut align = vec![Align::Left];
    align.extend(std::iter::repeat_n(Align::Right, header.len() - 1));
    let rows: Vec<Vec<String>> = table_rows(lines)
        .into_iter()
        .map(|row| row.iter().map(|c| super::table::printable(c)).collect())
        .collect();
    let mut out = String::new();
    if spoken {
        let compared: Vec<String> = headings
            .iter()
            .zip(reports)
            .map(|(name, r)| format!("{name}, {}", r.assessment.when().date_words(ui.lang)))
            .collect();
        let t = crate::i18n::PlainText::of(ui.lang);
        out.push_str(&fill(t.compared, &[("views", &compared.join("; "))]));
        out.push_str("\n\n");
    }
    out.push_str(&ui.table(&header, &align, &rows));
    if let Some(versions) = comparison::versions(reports) {
        let said = fill(ui.common().across_versions, &[("versions", &versions)]);
        out.push_str(&format!("\n{}\n", super::table::printable(&said)));
    }
    out.push_str(&format!("\n{}\n", words.largest_gaps));
    for line in gap_words(reports, lines, ui) {
        out.push_str(&format!("  {}\n", super::table::printable(&line)));
    }
    out
}

fn markdown(reports: &[Summary], lines: &[Line], ui: &Ui) -> String {
    let words = ReportText::of(ui.lang);
    let mut header = vec![words.dimension.to_string()];
    header.extend(headings(reports, ui));
    header.push(words.gap.into());
    let cell = |c: &String| escape_markdown(&c.replace('\n', " "));
    let mut out = format!(
        "| {} |\n",
        header.iter().map(cell).collect::<Vec<_>>().join(" | ")
    );
    let rule: Vec<&str> = (0..header.len())
        .map(|i| if i == 0 { "---" } else { "--:" })
        .collect();
    out.push_str(&format!("| {} |\n", rule.join(" | ")));
    for row in table_rows(lines) {
        out.push_str(&format!(
            "| {} |\n",
            row.iter().map(cell).collect::<Vec<_>>().join(" | ")
        ));
    }
    if let Some(versions) = comparison::versions(reports) {
        let said = fill(ui.common().across_versions, &[("versions", &versions)]);
        out.push_str(&format!("\n{}\n", escape_markdown(&said)));
    }
    out.push_str(&format!("\n## {}\n\n", escape_markdown(words.largest_gaps)));
    for line in gap_words(reports, lines, ui) {
        out.push_str(&format!("- {}\n", escape_markdown(&line)));
    }
    out
}

fn json(subject: &Subject, chosen: &[&Stored], lines: &[Line]) -> anyhow::Result<String> {
    let series: Vec<_> = chosen
        .iter()
        .map(|s| {
            let report = Summary::of(s);
            let mut view = json!({
                "id": s.assessment.id,
                "respondent": s.assessment.respondent,
                "completed": s.assessment.when().to_string(),
                "questionnaire_version": s.assessment.questionnaire_version,
                "dimensions": report.dimension_scores_json(),
                "overall": report.scores.overall,
            });
            if let Some(side) = &s.assessment.side {
                view["side"] = json!(side);
            }
            view
        })
        .collect();
    let gaps: Vec<_> = lines
        .iter()
        .map(|l| {
            let present = l.scores.iter().flatten();
            json!({
                "dimension": l.dimension.id,
                "min": present.clone().copied().reduce(f64::min),
                "max": present.copied().reduce(f64::max),
                "gap": l.gap,
                "meaningful": l.meaningful,
            })
        })
        .collect();
    Ok(crate::printable::json_text(
        &json!({"subject": subject.name, "series": series, "gaps": gaps}),
    )?)
}
