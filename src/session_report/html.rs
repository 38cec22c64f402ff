//! The session report as one self-contained HTML file: inline CSS and SVG, no script, nothing
//! loaded from anywhere; readable on screen and printed to A4. Every text a person wrote is
//! escaped, so a name can never turn into markup.

use std::fmt::Write;

use super::document::Block;
use crate::i18n::Lang;
use crate::printable::escape_html as esc;

const STYLE: &str = "\
@page{size:A4;margin:16mm 14mm}\
*{box-sizing:border-box}\
body{margin:0;background:#fff;color:#1d1d1f;font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;\
-webkit-print-color-adjust:exact;print-color-adjust:exact}\
main{max-width:50rem;margin:0 auto;padding:2rem 1.25rem}\
h1{font-size:1.7rem;margin:0 0 .5rem}\
h2{font-size:1.25rem;margin:2.2rem 0 .6rem;padding-top:.6rem;border-top:2px solid #1f5fa8;break-after:avoid}\
h3{font-size:1.05rem;margin:1.2rem 0 .3rem;break-after:avoid}\
.notice{background:#fff5e0;border-left:4px solid #c98a00;padding:.5rem .8rem}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}\
table{border-collapse:collapse;width:100%;margin:.6rem 0}tr{break-inside:avoid}\
th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}\
th{background:#f3f5f8}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}td.d{white-space:nowrap}\
td .w{display:block;margin-top:.35rem;font-size:.85rem;color:#555}\
figure{margin:1rem 0;break-inside:avoid}figure svg{max-width:100%;height:auto}\
blockquote{margin:.4rem 0 .8rem;padding:.4rem .8rem;border-left:3px solid #999;background:#f7f7f7;white-space:pre-wrap;break-inside:avoid}\
blockquote cite{display:block;font-style:normal;font-size:.85rem;color:#555;white-space:normal}\
li{margin:.2rem 0}\
@media screen and (max-width:36rem){table.r thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}\
table.r,table.r tbody{display:block}table.r tr{display:block;border-bottom:1px solid #ddd;padding:.3rem 0}table.r td{display:block;border:0;padding:.1rem .5rem;text-align:left}\
table.r td:empty{display:none}table.r td[data-label]::before{content:attr(data-label) \": \";font-weight:600}\
:lang(fr) table.r td[data-label]::before{content:attr(data-label) \"\\a0: \"}}";

const SVG_NAMESPACE: &str = " xmlns=\"http://www.w3.org/2000/svg\"";

/// The whole HTML document, titled by the first `Title` block.
pub(crate) fn html(blocks: &[Block], lang: Lang) -> String {
    let title = blocks.iter().find_map(|b| match b {
        Block::Title(t) => Some(t.as_str()),
        _ => None,
    });
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        esc(title.unwrap_or("confiance"))
    );
    for block in blocks {
        write_block(&mut out, block);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn write_block(out: &mut String, block: &Block) {
    let _ = match block {
        Block::Title(t) => writeln!(out, "<h1>{}</h1>", esc(t)),
        Block::Heading(t) => writeln!(out, "<h2>{}</h2>", esc(t)),
        Block::Subheading(t) => writeln!(out, "<h3>{}</h3>", esc(t)),
        Block::Paragraph(t) => writeln!(out, "<p>{}</p>", esc(t)),
        Block::Notice(t) => writeln!(out, "<p class=\"notice\">{}</p>", esc(t)),
        Block::Written { by, text } => writeln!(
            out,
            "<blockquote><cite>{}</cite>{}</blockquote>",
            esc(by),
            esc(text)
        ),
        Block::Facts(facts) => {
            out.push_str("<dl>");
            for (k, v) in facts {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(v));
            }
            writeln!(out, "</dl>")
        }
        Block::List(items) => {
            out.push_str("<ul>");
            for item in items {
                let _ = write!(out, "<li>{}</li>", esc(item));
            }
            writeln!(out, "</ul>")
        }
        Block::Table {
            header,
            rows,
            numeric,
        } => {
            let class = |i: usize| {
                if numeric.get(i) == Some(&true) {
                    " class=\"n\""
                } else {
                    ""
                }
            };
            // A table of four columns or more does not fit a phone: there, each row becomes
            // a block of lines, each value after its column's name (see `STYLE`).
            let narrow = header.len() >= 4;
            out.push_str(if narrow {
                "<table class=\"r\">"
            } else {
                "<table>"
            });
            out.push_str("<thead><tr>");
            for (i, h) in header.iter().enumerate() {
                let _ = write!(out, "<th scope=\"col\"{}>{}</th>", class(i), esc(h));
            }
            out.push_str("</tr></thead><tbody>");
            for row in rows {
                out.push_str("<tr>");
                for (i, cell) in row.iter().enumerate() {
                    // A date is never cut at its hyphens on a narrow screen. A cell of
                    // several lines is a statement, then how other views read it: those
                    // lines set apart, smaller, so the statement stays the first thing read.
                    let class = if is_date(cell) {
                        " class=\"d\""
                    } else {
                        class(i)
                    };
                    let mut lines = cell.lines().map(esc);
                    let first = lines.next().unwrap_or_default();
                    let label = match header.get(i) {
                        Some(h) if narrow && i > 0 => format!(" data-label=\"{}\"", esc(h)),
                        _ => String::new(),
                    };
                    let _ = write!(out, "<td{class}{label}>{first}");
                    for line in lines {
                        let _ = write!(out, "<span class=\"w\">{line}</span>");
                    }
                    out.push_str("</td>");
                }
                out.push_str("</tr>");
            }
            writeln!(out, "</tbody></table>")
        }
        // Our own SVG, its texts escaped where it is drawn. Inside HTML an `<svg>` is SVG by
        // itself: the namespace (an address) is left out, so the file names no address at all.
        Block::Figure { svg, .. } => writeln!(
            out,
            "<figure>{}</figure>",
            svg.trim_end().replacen(SVG_NAMESPACE, "", 1)
        ),
    };
}

/// `2026-12-07`: an ISO date, as tables write them.
fn is_date(cell: &str) -> bool {
    let b = cell.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}
