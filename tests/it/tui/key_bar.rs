//! Every screen keeps its way out and its help in the key bar, at every size from the
//! smallest the screens draw at: `q quit` (or Esc) and `? help`, in English and French.

use crate::common::fixtures::*;
use crate::common::items;
use crate::common::render::rows;
use confiance::flow::Step;
use confiance::tui::app::{Data, Mode};
use confiance::tui::note::NoteEdit;
use confiance::tui::theme::Theme;
use confiance::tui::view::{MIN_HEIGHT, MIN_WIDTH};
use confiance::tui::{App, Msg, update};

fn screens() -> Vec<(&'static str, App)> {
    let theme = Theme::colour();
    let mut note = assessing(3, theme);
    update(&mut note, Msg::OpenNote);
    update(&mut note, Msg::Note(NoteEdit::char('x')));
    let mut help = assessing(1, theme);
    update(&mut help, Msg::Help);
    let mut review = assessing(items(), theme);
    update(&mut review, Msg::Flow(Step::Select(-3)));
    let mut results = home(filled_data(), theme);
    update(&mut results, Msg::Open);
    let mut trends = results.clone();
    update(&mut trends, Msg::Trends);
    let mut compare = results.clone();
    update(&mut compare, Msg::Compare);
    let mut form = home(filled_data(), theme);
    update(&mut form, Msg::New);
    vec![
        ("home_empty", home(Data::default(), theme)),
        ("home_filled", home(filled_data(), theme)),
        ("form", form),
        ("question", assessing(2, theme)),
        ("note_editor", note),
        ("help", help),
        ("review", review),
        ("results", results),
        ("trends", trends),
        ("compare", compare),
    ]
}

/// The screen's last row: the key bar.
fn key_bar(app: &App, width: u16, height: u16) -> String {
    rows(app, width, height).pop().unwrap()
}

#[test]
fn every_key_bar_keeps_help_and_the_way_out_at_every_size() {
    let widths = [
        MIN_WIDTH,
        MIN_WIDTH + 1,
        40,
        45,
        50,
        60,
        70,
        79,
        80,
        100,
        120,
        200,
    ];
    let heights = [MIN_HEIGHT, 12, 20, 24, 40];
    for (name, app) in screens() {
        for (lang, app, help, quit, esc) in [
            ("en", app.clone(), "? help", "q quit", "Esc "),
            ("fr", in_french(app), "? aide", "q quitter", "Échap "),
        ] {
            // Where `?` is typed or no help opens over help, the way out is enough.
            let has_help = !matches!(app.mode(), Mode::Form | Mode::Note | Mode::Help);
            for &width in &widths {
                for &height in &heights {
                    let bar = key_bar(&app, width, height);
                    assert!(
                        bar.contains(quit) || bar.contains(esc),
                        "{name} {lang} {width}×{height}: no way out in {bar:?}"
                    );
                    assert!(
                        !has_help || bar.contains(help),
                        "{name} {lang} {width}×{height}: no help in {bar:?}"
                    );
                }
            }
        }
    }
}
