//! The trends screen: snapshots of one and two respondents, a long gap, all dimensions, a
//! single point and "need two" at 80×24, 120×40 and 200×60; the table scrolls to its last
//! row; breaks, even spacing, respondents cycled; series told apart without colour.

use crate::common::fixtures::*;
use crate::common::render::{renders_at, rows, terminal};
use confiance::store::Stored;
use confiance::tui::app::Data;
use confiance::tui::theme::Theme;
use confiance::tui::{App, Msg, update};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

fn text(app: &App, width: u16, height: u16) -> String {
    rows(app, width, height).join("\n")
}

/// Answers that drift with `k`, so that lines move.
fn values(k: usize, shift: usize) -> Vec<i64> {
    (0..8)
        .map(|i| 1 + ((i * 3 + k / 2 + shift) % 5) as i64)
        .collect()
}

fn at(days: i64, hours: i64) -> String {
    confiance::time::Timestamp::from_unix(1_704_700_800 + days * 86_400 + hours * 3_600, 0)
        .to_string()
}

/// Marie's relationship: your weekly assessments and Marie's every other week, on the same
/// day; with `gap`, 19 months of nothing after the sixth week.
fn marie(two: bool, gap: bool) -> Vec<Stored> {
    let mut weeks: Vec<i64> = (0..6).collect();
    let later = if gap { 88 } else { 6 };
    weeks.extend((0..12).map(|w| later + w));
    let mut all = vec![];
    for (k, week) in weeks.iter().enumerate() {
        let day = week * 7;
        all.push(stored(
            &format!("S{k:02}"),
            "Marie",
            "self",
            &at(day, 9),
            &values(k, 0),
        ));
        if two && week % 2 == 0 {
            all.push(stored(
                &format!("M{k:02}"),
                "Marie",
                "Marie",
                &at(day, 15),
                &values(k, 2),
            ));
        }
    }
    all
}

fn trends_of(assessments: Vec<Stored>, msgs: &[Msg]) -> App {
    let mut app = home(
        Data {
            assessments,
            ..Data::default()
        },
        Theme::colour(),
    );
    update(&mut app, Msg::Open);
    update(&mut app, Msg::Trends);
    for m in msgs {
        update(&mut app, m.clone());
    }
    app
}

fn cases() -> Vec<(&'static str, App)> {
    let single = vec![
        stored("T1", "Atlas", "self", "2025-10-01T09:00:00Z", &[3, 4]),
        stored("T2", "Atlas", "Atlas", "2025-10-04T09:00:00Z", &[4, 5]),
    ];
    let one = vec![stored("B1", "Bob", "self", "2025-10-01T09:00:00Z", &[2, 3])];
    vec![
        ("one_respondent", trends_of(marie(false, false), &[])),
        ("two_respondents", trends_of(marie(true, false), &[])),
        ("long_gap", trends_of(marie(true, true), &[])),
        (
            "all_dimensions",
            trends_of(marie(true, true), &[Msg::ToggleAll]),
        ),
        ("single_points", trends_of(single, &[])),
        ("need_two", trends_of(one, &[])),
    ]
}

#[test]
fn snapshots_at_three_sizes() {
    for (name, app) in cases() {
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            insta::assert_snapshot!(
                format!("trends_{name}_{w}x{h}"),
                terminal(&app, w, h).backend()
            );
        }
    }
}

#[test]
fn french_snapshots_where_words_show() {
    for (name, app) in cases() {
        if ["long_gap", "all_dimensions", "single_points"].contains(&name) {
            let app = in_french(app);
            insta::assert_snapshot!(
                format!("trends_fr_{name}_80x24"),
                terminal(&app, 80, 24).backend()
            );
        }
    }
    let app = in_french(trends_of(marie(true, true), &[]));
    let screen = text(&app, 120, 40);
    assert!(screen.contains("⋯ 19\u{a0}mois ⋯"), "{screen}");
}

#[test]
fn a_long_gap_is_a_break_with_no_line_across_it() {
    let app = trends_of(marie(true, true), &[]);
    let screen = text(&app, 120, 40);
    assert!(screen.contains("⋯ 19 months ⋯"), "{screen}");
    // The axis row: the break label sits in a gap of the axis line.
    let axis = screen.lines().find(|l| l.contains("19 months")).unwrap();
    let at = axis.find("⋯ 19").unwrap();
    assert!(axis[..at].ends_with(' '), "{axis}");
    // In the columns of the break, nothing is drawn above the axis.
    let rows: Vec<&str> = screen.lines().collect();
    let axis_row = rows.iter().position(|l| l.contains("19 months")).unwrap();
    let col = axis.chars().take_while(|c| *c != '⋯').count() + 7;
    for row in &rows[2..axis_row] {
        let c = row.chars().nth(col).unwrap_or(' ');
        assert_eq!(c, ' ', "drawn inside the break:\n{screen}");
    }
    // The table says so too, at the break.
    let mut top = app.clone();
    update(&mut top, Msg::TableEnd(false));
    let screen = text(&top, 120, 40);
    assert!(
        screen.contains("a change measured across a long pause"),
        "{screen}"
    );
    assert!(
        screen.contains("▲ 3 ⋯")
            || screen.contains("▼ 2 ⋯")
            || screen.contains(" ⋯\n")
            || screen.matches('⋯').count() >= 5,
        "{screen}"
    );
}

#[test]
fn even_spacing_moves_the_dates() {
    let by_date = trends_of(marie(true, true), &[]);
    let even = trends_of(marie(true, true), &[Msg::ToggleEven]);
    let (a, b) = (text(&by_date, 120, 40), text(&even, 120, 40));
    assert_ne!(a, b);
    assert!(b.contains("⋯ 19 months ⋯"), "breaks stay marked:\n{b}");
    assert!(
        b.lines().next().unwrap().contains("evenly spaced"),
        "said:\n{b}"
    );
    assert!(!a.contains("evenly spaced"));
    // `r` from one dimension opens the respondents' views.
    let views = trends_of(marie(true, true), &[Msg::NextRespondent]);
    assert_eq!(
        text(&views, 120, 40),
        text(&trends_of(marie(true, true), &[Msg::ToggleAll]), 120, 40)
    );
    let back = trends_of(marie(true, true), &[Msg::ToggleEven, Msg::ToggleEven]);
    assert_eq!(text(&back, 120, 40), a);
}

#[test]
fn same_day_assessments_do_not_repeat_or_overlap_dates() {
    for even in [false, true] {
        let msgs = if even { vec![Msg::ToggleEven] } else { vec![] };
        let app = trends_of(marie(true, false), &msgs);
        for (w, h) in [(80, 24), (120, 40), (200, 60)] {
            let screen = text(&app, w, h);
            let labels = screen
                .lines()
                .find(|l| l.trim_start().starts_with("2024-01-08"))
                .unwrap_or_else(|| panic!("no date row:\n{screen}"));
            let dates: Vec<&str> = labels.split_whitespace().collect();
            assert!(dates.iter().all(|d| d.len() == 10), "{labels}");
            let mut unique = dates.clone();
            unique.dedup();
            assert_eq!(unique, dates, "{labels}");
        }
    }
}

#[test]
fn all_dimensions_show_one_respondent_at_a_time_with_every_name_in_the_legend() {
    let app = trends_of(marie(true, true), &[Msg::ToggleAll]);
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let screen = text(&app, w, h);
        assert!(screen.contains("you (1 of 2)"), "{screen}");
        for name in [
            "Overall",
            "Language",
            "Vision",
            "Discretion",
            "Receptivity",
            "Closeness",
            "Reciprocity",
            "Attribution",
            "Feedback",
        ] {
            assert!(
                screen.contains(name),
                "{name} missing at {w}x{h}:\n{screen}"
            );
        }
    }
    let mut other = app.clone();
    update(&mut other, Msg::NextRespondent);
    let screen = text(&other, 120, 40);
    assert!(screen.contains("Marie (2 of 2)"), "{screen}");
    update(&mut other, Msg::NextRespondent);
    assert!(text(&other, 120, 40).contains("you (1 of 2)"));
}

#[test]
fn single_points_are_drawn_labelled_and_need_two_is_said() {
    for (name, app) in cases() {
        if name == "single_points" || name == "need_two" {
            let screen = text(&app, 80, 24);
            assert!(screen.contains("Trends need two assessments"), "{screen}");
            assert!(screen.contains('●'), "the lone point:\n{screen}");
        }
    }
    // Two points of one respondent: a trend, no hint.
    let app = trends_of(marie(false, false), &[]);
    assert!(!text(&app, 80, 24).contains("Trends need two"));
}

#[test]
fn the_table_scrolls_to_its_last_row_at_small_sizes() {
    let app = trends_of(marie(true, true), &[]);
    let first = "2024-01-08  you";
    for (w, h) in [(80, 24), (60, 20)] {
        // Opens at its end: the latest assessment.
        let screen = text(&app, w, h);
        let latest = screen
            .lines()
            .filter(|l| l.contains(&at(99 * 7, 9)[..10]))
            .count();
        assert!(latest >= 1, "the latest row at {w}x{h}:\n{screen}");
        assert!(!screen.contains(first), "{screen}");
        assert!(screen.contains("of 28"), "{screen}");
        let mut top = app.clone();
        update(&mut top, Msg::TableEnd(false));
        let screen = text(&top, w, h);
        assert!(
            screen.contains(first),
            "Home: the first row at {w}x{h}:\n{screen}"
        );
        // Page by page (a page is what the table shows: no row skipped), down to the last.
        let mut paged = top.clone();
        update(&mut paged, Msg::Resize(w, h));
        let rows_shown = |screen: &str| -> (usize, usize) {
            let line = screen.lines().find(|l| l.contains(" of 28")).unwrap();
            let range = line.split_whitespace().nth(1).unwrap();
            let (a, b) = range.split_once('–').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        };
        let (_, last_shown) = rows_shown(&text(&paged, w, h));
        update(&mut paged, Msg::TableScroll(10));
        let (next_first, _) = rows_shown(&text(&paged, w, h));
        assert_eq!(next_first, last_shown + 1, "PgDn at {w}x{h} skips no row");
        for _ in 0..10 {
            update(&mut paged, Msg::TableScroll(10));
        }
        let screen = text(&paged, w, h);
        assert!(screen.contains(&at(99 * 7, 9)[..10]), "{screen}");
        assert!(screen.contains("28 of 28"), "{screen}");
        update(&mut paged, Msg::TableScroll(-10));
        assert_ne!(text(&paged, w, h), screen, "PgUp moves back up");
    }
}

#[test]
fn only_the_change_cell_is_coloured() {
    let app = trends_of(marie(true, false), &[]);
    let terminal = terminal(&app, 80, 24);
    let buffer = terminal.backend().buffer();
    let theme = Theme::colour();
    for y in 0..24 {
        let row: String = (0..80).map(|x| buffer[(x, y)].symbol()).collect();
        if let Some(at) = row.find('▲').or(row.find('▼')) {
            if !row.contains("20") {
                continue;
            }
            let col = row[..at].chars().count() as u16;
            // The date at the start of the row is not painted.
            assert_ne!(buffer[(1, y)].fg, theme.good.fg.unwrap(), "{row}");
            assert_ne!(buffer[(1, y)].fg, theme.bad.fg.unwrap(), "{row}");
            let fg = buffer[(col, y)].fg;
            assert!(
                fg == theme.good.fg.unwrap() || fg == theme.bad.fg.unwrap(),
                "{row}"
            );
        }
    }
}

#[test]
fn without_colour_series_differ_by_mark_and_grid_by_glyph() {
    let mut app = trends_of(marie(true, true), &[]);
    app.theme = Theme::mono();
    let screen = text(&app, 120, 40);
    for mark in ['●', '■', '▲', '◆'] {
        assert!(screen.contains(mark), "{mark} missing:\n{screen}");
    }
    // Lines are braille, the axes box-drawing, and no series is drawn in blocks.
    assert!(screen.chars().any(|c| ('⠁'..='⣿').contains(&c)));
    assert!(screen.contains('└') && screen.contains('┤'));
    let chart: String = screen.lines().take(25).collect();
    assert!(!chart.contains('█') && !chart.contains('▀') && !chart.contains('▄'));
}

#[test]
fn no_panic_at_any_size() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 300, 100));
    let cases = cases();
    for w in [1, 20, 36, 37, 45, 60, 80, 97, 133, 200, 300] {
        for h in [1, 5, 10, 11, 14, 20, 24, 33, 40, 60, 100] {
            renders_at(&cases, &mut buf, w, h);
        }
    }
    let all = [(
        "all_even",
        trends_of(marie(true, true), &[Msg::ToggleAll, Msg::ToggleEven]),
    )];
    for w in 30..130 {
        for h in [10, 12, 17, 24] {
            renders_at(&all, &mut buf, w, h);
        }
    }
}
