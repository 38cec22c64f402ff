//! A coach's screens: clients on the personal home, one client's space showing nothing of the
//! others, the other side's wording, notes and intentions on results (and hidden), the session
//! note, the intention asked about, discarding a draft. Snapshots at 80×24 (French ones are in
//! `screens_fr.rs`).

use crate::common::coach::*;
use crate::common::render::render;
use confiance::tui::{App, Effect, Msg, update};

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
            side: None,
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

/// A name typed in lower case begins a statement with a capital on the question screen: the
/// subject's for the owner, the owner's for the other side, in both languages.
#[test]
fn a_name_typed_in_lower_case_begins_a_statement_with_a_capital() {
    use crate::common::fixtures::trust_in;
    use confiance::flow::Flow;
    use confiance::time::Timestamp;
    let cases = [
        (false, "self", "My manager and I use the same words"),
        (true, "self", "Mon manager et moi employons les mêmes mots"),
        (false, "my manager", "Sam and I use the same words"),
        (true, "mon manager", "Sam et moi employons les mêmes mots"),
    ];
    for (french, respondent, expected) in cases {
        let mut app = space(personal_data(&written(french)), french);
        app.me = Some("sam".into());
        let subject = if french { "mon manager" } else { "my manager" };
        let flow = Flow::start(
            trust_in(if french { "fr" } else { "en" }),
            subject,
            respondent,
            "LOWER".into(),
            Timestamp::parse("2026-11-26T17:43:33Z").unwrap(),
        );
        update(&mut app, Msg::Began(Box::new(flow), None));
        let text = render(&app, 80, 24);
        assert!(text.contains(expected), "{expected:?}:\n{text}");
    }
}

/// The other side's results and review say whose view it is, as the question does, in both
/// languages: never "Team Atlas · Team Atlas".
#[test]
fn the_other_sides_headers_say_whose_view_it_is() {
    for french in [false, true] {
        let app = |name: &str| {
            coach_screens(french)
                .into_iter()
                .find(|(n, _)| *n == name)
                .unwrap()
                .1
        };
        let (view, results, review) = if french {
            (
                "Regard porté par Team Atlas sur Marie",
                "Résultats · ",
                "Relecture · ",
            )
        } else {
            ("Team Atlas's view of Marie", "Results · ", "Review · ")
        };
        let text = render(&app("coach_review_notes"), 80, 24);
        assert!(text.contains(&format!("{review}{view}")), "{text}");
        let mut theirs = app("coach_results_notes");
        update(&mut theirs, Msg::Resume);
        let text = render(&theirs, 80, 24);
        assert!(text.contains(&format!("{results}{view}")), "{text}");
        assert!(!text.contains("Team Atlas · Team Atlas"), "{text}");
    }
}
