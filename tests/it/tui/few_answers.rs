//! Results that say what the answers can carry: a dimension with too few answers has no score
//! and says so, the overall score says how many dimensions it is made of, a stage is called
//! an indication, reversed statements answered like the others are pointed at, and the
//! outcome statements say they count in no score.

use crate::common::fixtures::*;
use crate::common::render::render;
use confiance::tui::app::Data;
use confiance::tui::theme::Theme;
use confiance::tui::{Msg, update};

/// Bob's view: the first two statements (of Common language's three) "don't know", the rest
/// answered `rest`.
fn bob(rest: i64) -> Data {
    let mut values = vec![rest; 24];
    values[0] = 0;
    values[1] = 0;
    Data {
        assessments: vec![stored("B1", "Bob", "self", "2026-11-01T10:00:00Z", &values)],
        ..Data::default()
    }
}

fn results(data: Data) -> confiance::tui::App {
    let mut app = home(data, Theme::colour());
    update(&mut app, Msg::Open);
    app
}

#[test]
fn a_dimension_with_one_answer_of_three_has_no_score_and_says_why() {
    let app = results(bob(3));
    let wide = render(&app, 120, 40);
    assert!(wide.contains("1/3 not enough answers"), "{wide}");
    assert!(wide.contains("(7 of 8 dimensions scored)"), "{wide}");
    assert!(
        wide.contains("A stage is an indication, not a verdict."),
        "{wide}"
    );
    // Where the words do not fit whole, the count stands alone: no sentence cut short.
    let narrow = render(&app, 80, 24);
    assert!(narrow.contains(" – 1/3 "), "{narrow}");
    assert!(!narrow.contains("not e…"), "{narrow}");
}

#[test]
fn reversed_statements_answered_like_the_others_are_pointed_at() {
    // "Agree" everywhere, reversed statements included: every dimension but the first (whose
    // reversed statement is one of the "don't know") contradicts itself.
    let app = results(bob(4));
    let mut shown = String::new();
    let mut app = app;
    for _ in 0..4 {
        shown.push_str(&render(&app, 120, 40));
        update(&mut app, Msg::Scroll(20));
    }
    assert!(shown.contains("Look again"), "{shown}");
    assert!(shown.contains("• Common vision:"), "{shown}");
    assert!(!shown.contains("• Common language:"), "{shown}");
    // Answered in the middle, nothing contradicts.
    let calm = results(bob(3));
    assert!(!render(&calm, 120, 40).contains("Look again"));
}

/// The outcome statements are asked last, under a heading of their own that says they count in
/// no score, in both languages.
#[test]
fn the_outcome_statements_say_they_are_not_scored() {
    let last = crate::common::items() - 1;
    let en = render(&assessing(last, Theme::colour()), 80, 24);
    assert!(en.contains("What goes with this level of trust"), "{en}");
    assert!(
        en.contains("Asked beside the scores, never counted in them."),
        "{en}"
    );
    let fr = render(&assessing_in_french(last, Theme::colour()), 80, 24);
    assert!(
        fr.contains("Ce qui accompagne ce niveau de confiance"),
        "{fr}"
    );
    assert!(fr.contains("jamais comptée dedans"), "{fr}");
}
