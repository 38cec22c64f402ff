//! A coach's screens: clients on the personal home, one client's space showing nothing of the
//! others, the other side's wording, notes and intentions on results (and hidden), the session
//! note, the intention asked about, discarding a draft. Snapshots at 80×24 (French ones are in
//! `tui_screens_fr.rs`).

#[path = "common/fixtures.rs"]
#[allow(dead_code)]
mod fixtures;

#[path = "common/coach.rs"]
#[allow(dead_code)]
mod coach;

use coach::*;
use confiance::config::Setting;
use confiance::tui::app::{Ask, Overlay, Screen};
use confiance::tui::{App, Effect, Msg, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn render(app: &App, width: u16, height: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    format!("{}", terminal.backend())
}

fn screen(name: &str) -> App {
    coach_screens(false)
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap()
        .1
}

#[test]
fn every_coach_screen_at_80x24() {
    for (name, app) in coach_screens(false) {
        insta::assert_snapshot!(format!("{name}_80x24"), render(&app, 80, 24));
    }
}

#[test]
fn the_personal_home_lists_the_clients_and_enter_opens_one() {
    let mut home = screen("coach_home_personal");
    let text = render(&home, 80, 24);
    for name in ["Chloé", "Jonas", "Marie", "My manager"] {
        assert!(text.contains(name), "{name}:\n{text}");
    }
    assert!(text.contains("2 subjects"), "{text}");
    update(&mut home, Msg::Down);
    assert_eq!(
        update(&mut home, Msg::Open),
        Effect::EnterClient {
            name: "Jonas".into(),
            create: false
        }
    );
    let mut prompt = screen("coach_new_client");
    for c in "Zoé".chars() {
        update(
            &mut prompt,
            Msg::Edit(confiance::tui::field::Edit::Insert(c)),
        );
    }
    assert_eq!(
        update(&mut prompt, Msg::Submit),
        Effect::EnterClient {
            name: "Zoé".into(),
            create: true
        }
    );
}

#[test]
fn nothing_of_another_client_shows_inside_a_clients_space() {
    for (name, app) in coach_screens(false) {
        if app.data.client.is_none() {
            continue;
        }
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            let text = render(&app, width, height);
            for other in OTHERS {
                assert!(
                    !text.contains(other),
                    "{other} on {name} at {width}×{height}:\n{text}"
                );
            }
        }
        let text = render(&app, 120, 40);
        if name == "coach_home_marie" {
            assert!(
                text.contains("Client: Marie"),
                "the header names her:\n{text}"
            );
        }
    }
    // Her space has no clients, so the key that makes one does nothing there.
    let mut marie = screen("coach_home_marie");
    update(&mut marie, Msg::NewClient);
    assert!(marie.overlay.is_none());
    assert_eq!(
        update(&mut marie, Msg::Back),
        Effect::Exit,
        "opened with --client"
    );
    let mut entered = screen("coach_home_marie");
    entered.entered = true;
    assert_eq!(update(&mut entered, Msg::Back), Effect::LeaveClient);
}

#[test]
fn the_other_side_reads_the_owners_name() {
    let question = render(&screen("coach_question_other_side"), 80, 24);
    assert!(
        question.contains("Marie and I use the same words"),
        "{question}"
    );
    assert!(question.contains("between you and Marie"), "{question}");
    let review = render(&screen("coach_review_notes"), 100, 30);
    assert!(
        review.contains("Marie and I use the same words"),
        "{review}"
    );
    // Marie's own view reads the subject's name.
    let mut own = screen("coach_follow_up");
    update(&mut own, Msg::Followed(None));
    let text = render(&own, 80, 24);
    assert!(
        text.contains("Team Atlas and I use the same words"),
        "{text}"
    );
}

#[test]
fn the_form_asks_the_owners_name_once_and_offers_to_keep_it() {
    let form = screen("coach_form_owner");
    let text = render(&form, 80, 24);
    assert!(text.contains("Your name"), "{text}");
    assert!(text.contains("[x] keep it in the config file"), "{text}");
    let mut form = form;
    for c in "Sam".chars() {
        update(&mut form, Msg::Edit(confiance::tui::field::Edit::Insert(c)));
    }
    update(&mut form, Msg::Submit);
    update(&mut form, Msg::Submit);
    let effect = update(&mut form, Msg::Submit);
    assert_eq!(
        effect,
        Effect::Begin {
            subject: "Team Atlas".into(),
            respondent: "Team Atlas".into(),
            fresh: false,
            questionnaire: Some("trust".into()),
            remember: Some("Sam".into()),
        }
    );
    assert_eq!(
        form.me.as_deref(),
        Some("Sam"),
        "asked once: known from now on"
    );
    // In Marie's space the owner is Marie: the other side is offered, no name is asked.
    let text = render(&screen("coach_form_other_side"), 80, 24);
    assert!(text.contains("● the other side"), "{text}");
    assert!(text.contains("Respondent     Team Atlas"), "{text}");
    assert!(!text.contains("Your name"), "{text}");
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
        text.contains("understand what they mean. ✎") || text.contains("… ✎"),
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
            note: Some("Talked about the offsite".into()),
            intention: Some("Ask before deciding!".into()),
        }
    );
    update(&mut results, Msg::SessionNote);
    update(
        &mut results,
        Msg::Note(confiance::tui::note::NoteEdit::Clear),
    );
    assert_eq!(
        update(&mut results, Msg::Submit),
        Effect::Amend {
            id: "M3".into(),
            note: None,
            intention: Some("Ask before deciding".into()),
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
