//! Every screen rendered with ratatui's TestBackend: snapshots at 80×24 and 40×12, a
//! monochrome (NO_COLOR) variant, and no panic at small sizes, around every breakpoint of
//! the layouts and at random sizes up to 300×100.

use crate::common::fixtures::*;
use crate::common::render::{render, renders_at, terminal};
use crate::common::{coach, items};
use confiance::flow::Step;
use confiance::tui::app::{Data, Overlay};
use confiance::tui::field::Edit;
use confiance::tui::note::NoteEdit;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;

fn screens() -> Vec<(&'static str, App)> {
    let theme = Theme::colour();
    let empty = home(Data::default(), theme);
    let mut loading = home(Data::default(), theme);
    loading.loading = true;
    let filled = home(filled_data(), theme);
    let question = assessing(2, theme);
    let mut note = assessing(3, theme);
    update(&mut note, Msg::OpenNote);
    for c in "We said \"done\" twice,\nmeaning two things".chars() {
        let edit = if c == '\n' {
            NoteEdit::newline()
        } else {
            NoteEdit::char(c)
        };
        update(&mut note, Msg::Note(edit));
    }
    let mut discard = note.clone();
    update(&mut discard, Msg::Back);
    let mut help = assessing(1, theme);
    update(&mut help, Msg::Help);
    let mut review = assessing(items(), theme);
    update(&mut review, Msg::Flow(Step::Select(-3)));
    let mut results = home(filled_data(), theme);
    update(&mut results, Msg::Open);
    let mut trends = results.clone();
    update(&mut trends, Msg::Trends);
    update(&mut trends, Msg::Down);
    let mut compare = results.clone();
    update(&mut compare, Msg::Compare);
    let mut earlier = results.clone();
    update(&mut earlier, Msg::Prev);
    let mut form = home(filled_data(), theme);
    update(&mut form, Msg::New);
    update(&mut form, Msg::Edit(Edit::Insert('A')));
    vec![
        ("home_empty", empty),
        ("home_loading", loading),
        ("home_filled", filled),
        ("form", form),
        ("question", question),
        ("note_editor", note),
        ("note_discard", discard),
        ("help", help),
        ("review", review),
        ("results", results),
        ("results_earlier", earlier),
        ("trends", trends),
        ("compare", compare),
    ]
}

#[test]
fn snapshots_at_80x24_and_40x12() {
    for (name, app) in screens() {
        for (w, h) in [(80, 24), (40, 12)] {
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), terminal(&app, w, h).backend());
        }
    }
}

#[test]
fn seeing_screens_at_120x40() {
    for (name, app) in screens() {
        if ["results", "trends", "compare"].contains(&name) {
            insta::assert_snapshot!(format!("{name}_120x40"), terminal(&app, 120, 40).backend());
        }
    }
}

#[test]
fn results_step_through_time_and_compare_defaults_to_my_view_vs_theirs() {
    let (_, results) = screens()
        .into_iter()
        .find(|(n, _)| *n == "results")
        .unwrap();
    let text = render(&results, 120, 40);
    assert!(
        text.contains("3 of 3") && text.contains("2026-11-20"),
        "your latest first, the third of your three"
    );
    assert!(
        text.contains("Where to start"),
        "the weakest dimensions with advice"
    );
    assert!(text.contains("Next: "), "what the next stage needs");
    let mut earlier = results.clone();
    update(&mut earlier, Msg::Prev);
    let text = render(&earlier, 120, 40);
    assert!(
        text.contains("2 of 3") && text.contains("2026-09-01"),
        "your previous one, not Alice's view in between:\n{text}"
    );
    let mut theirs = results.clone();
    update(&mut theirs, Msg::Resume);
    let text = render(&theirs, 120, 40);
    assert!(
        text.contains("Results · Alice's view · 2026-10-01") && text.contains("1 of 1"),
        "r: the other respondent's view:\n{text}"
    );
    let mut compare = results.clone();
    update(&mut compare, Msg::Compare);
    match &compare.screen {
        confiance::tui::app::Screen::Compare(state) => {
            assert_eq!(state.ticked, ["A3", "A4"], "the latest of each respondent")
        }
        other => panic!("not on compare: {other:?}"),
    }
    let text = render(&compare, 120, 40);
    assert!(text.contains("Largest gaps"), "{text}");
    let mut trends = results.clone();
    update(&mut trends, Msg::Trends);
    let text = render(&trends, 120, 40);
    assert!(
        text.contains("▲") || text.contains("▼"),
        "changes since the previous assessment:\n{text}"
    );
}

#[test]
fn trends_with_one_assessment_say_they_need_two() {
    let mut app = home(filled_data(), Theme::colour());
    update(&mut app, Msg::Down);
    update(&mut app, Msg::Open);
    update(&mut app, Msg::Trends);
    let text = render(&app, 80, 24);
    assert!(text.contains("Trends need two assessments"), "{text}");
}

#[test]
fn no_colour_theme_snapshot_and_highlight_without_colour() {
    let mut app = assessing(2, Theme::mono());
    update(&mut app, Msg::Flow(Step::Highlight(1)));
    let terminal = terminal(&app, 80, 24);
    insta::assert_snapshot!("question_no_color_80x24", terminal.backend());
    let buffer = terminal.backend().buffer();
    let mut reversed = 0;
    for cell in buffer.content() {
        assert_eq!(
            (cell.fg, cell.bg),
            (ratatui::style::Color::Reset, ratatui::style::Color::Reset),
            "no colour under NO_COLOR"
        );
        if cell.modifier.contains(Modifier::REVERSED) {
            reversed += 1;
        }
    }
    assert!(
        reversed > 0,
        "the highlighted choice is shown in reverse video"
    );
}

/// The text of the first row drawn in reverse video: the highlighted point of the scale.
fn highlighted(app: &App) -> String {
    let terminal = terminal(app, 80, 24);
    let buf = terminal.backend().buffer();
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            (area.left()..area.right())
                .map(|x| &buf[(x, y)])
                .filter(|c| c.modifier.contains(Modifier::REVERSED))
                .map(|c| c.symbol())
                .collect::<String>()
        })
        .find(|row| !row.is_empty())
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn the_highlight_follows_the_arrow_keys() {
    let mut app = assessing(0, Theme::mono());
    assert_eq!(
        highlighted(&app),
        "",
        "nothing suggested before the person moves"
    );
    update(&mut app, Msg::Flow(Step::Confirm));
    let text = render(&app, 80, 24);
    assert!(text.contains("Choose a point first"), "{text}");
    assert_eq!(
        app.flow().map(|f| f.settled()),
        Some(0),
        "Enter answers nothing"
    );
    update(&mut app, Msg::Flow(Step::Highlight(1)));
    assert_eq!(
        highlighted(&app),
        "3",
        "the first move starts from the middle"
    );
    update(&mut app, Msg::Flow(Step::Highlight(1)));
    assert_eq!(highlighted(&app), "4");
    for _ in 0..3 {
        update(&mut app, Msg::Flow(Step::Highlight(-1)));
    }
    assert_eq!(highlighted(&app), "1");
    update(&mut app, Msg::Flow(Step::Highlight(-1)));
    assert_eq!(highlighted(&app), "1", "stops at the end of the scale");
}

#[test]
fn the_note_editor_shows_what_was_typed() {
    let (_, app) = screens()
        .into_iter()
        .find(|(n, _)| *n == "note_editor")
        .unwrap();
    assert!(matches!(&app.overlay, Some(Overlay::Note(t)) if t.text().contains("\"done\"")));
    let text = render(&app, 80, 24);
    assert!(text.contains("We said \"done\" twice,"));
    assert!(text.contains("meaning two things"));
}

/// Widths and heights around each layout breakpoint of the views (the screen's size, so the
/// body's margins, status and footer included): the minimum size, the scale's labelled
/// columns, the radar beside the panels, the tall question with its intro.
/// (Large sizes, which are no breakpoint, are the random sweep's: up to 300×100.)
const WIDTHS: &[u16] = &[
    35, 36, 37, 49, 50, 51, 61, 62, 63, 71, 72, 73, 79, 80, 81, 111, 112, 113, 120,
];
const HEIGHTS: &[u16] = &[
    9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
];

/// Every screen, a coach's too: what the size sweeps draw.
fn swept() -> Vec<(&'static str, App)> {
    let mut all = screens();
    all.extend(coach::coach_screens(false));
    all.extend(coach::coach_screens(true));
    all
}

#[test]
fn no_panic_at_small_sizes() {
    let screens = swept();
    let mut buf = Buffer::empty(Rect::new(0, 0, 300, 100));
    for width in 1..=40 {
        for height in 1..=14 {
            renders_at(&screens, &mut buf, width, height);
        }
    }
}

/// Every screen at every breakpoint height, for the breakpoint widths chosen by `keep`: the
/// sweep is cut in two tests so that the test threads share it.
fn around_breakpoints(keep: impl Fn(usize) -> bool) {
    let screens = swept();
    let mut buf = Buffer::empty(Rect::new(0, 0, 300, 100));
    for (_, &width) in WIDTHS.iter().enumerate().filter(|(i, _)| keep(*i)) {
        for &height in HEIGHTS {
            renders_at(&screens, &mut buf, width, height);
        }
    }
}

#[test]
fn no_panic_around_the_even_breakpoint_widths() {
    around_breakpoints(|i| i % 2 == 0);
}

#[test]
fn no_panic_around_the_odd_breakpoint_widths() {
    around_breakpoints(|i| i % 2 == 1);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(32))]
    #[test]
    fn no_panic_at_random_sizes(width in 1u16..=300, height in 1u16..=100) {
        thread_local! {
            static SCREENS: Vec<(&'static str, App)> = swept();
        }
        let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
        SCREENS.with(|screens| renders_at(screens, &mut buf, width, height));
    }
}

#[test]
fn the_note_editor_says_when_a_note_is_too_long() {
    let mut app = assessing(3, Theme::colour());
    update(&mut app, Msg::OpenNote);
    update(
        &mut app,
        Msg::Paste("x".repeat(confiance::assessment::MAX_NOTE_BYTES + 10)),
    );
    for (w, h) in [(80, 24), (40, 12)] {
        let text = render(&app, w, h);
        assert!(text.contains("Notes are limited to 64 KiB."), "{text}");
        assert!(text.contains("xxxx"), "the text keeps a row:\n{text}");
    }
}

/// The text drawn in reverse video anywhere on a screen of `width`×`height`.
fn reversed_text(app: &App, width: u16, height: u16) -> String {
    let terminal = terminal(app, width, height);
    let buf = terminal.backend().buffer();
    buf.content()
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED))
        .map(|c| c.symbol())
        .collect::<String>()
}

#[test]
fn the_selected_home_row_stays_in_view_when_the_lists_overflow() {
    let mut data = filled_data();
    for i in 0..30 {
        let id = format!("S{i:02}");
        data.assessments.push(stored(
            &id,
            &format!("Subject {i:02}"),
            "self",
            "2026-05-01T10:00:00Z",
            &[3],
        ));
    }
    for i in 0..6 {
        let mut draft = data.drafts[0].clone();
        draft.assessment.subject = format!("Draft {i}");
        draft.assessment.id = format!("D{}", i + 2);
        data.drafts.push(draft);
    }
    let mut app = home(data, Theme::mono());
    let rows = app.home_rows();
    assert_eq!(rows, 2 + 30 + 7);
    for (width, height) in [(40, 12), (80, 24)] {
        for step in 0..rows {
            let seen = reversed_text(&app, width, height);
            assert!(
                seen.contains("Subject")
                    || seen.contains("Alice")
                    || seen.contains("Team")
                    || seen.contains("Bob")
                    || seen.contains("Draft"),
                "row {step} at {width}×{height} is not in view: {seen:?}"
            );
            update(&mut app, Msg::Down);
        }
        for _ in 0..rows {
            update(&mut app, Msg::Up);
        }
    }
}
