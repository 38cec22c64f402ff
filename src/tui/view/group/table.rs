//! The group's table: per dimension the median, the spread (lowest–highest, ⚠ where answers
//! lie far apart), how many answered, and beside them the owner's score and the gap; the
//! overall score last.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table, Widget};
use unicode_width::UnicodeWidthStr;

use super::Shown;
use crate::i18n::InviteText;
use crate::invitation::group::{Against, Spread};
use crate::printable::printable;
use crate::score::display;
use crate::tui::app::App;

/// The table's cells: a header, then one row per dimension and the overall one.
pub(super) struct Cells {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    widths: Vec<u16>,
}

impl Cells {
    /// The columns of `shown`'s view, with the owner's when `against` has them; without the
    /// count of answers where the table would not leave the names room.
    pub(super) fn fitting(
        app: &App,
        shown: &Shown,
        against: Option<&[(String, Option<Against>)]>,
        width: u16,
    ) -> Self {
        // Full names where they fit, else the short ones, else without the count too.
        let full = Self::of(app, shown, against, true);
        if full.width() <= width {
            return full;
        }
        let short = Self::of(app, shown, against, false);
        if short.width() <= width {
            return short;
        }
        let drop = |cells: Vec<String>| -> Vec<String> {
            cells
                .into_iter()
                .enumerate()
                .filter(|(i, _)| *i != 3)
                .map(|(_, c)| c)
                .collect()
        };
        Self {
            header: drop(short.header),
            rows: short.rows.into_iter().map(drop).collect(),
            widths: short
                .widths
                .into_iter()
                .enumerate()
                .filter(|(i, _)| *i != 3)
                .map(|(_, w)| w)
                .collect(),
        }
    }

    /// The columns of `shown`'s view, with the owner's when `against` has them; the
    /// dimensions' full names, or their short ones.
    pub(super) fn of(
        app: &App,
        shown: &Shown,
        against: Option<&[(String, Option<Against>)]>,
        full: bool,
    ) -> Self {
        let t = InviteText::of(app.lang);
        let view = shown.view();
        let mut header = vec![
            String::new(),
            t.col_median.to_string(),
            t.col_spread.to_string(),
            t.col_answered.to_string(),
        ];
        if against.is_some() {
            header.extend([t.col_you.to_string(), t.col_gap.to_string()]);
        }
        let spread_cells = |s: Option<Spread>| match s {
            Some(s) => {
                let far = if s.divided() { " ⚠" } else { "" };
                vec![
                    display(Some(s.median)),
                    format!("{}{far}", s.range_text()),
                    s.answered.to_string(),
                ]
            }
            None => vec!["–".into(), String::new(), "0".into()],
        };
        let mut rows: Vec<Vec<String>> = view
            .dimensions
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let name = shown.named.dimensions.get(i).map_or(d.id.clone(), |x| {
                    printable(if full { &x.name } else { &x.short })
                });
                let mut row = vec![name];
                row.extend(spread_cells(d.spread));
                if let Some(rows) = against {
                    let a = rows.get(i).and_then(|(_, a)| a.as_ref());
                    let [yours, _, _, gap] = crate::invitation::group::against_cells(a);
                    row.extend([yours, gap]);
                }
                row
            })
            .collect();
        let mut overall = vec![app.common().overall.to_string()];
        overall.extend(spread_cells(view.overall));
        if against.is_some() {
            let yours = shown
                .yours
                .map(|s| display(app.report(s).scores.overall))
                .unwrap_or_default();
            overall.extend([yours, String::new()]);
        }
        rows.push(overall);
        let widths = (0..header.len())
            .map(|c| {
                std::iter::once(&header[c])
                    .chain(rows.iter().map(|r| &r[c]))
                    .map(|s| s.width())
                    .max()
                    .unwrap_or(0) as u16
            })
            .collect();
        Self {
            header,
            rows,
            widths,
        }
    }

    /// Columns wide, one blank column between two.
    pub(super) fn width(&self) -> u16 {
        self.widths.iter().sum::<u16>() + self.widths.len().saturating_sub(1) as u16
    }

    /// The header, the rows.
    pub(super) fn height(&self) -> u16 {
        self.rows.len() as u16 + 1
    }

    /// Draws the table at `area`, the names cut to what is left of its width.
    pub(super) fn render(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let theme = &app.theme;
        let others: u16 = self.widths[1..].iter().sum::<u16>() + self.widths.len() as u16 - 1;
        let name_width = self.widths[0].min(area.width.saturating_sub(others));
        let mut widths: Vec<Constraint> = vec![Constraint::Length(name_width)];
        widths.extend(self.widths[1..].iter().map(|w| Constraint::Length(*w)));
        let cell = |i: usize, text: &str| {
            let line = Line::raw(super::super::text::truncate(text, name_width as usize));
            Cell::from(if i == 0 {
                line
            } else {
                Line::raw(text.to_string()).right_aligned()
            })
        };
        let header =
            Row::new(self.header.iter().enumerate().map(|(i, h)| cell(i, h))).style(theme.muted);
        let last = self.rows.len() - 1;
        let rows = self.rows.iter().enumerate().map(|(r, row)| {
            let style = if r == last {
                theme.strong
            } else {
                ratatui::style::Style::new()
            };
            Row::new(row.iter().enumerate().map(|(i, c)| cell(i, c))).style(style)
        });
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .render(area, buf);
    }
}
