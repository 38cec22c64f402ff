//! Plain-text tables aligned by display width (names may hold CJK or emoji), or in the plain
//! mode one line a row, each value after its column's name.

use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy)]
pub(super) enum Align {
    Left,
    Right,
}

/// Whether `row` is a mark across the table (a break in time, a new questionnaire version):
/// its first cell only, written whole, sizing no column.
fn is_mark(row: &[String]) -> bool {
    row.iter().skip(1).all(|c| c.is_empty()) && row.len() > 1
}

/// Renders rows under a header, two spaces between columns; trailing spaces trimmed.
pub(super) fn render(header: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width()).collect();
    for row in rows.iter().filter(|r| !is_mark(r)) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(cell.width()));
            match align.get(i).copied().unwrap_or(Align::Left) {
                Align::Left => out.push_str(&format!("{cell}{pad}")),
                Align::Right => out.push_str(&format!("{pad}{cell}")),
            }
            out.push_str("  ");
        }
        out.trim_end().to_string() + "\n"
    };
    let mut out = line(header.to_vec());
    for row in rows {
        if is_mark(row) {
            out.push_str(&format!("{}\n", row[0]));
        } else {
            out.push_str(&line(row.iter().map(String::as_str).collect()));
        }
    }
    out
}

impl super::Ui {
    /// A table for a person: columns aligned, or in the plain mode asked for, each row on one
    /// line with every value after its column's name, so that a line read aloud on its own
    /// still says which number is which.
    pub(super) fn table(&self, header: &[&str], align: &[Align], rows: &[Vec<String>]) -> String {
        if self.no_drawing {
            spoken(header, rows, crate::i18n::PlainText::of(self.lang))
        } else {
            render(header, align, rows)
        }
    }
}

/// "Date: 2026-12-07, respondent: Zoé, overall: 50": the empty cells (and `–`, nothing to
/// say) left out; a row with only its first cell (a break in time) is that cell alone.
fn spoken(header: &[&str], rows: &[Vec<String>], t: &crate::i18n::PlainText) -> String {
    let mut out = String::new();
    for row in rows {
        let said: Vec<(usize, &String)> = row
            .iter()
            .enumerate()
            .filter(|(_, cell)| !cell.trim().is_empty() && cell.trim() != "–")
            .collect();
        if let [(0, only)] = said[..] {
            out.push_str(&format!("{only}\n"));
            continue;
        }
        let cells: Vec<String> = said
            .iter()
            .map(|(i, value)| {
                let name = column(header.get(*i).copied().unwrap_or_default(), *i == said[0].0);
                // A column without a name (none so far) gives its value alone.
                if name.is_empty() {
                    return value.to_string();
                }
                crate::i18n::fill(t.cell, &[("name", &name), ("value", value)])
            })
            .collect();
        out.push_str(&format!("{}\n", cells.join(", ")));
    }
    out
}

/// A column's name as a word in a sentence: "OVERALL" reads "overall" ("Overall" first);
/// a heading in mixed case (a person's name) stays as written.
fn column(name: &str, first: bool) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let lower = name.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(c) if first => c.to_uppercase().chain(chars).collect(),
        _ => lower,
    }
}

pub(super) use crate::printable::printable;

#[cfg(test)]
mod tests {
    use super::spoken;
    use crate::i18n::{Lang, PlainText};

    #[test]
    fn each_value_is_said_after_its_columns_name() {
        let header = ["DATE", "RESPONDENT", "OVERALL", "Zoé 2026-12-07", "CHANGE"];
        let rows = vec![
            vec![
                "2026-12-07".into(),
                "Zoé".into(),
                "50".into(),
                "75".into(),
                "".into(),
            ],
            vec![
                "⋯ 19 months ⋯".into(),
                "".into(),
                "".into(),
                "".into(),
                "".into(),
            ],
            vec![
                "2028-07-01".into(),
                "you".into(),
                "–".into(),
                "60".into(),
                "+ 7".into(),
            ],
        ];
        assert_eq!(
            spoken(&header, &rows, PlainText::of(Lang::En)),
            "Date: 2026-12-07, respondent: Zoé, overall: 50, Zoé 2026-12-07: 75\n\
             ⋯ 19 months ⋯\n\
             Date: 2028-07-01, respondent: you, Zoé 2026-12-07: 60, change: + 7\n"
        );
        let fr_rows = [vec!["2026-12-07".to_string(), "Zoé".to_string()]];
        let fr = spoken(&["DATE", "RÉPONDANT"], &fr_rows, PlainText::of(Lang::Fr));
        assert_eq!(fr, "Date\u{a0}: 2026-12-07, répondant\u{a0}: Zoé\n");
    }
}
