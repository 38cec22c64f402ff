//! `confiance show SUBJECT`: one assessment's scores, indices and stage.

use std::io::Write;

use clap::{Args, ValueEnum};

pub(super) mod group;
mod markdown;
mod notes;
pub(super) mod spoken;
#[cfg(test)]
mod tests;
pub(super) mod text;

pub(super) use group::group_view;
pub(super) use text::group_name;

use super::loaded::Loaded;
use super::{Space, Ui};
use crate::i18n::fill;
use crate::summary::Summary;
use unicode_width::UnicodeWidthStr;

/// Show the scores of an assessment: your latest of a subject (else the latest), or the one named
#[derive(Debug, Args)]
#[command(
    after_help = "The notes written during the assessment are printed with their questions; on a terminal they are left out when the config file says hide_notes = true (the full screen's h). --notes and --no-notes decide for one run; JSON always holds them.\n\nExamples:\n  confiance show Alice\n  confiance show Alice --respondent Alice --format json\n  confiance show 'Team Atlas' --format markdown > atlas.md\n  confiance show Alice --no-notes      for a screen others can see"
)]
pub(crate) struct ShowArgs {
    /// The subject (the relationship), as listed by `confiance list`
    pub subject: String,
    /// Only assessments from this respondent (whose view it is)
    #[arg(long, short)]
    pub respondent: Option<String>,
    /// This assessment (its id, or its first characters) rather than the latest
    #[arg(long)]
    pub id: Option<String>,
    /// A group's view (invited with `invite --group`): its answers together, never one alone
    #[arg(long, value_name = "LABEL", conflicts_with_all = ["respondent", "id"])]
    pub group: Option<String>,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub(crate) format: ShowFormat,
    /// Leave the radar chart out of the text output
    #[arg(long)]
    pub(crate) no_chart: bool,
    /// Leave the notes out of the text and markdown output
    #[arg(long, conflicts_with = "notes")]
    pub(crate) no_notes: bool,
    /// Print the notes even on a terminal where the config file hides them
    #[arg(long)]
    pub(crate) notes: bool,
    /// Width of the text output's chart [default: the terminal's, or 60 when not a terminal]
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..=400))]
    pub(crate) width: Option<u16>,
}

impl ShowArgs {
    /// Whether the notes are printed: as `--notes`/`--no-notes` say, else hidden only on a
    /// terminal (a screen others may see) when the config file hides them, as the full
    /// screen does; a file or a pipe gets them.
    fn notes_shown(&self, space: &Space) -> bool {
        use std::io::IsTerminal;
        let hidden = space.config.hide_notes.unwrap_or(false);
        notes_shown(
            self.notes,
            self.no_notes,
            hidden,
            std::io::stdout().is_terminal(),
        )
    }
}

/// The rule of [`ShowArgs::notes_shown`], with the terminal as an argument.
pub(super) fn notes_shown(notes: bool, no_notes: bool, hidden: bool, terminal: bool) -> bool {
    notes || !(no_notes || hidden && terminal)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ShowFormat {
    Text,
    Json,
    Markdown,
}

pub(super) fn run(
    args: &ShowArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    if let Some(label) = &args.group {
        return group::run(&args.subject, label, args.format, space, out, ui);
    }
    let store = space.store;
    let owner = space.owner_name();
    let loaded = Loaded::of(store, ui);
    let subject = loaded.subject(&args.subject, ui)?;
    // Yours unless asked otherwise, as on the home screen and in `list`.
    let stored = super::pick::about(
        &subject,
        args.respondent.as_deref(),
        args.id.as_deref(),
        space,
        ui,
    )?;
    // JSON is for programs: always the assessment's own questionnaire, whatever the language.
    let report = Summary::in_lang(stored, store.catalog(), ui.lang.code()).with_owner(owner);
    match args.format {
        ShowFormat::Json => {
            let json = Summary::of(stored).with_owner(owner).to_json();
            out.write_all(crate::printable::json_text(&json)?.as_bytes())?
        }
        ShowFormat::Markdown => {
            out.write_all(markdown::markdown(&report, ui).as_bytes())?;
            out.write_all(notes::markdown(&report, args.notes_shown(space), ui).as_bytes())?;
        }
        ShowFormat::Text => {
            if !args.no_chart && !ui.no_drawing {
                let width = chart_width(args.width);
                let needed = radar_width(&[&report]);
                if width < needed {
                    // A radar squeezed to a few rows, or its labels cut, does not read:
                    // the scores below say it all.
                    let why = fill(
                        crate::i18n::TrendText::of(ui.lang).too_narrow,
                        &[("n", &needed), ("width", &width)],
                    );
                    writeln!(out, "{why}\n")?;
                } else {
                    out.write_all(radar_text(&[&report], width, ui).as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
            // The plain mode asked for says the scores in words; a pipe keeps the table.
            let scores = if ui.no_drawing {
                spoken::text(&report, ui)
            } else {
                text::text(&report, ui)
            };
            out.write_all(scores.as_bytes())?;
            let shown = args.notes_shown(space);
            out.write_all(notes::text(&report, shown, ui).as_bytes())?;
            let has_notes = !report.notes().is_empty() || report.assessment.note.is_some();
            if !shown && !args.no_notes && has_notes {
                // Hidden by the config, not by this command: say so, or they seem lost.
                writeln!(out, "\n{}", ui.coach().notes_hidden_by_config)?;
            }
        }
    }
    Ok(0)
}

/// The width for charts on stdout: asked for, else the terminal's, else 60 columns.
pub(super) fn chart_width(asked: Option<u16>) -> u16 {
    use std::io::IsTerminal;
    asked.unwrap_or_else(|| {
        if std::io::stdout().is_terminal() {
            ratatui::crossterm::terminal::size().map_or(60, |(w, _)| w.clamp(20, 400))
        } else {
            60
        }
    })
}

/// The radar's plot is at least this many rows tall on stdout, or not drawn.
const RADAR_MIN_ROWS: u16 = 7;

/// The narrowest width at which the radar of `reports` reads: every axis label whole on
/// both sides of a plot of [`RADAR_MIN_ROWS`] rows (two columns a row).
pub(super) fn radar_width(reports: &[&Summary]) -> u16 {
    let radar = crate::chart::Radar::of_reports(reports);
    let label = (0..radar.axes.len())
        .map(|i| radar.label_text(i).width() as u16)
        .max()
        .unwrap_or(0);
    2 * (label + 1) + 2 * RADAR_MIN_ROWS
}

/// The radar of some assessments as plain text, drawn by the same widget as the TUI's, its
/// series named in the interface's language ("you" for `self`).
pub(super) fn radar_text(reports: &[&Summary], width: u16, ui: &Ui) -> String {
    let mut radar = crate::chart::Radar::of_reports(reports);
    let views: Vec<&crate::assessment::Assessment> = reports.iter().map(|r| r.assessment).collect();
    // Two views of one day are told apart by their time (`comparison::whens`).
    let whens = crate::comparison::whens(&views);
    for ((series, report), when) in radar.series.iter_mut().zip(reports).zip(whens) {
        series.name = format!("{} · {when}", ui.respondent(&report.assessment.respondent));
    }
    // Round charts get tall on wide terminals: at most 20 rows of plot.
    let height = radar.height_for(width).min(20 + 2 + reports.len() as u16);
    crate::chart::plain::render(&radar, width, height)
}
