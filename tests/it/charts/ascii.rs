//! The charts in the ASCII symbol set (`--ascii`, `TERM=linux`): the same widgets as
//! `charts.rs` (the parent module) draws, with only `*`, `+`, `.`, `-`, `|`, `/`, `\`, `#`
//! and the labels' letters.

use crate::common;
use confiance::chart::{Radar, RadarSeries, ascii, plain};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn radar(series: usize) -> Radar {
    let names = [
        "Language",
        "Vision",
        "Discretion",
        "Receptivity",
        "Closeness",
        "Reciprocity",
        "Attribution",
        "Feedback",
    ];
    Radar::new(
        names.iter().map(|s| s.to_string()).collect(),
        (0..series)
            .map(|k| RadarSeries {
                name: format!("series {k}"),
                scores: (0..8)
                    .map(|i| Some(((i * 37 + k * 23) % 100) as f64))
                    .collect(),
            })
            .collect(),
    )
}

fn drawn_in_ascii(widget: impl Widget, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    widget.render(area, &mut buf);
    ascii::to_ascii(&mut buf);
    plain::to_text(&buf)
}

#[test]
fn the_radar_in_ascii_at_three_sizes() {
    for (series, w, h) in [(1, 60, 20), (2, 80, 24), (1, 40, 12)] {
        let text = drawn_in_ascii(&radar(series), w, h);
        // Labels may keep Latin-1 letters and `·`, which every console font has; the drawing
        // itself is ASCII.
        assert!(
            text.chars().all(|c| (c as u32) < 0x100),
            "no braille or box drawing at {w}x{h}:\n{text}"
        );
        assert!(text.contains('*'), "vertices are marked");
        assert!(text.contains("Feedback") || w < 50, "labels stay letters");
        insta::assert_snapshot!(format!("ascii_radar_{series}_series_{w}x{h}"), text);
    }
}

#[test]
fn show_trend_and_compare_print_only_ascii_with_ascii() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    for (id, when, value) in [
        ("A1", "2026-01-05T09:00:00Z", 2),
        ("A2", "2026-03-05T09:00:00Z", 4),
    ] {
        let text = common::assessment_text(id, "Hugo", "self", when, value);
        common::write(data.join(format!("assessments/hugo/{id}.toml")), &text);
    }
    for args in [
        &["trend", "Hugo", "--ascii"][..],
        &["show", "Hugo", "--ascii"],
        &["compare", "Hugo", "--ascii"],
        &["show", "Hugo", "--plain"],
    ] {
        let out = common::stdout(common::confiance(data).args(args));
        assert!(out.is_ascii(), "{args:?}:\n{out}");
        assert!(out.lines().count() > 5, "{args:?}:\n{out}");
    }
    let trend = common::stdout(common::confiance(data).args(["trend", "Hugo", "--ascii"]));
    assert!(trend.contains("+ 16"), "a rise as +:\n{trend}");
}
