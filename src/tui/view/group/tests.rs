//! The group's screen as a person sees it: snapshots at the common sizes and in French, no
//! number while too few answered, the gaps said in words, and no panic at any size.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::i18n::Lang;
use crate::tui::app::{App, Msg, Screen};
use crate::tui::keys::tests::states;
use crate::tui::update::update;

fn state(name: &str) -> App {
    states::all()
        .into_iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no state {name}"))
        .1
}

fn text(app: &App, width: u16, height: u16) -> String {
    let mut app = app.clone();
    update(&mut app, Msg::Resize(width, height));
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    (&app).render(area, &mut buf);
    (0..height)
        .map(|y| {
            let row: String = (0..width).map(|x| buf[(x, y)].symbol()).collect();
            row.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// In French, with the catalog that names the dimensions in French.
fn french(mut app: App) -> App {
    app.lang = Lang::Fr;
    app.catalog = std::sync::Arc::new(crate::questionnaire::Catalog::builtin());
    app
}

#[test]
fn snapshots_at_common_sizes_and_in_french() {
    for name in ["group", "group withheld", "group board"] {
        for (w, h) in [(80, 24), (120, 40), (40, 12)] {
            let shot = format!("{}_{w}x{h}", name.replace(' ', "_"));
            insta::assert_snapshot!(shot, text(&state(name), w, h));
        }
    }
    insta::assert_snapshot!("group_fr_100x30", text(&french(state("group")), 100, 30));
}

#[test]
fn too_few_answers_show_no_number() {
    let shown = text(&state("group withheld"), 120, 40);
    assert!(shown.contains("3 answers are needed before the group's view is shown; 2 so far."));
    assert!(!shown.contains("Median  Spread"), "{shown}");
    assert!(!shown.contains("How many gave each answer"), "{shown}");
    // The earlier time, which had enough, is listed with its median; this one is withheld.
    assert!(shown.contains("▸ 2026-11-20  withheld: 3 answers needed · 2 of 8 answered"));
    assert!(shown.contains("  2026-10-01  Median "), "{shown}");
}

#[test]
fn the_group_is_set_beside_your_own_view() {
    let shown = text(&state("group"), 120, 40);
    assert!(shown.contains("Group's view · Atlas team · asked 2026-10-01 · 4 of 8 answered"));
    assert!(shown.contains("time 1 of 2"));
    assert!(shown.contains("Atlas team: median of 4"), "{shown}");
    assert!(shown.contains("You · 2026-07-15"), "{shown}");
    assert!(
        shown.contains("Blind spots")
            || shown.contains("Hidden strengths")
            || shown.contains("No gap"),
        "{shown}"
    );
}

#[test]
fn notes_follow_h() {
    let mut app = state("group");
    for asked in &mut app.data.groups.0 {
        for a in &mut asked.answers {
            a.note = Some(format!("Said by {}", a.id));
        }
    }
    let tall = |app: &App| {
        let mut app = app.clone();
        if let Screen::Group(state) = &mut app.screen {
            state.scroll = usize::MAX;
        }
        text(&app, 120, 40)
    };
    assert!(tall(&app).contains("– Said by G0"), "{}", tall(&app));
    update(&mut app, Msg::HideNotes);
    assert!(!tall(&app).contains("Said by"));
    assert!(tall(&app).contains("Notes hidden (h shows them)."));
}

#[test]
fn no_size_panics() {
    for name in ["group", "group withheld", "group board"] {
        for w in [1, 20, 36, 40, 46, 60, 70, 79, 80, 96, 100, 140, 300] {
            for h in [1, 5, 10, 12, 13, 16, 24, 40, 100] {
                let _ = text(&state(name), w, h);
            }
        }
    }
}
