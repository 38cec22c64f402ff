//! What a command needs before it runs: the output modes and the settings' problems told,
//! then opened as far as it asks and no further, the data folder, the personal store, the
//! space it works in (the personal one, or `--client`'s).

use std::io::Write;
use std::path::PathBuf;

use super::{Cli, Settings, Space, Ui, ascii_out, invalid, plain, space};
use crate::diagnostic::Diagnostic;
use crate::i18n::fill;
use crate::printable::printable_path;
use crate::store::{ENV_DATA_DIR, Store, resolve_data_dir};

/// The command line and the settings in force, from which each command opens what it needs.
pub(super) struct Setup<'c> {
    pub(super) cli: &'c Cli,
    pub(super) settings: &'c Settings,
}

/// Whether opening the store tells its problems: `check` reports them itself, and `due` runs
/// at every shell start.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Problems {
    Told,
    Quiet,
}

impl Setup<'_> {
    /// The data folder: `--data-dir`, else `$CONFIANCE_DATA_DIR`, else the platform's.
    pub(super) fn data_dir(&self, ui: &Ui) -> anyhow::Result<PathBuf> {
        resolve_data_dir(self.cli.data_dir.clone())
            .ok_or_else(|| anyhow::anyhow!(fill(ui.text().no_data_dir, &[("var", &ENV_DATA_DIR)])))
    }

    /// The `--client` named, unless blank.
    pub(super) fn client(&self) -> Option<&str> {
        space::client_name(self.cli.client.as_deref())
    }

    /// The personal store and the problems met opening it (told unless `problems` says
    /// otherwise, with a word when others can read the folder).
    pub(super) fn store(
        &self,
        problems: Problems,
        ui: &mut Ui,
    ) -> anyhow::Result<(Store, Vec<Diagnostic>)> {
        let data_dir = self.data_dir(ui)?;
        // A typo pointing at a file (`--data-dir /etc/passwd`) stops here, before any advice
        // about its permissions or any repair.
        if std::fs::metadata(&data_dir).is_ok_and(|m| !m.is_dir()) {
            let why = fill(ui.text().data_dir_not_folder, &[("var", &ENV_DATA_DIR)]);
            return Err(invalid(format!("{}: {why}", printable_path(&data_dir))));
        }
        let (store, found) = Store::open(data_dir);
        ui.info(&fill(
            ui.text().data_folder,
            &[("path", &printable_path(store.root()))],
        ));
        if problems == Problems::Told {
            for problem in &found {
                ui.warn(problem);
            }
            warn_if_not_private(&store, ui);
        }
        Ok((store, found))
    }

    /// Runs `command` in the space it works in: `--client`'s (made when `create`: a new
    /// client's space is made by working in it, while reading one that does not exist is a
    /// typo), else the personal one. Text for a person is written in the ASCII set when that
    /// is in force; data (JSON, Markdown, CSV) is never changed.
    pub(super) fn in_space(
        &self,
        create: bool,
        out: &mut dyn Write,
        ui: &mut Ui,
        command: impl FnOnce(&Space, &mut dyn Write, &mut Ui) -> anyhow::Result<u8>,
    ) -> anyhow::Result<u8> {
        let (personal, _) = self.store(Problems::Told, ui)?;
        let client_store = space::open(&personal, self.client(), create, ui)?;
        let store = client_store.as_ref().unwrap_or(&personal);
        ui.self_name = store.client().map(|c| c.name.clone());
        let space = Space {
            store,
            owner: space::owner_of(store, self.cli.me.as_deref(), &self.settings.config),
            config: &self.settings.config,
            now: self.settings.now,
        };
        let words = self
            .cli
            .command
            .as_ref()
            // The bare command: the plain menu's words (the full screen writes nothing there).
            .is_none_or(super::words_for_a_person);
        if crate::chart::ascii::on() && words {
            command(&space, &mut ascii_out::AsciiOut::new(out), ui)
        } else {
            command(&space, out, ui)
        }
    }
}

/// What holds for every command: plain and ASCII output as asked, and the settings' own
/// problems told.
pub(super) fn prepare(cli: &Cli, settings: &Settings, ui: &mut Ui) {
    let env = crate::i18n::process_env;
    let terminals = {
        use std::io::IsTerminal;
        std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
    };
    ui.plain = plain::wanted(cli.plain, &env, terminals);
    ui.no_drawing = plain::asked(cli.plain, &env);
    // The screens only ever draw on a terminal.
    ui.colour = settings.colour_on(true);
    // The plain mode asked for draws nothing that is not ASCII either.
    crate::chart::ascii::set(cli.ascii || ui.no_drawing || crate::chart::ascii::wanted(&env));
    for problem in &settings.config_problems {
        ui.warn(problem);
    }
    if let Some(missing) = &settings.lang.missing {
        ui.warn(&crate::diagnostic::Diagnostic::new(fill(
            ui.text().lang_missing,
            &[("lang", &crate::printable::printable(missing))],
        )));
    }
}

/// A data folder others can read is worth a word on every command (`check --fix` mends it).
fn warn_if_not_private(store: &Store, ui: &mut Ui) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(store.root()) {
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            let message = fill(ui.text().not_private, &[("mode", &format!("{mode:o}"))]);
            ui.warn(&Diagnostic::new(format!(
                "{}: {message}",
                printable_path(store.root())
            )));
        }
    }
}
