//! Screens that tell the truth (issue 23, items 13–20), each at 80×24, 120×40 and 60×20:
//! two views of one day told apart by their time; the key bar's most useful keys first;
//! the clients with a check-in due; a radar's grid unlike its lines without colour; whose
//! view a question is; the whole ladder on screen.

use crate::common::coach::{coach_screens, personal_data, space, written};
use crate::common::fixtures::*;
use crate::common::render::{render, rows};
use confiance::tui::app::Data;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (60, 20)];

fn after(mut app: App, msgs: &[Msg]) -> App {
    for msg in msgs {
        update(&mut app, msg.clone());
    }
    app
}

/// Alice assessed twice on one day, in the morning and in the evening.
fn one_day() -> Data {
    Data {
        assessments: vec![
            stored("D1", "Alice", "self", "2026-11-20T09:10:00Z", &[2, 3, 2]),
            stored("D2", "Alice", "self", "2026-11-20T16:40:00Z", &[4, 5, 4]),
        ],
        ..Data::default()
    }
}

#[test]
fn two_views_of_one_day_are_told_apart_by_their_time() {
    let compare = after(home(one_day(), Theme::colour()), &[Msg::Open, Msg::Compare]);
    for (w, h) in SIZES {
        let shown = render(&compare, w, h);
        insta::assert_snapshot!(format!("compare_one_day_{w}x{h}"), shown);
    }
    let shown = render(&compare, 120, 40);
    assert!(shown.contains("you (2026-11-20 09:10)"), "{shown}");
    assert!(shown.contains("you (2026-11-20 16:40)"), "{shown}");
    // The list of assessments too, at every size.
    for (w, h) in SIZES {
        let shown = render(&compare, w, h);
        assert!(shown.contains("[x] 2026-11-20 16:40"), "{w}×{h}: {shown}");
    }
    let trends = after(home(one_day(), Theme::colour()), &[Msg::Open, Msg::Trends]);
    for (w, h) in SIZES {
        let shown = render(&trends, w, h);
        // The table too: two rows of one day say their time.
        assert!(shown.contains("2026-11-20 16:40  you"), "{w}×{h}: {shown}");
        insta::assert_snapshot!(format!("trends_one_day_{w}x{h}"), shown);
    }
}

#[test]
fn the_key_bar_shows_the_most_useful_keys_first_at_every_width() {
    // Alice has assessments and a draft: `a`, Enter and `r` act on her row.
    let mut data = filled_data();
    let mut draft = stored("D2", "Alice", "self", "2026-11-26T09:30:00Z", &[4]);
    draft.assessment.completed = None;
    draft.assessment.answers.truncate(5);
    data.drafts.push(draft);
    let mut app = home(data, Theme::colour());
    let wide_bar = |app: &App| rows(app, 120, 20).pop().unwrap();
    for _ in 0..10 {
        let bar = wide_bar(&app);
        if bar.contains("Enter results") && bar.contains(" r resume draft") {
            break;
        }
        update(&mut app, Msg::Down);
    }
    let bar = wide_bar(&app);
    assert!(
        bar.contains(" r resume draft"),
        "no subject with a draft: {bar}"
    );
    let mut bars = String::new();
    for width in [60, 80, 120] {
        let bar = rows(&app, width, 20).pop().unwrap();
        bars.push_str(&format!("{width:>3} |{bar}|\n"));
        assert!(bar.trim_start().starts_with("a new assessment"), "{bar}");
    }
    insta::assert_snapshot!("home_bar_on_a_subject_with_a_draft", bars);
    let narrow = rows(&app, 60, 20).pop().unwrap();
    assert!(
        !narrow.contains("r resume"),
        "`r` goes before `a`: {narrow}"
    );
}

#[test]
fn the_coachs_home_says_which_clients_have_a_check_in_due() {
    for french in [false, true] {
        let app = space(personal_data(&written(french)), french);
        for (w, h) in SIZES {
            let lang = if french { "fr" } else { "en" };
            insta::assert_snapshot!(format!("coach_home_due_{lang}_{w}x{h}"), render(&app, w, h));
        }
        let shown = rows(&app, 80, 24);
        let line = |name: &str| shown.iter().find(|r| r.contains(name)).unwrap().clone();
        let (two, none) = if french {
            ("2 à faire", "à faire")
        } else {
            ("2 due", "due")
        };
        assert!(line("Marie").contains(two), "{}", line("Marie"));
        assert!(!line("Jonas").contains(none), "{}", line("Jonas"));
    }
}

#[test]
fn without_colour_the_radar_grid_is_drawn_in_marks_unlike_its_lines() {
    let app = after(home(filled_data(), Theme::mono()), &[Msg::Open]);
    for (w, h) in SIZES {
        let shown = render(&app, w, h);
        assert!(shown.contains('∙'), "{w}×{h}: no grid mark:\n{shown}");
        insta::assert_snapshot!(format!("results_no_color_{w}x{h}"), shown);
    }
}

#[test]
fn the_other_sides_question_says_whose_view_it_is() {
    for (french, said) in [
        (false, "Team Atlas's view of Marie"),
        (true, "Regard porté par Team Atlas sur Marie"),
    ] {
        let (_, app) = coach_screens(french)
            .into_iter()
            .find(|(n, _)| *n == "coach_question_other_side")
            .unwrap();
        for (w, h) in SIZES {
            let shown = render(&app, w, h);
            assert!(!shown.contains("Team Atlas · Team Atlas"), "{shown}");
            let top = rows(&app, w, h).remove(0);
            assert!(top.contains(said), "{w}×{h}: whose view, in full: {top}");
            let lang = if french { "fr" } else { "en" };
            insta::assert_snapshot!(format!("question_other_side_{lang}_{w}x{h}"), shown);
        }
        let top = rows(&app, 120, 40).remove(0);
        assert!(top.contains(said), "{top}");
    }
}

#[test]
fn the_whole_ladder_is_on_screen_with_the_stage_reached_marked() {
    for french in [false, true] {
        let mut app = home(filled_data(), Theme::colour());
        if french {
            app = in_french(app);
        }
        let results = after(app, &[Msg::Open]);
        // The results offer it under the stage, and their bar on a common terminal when
        // there is room (the French words are longer).
        let offered = if french {
            "l affiche l’échelle"
        } else {
            "l shows the whole ladder"
        };
        let shown = rows(&results, 120, 40).join("\n");
        assert!(shown.contains(offered), "{shown}");
        if !french {
            let bar = rows(&results, 80, 24).pop().unwrap();
            assert!(bar.contains("l ladder"), "{bar}");
        }
        let app = after(results, &[Msg::Ladder]);
        for (w, h) in SIZES {
            let lang = if french { "fr" } else { "en" };
            insta::assert_snapshot!(format!("results_ladder_{lang}_{w}x{h}"), render(&app, w, h));
        }
        let shown = rows(&app, 120, 40).join("\n");
        let stages = &trust_in(if french { "fr" } else { "en" }).stages;
        for stage in stages {
            assert!(shown.contains(&stage.name), "{}:\n{shown}", stage.name);
        }
        assert_eq!(shown.matches('▶').count(), 1, "{shown}");
        // Stepping to the assessment before keeps the ladder open, at that one's stage.
        let before = after(app.clone(), &[Msg::Prev]);
        let earlier = rows(&before, 120, 40);
        assert_ne!(earlier[0], rows(&app, 120, 40)[0], "no earlier assessment");
        assert_eq!(earlier.join("\n").matches('▶').count(), 1);
        // `l` again, or Esc, comes back to the scores.
        for back in [Msg::Ladder, Msg::Back] {
            let scores = after(app.clone(), &[back]);
            assert!(!rows(&scores, 120, 40).join("\n").contains('▶'));
        }
    }
}
