//! Texts use the width there is: review items whole at 120 columns (on two lines if need be), full dimension names on
//! the results, the scale's options grouped under the statement at 200 columns, and a long
//! subject shortened in the question's header instead of pushing it off.

use crate::common::fixtures::*;
use crate::common::items;
use crate::common::render::rows;
use confiance::flow::{Flow, Step};
use confiance::time::Timestamp;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};

#[test]
fn review_items_take_the_width_left_by_the_answers() {
    let mut app = assessing(items(), Theme::mono());
    update(&mut app, Msg::Flow(Step::Select(-1000)));
    // At 120 and 160 columns nothing is cut: a long text takes a second line.
    for width in [120, 160] {
        let shown = rows(&app, width, 60);
        let items = shown.iter().filter(|r| r.contains(". ")).count();
        assert!(items >= 20, "{shown:#?}");
        assert!(
            shown.iter().all(|r| !r.contains('…')),
            "cut at {width}: {shown:#?}"
        );
    }
    // At 80 a text is cut only after two lines.
    for row in rows(&app, 80, 60).iter().filter(|r| r.contains('…')) {
        assert!(row.trim_start().len() > 30, "{row}");
    }
}

#[test]
fn results_give_full_dimension_names_when_they_fit() {
    let mut app = home(filled_data(), Theme::mono());
    update(&mut app, Msg::Open);
    update(&mut app, Msg::Resize(120, 40));
    let shown = rows(&app, 120, 40).join("\n");
    assert!(shown.contains("Attribution of credit"), "{shown}");
    assert!(shown.contains("Closeness of ties"), "{shown}");
}

#[test]
fn the_scale_stays_grouped_on_a_wide_screen() {
    let app = assessing(0, Theme::mono());
    let shown = rows(&app, 200, 50);
    let scale = shown
        .iter()
        .find(|r| r.contains(" 1 ") && r.contains(" 5 "))
        .expect("the scale's numbers");
    let five = scale.find(" 5 ").unwrap();
    assert!(five < 130, "option 5 at column {five}: {scale}");
}

#[test]
fn a_long_subject_is_shortened_in_the_header() {
    let subject = "Marie ".repeat(47);
    let flow = Flow::start(
        trust(),
        subject.trim(),
        "self",
        "L1".into(),
        Timestamp::from_unix(0, 0),
    );
    let mut app = at_test_time(App::new(
        filled_data(),
        confiance::tui::Origin::Home,
        Theme::mono(),
    ));
    update(&mut app, Msg::Began(Box::new(flow), None));
    let shown = rows(&app, 80, 24);
    assert!(shown[0].contains('…'), "{shown:#?}");
    assert!(
        shown[0].trim_start().starts_with("Trust"),
        "the title stays: {shown:#?}"
    );
    assert!(
        shown.iter().any(|r| r.contains("Question 1 of 29")),
        "the question is still there: {shown:#?}"
    );
}

#[test]
fn a_hundred_assessments_are_counted_whole_on_home() {
    let mut data = filled_data();
    for day in 0..100 {
        let when = format!("2025-{:02}-{:02}T10:00:00Z", day / 28 + 1, day % 28 + 1);
        data.assessments
            .push(stored(&format!("C{day}"), "Cyril", "self", &when, &[3]));
    }
    let app = home(data, Theme::mono());
    for width in [80, 120] {
        let shown = rows(&app, width, 24).join("\n");
        assert!(shown.contains("100 assessments"), "{shown}");
        assert!(
            shown.contains("  4 assessments"),
            "numbers aligned:\n{shown}"
        );
    }
}

#[test]
fn a_long_subject_is_shortened_with_an_ellipsis_on_home() {
    let mut data = filled_data();
    let long = "Alexandrine-Marguerite de la Tour d'Auvergne";
    data.assessments
        .push(stored("L1", long, "self", "2026-11-21T10:00:00Z", &[3]));
    let app = home(data, Theme::mono());
    let shown = rows(&app, 80, 24).join("\n");
    assert!(shown.contains("Alexandrine-Margueri…"), "{shown}");
}
