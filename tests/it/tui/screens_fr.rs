//! Every screen in French: snapshots at 80×24 (and the wide ones at 120×40), the help of each
//! screen, the enlarge message and a status message; and no English word from the interface's
//! tables left on any of them.

use std::collections::BTreeSet;

use crate::common::coach::{self, with};
use crate::common::fixtures::*;
use crate::common::items;
use crate::common::render::render;
use confiance::flow::Step;
use confiance::i18n::{Common, TuiHelp, TuiKeys, TuiScreens, TuiStatus};
use confiance::tui::app::Data;
use confiance::tui::field::Edit;
use confiance::tui::note::NoteEdit;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};

/// The home screen with drafts only: one barely begun, one further on.
fn drafts_only() -> Data {
    let filled = filled_data();
    let mut begun = filled.drafts[0].clone();
    begun.assessment.id = "D2".into();
    begun.assessment.subject = "Équipe Atlas".into();
    begun.assessment.respondent = "Chloé".into();
    begun.assessment.answers.truncate(1);
    Data {
        assessments: vec![],
        drafts: vec![filled.drafts[0].clone(), begun],
        problems: 2,
        ..Data::default()
    }
}

fn typed_note(app: App, text: &str) -> App {
    let edits = text.chars().map(|c| match c {
        '\n' => Msg::Note(NoteEdit::newline()),
        c => Msg::Note(NoteEdit::char(c)),
    });
    with(app, [Msg::OpenNote].into_iter().chain(edits))
}

fn screens() -> Vec<(&'static str, App)> {
    let theme = Theme::colour();
    let filled = in_french(home(filled_data(), theme));
    let results = with(filled.clone(), [Msg::Open]);
    let question = assessing_in_french(2, theme);
    let note = typed_note(
        assessing_in_french(3, theme),
        "Nous avons dit « fini » deux fois,\nsans parler de la même chose",
    );
    // Question 4 skipped, then back to it with a note.
    let marks = with(
        assessing_in_french(3, theme),
        [
            Msg::Flow(Step::Skip),
            Msg::Flow(Step::Back),
            Msg::Flow(Step::Note(Some("À revoir avec Alice".into()))),
        ],
    );
    // The review with question 2 skipped.
    let mut review = with(assessing_in_french(1, theme), [Msg::Flow(Step::Skip)]);
    for i in 0..items() - 2 {
        update(&mut review, Msg::Flow(Step::Answer([4, 2, 5, 3][i % 4])));
    }
    let review = with(review, [Msg::Flow(Step::Select(3 - items() as isize))]);
    let form = with(filled.clone(), [Msg::New, Msg::Edit(Edit::Insert('A'))]);
    let help = |app: &App| with(app.clone(), [Msg::Help]);
    vec![
        ("home_first_run", in_french(home(Data::default(), theme))),
        ("home_loading", {
            let mut app = in_french(home(Data::default(), theme));
            app.loading = true;
            app
        }),
        ("home_filled", filled.clone()),
        (
            "home_drafts",
            with(in_french(home(drafts_only(), theme)), [Msg::Down]),
        ),
        ("form", form.clone()),
        (
            "form_no_subject",
            // The subject selected on home is filled in: cleared, then Enter.
            with(
                filled.clone(),
                [Msg::New, Msg::Edit(Edit::Clear), Msg::Submit],
            ),
        ),
        ("question", question.clone()),
        ("question_marks", marks),
        ("note_editor", note.clone()),
        ("note_discard", with(note, [Msg::Back])),
        (
            "note_too_long",
            with(
                assessing_in_french(3, theme),
                [
                    Msg::OpenNote,
                    Msg::Paste("x".repeat(confiance::assessment::MAX_NOTE_BYTES + 10)),
                ],
            ),
        ),
        ("review", review.clone()),
        ("results", results.clone()),
        ("results_earlier", with(results.clone(), [Msg::Prev])),
        ("trends", with(results.clone(), [Msg::Trends, Msg::Down])),
        (
            "trends_need_two",
            with(filled.clone(), [Msg::Down, Msg::Open, Msg::Trends]),
        ),
        ("compare", with(results.clone(), [Msg::Compare])),
        ("help_home", help(&filled)),
        ("help_question", help(&question)),
        ("help_review", help(&review)),
        ("help_results", help(&results)),
        ("help_trends", help(&with(results.clone(), [Msg::Trends]))),
        ("help_compare", help(&with(results.clone(), [Msg::Compare]))),
        (
            "status_save_failed",
            with(question, [Msg::SaveFailed("Read-only file system".into())]),
        ),
    ]
    .into_iter()
    // A coach's screens, in French.
    .chain(coach::coach_screens(true))
    .collect()
}

#[test]
fn every_screen_in_french_at_80x24() {
    for (name, app) in screens() {
        insta::assert_snapshot!(format!("fr_{name}_80x24"), render(&app, 80, 24));
    }
}

#[test]
fn the_wide_screens_in_french_at_120x40() {
    for (name, app) in screens() {
        if ["results", "trends", "compare"].contains(&name) {
            insta::assert_snapshot!(format!("fr_{name}_120x40"), render(&app, 120, 40));
        }
    }
}

#[test]
fn a_small_terminal_is_asked_in_french_to_grow() {
    let app = in_french(home(filled_data(), Theme::colour()));
    insta::assert_snapshot!("fr_enlarge_30x8", render(&app, 30, 8));
}

/// The words of the English tables (five letters or more) that no French table uses: one of
/// them on a French screen is a string left untranslated.
fn english_only_words() -> BTreeSet<String> {
    let tables = [
        (TuiScreens::EN.entries(), TuiScreens::FR.entries()),
        (TuiKeys::EN.entries(), TuiKeys::FR.entries()),
        (TuiHelp::EN.entries(), TuiHelp::FR.entries()),
        (TuiStatus::EN.entries(), TuiStatus::FR.entries()),
        (Common::EN.entries(), Common::FR.entries()),
    ];
    // Holes (`{answered}`) are names in code, not words on screen.
    let words = |text: &str| -> Vec<String> {
        let mut shown = String::new();
        let mut in_hole = false;
        for c in text.chars() {
            match c {
                '{' => in_hole = true,
                '}' => in_hole = false,
                c if !in_hole => shown.push(c),
                _ => {}
            }
        }
        shown
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_lowercase)
            .collect()
    };
    let mut english = BTreeSet::new();
    let mut french = BTreeSet::new();
    for (en, fr) in tables {
        en.iter().for_each(|(_, t)| english.extend(words(t)));
        fr.iter().for_each(|(_, t)| french.extend(words(t)));
    }
    english.difference(&french).cloned().collect()
}

#[test]
fn no_english_word_is_left_on_a_french_screen() {
    let english = english_only_words();
    let seen_in = |screen: &str| -> Vec<String> {
        screen
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| english.contains(&w.to_lowercase()))
            .map(str::to_string)
            .collect()
    };
    let in_english = render(&home(filled_data(), Theme::colour()), 80, 24);
    assert!(
        seen_in(&in_english).len() > 5,
        "the check sees English: {:?}",
        seen_in(&in_english)
    );
    for (name, app) in screens() {
        for (width, height) in [(80, 24), (120, 40), (40, 12)] {
            let screen = render(&app, width, height);
            let left = seen_in(&screen);
            assert!(
                left.is_empty(),
                "{name} at {width}×{height}: {left:?}\n{screen}"
            );
        }
    }
}

#[test]
fn the_french_screens_say_vous_for_self_and_read_results_in_french() {
    let screens = screens();
    let screen = |name: &str| {
        let (_, app) = screens.iter().find(|(n, _)| *n == name).unwrap();
        render(app, 120, 40)
    };
    assert!(screen("home_filled").contains("Bob · vous · commencé le"));
    let results = screen("results");
    assert!(results.contains("Résultats · Alice · vous"), "{results}");
    // The assessments were made in English: shown in the French questionnaire's words.
    assert!(results.contains("Vertus") && results.contains("Par où commencer"));
    assert!(results.contains("Étape 4 sur 6"), "{results}");
    assert!(!results.contains("Common language"), "{results}");
    assert!(screen("compare").contains("Plus grands écarts"));
}

/// At 80×24 the review cuts neither a statement nor an answer: a row is as tall as they
/// need, and every one is read whole on the way down.
#[test]
fn the_review_at_80x24_cuts_no_statement_and_no_answer() {
    let (_, mut review) = screens().into_iter().find(|(n, _)| *n == "review").unwrap();
    for _ in 0..items() {
        let text = render(&review, 80, 24);
        assert!(!text.contains('…'), "{text}");
        update(&mut review, Msg::Down);
    }
    let text = render(&review, 80, 24);
    assert!(text.contains("Ni d’accord ni pas"), "{text}");
}

/// Compare at 80×24 with every assessment ticked: the columns are headed by names with yours
/// first, "Plus grands écarts" never stands alone above "↓ suite", and a blank row parts the
/// page from the list.
#[test]
fn compare_at_80x24_heads_its_columns_and_keeps_its_sections_apart() {
    let (_, compare) = screens()
        .into_iter()
        .find(|(n, _)| *n == "compare")
        .unwrap();
    let text = render(&compare, 80, 24);
    assert!(text.contains("vous Alice écart"), "{text}");
    let mut all = compare;
    for _ in 0..4 {
        update(&mut all, Msg::Up);
    }
    update(&mut all, Msg::Tick);
    update(&mut all, Msg::Down);
    update(&mut all, Msg::Tick);
    let rows: Vec<String> = crate::common::render::rows(&all, 80, 24);
    let text = rows.join("\n");
    assert!(text.contains("[x] 2026-06-01"), "four ticked:\n{text}");
    let list = rows.iter().position(|r| r.contains("Évaluations")).unwrap();
    assert_eq!(rows[list - 1].trim(), "", "{text}");
    if let Some(heading) = rows.iter().position(|r| r.contains("Plus grands écarts")) {
        assert!(!rows[heading + 1].contains("↓ suite"), "{text}");
    }
}
