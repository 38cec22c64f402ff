//! `update` for what is written besides answers: the note on the whole session, the intention
//! for next time and whether last time's was followed, and hiding every note's text.

use super::step;
use crate::config::Setting;
use crate::flow::Step;
use crate::store::Amended;
use crate::tui::app::{App, Effect, Msg, NoteEditor, NoteTarget, Overlay, Screen};

/// Opens the note editor on `text`.
pub(super) fn open(app: &mut App, target: NoteTarget, text: &str) {
    let editor = NoteEditor::new(target, text, app.theme.selected);
    app.overlay = Some(Overlay::Note(Box::new(editor)));
}

/// Opens the editor of the session's note or intention on the results shown.
pub(super) fn open_on_results(app: &mut App, target: NoteTarget) {
    let Some(stored) = shown(app) else {
        return;
    };
    let a = &stored.assessment;
    let text = match target {
        NoteTarget::Intention => a.intention.clone(),
        _ => a.note.clone(),
    };
    open(app, target, &text.unwrap_or_default());
}

/// The note or intention being written on results now starts from what the file holds, read
/// again after a refusal: the person was told, so Enter again writes over it on purpose.
pub(super) fn rebase(app: &mut App) {
    let Some(stored) = shown(app) else {
        return;
    };
    let a = &stored.assessment;
    let (note, intention) = (a.note.clone(), a.intention.clone());
    if let Some(Overlay::Note(editor)) = &mut app.overlay {
        editor.opened_with = match editor.target {
            NoteTarget::Intention => intention.unwrap_or_default(),
            NoteTarget::Session => note.unwrap_or_default(),
            NoteTarget::Question(_) => return,
        };
    }
}

/// The completed assessment on the results screen.
fn shown(app: &App) -> Option<&crate::store::Stored> {
    let Screen::Results(state) = &app.screen else {
        return None;
    };
    app.data
        .assessments
        .iter()
        .find(|s| s.assessment.id == state.id)
}

/// What saving the editor's `text` as `target` does: a question's or the draft's note is
/// saved with the draft, a completed assessment's note or intention rewrites its file.
/// `opened` is the text the editor opened with.
pub(super) fn save(app: &mut App, target: NoteTarget, text: String, opened: String) -> Effect {
    let kept = (!text.trim().is_empty()).then_some(text.clone());
    if let NoteTarget::Question(_) = target {
        return step(app, Step::Note(Some(text)));
    }
    if let Screen::Assess(flow) = &mut app.screen {
        if target == NoteTarget::Session && flow.draft.note != kept {
            flow.draft.note = kept;
            return Effect::SaveDraft;
        }
        return Effect::None;
    }
    amend(app, target, text, opened)
}

/// The write of the note or intention `text` typed on results (`None` when there is nothing
/// to write): only that field, and only if the file still holds what the editor opened with.
pub(crate) fn amend(app: &App, target: NoteTarget, text: String, opened: String) -> Effect {
    let kept = (!text.trim().is_empty()).then_some(text);
    if let NoteTarget::Question(_) = target {
        return Effect::None;
    }
    let Some(stored) = shown(app) else {
        return Effect::None;
    };
    let field = match target {
        NoteTarget::Intention => Amended::Intention,
        _ => Amended::Note,
    };
    // What the editor opened with: the store refuses if the file no longer holds it.
    let shown = (!opened.is_empty()).then_some(opened);
    if kept == shown {
        return Effect::None;
    }
    Effect::Amend {
        id: stored.assessment.id.clone(),
        field,
        shown,
        value: kept,
    }
}

/// `h`: hides or shows every note's text, and remembers it in the config file.
pub(super) fn toggle_hidden(app: &mut App) -> Effect {
    app.hide_notes = !app.hide_notes;
    let says = app.says();
    app.info(if app.hide_notes {
        says.notes_hidden
    } else {
        says.notes_shown
    });
    Effect::SaveSetting(Setting::HideNotes(app.hide_notes))
}

/// The question that opens an assessment after an intention: was it followed?
pub(super) fn follow_up(app: &mut App, msg: Msg) -> Effect {
    let Screen::FollowUp(flow) = &mut app.screen else {
        return Effect::None;
    };
    match msg {
        Msg::Followed(followed) => {
            let mut flow = flow.clone();
            flow.set_followed(followed);
            app.screen = Screen::Assess(flow);
            app.status = None;
            // Said: kept with the draft at once. Skipped: with the first answer.
            if followed.is_some() {
                return Effect::SaveDraft;
            }
        }
        Msg::Help => app.overlay = Some(Overlay::Help),
        // Nothing answered yet: nothing to save.
        Msg::Back => return super::leave(app),
        Msg::Interrupt => return Effect::Exit,
        _ => {}
    }
    Effect::None
}
