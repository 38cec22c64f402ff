//! The radar's plot: the grid and each series' polygon in braille on a canvas (without
//! colour, the grid in marks of its own: `grid.rs`).

use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::symbols::Marker;
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Context};

use super::Radar;
use super::grid;
use crate::chart::geometry::{self, RadarLayout};
use crate::chart::look;
use crate::chart::stroke::{Pattern, Stroke};

pub(super) fn draw_canvas(radar: &Radar, layout: &RadarLayout, n: usize, buf: &mut Buffer) {
    // Without colour the grid is drawn in marks of its own (`grid.rs`), after the series, so
    // that its rings never read as a dashed series.
    let Some(grid) = radar.grid.fg else {
        draw_series(radar, layout, buf);
        grid::draw(layout.plot, n, radar.grid, buf);
        return;
    };
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([-1.0, 1.0])
        .y_bounds([-1.0, 1.0])
        .paint(|ctx| {
            // With colour, a sparse grid in its own faint colour: the 50 and 100 rings one dot
            // in four, the 25 and 75 rings a single dot on each spoke.
            for ring in [0.25, 0.5, 0.75, 1.0] {
                for i in 0..n {
                    let from = geometry::point(i, n, ring);
                    let to = if ring == 0.5 || ring == 1.0 {
                        geometry::point((i + 1) % n, n, ring)
                    } else {
                        from
                    };
                    ctx.draw(&Stroke {
                        from,
                        to,
                        pattern: Pattern::Faint,
                        color: grid,
                    });
                }
            }
            for i in 0..n {
                let to = geometry::point(i, n, 1.0);
                ctx.draw(&Stroke {
                    from: (0.0, 0.0),
                    to,
                    pattern: Pattern::Faint,
                    color: grid,
                });
            }
            paint_series(radar, ctx);
        })
        .render(layout.plot, buf);
}

/// The series alone on their canvas.
fn draw_series(radar: &Radar, layout: &RadarLayout, buf: &mut Buffer) {
    Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([-1.0, 1.0])
        .y_bounds([-1.0, 1.0])
        .paint(|ctx| paint_series(radar, ctx))
        .render(layout.plot, buf);
}

/// Each series' polygon, a layer each: later series first, so that the first (the one the
/// screen is about) is on top.
fn paint_series(radar: &Radar, ctx: &mut Context) {
    for (index, series) in radar.series.iter().enumerate().rev() {
        ctx.layer();
        let look = look(index, &radar.styles);
        let color = look.style.fg.unwrap_or(Color::Reset);
        for (from, to) in geometry::edges(&series.scores) {
            ctx.draw(&Stroke {
                from,
                to,
                pattern: look.pattern,
                color,
            });
        }
    }
}
