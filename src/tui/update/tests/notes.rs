//! `update` in the note editor: saving, cancelling, the limit, and a signal while typing.

use super::*;

#[test]
fn note_editor_saves_on_enter_and_cancels_on_escape() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    assert_eq!(app.mode(), Mode::Note);
    update(&mut app, Msg::Paste("a \"quoted\" note".into()));
    assert_eq!(update(&mut app, Msg::Submit), Effect::SaveDraft);
    assert_eq!(app.flow().unwrap().note_at(0), Some("a \"quoted\" note"));
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Note(crate::tui::note::NoteEdit::Clear));
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
    assert_eq!(app.mode(), Mode::Note, "a changed note asks first");
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
    assert_eq!(app.mode(), Mode::Question);
    assert_eq!(
        app.flow().unwrap().note_at(0),
        Some("a \"quoted\" note"),
        "Esc twice cancels"
    );
}

#[test]
fn escape_on_a_changed_note_asks_before_discarding() {
    use crate::tui::app::NoteLine;
    use crate::tui::note::NoteEdit;
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Back);
    assert_eq!(
        app.mode(),
        Mode::Question,
        "nothing typed: Esc closes at once"
    );

    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Note(NoteEdit::char('a')));
    update(
        &mut app,
        Msg::Note(NoteEdit::key(ratatui_textarea::Key::Backspace)),
    );
    update(&mut app, Msg::Back);
    assert_eq!(
        app.mode(),
        Mode::Question,
        "the same text as when it opened: Esc closes at once"
    );

    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("typed".into()));
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
    assert_eq!(editor(&app).line, Some(NoteLine::ConfirmDiscard));
    update(&mut app, Msg::Note(NoteEdit::char('x')));
    assert_eq!(editor(&app).line, None, "another key goes back to editing");
    assert_eq!(editor(&app).text(), "typedx", "and is typed, not swallowed");
    update(
        &mut app,
        Msg::Note(NoteEdit::key(ratatui_textarea::Key::Backspace)),
    );
    update(&mut app, Msg::Note(NoteEdit::char('!')));
    update(&mut app, Msg::Back);
    assert_eq!(editor(&app).line, Some(NoteLine::ConfirmDiscard));
    assert_eq!(
        update(&mut app, Msg::Submit),
        Effect::SaveDraft,
        "Enter saves"
    );
    assert_eq!(app.mode(), Mode::Question);
    assert_eq!(app.flow().unwrap().note_at(0), Some("typed!"));
}

fn editor(app: &App) -> &crate::tui::app::NoteEditor {
    match &app.overlay {
        Some(Overlay::Note(editor)) => editor,
        other => panic!("no note editor: {other:?}"),
    }
}

#[test]
fn the_note_editor_refuses_to_grow_past_the_limit_and_says_so() {
    use crate::assessment::MAX_NOTE_BYTES;
    use crate::tui::app::NoteLine;
    use crate::tui::note::NoteEdit;
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("a".repeat(MAX_NOTE_BYTES - 1) + "é"));
    assert_eq!(
        editor(&app).text().len(),
        MAX_NOTE_BYTES - 1,
        "the paste is cut before the two-byte é"
    );
    assert_eq!(editor(&app).line, Some(NoteLine::TooLong));
    update(&mut app, Msg::Note(NoteEdit::char('x')));
    assert_eq!(editor(&app).line, None, "the last byte fits");
    update(&mut app, Msg::Note(NoteEdit::char('y')));
    assert_eq!(editor(&app).text().len(), MAX_NOTE_BYTES);
    assert!(editor(&app).text().ends_with('x'));
    assert_eq!(editor(&app).line, Some(NoteLine::TooLong));
    update(&mut app, Msg::Note(NoteEdit::newline()));
    assert_eq!(editor(&app).text().len(), MAX_NOTE_BYTES);
    assert_eq!(update(&mut app, Msg::Submit), Effect::SaveDraft);
    assert_eq!(
        app.flow().unwrap().note_at(0).unwrap().len(),
        MAX_NOTE_BYTES
    );
}

#[test]
fn a_signal_saves_the_note_being_typed() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::Flow(Step::Answer(4)));
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("half a thought".into()));
    assert_eq!(update(&mut app, Msg::Terminate), Effect::SaveDraftAndExit);
    assert_eq!(app.overlay, None);
    assert_eq!(app.flow().unwrap().note_at(1), Some("half a thought"));
}

#[test]
fn the_flow_to_keep_holds_the_note_being_typed_without_changing_the_model() {
    let mut app = assessing(Origin::Assess);
    update(&mut app, Msg::OpenNote);
    assert_eq!(flow_to_keep(&app).unwrap().draft.answers.len(), 0);
    update(&mut app, Msg::Paste("typed".into()));
    assert_eq!(flow_to_keep(&app).unwrap().note_at(0), Some("typed"));
    assert_eq!(app.flow().unwrap().note_at(0), None);
    assert_eq!(app.mode(), Mode::Note);
}

#[test]
fn the_note_being_typed_is_kept_in_the_draft_on_the_next_pulse() {
    let mut app = assessing(Origin::Assess);
    assert_eq!(update(&mut app, Msg::Pulse), Effect::None, "nothing typed");
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("half a thought".into()));
    assert_eq!(update(&mut app, Msg::Pulse), Effect::KeepTyping);
    assert_eq!(app.mode(), Mode::Note, "the editor stays open");
    assert_eq!(update(&mut app, Msg::Pulse), Effect::None, "kept once");
    update(&mut app, Msg::TypingKept);
    // Discarded after it reached the disk: the draft goes back to the note as it was.
    update(&mut app, Msg::Back);
    assert_eq!(update(&mut app, Msg::Back), Effect::SaveDraft);
    assert_eq!(app.flow().unwrap().note_at(0), None);
    // Discarded before any pulse: nothing to undo on disk.
    update(&mut app, Msg::OpenNote);
    update(&mut app, Msg::Paste("gone".into()));
    update(&mut app, Msg::Back);
    assert_eq!(update(&mut app, Msg::Back), Effect::None);
}
