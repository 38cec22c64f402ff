//! A coach's screens, what they write and what they keep apart: notes and intentions on
//! results (and hidden), the session note and the intention rewriting the assessment, a draft
//! discarded after a yes, other questionnaires left out of trends and compare, "Now" saying
//! whose.

use crate::common::coach::*;
use crate::common::fixtures;
use crate::common::render::render;
use confiance::config::Setting;
use confiance::tui::app::{Ask, Overlay, Screen};
use confiance::tui::{App, Effect, Msg, update};

fn screen(name: &str) -> App {
    coach_screens(false)
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap()
        .1
}

#[test]
fn results_show_the_notes_and_h_hides_them_and_remembers_it() {
    let notes = render(&screen("coach_results_notes"), 120, 40);
    for seen in [
        "Better since the offsite",
        "Talked about the offsite",
        "6. I feel that Team Atlas",
        "directions.",
        "Before next time: Ask before deciding",
        "Share the plan early (partly followed)",
    ] {
        assert!(notes.contains(seen), "{seen}:\n{notes}");
    }
    let mut results = screen("coach_results_notes");
    assert_eq!(
        update(&mut results, Msg::HideNotes),
        Effect::SaveSetting(Setting::HideNotes(true))
    );
    for (width, height) in [(80, 24), (120, 40)] {
        let hidden = render(&results, width, height);
        assert!(!hidden.contains("offsite"), "{hidden}");
    }
    let hidden = render(&results, 120, 40);
    assert!(hidden.contains("Ask before deciding"), "intentions stay");
    assert_eq!(
        update(&mut results, Msg::HideNotes),
        Effect::SaveSetting(Setting::HideNotes(false))
    );
}

#[test]
fn the_session_note_and_the_intention_rewrite_the_assessment() {
    let review = screen("coach_review_notes");
    let flow = review.flow().unwrap();
    assert_eq!(
        flow.draft.note.as_deref(),
        Some("Team Atlas answered with Marie out")
    );
    let text = render(&review, 80, 24);
    assert!(text.contains("✎ Session: Team Atlas answered"), "{text}");
    assert!(
        text.contains("each other. ✎"),
        "the mark next to the text:\n{text}"
    );
    let mut results = screen("coach_intention_editor");
    update(
        &mut results,
        Msg::Note(confiance::tui::note::NoteEdit::char('!')),
    );
    assert_eq!(
        update(&mut results, Msg::Submit),
        Effect::Amend {
            id: "M3".into(),
            field: confiance::store::Amended::Intention,
            shown: Some("Ask before deciding".into()),
            value: Some("Ask before deciding!".into()),
        },
        "only the intention, and what it was when shown"
    );
    assert!(
        matches!(results.overlay, Some(Overlay::Note(_))),
        "the editor stays until the file is written"
    );
    let data = results.data.clone();
    update(
        &mut results,
        Msg::Amended(confiance::store::Amended::Intention, data),
    );
    assert!(results.overlay.is_none());
    // The status names what was saved, and stays on the screen that saved it.
    let status = |app: &confiance::tui::App| app.status.as_ref().map(|s| s.text.clone());
    assert_eq!(status(&results).as_deref(), Some("Intention saved."));
    update(&mut results, Msg::Ladder);
    assert_eq!(status(&results), None, "the ladder is another screen");
    update(&mut results, Msg::Ladder);
    update(&mut results, Msg::SessionNote);
    update(
        &mut results,
        Msg::Note(confiance::tui::note::NoteEdit::Clear),
    );
    assert_eq!(
        update(&mut results, Msg::Submit),
        Effect::Amend {
            id: "M3".into(),
            field: confiance::store::Amended::Note,
            shown: Some("Talked about the offsite".into()),
            value: None,
        },
        "an emptied note is removed"
    );
}

#[test]
fn a_draft_is_discarded_after_a_yes_only() {
    let mut app = screen("coach_discard");
    let Some(Overlay::Ask(Ask::Discard {
        id,
        answered,
        notes,
        ..
    })) = app.overlay.clone()
    else {
        panic!("asks first");
    };
    assert_eq!((id.as_str(), answered, notes), ("D9", 2, 1));
    let text = render(&app, 80, 24);
    assert!(text.contains("holds 2 answers and 1 note"), "{text}");
    let mut no = app.clone();
    assert_eq!(update(&mut no, Msg::No), Effect::None);
    assert!(no.overlay.is_none());
    assert_eq!(
        update(&mut app, Msg::Yes),
        Effect::DiscardDraft("D9".into())
    );
    let mut subject = screen("coach_home_marie");
    update(&mut subject, Msg::Discard);
    assert!(subject.overlay.is_none(), "only a draft is discarded");
    assert!(matches!(subject.screen, Screen::Home { .. }));
}

/// An assessment of `subject` made with the built-in community questionnaire.
fn community(id: &str, subject: &str, when: &str) -> confiance::store::Stored {
    let q = confiance::questionnaire::Catalog::builtin()
        .find("community", "en")
        .unwrap()
        .clone();
    let mut stored = fixtures::stored(id, subject, "self", when, &[4]);
    stored.assessment.questionnaire = "community".into();
    stored.assessment.answers = q
        .items
        .iter()
        .map(|item| confiance::assessment::Answer {
            item: item.id.clone(),
            response: confiance::assessment::Response::Value(4),
            note: None,
            extra: Default::default(),
        })
        .collect();
    stored.questionnaire = q;
    stored
}

#[test]
fn assessments_of_another_questionnaire_are_kept_apart_and_said() {
    let mut data = marie_data(&written(false));
    data.assessments
        .push(community("C1", "Team Atlas", "2026-09-20T10:00:00Z"));
    let app = space(data, false);
    // The latest is the community one: its results, and trends of that questionnaire only.
    let results = with(app, [Msg::Down, Msg::Open]);
    let trends = with(results.clone(), [Msg::Trends]);
    let text = render(&trends, 100, 30);
    assert!(
        text.contains("3 assessments made with another questionnaire are left out"),
        "{text}"
    );
    // Back to Marie's trust assessments: the community one is left out of their trends.
    let earlier = with(results, [Msg::Prev]);
    let text = render(&with(earlier.clone(), [Msg::Trends]), 100, 30);
    assert!(
        text.contains("1 assessment made with another questionnaire is left out"),
        "{text}"
    );
    // Compare refuses to tick one of another questionnaire beside those ticked.
    let mut compare = with(earlier, [Msg::Compare]);
    let Screen::Compare(state) = &compare.screen else {
        panic!("compare");
    };
    let ticked = state.ticked.clone();
    assert!(!ticked.contains(&"C1".to_string()), "{ticked:?}");
    let text = render(&compare, 100, 30);
    assert!(
        text.contains("community"),
        "each row says its questionnaire:\n{text}"
    );
    for _ in 0..4 {
        update(&mut compare, Msg::Down);
    }
    update(&mut compare, Msg::Tick);
    let Screen::Compare(state) = &compare.screen else {
        panic!("compare");
    };
    assert_eq!(state.ticked, ticked, "not ticked");
    let said = compare
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(said.contains("another questionnaire"), "{said}");
}

#[test]
fn now_is_the_owners_latest_or_says_whose() {
    let mut data = marie_data(&written(false));
    data.assessments.push(fixtures::stored(
        "L1",
        "Léa",
        "Léa",
        "2026-11-01T10:00:00Z",
        &[5],
    ));
    let text = render(&space(data, false), 100, 30);
    assert!(
        text.contains("67 (Léa)"),
        "not the owner's: says whose\n{text}"
    );
    // Team Atlas: Marie's own 54, not Team Atlas's later view.
    assert!(text.contains("54"), "{text}");
}
