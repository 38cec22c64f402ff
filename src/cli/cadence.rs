//! `confiance cadence SUBJECT [WEEKS]`: how often a subject is due for a check-in, shown or
//! set (stored in the space's `subjects.toml`).

use std::io::Write;

use clap::Args;

use super::loaded::Loaded;
use super::{Space, Ui, invalid};
use crate::diagnostic::Diagnostic;
use crate::due::{DEFAULT_CADENCE_WEEKS, cadence_of, check_in};
use crate::i18n::fill;
use crate::store::{Cadence, MAX_WEEKS, Saved, io_reason};

/// Show or set how often a subject is due for a check-in
#[derive(Debug, Args)]
#[command(
    after_help = "WEEKS is a number of weeks (1 to 520), `off` (never due) or `default` (back to the config file's cadence_weeks, else 6).\n\nExamples:\n  confiance cadence 'Team Atlas'\n  confiance cadence 'Team Atlas' 4\n  confiance --client Marie cadence Bob off"
)]
pub(crate) struct CadenceArgs {
    /// The subject, as listed by `confiance list`
    pub subject: String,
    /// Weeks between check-ins, `off` or `default`
    pub(crate) weeks: Option<String>,
}

pub(super) fn run(
    args: &CadenceArgs,
    space: &Space,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let c = ui.coach();
    let store = space.store;
    let loaded = Loaded::of(store, ui);
    let subject = &loaded.subject(&args.subject, ui)?;
    let name = ui.quoted(subject.name);
    if let Some(weeks) = &args.weeks {
        let cadence = match weeks.trim() {
            "off" => Some(Cadence::Off),
            "default" => None,
            n => match n.parse::<u32>() {
                Ok(w) if (1..=MAX_WEEKS).contains(&w) => Some(Cadence::Weeks(w)),
                _ => {
                    return Err(invalid(fill(
                        c.bad_weeks,
                        &[
                            ("max", &MAX_WEEKS),
                            ("value", &crate::printable::printable(n)),
                        ],
                    )));
                }
            },
        };
        let saved = store.set_cadence(subject.name, cadence).map_err(|e| {
            anyhow::anyhow!(fill(
                c.cannot_write_cadence,
                &[
                    (
                        "path",
                        &crate::printable::printable_path(&store.subjects_file())
                    ),
                    ("reason", &e),
                ],
            ))
        })?;
        if let Saved::Unconfirmed(e) = saved {
            let message = fill(
                ui.files().written_unconfirmed,
                &[("reason", &io_reason(&e))],
            );
            ui.warn(&Diagnostic::new(message).in_file(&store.subjects_file()));
        }
    }
    let (settings, problems) = store.subject_settings();
    for problem in &problems {
        ui.warn(problem);
    }
    let own = settings.cadence(subject.name);
    let cadence = cadence_of(subject.name, &settings, space.config.cadence_weeks);
    let every = match cadence {
        Cadence::Off => fill(c.cadence_off, &[("name", &name)]),
        Cadence::Weeks(w) => {
            let template = ui
                .lang
                .plural(w.into(), c.cadence_every_one, c.cadence_every_many);
            fill(template, &[("name", &name), ("n", &w)])
        }
    };
    let from = match (own, space.config.cadence_weeks) {
        (Some(_), _) => c.cadence_own,
        (None, Some(_)) => c.cadence_from_config,
        (None, None) => c.cadence_from_default,
    };
    let from = fill(from, &[("n", &DEFAULT_CADENCE_WEEKS)]);
    writeln!(out, "{every} ({from})")?;
    if let Some(due_on) = check_in(subject, cadence).due_on {
        writeln!(
            out,
            "{}",
            fill(c.next_check_in, &[("date", &due_on.date())])
        )?;
    }
    Ok(0)
}
