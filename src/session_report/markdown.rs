//! The session report as Markdown: the same blocks as the HTML, with every text a person wrote
//! escaped so that it stays text (no link, no emphasis, no table cell broken by a `|`). Charts
//! are linked when their SVG files are written beside the report.

use std::fmt::Write;

use super::document::{Block, Chart};
use crate::i18n::{Lang, ReportText, fill};

/// The document; `link(chart)` gives the file name of a chart written beside it, if any.
pub(crate) fn markdown(
    blocks: &[Block],
    lang: Lang,
    link: &dyn Fn(Chart) -> Option<String>,
) -> String {
    let fact = ReportText::of(lang).fact;
    let mut out = String::new();
    for block in blocks {
        let _ = match block {
            Block::Title(t) => writeln!(out, "# {}\n", escape_markdown(t)),
            Block::Heading(t) => writeln!(out, "## {}\n", escape_markdown(t)),
            Block::Subheading(t) => writeln!(out, "### {}\n", escape_markdown(t)),
            Block::Paragraph(t) => writeln!(out, "{}\n", escape_markdown(t)),
            Block::Notice(t) => writeln!(out, "> **{}**\n", escape_markdown(t)),
            Block::Written { by, text } => {
                let _ = writeln!(out, "*{}*\n", escape_markdown(by));
                for line in text.lines() {
                    let _ = writeln!(out, "> {}  ", escape_markdown(line));
                }
                writeln!(out)
            }
            Block::Facts(facts) => {
                for (k, v) in facts {
                    let line = fill(
                        fact,
                        &[("key", &escape_markdown(k)), ("value", &escape_markdown(v))],
                    );
                    let _ = writeln!(out, "- {line}");
                }
                writeln!(out)
            }
            Block::List(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", escape_markdown(item));
                }
                writeln!(out)
            }
            Block::Table {
                header,
                rows,
                numeric,
            } => {
                let cells = |row: &[String]| {
                    row.iter()
                        .map(|c| escape_cell(c))
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                let _ = writeln!(out, "| {} |", cells(header));
                let rule: Vec<&str> = (0..header.len())
                    .map(|i| {
                        if numeric.get(i) == Some(&true) {
                            "--:"
                        } else {
                            "---"
                        }
                    })
                    .collect();
                let _ = writeln!(out, "| {} |", rule.join(" | "));
                for row in rows {
                    let _ = writeln!(out, "| {} |", cells(row));
                }
                writeln!(out)
            }
            Block::Figure { chart, .. } => match link(*chart) {
                Some(file) => writeln!(out, "![{}]({})\n", chart_alt(*chart, lang), file),
                None => Ok(()),
            },
        };
    }
    out
}

fn chart_alt(chart: Chart, lang: Lang) -> &'static str {
    let text = ReportText::of(lang);
    match chart {
        Chart::Radar => text.radar_title,
        Chart::Trend => text.trend_title,
    }
}

/// Text that Markdown shows as written: the characters that make markup (emphasis, code,
/// links, HTML, table cells) escaped anywhere, those that start a heading, a list or a quote
/// escaped at the start, and controls made visible.
pub(crate) fn escape_markdown(text: &str) -> String {
    let text = crate::printable::printable(text);
    let mut out = String::with_capacity(text.len() + 8);
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let starts_block = text.starts_with(['#', '-', '+'])
        || (!text.is_empty() && text.chars().all(|c| c == '='))
        || (digits > 0 && text[digits..].starts_with(['.', ')']));
    if starts_block {
        out.push('\\');
    }
    for c in text.chars() {
        if "\\`*_[]<>|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table cell: escaped text on one line (a line break would end the row); the lines of a
/// cell of several (a statement and how each side read it) are joined by a dash.
fn escape_cell(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    escape_markdown(&lines.join(" — ").replace('\r', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_stays_text() {
        assert_eq!(escape_markdown("Team Atlas"), "Team Atlas");
        assert_eq!(
            escape_markdown("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(escape_markdown("a | b"), "a \\| b");
        assert_eq!(escape_markdown("# not a heading"), "\\# not a heading");
        assert_eq!(escape_markdown("1. not a list"), "\\1. not a list");
        assert_eq!(escape_markdown("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(escape_cell("two\nlines | here"), "two — lines \\| here");
    }
}
