//! `confiance show SUBJECT`: one assessment's scores, indices and stage.

use std::io::Write;

use super::args::{ShowArgs, ShowFormat};
use super::table::printable;
use super::{Ui, invalid};
use crate::report::{NO_STAGE, Report};
use crate::score::{bar, display};
use crate::store::{Store, Stored};
use crate::subjects::{self, Subject};

pub fn run(args: &ShowArgs, store: &Store, out: &mut dyn Write, ui: &mut Ui) -> anyhow::Result<u8> {
    let loaded = store.load();
    for problem in &loaded.problems {
        ui.warn(problem);
    }
    let all = subjects::by_subject(&loaded.assessments);
    let subject = find_subject(&all, &args.subject)?;
    let stored = pick(subject, args.respondent.as_deref(), args.id.as_deref())?;
    let report = Report::of(stored);
    match args.format {
        ShowFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report.to_json())?)?,
        ShowFormat::Markdown => out.write_all(markdown(&report).as_bytes())?,
        ShowFormat::Text => {
            if !args.no_chart {
                out.write_all(radar_text(&[&report], chart_width(args.width)).as_bytes())?;
                out.write_all(b"\n")?;
            }
            out.write_all(text(&report).as_bytes())?;
        }
    }
    Ok(0)
}

/// The width for charts on stdout: asked for, else the terminal's, else 60 columns.
pub fn chart_width(asked: Option<u16>) -> u16 {
    use std::io::IsTerminal;
    asked.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            ratatui::crossterm::terminal::size().map_or(60, |(w, _)| w.clamp(20, 400))
        } else {
            60
        }
    })
}

/// The radar of some assessments as plain text, drawn by the same widget as the TUI's.
pub fn radar_text(reports: &[&Report], width: u16) -> String {
    let radar = crate::chart::Radar::of_reports(reports);
    // Round charts get tall on wide terminals: at most 20 rows of plot.
    let height = radar.height_for(width).min(20 + 2 + reports.len() as u16);
    crate::chart::plain::render(&radar, width, height)
}

/// The subject named on the command line, or an error that lists the known ones.
pub fn find_subject<'s, 'a>(
    all: &'s [Subject<'a>],
    wanted: &str,
) -> anyhow::Result<&'s Subject<'a>> {
    subjects::find(all, wanted).ok_or_else(|| {
        let known: Vec<String> = all
            .iter()
            .take(10)
            .map(|s| format!("\"{}\"", printable(s.name)))
            .collect();
        if known.is_empty() {
            invalid(format!(
                "no assessment of \"{}\": the store is empty",
                printable(wanted)
            ))
        } else {
            invalid(format!(
                "no assessment of \"{}\"; known subjects: {}",
                printable(wanted),
                known.join(", ")
            ))
        }
    })
}

/// The assessment named by `id`, else the latest one (of `respondent` if given).
pub fn pick<'a>(
    subject: &Subject<'a>,
    respondent: Option<&str>,
    id: Option<&str>,
) -> anyhow::Result<&'a Stored> {
    let mut candidates = subject
        .assessments
        .iter()
        .copied()
        .filter(|s| respondent.is_none_or(|r| crate::names::same(&s.assessment.respondent, r)));
    let found = match id {
        Some(id) => candidates.find(|s| s.assessment.id == id),
        None => candidates.next_back(),
    };
    found.ok_or_else(|| {
        let who = respondent
            .map(|r| format!(" from respondent \"{}\"", printable(r)))
            .unwrap_or_default();
        let which = id.map(|i| format!(" with id {i}")).unwrap_or_default();
        let respondents = subject
            .respondents()
            .iter()
            .map(|r| format!("\"{}\"", printable(r)))
            .collect::<Vec<_>>();
        invalid(format!(
            "no assessment of \"{}\"{who}{which} (respondents: {})",
            printable(subject.name),
            respondents.join(", ")
        ))
    })
}

fn heading(report: &Report) -> String {
    let a = report.assessment;
    format!(
        "{} · {} · {} · {} ({})",
        printable(&a.subject),
        printable(&a.respondent),
        a.when().date(),
        report.questionnaire.title,
        a.lang
    )
}

/// The plain-text table, indices and stage.
pub fn text(report: &Report) -> String {
    let mut out = format!("{}\n", heading(report));
    let name_width = report
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0);
    for group in [
        crate::questionnaire::Group::Virtue,
        crate::questionnaire::Group::Pillar,
    ] {
        let rows: Vec<_> = report
            .rows()
            .filter(|r| r.dimension.group == group)
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", group.title()));
        for r in rows {
            let answered = if r.score.is_some() {
                format!("{}/{}", r.answered, r.items)
            } else {
                "no answer".to_string()
            };
            out.push_str(&format!(
                "  {:<name_width$}  {:>3}  {}  {}\n",
                r.dimension.name,
                display(r.score),
                bar(r.score, 20),
                answered
            ));
        }
    }
    let s = &report.scores;
    out.push_str(&format!(
        "\nVirtues {}  ·  Pillars {}  ·  Overall {}\n",
        display(s.virtues),
        display(s.pillars),
        display(s.overall)
    ));
    out.push_str(&stage_text(report));
    out
}

/// "Stage 4 of 6: …" with what it means and what the next stage needs.
pub fn stage_text(report: &Report) -> String {
    let Some(ladder) = report.ladder() else {
        return format!("{NO_STAGE}\n");
    };
    let mut out = format!(
        "{}\n  {}\n",
        ladder.title(),
        report.fill(&ladder.stage.about)
    );
    if let Some(next) = ladder.next_text() {
        out.push_str(&format!("  {next}.\n"));
    }
    out
}

fn markdown(report: &Report) -> String {
    let cell = |t: &str| printable(t).replace('|', "\\|");
    let a = report.assessment;
    let mut out = format!(
        "# {}: {}\n\n{} · {} · {}\n\n| Dimension | Group | Score | Answered |\n|---|---|---:|---:|\n",
        cell(&a.subject),
        report.questionnaire.title,
        cell(&a.respondent),
        a.when().date(),
        a.lang
    );
    for r in report.rows() {
        out.push_str(&format!(
            "| {} | {} | {} | {}/{} |\n",
            r.dimension.name,
            r.dimension.group.as_str(),
            display(r.score),
            r.answered,
            r.items
        ));
    }
    let s = &report.scores;
    out.push_str(&format!(
        "\n**Virtues** {} · **Pillars** {} · **Overall** {}\n\n",
        display(s.virtues),
        display(s.pillars),
        display(s.overall)
    ));
    if let Some(ladder) = report.ladder() {
        out.push_str(&format!(
            "**{}.** {}\n",
            ladder.title(),
            report.fill(&ladder.stage.about)
        ));
    }
    out
}
