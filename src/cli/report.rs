//! `confiance report SUBJECT`: the session report, one document to hand over (HTML or
//! Markdown, with the Markdown's charts written beside it as SVG).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::Ui;
use super::documents;
use super::loaded::Loaded;
use super::space::Space;
use crate::due::{cadence_of, check_in};
use crate::session_report::document::{self, Chart, Options};
use crate::session_report::{html, markdown};
use crate::time::Timestamp;

/// Write the session report: one document to hand over, in HTML or Markdown
#[derive(Debug, Args)]
#[command(
    after_help = "The report is about your own latest assessment (the client's, in their space), or that of --respondent, or the one named by --id. It is in the assessment's language unless --lang is given.\n\nExamples:\n  confiance report Alice --output alice.html\n  confiance report 'Team Atlas' --format markdown --output atlas.md   (charts written beside it)\n  confiance report Alice --no-notes > alice.html"
)]
pub(crate) struct ReportArgs {
    /// The subject (the relationship), as listed by `confiance list`
    pub subject: String,
    /// The latest assessment of this respondent [default: yours, else the latest]
    #[arg(long, short)]
    pub respondent: Option<String>,
    /// This assessment (its id, or its first characters) rather than the latest
    #[arg(long)]
    pub id: Option<String>,
    /// html or markdown [default: from the --output extension, else html]
    #[arg(long, value_enum)]
    pub(crate) format: Option<ReportFormat>,
    /// Write to this file (created private, 0600) instead of stdout; its folder must exist
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Replace FILE (and the charts beside it) if it exists
    #[arg(long, requires = "output")]
    pub(crate) force: bool,
    /// Leave every note out of the report
    #[arg(long)]
    pub(crate) no_notes: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    Html,
    Markdown,
}

pub(super) fn run(
    args: &ReportArgs,
    space: &Space,
    lang_chosen: bool,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let store = space.store;
    let loaded = Loaded::of(store, ui);
    let subject = &loaded.subject(&args.subject, ui)?;
    let mut session = documents::session(
        subject,
        args.respondent.as_deref(),
        args.id.as_deref(),
        lang_chosen,
        space,
        ui,
    )?;
    let (settings, problems) = store.subject_settings();
    for problem in &problems {
        ui.warn(problem);
    }
    let cadence = cadence_of(subject.name, &settings, space.config.cadence_weeks);
    session.next_check_in = check_in(subject, cadence).due_on;
    session.cadence_weeks = session.next_check_in.map(|_| cadence.weeks());
    session.group = group_part(&session, space, ui);
    let options = Options {
        notes: !args.no_notes,
        made: Timestamp::now(),
    };
    let blocks = document::blocks(&session, &options);
    let output = args.output.as_deref().filter(|p| *p != Path::new("-"));
    let format = args.format.unwrap_or_else(|| from_extension(output));
    let mut files = vec![];
    let body = match format {
        ReportFormat::Html => html::html(&blocks, session.lang),
        ReportFormat::Markdown => {
            // Charts can only be linked when there is a file to put them beside.
            let beside = |chart: Chart| {
                let path = chart_path(output?, chart);
                Some(path.file_name()?.to_string_lossy().into_owned())
            };
            if let Some(path) = output {
                for block in &blocks {
                    if let document::Block::Figure { chart, svg } = block {
                        files.push((chart_path(path, *chart), svg.clone().into_bytes()));
                    }
                }
            }
            markdown::markdown(&blocks, session.lang, &beside)
        }
    };
    match output {
        None => out.write_all(body.as_bytes())?,
        Some(path) => {
            files.insert(0, (path.to_path_buf(), body.into_bytes()));
            documents::write_all(&files, args.force, store, ui)?;
        }
    }
    Ok(0)
}

/// The latest group asked about the subject with the report's questionnaire, if any: its view
/// and the main assessment against its median.
fn group_part(
    session: &crate::session_report::session::Session,
    space: &Space,
    ui: &mut Ui,
) -> Option<crate::session_report::session::GroupPart> {
    use crate::invitation::record::Who;
    let main = &session.main;
    let invitation = space.store.invitations().0.into_iter().rfind(|i| {
        matches!(i.who, Who::Group { .. })
            && crate::names::same(&i.subject, session.subject)
            && i.questionnaire == main.assessment.questionnaire
    })?;
    let (_, q, view) =
        super::show::group_view(session.subject, invitation.respondent(), space, ui).ok()?;
    let against = crate::invitation::group::against(&q, &main.scores, &view);
    Some(crate::session_report::session::GroupPart {
        label: invitation.respondent().to_string(),
        view,
        against,
    })
}

/// `.md` and `.markdown` mean Markdown; anything else HTML.
fn from_extension(output: Option<&Path>) -> ReportFormat {
    match output.and_then(Path::extension).and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown") => {
            ReportFormat::Markdown
        }
        _ => ReportFormat::Html,
    }
}

/// `r.md` → `r-radar.svg`, `r-trend.svg`, in the same folder.
fn chart_path(report: &Path, chart: Chart) -> PathBuf {
    let stem = report
        .file_stem()
        .map_or_else(|| "report".into(), |s| s.to_string_lossy().into_owned());
    let kind = match chart {
        Chart::Radar => "radar",
        Chart::Trend => "trend",
    };
    report.with_file_name(format!("{stem}-{kind}.svg"))
}
