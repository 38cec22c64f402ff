//! What does not fit is reachable: the results scroll to their last line with PgDn at 80×24
//! and 60×20, say "↓ more" while something is below, and come back with PgUp.

use crate::common::fixtures::*;
use crate::common::render::rows;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};

fn screen(app: &App) -> String {
    let (width, height) = app.size;
    rows(app, width, height)
        .into_iter()
        .map(|row| row + "\n")
        .collect()
}

fn results_at(width: u16, height: u16) -> App {
    let mut app = home(filled_data(), Theme::mono());
    update(&mut app, Msg::Open);
    update(&mut app, Msg::Resize(width, height));
    app
}

/// PgDn until the screen no longer changes; the screens seen on the way.
fn page_down_to_the_end(app: &mut App) -> Vec<String> {
    let mut seen = vec![screen(app)];
    for _ in 0..30 {
        update(app, Msg::Scroll(10));
        let now = screen(app);
        if seen.last() == Some(&now) {
            return seen;
        }
        seen.push(now);
    }
    panic!("PgDn never reached the end");
}

#[test]
fn the_last_line_of_the_results_is_reached_by_page_down() {
    for (width, height) in [(80, 24), (60, 20), (40, 12)] {
        let mut app = results_at(width, height);
        let first = screen(&app);
        assert!(first.contains("↓ more: PgDn"), "{width}×{height}:\n{first}");
        let seen = page_down_to_the_end(&mut app);
        let last = seen.last().unwrap();
        assert!(seen.len() > 1, "{width}×{height}: PgDn moved nothing");
        assert!(!last.contains("↓ more"), "{width}×{height}: end:\n{last}");
        // The advice's last words and the intentions, under everything else.
        let all = seen.concat();
        assert!(all.contains("Where to start"), "{width}×{height}");
        assert!(
            all.contains("Next: "),
            "{width}×{height}: the next stage:\n{all}"
        );
        assert!(
            last.contains("No intention for next time yet"),
            "{width}×{height}: the last line:\n{last}"
        );
        // PgUp acts at once from the end: it was not left beyond it.
        update(&mut app, Msg::Scroll(-10));
        assert_ne!(&screen(&app), last, "{width}×{height}: PgUp did nothing");
        for _ in 0..30 {
            update(&mut app, Msg::Scroll(-10));
        }
        assert_eq!(screen(&app), first, "{width}×{height}: back to the top");
    }
}

#[test]
fn at_80x24_the_radar_has_13_rows_and_at_40x12_the_scores_say_why_it_is_gone() {
    let app = results_at(80, 24);
    let shown = screen(&app);
    let rows: Vec<&str> = shown.lines().collect();
    let top = rows.iter().position(|r| r.contains("Language ")).unwrap();
    let bottom = rows.iter().rposition(|r| r.contains("Closeness ")).unwrap();
    assert!(
        bottom - top + 1 >= 13,
        "{} rows:\n{shown}",
        bottom - top + 1
    );
    let small = screen(&results_at(40, 12));
    assert!(small.contains("The radar shows in a"), "{small}");
}

/// A column stays blank between the text and the scrollbar, on every page of the results and
/// of the ladder ("plutôt█" was read as a word cut short).
#[test]
fn no_text_touches_the_scrollbar() {
    for (width, height) in [(80, 24), (60, 20)] {
        let mut results = results_at(width, height);
        let mut ladder = results.clone();
        update(&mut ladder, Msg::Ladder);
        for app in [&mut results, &mut ladder] {
            for page in page_down_to_the_end(app) {
                for row in page.lines() {
                    let cells: Vec<char> = row.trim_end().chars().collect();
                    if cells.last().is_some_and(|c| "│█".contains(*c)) {
                        let before = cells[cells.len() - 2];
                        assert_eq!(before, ' ', "at {width}×{height}:\n{page}");
                    }
                }
            }
        }
    }
}
