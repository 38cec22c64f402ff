//! `confiance forget --client NAME`: deletes a whole client's space (assessments, drafts, its
//! own files and anything else in its folder) after listing what goes and asking.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;

use super::{ForgetArgs, confirmed, describe, take_draft_locks};
use crate::cli::{Ui, invalid, space};
use crate::i18n::fill;
use crate::names;
use crate::printable::printable_path;
use crate::store::{Store, slug, stranded};

pub(crate) fn run_client(
    args: &ForgetArgs,
    personal: &Store,
    client: Option<&str>,
    out: &mut dyn Write,
    ui: &mut Ui,
) -> anyhow::Result<u8> {
    let (t, c) = (ui.files(), ui.coach());
    let Some(wanted) = client else {
        return Err(invalid(c.forget_what));
    };
    let client = match space::client(personal, wanted, false, ui) {
        Ok(client) => client,
        // A folder an interrupted `forget --client` left without its `client.toml`.
        Err(missing) => stranded(personal.data_dir())
            .into_iter()
            .map(|s| s.client)
            .find(|c| {
                names::same(&c.name, wanted) || c.folder.file_name() == Some(slug(wanted).as_ref())
            })
            .ok_or(missing)?,
    };
    let store = personal.client_space(client);
    let client_name = &store.client().expect("a client's space").name;
    // `self` is the client here, not "you".
    ui.self_name = Some(client_name.clone());
    let name = ui.quoted(client_name);
    let gathered = store.gather_all();
    let locks = take_draft_locks(&store, &gathered.files, ui)?;
    let count = gathered.files.len();
    let deletes = ui
        .lang
        .plural(count as u64, c.deletes_client_one, c.deletes_client_many);
    writeln!(out, "{}", fill(deletes, &[("n", &count), ("name", &name)]))?;
    for f in &gathered.files {
        writeln!(out, "  {}  ({})", printable_path(&f.path), describe(f, ui))?;
    }
    if !args.yes && !confirmed(out, t)? {
        writeln!(out, "{}", t.nothing_deleted)?;
        return Ok(0);
    }
    let paths: Vec<PathBuf> = gathered.files.iter().map(|f| f.path.clone()).collect();
    // From here on an interruption is finished by `forget --client` or `check --fix`.
    store
        .mark_forgetting()
        .with_context(|| fill(t.cannot_delete, &[("path", &printable_path(store.root()))]))?;
    store.delete_space(&paths, locks).map_err(|u| {
        anyhow::Error::new(u.error)
            .context(fill(t.cannot_delete, &[("path", &printable_path(&u.path))]))
    })?;
    let deleted = ui
        .lang
        .plural(count as u64, c.deleted_client_one, c.deleted_client_many);
    ui.say(&fill(deleted, &[("n", &count), ("name", &name)]));
    if store.root().exists() {
        let message = fill(
            c.client_folder_left,
            &[("path", &printable_path(store.root()))],
        );
        ui.warn(&crate::diagnostic::Diagnostic::new(message));
    }
    Ok(0)
}
