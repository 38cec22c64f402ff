//! What must reach the disk if the program ends now, whatever ends it (a signal, a terminal
//! that hangs up, the note kept while it is typed): the draft with the note being typed, and
//! the note or intention being typed on results.

use super::notes;
use crate::flow::Step;
use crate::tui::app::{App, Effect, NoteTarget, Overlay};

/// The assessment as it must be saved if the program ends now: with the note being typed in
/// the editor, if it changed.
pub fn flow_to_keep(app: &App) -> Option<crate::flow::Flow> {
    let mut flow = app.flow()?.clone();
    if let Some(Overlay::Note(editor)) = &app.overlay
        && editor.changed()
    {
        match editor.target {
            NoteTarget::Question(_) => {
                flow.step(Step::Note(Some(editor.text())));
            }
            NoteTarget::Session => flow.draft.note = editor.kept(),
            NoteTarget::Intention => {}
        }
    }
    Some(flow)
}

/// The note or intention being typed on results, as it must be written if the program ends
/// now: an [`Effect::Amend`], or `None` when nothing changed.
pub fn amend_to_keep(app: &App) -> Option<Effect> {
    if app.flow().is_some() {
        return None;
    }
    let Some(Overlay::Note(editor)) = &app.overlay else {
        return None;
    };
    let amend = notes::amend(
        app,
        editor.target,
        editor.text(),
        editor.opened_with.clone(),
    );
    (amend != Effect::None).then_some(amend)
}
