//! The chart widgets on their own: radar snapshots with 3, 5, 8 and 12 axes at several
//! sizes, overlaid series, gaps for missing scores; the trend chart; no panic at any size.
//! Below: the same charts in the ASCII symbol set.

mod ascii;

use confiance::chart::{Radar, RadarSeries, Trend, TrendSeries, plain};
use confiance::time::Timestamp;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn radar(axes: usize, series: usize) -> Radar {
    let names = [
        "Language",
        "Vision",
        "Discretion",
        "Receptivity",
        "Closeness",
        "Reciprocity",
        "Attribution",
        "Feedback",
        "Ninth",
        "Tenth",
        "Eleventh",
        "Twelfth",
    ];
    let scores = |offset: usize| -> Vec<Option<f64>> {
        (0..axes)
            .map(|i| Some(((i * 37 + offset * 23) % 100) as f64))
            .collect()
    };
    Radar::new(
        names[..axes].iter().map(|s| s.to_string()).collect(),
        (0..series)
            .map(|k| RadarSeries {
                name: format!("series {k} · 2026-0{}-01", k + 1),
                scores: scores(k),
            })
            .collect(),
    )
}

#[test]
fn radar_snapshots_for_3_5_8_and_12_axes() {
    for axes in [3, 5, 8, 12] {
        for (w, h) in [(60, 20), (100, 30), (40, 12)] {
            insta::assert_snapshot!(
                format!("radar_{axes}_axes_{w}x{h}"),
                plain::render(&radar(axes, 1), w, h)
            );
        }
    }
}

#[test]
fn four_series_stay_apart_by_glyph_and_legend() {
    let text = plain::render(&radar(8, 4), 90, 30);
    insta::assert_snapshot!("radar_8_axes_4_series", text);
    for glyph in ['●', '■', '▲', '◆'] {
        assert!(text.contains(glyph), "series glyph {glyph} is drawn");
    }
    for k in 0..4 {
        assert!(
            text.contains(&format!("series {k} · 2026-0{}-01", k + 1)),
            "legend names series {k}"
        );
    }
    assert!(
        text.contains("Language 0·23·46·69"),
        "each spoke shows every series' score:\n{text}"
    );
}

#[test]
fn a_missing_score_shows_as_a_gap_not_a_zero() {
    let mut with_gap = radar(8, 1);
    with_gap.series[0].scores[2] = None;
    let text = plain::render(&with_gap, 80, 24);
    assert!(text.contains("Discretion –"), "{text}");
    let full = plain::render(&radar(8, 1), 80, 24);
    // Fewer polygon dots: the two edges touching the missing axis are not drawn.
    let dots = |t: &str| {
        t.chars()
            .filter(|c| ('\u{2800}'..='\u{28ff}').contains(c))
            .map(|c| (c as u32 - 0x2800).count_ones())
            .sum::<u32>()
    };
    assert!(dots(&text) < dots(&full));
}

#[test]
fn trend_snapshot() {
    // The axis shows local dates: UTC here, whatever the machine's zone.
    confiance::time::set_display_zone_for_tests(confiance::time::TimeZone::UTC);
    let t = |d: &str| Timestamp::parse(d).unwrap();
    let trend = Trend::new(vec![
        TrendSeries {
            name: "self".into(),
            points: vec![
                (t("2026-01-01"), 30.0),
                (t("2026-03-01"), 55.0),
                (t("2026-06-01"), 70.0),
            ],
        },
        TrendSeries {
            name: "Alice".into(),
            points: vec![(t("2026-02-01"), 60.0), (t("2026-05-01"), 45.0)],
        },
    ]);
    let text = plain::render(&trend, 60, 14);
    insta::assert_snapshot!("trend_two_series_60x14", text);
    assert!(
        text.contains("2026-01-01") && text.contains("2026-06-01"),
        "dates on the x axis"
    );
    assert!(
        text.contains("━●━ self") && text.contains("╺■╸ Alice"),
        "legend with each line's pattern and mark"
    );
    // Lines, not blocks: braille everywhere in the plot.
    assert!(!text.contains('█') && !text.contains('▀') && !text.contains('•'));
}

#[test]
fn charts_never_panic_at_any_size() {
    let charts = [radar(3, 1), radar(12, 4)];
    let trend = Trend::new(vec![TrendSeries {
        name: "x".into(),
        points: vec![(Timestamp::from_unix(0, 0), 1.0)],
    }]);
    let mut buf = Buffer::empty(Rect::new(0, 0, 200, 80));
    // Every small size (where the geometry degenerates), then a sample of larger ones: the
    // suite stays quick.
    let widths: Vec<u16> = (0..=40).chain((41..=200).step_by(7)).chain([200]).collect();
    let heights: Vec<u16> = (0..=24).chain((25..=80).step_by(5)).chain([80]).collect();
    for &w in &widths {
        for &h in &heights {
            let area = Rect::new(0, 0, w, h);
            for chart in &charts {
                Widget::render(chart, area, &mut buf);
            }
            (&trend).render(area, &mut buf);
        }
    }
}

#[test]
fn every_series_shows_its_mark_even_when_values_are_close() {
    confiance::time::set_display_zone_for_tests(confiance::time::TimeZone::UTC);
    let t = |d: &str| Timestamp::parse(d).unwrap();
    let one = |name: &str, v: f64| TrendSeries {
        name: name.into(),
        points: vec![(t("2026-01-05"), v)],
    };
    let trend = Trend::new(vec![one("overall", 46.0), one("Language", 50.0)]);
    let text = plain::render(&trend, 40, 10);
    let plot: String = text.lines().take(6).collect();
    for glyph in ['●', '■'] {
        assert!(plot.contains(glyph), "{glyph} drawn:\n{text}");
    }
}
