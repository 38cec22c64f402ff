//! Text helpers for views: word wrapping and truncation by display width.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wraps `text` into lines of at most `width` columns, breaking at spaces when possible and
/// inside words only when a word is longer than a line. Newlines are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = vec![];
    for paragraph in text.split('\n') {
        // The line being built, and its width kept as it grows (not recomputed per char).
        let (mut line, mut used) = (String::new(), 0);
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let word_width = word.width();
            if used > 0 && used + 1 + word_width > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            for c in word.chars().filter(|c| !c.is_control()) {
                let w = c.width().unwrap_or(0);
                if used + w > width && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push(c);
                used += w;
            }
        }
        lines.push(line);
    }
    lines
}

/// Cuts `text` to `width` columns, ending with `…` when something was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let (mut out, mut used) = (String::new(), 0);
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The first line of a note, for a one-line preview; control characters removed.
pub fn one_line(text: &str) -> String {
    let first = text.lines().next().unwrap_or_default();
    let more = if text.lines().nth(1).is_some() {
        " …"
    } else {
        ""
    };
    first
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        + more
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_splits_long_words() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), ["a", "b"]);
        assert_eq!(wrap("团队团队", 4), ["团队", "团队"]);
        assert_eq!(wrap("", 0), [""]);
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("hello", 10), "hello");
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("团队团队", 5), "团队…");
        assert_eq!(truncate("abc", 0), "");
    }
}
