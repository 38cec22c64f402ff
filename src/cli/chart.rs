//! `confiance chart SUBJECT --kind radar|trend`: one chart of a subject as SVG, the very one
//! the session report draws.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use super::loaded::Loaded;
use super::space::Space;
use super::{Ui, documents};
use crate::i18n::{ReportText, fill};
use crate::session_report::charts;

/// Draw a chart of a subject as SVG: its radar or its trend
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  confiance chart Alice --kind radar --output alice-radar.svg\n  confiance chart Alice --kind trend > alice-trend.svg"
)]
pub(crate) struct ChartArgs {
    /// The subject (the relationship), as listed by `confiance list`
    pub subject: String,
    /// radar (the latest views, and your previous one) or trend (the scores over time)
    #[arg(long, value_enum, value_name = "KIND")]
    pub(crate) kind: ChartKind,
    /// The latest assessment of this respondent [default: yours, else the latest]
    #[arg(long, short)]
    pub respondent: Option<String>,
    /// This assessment (its id, or its first characters) rather than the latest
    #[arg(long)]
    pub id: Option<String>,
    /// Write to this SVG file (created private, 0600) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    pub(crate) output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub(crate) force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ChartKind {
    Radar,
    Trend,
}

pub(super) fn run(
    args: &ChartArgs,
    space: &Space,
    lang_chosen: bool,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let store = space.store;
    let loaded = Loaded::of(store, ui);
    let subject = &loaded.subject(&args.subject, ui)?;
    let session = documents::session(
        subject,
        args.respondent.as_deref(),
        args.id.as_deref(),
        lang_chosen,
        space,
        ui,
    )?;
    let svg = match args.kind {
        ChartKind::Radar => charts::radar(&session),
        ChartKind::Trend => charts::trend(&session).ok_or_else(|| {
            anyhow::anyhow!(fill(
                ReportText::of(ui.lang).need_two,
                &[("name", &ui.quoted(subject.name))]
            ))
        })?,
    };
    match args.output.as_deref().filter(|p| *p != Path::new("-")) {
        None => out.write_all(svg.as_bytes())?,
        Some(path) => {
            let files = [(path.to_path_buf(), svg.into_bytes())];
            documents::write_all(&files, args.force, store, ui)?;
        }
    }
    Ok(0)
}
