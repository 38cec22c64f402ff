//! Every overlay clears what it covers: no letter of the screen beneath stands in the column
//! beside its border, where it would read as part of the box (issue 23, item 17).

use crate::common::fixtures::*;
use crate::common::render::rows;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};

/// Each overlay over a screen full of text, and the same screen without it.
fn overlays() -> Vec<(&'static str, App)> {
    let theme = Theme::colour();
    let mut results = home(filled_data(), theme);
    update(&mut results, Msg::Open);
    let mut session_note = results.clone();
    update(&mut session_note, Msg::SessionNote);
    let mut intention = results.clone();
    update(&mut intention, Msg::Intention);
    let mut help = results.clone();
    update(&mut help, Msg::Help);
    let mut question_note = assessing(3, theme);
    update(&mut question_note, Msg::OpenNote);
    let mut discard = home(filled_data(), theme);
    for _ in 0..2 {
        update(&mut discard, Msg::Down);
    }
    update(&mut discard, Msg::Discard);
    let mut client = home(filled_data(), theme);
    update(&mut client, Msg::NewClient);
    vec![
        ("session note", session_note),
        ("intention", intention),
        ("help", help),
        ("question note", question_note),
        ("discard", discard),
        ("new client", client),
    ]
}

/// The box's rows and its left and right border columns: from its top-left corner `┌` to
/// the `┐` on the same row and the `└` under it.
fn frame(rows: &[String]) -> Option<(usize, usize, usize, usize)> {
    for (top, row) in rows.iter().enumerate() {
        let cells: Vec<char> = row.chars().collect();
        let Some(left) = cells.iter().position(|&c| c == '┌') else {
            continue;
        };
        let right = left + cells[left..].iter().position(|&c| c == '┐')?;
        let bottom = top
            + rows[top..]
                .iter()
                .position(|r| r.chars().nth(left) == Some('└'))?;
        return Some((top, bottom, left, right));
    }
    None
}

#[test]
fn no_letter_of_the_screen_beneath_stands_beside_an_overlay() {
    for (name, app) in overlays() {
        for (w, h) in [(80, 24), (120, 40), (60, 20)] {
            let shown = rows(&app, w, h);
            let (top, bottom, left, right) =
                frame(&shown).unwrap_or_else(|| panic!("{name} at {w}×{h}: no box"));
            for (y, row) in shown.iter().enumerate().take(bottom + 1).skip(top) {
                let cells: Vec<char> = row.chars().collect();
                let beside = [left.checked_sub(1), Some(right + 1)];
                for x in beside.into_iter().flatten().filter(|&x| x < cells.len()) {
                    assert_eq!(
                        cells[x],
                        ' ',
                        "{name} at {w}×{h}: row {y} column {x} beside the box shows the \
                         screen beneath:\n{}",
                        shown.join("\n")
                    );
                }
            }
        }
    }
}
