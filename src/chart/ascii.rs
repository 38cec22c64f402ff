//! The ASCII symbol set: the same widgets, drawn, then each drawing character replaced by the
//! ASCII one nearest in shape (`*`, `+`, `.`, `-`, `|`, `/`, `\`, `#`), for consoles without
//! braille or box-drawing glyphs (`--ascii`, a locale that is not UTF-8, `TERM=linux`).

use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::buffer::Buffer;

static ASCII: AtomicBool = AtomicBool::new(false);

/// Draw with ASCII from now on (set once, at start).
pub(crate) fn set(on: bool) {
    ASCII.store(on, Ordering::Relaxed);
}

pub(crate) fn on() -> bool {
    ASCII.load(Ordering::Relaxed)
}

/// Whether the terminal wants ASCII: `TERM` is `linux` or `dumb`, or the locale in force is
/// set and not UTF-8 (an unset locale says nothing).
pub(crate) fn wanted(env: &dyn Fn(&str) -> Option<String>) -> bool {
    if env("TERM").is_some_and(|t| t == "linux" || t == "dumb") {
        return true;
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| env(k).filter(|v| !v.is_empty()));
    locale.is_some_and(|l| {
        let l = l.to_ascii_lowercase();
        !l.contains("utf-8") && !l.contains("utf8")
    })
}

/// Replaces the drawing characters of `buf` when ASCII is on.
pub(crate) fn apply(buf: &mut Buffer) {
    if on() {
        to_ascii(buf);
    }
}

/// Replaces the drawing characters of `buf`, whatever the setting.
pub fn to_ascii(buf: &mut Buffer) {
    for cell in buf.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(a) = symbol(c)
        {
            cell.set_char(a);
        }
    }
}

/// The ASCII stand-in for a drawing character; `None` for anything else (letters stay).
pub(crate) fn symbol(c: char) -> Option<char> {
    Some(match c {
        '\u{2800}' => ' ',
        '\u{2801}'..='\u{28ff}' => braille(c as u32 - 0x2800),
        '●' | '◆' | '★' => '*',
        '■' | '▲' | '▼' | '◀' | '▶' => '+',
        '━' | '─' | '╺' | '╸' | '┈' | '╍' | '═' | '╌' | '┄' | '╴' | '╶' => {
            '-'
        }
        '│' | '┃' | '║' | '┆' | '┊' | '╎' => '|',
        '\u{2500}'..='\u{257f}' => '+',
        '█' | '▉' | '▊' | '▋' | '▌' | '▍' | '▎' | '▏' | '▓' | '▒' => '#',
        '░' | '•' | '∙' => '.',
        '\u{2580}'..='\u{259f}' => '#',
        '…' => '.',
        '→' => '>',
        '←' => '<',
        _ => return None,
    })
}

/// `text` for a console without drawing glyphs or a screen reader: changes as `+7`/`-3`,
/// typographic signs as their ASCII kin, drawing characters as [`symbol`] says. Letters
/// (accented ones included) stay.
pub(crate) fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '▲' => out.push('+'),
            '▼' => out.push('-'),
            '≈' => out.push('~'),
            '“' | '”' => out.push('"'),
            '−' => out.push('-'),
            '·' | '—' | '–' => out.push('-'),
            '•' => out.push('*'),
            '…' => out.push_str("..."),
            '→' => out.push_str("->"),
            '←' => out.push_str("<-"),
            '✓' => out.push('v'),
            c => out.push(symbol(c).unwrap_or(c)),
        }
    }
    out
}

/// A braille cell by the shape of its dots: a row is `-`, a column `|`, a slope `/` or `\`,
/// a lone dot `.`, anything fuller `*`.
fn braille(bits: u32) -> char {
    // Dots 1 2 3 7 down the left column, 4 5 6 8 down the right.
    let left = [bits & 1, bits & 2, bits & 4, bits & 0x40].map(|b| b != 0);
    let right = [bits & 8, bits & 0x10, bits & 0x20, bits & 0x80].map(|b| b != 0);
    let count = bits.count_ones();
    if count == 1 {
        return '.';
    }
    let rows: Vec<usize> = (0..4).filter(|&r| left[r] || right[r]).collect();
    let both_columns = left.iter().any(|&b| b) && right.iter().any(|&b| b);
    if !both_columns {
        return '|';
    }
    if rows.len() == 1 {
        return '-';
    }
    let top_left = (0..2).any(|r| left[r]) && (2..4).any(|r| right[r]);
    let top_right = (0..2).any(|r| right[r]) && (2..4).any(|r| left[r]);
    match (top_left, top_right) {
        (true, false) => '\\',
        (false, true) => '/',
        _ if count >= 5 => '*',
        _ => '+',
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_letters_and_words_the_signs() {
        assert_eq!(
            text("Ève · ▲ 7 ▼ 3 • note… ─│⣿"),
            "Ève - + 7 - 3 * note... -|*"
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(symbol('⠉'), Some('-'), "a top row");
        assert_eq!(symbol('⡇'), Some('|'), "a left column");
        assert_eq!(symbol('⢁'), Some('\\'), "top left to bottom right");
        assert_eq!(symbol('⡈'), Some('/'), "bottom left to top right");
        assert_eq!(symbol('⠁'), Some('.'));
        assert_eq!(symbol('é'), None);
        assert_eq!(symbol('a'), None);
    }

    #[test]
    fn which_terminals() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(wanted(&env(&[("TERM", "linux")])));
        assert!(wanted(&env(&[("LANG", "fr_FR.ISO-8859-1")])));
        assert!(!wanted(&env(&[("LANG", "fr_FR.UTF-8")])));
        assert!(!wanted(&env(&[("LC_ALL", "en_US.utf8"), ("LANG", "C")])));
        assert!(!wanted(&env(&[])));
    }
}
