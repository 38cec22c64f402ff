//! What the documents of `report` and `chart` share: the session they are about, in which
//! language, and writing a document to a file the way `export` does (like `cp`, private).

use std::path::PathBuf;

use anyhow::Context;

use super::Ui;
use super::space::Space;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Lang, ReportText, fill};
use crate::printable::printable_path;
use crate::session_report::session::{Owner, Session};
use crate::store::{Saved, Store, Stored, io_reason, write_atomic};
use crate::subjects::Subject;

/// Who owns the relationship, for the report: their name, and the client's in a client space.
pub(super) fn owner<'a>(space: &'a Space) -> Owner<'a> {
    Owner {
        name: space.owner_name(),
        client: space.store.client().map(|c| c.name.as_str()),
    }
}

/// A document is in the assessment's language, unless the person chose one with `--lang`.
pub(super) fn language(stored: &Stored, chosen: bool, ui: &Ui) -> Lang {
    if chosen {
        return ui.lang;
    }
    Lang::from_code(&stored.assessment.lang).unwrap_or(ui.lang)
}

/// Writes each `(path, body)`, private, and says so. Every destination is checked first (see
/// [`super::export::check_destination`]), so that a refusal leaves nothing half written.
pub(super) fn write_all(
    files: &[(PathBuf, Vec<u8>)],
    force: bool,
    store: &Store,
    ui: &mut Ui,
) -> anyhow::Result<()> {
    let t = ui.files();
    for (path, _) in files {
        super::export::check_destination(path, force, store, t)?;
    }
    for (path, body) in files {
        let saved = write_atomic(path, body, true)
            .with_context(|| fill(t.cannot_write, &[("path", &printable_path(path))]))?;
        if let Saved::Unconfirmed(e) = saved {
            let message = fill(t.written_unconfirmed, &[("reason", &io_reason(&e))]);
            ui.warn(&Diagnostic::new(message).in_file(path));
        }
        let words = ReportText::of(ui.lang);
        ui.say(&fill(words.wrote, &[("path", &printable_path(path))]));
    }
    Ok(())
}

/// The session a document is about: `subject`'s assessment picked as [`super::pick::about`] does, read in
/// the language [`language`] gives, with the owner of this space.
pub(super) fn session<'a>(
    subject: &Subject<'a>,
    respondent: Option<&str>,
    id: Option<&str>,
    lang_chosen: bool,
    space: &'a Space<'a>,
    ui: &Ui,
) -> anyhow::Result<Session<'a>> {
    let chosen = super::pick::about(subject, respondent, id, space, ui)?;
    let lang = language(chosen, lang_chosen, ui);
    Ok(Session::new(
        subject,
        chosen,
        space.store.catalog(),
        lang,
        owner(space),
    ))
}
