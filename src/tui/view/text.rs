//! Text helpers for views: word wrapping and truncation by display width.

use ratatui::text::Span;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::tui::theme::Theme;

/// Wraps `text` into lines of at most `width` columns, breaking at spaces when possible and
/// inside words only when a word is longer than a line. Newlines are kept.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = vec![];
    for paragraph in text.split('\n') {
        let paragraph = glue_signs(paragraph);
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

/// French writes a space before `: ; ? !` and inside « », which texts do not always make
/// unbreakable: made so here, so that no line starts with such a sign or ends with «.
fn glue_signs(paragraph: &str) -> String {
    let chars: Vec<char> = paragraph.chars().collect();
    let sign_follows = |i: usize| {
        chars
            .get(i + 1)
            .is_some_and(|c| matches!(c, '?' | '!' | ':' | ';' | '»'))
            && chars.get(i + 2).is_none_or(|c| *c == ' ')
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let glue = c == ' ' && (sign_follows(i) || i > 0 && chars[i - 1] == '«');
            if glue { '\u{a0}' } else { c }
        })
        .collect()
}

/// Cuts `text` to `width` columns, ending with `…` when something was cut.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    // By grapheme, as the terminal draws them: an emoji sequence (👨‍👩‍👧) is one glyph two
    // columns wide, never cut in the middle.
    let (mut out, mut used) = (String::new(), 0);
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(text, true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The first line of a note, for a one-line preview; control characters removed.
pub(crate) fn one_line(text: &str) -> String {
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

/// A sentence with keys in it ("Press {key} to start"): its holes named in `keys` drawn as
/// keys, the rest as plain text. Other holes are left as written (fill them first).
pub(crate) fn with_keys(
    template: &str,
    keys: &[(&str, &str)],
    theme: &Theme,
) -> Vec<Span<'static>> {
    let mut spans = vec![];
    let mut text = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let found = after.find('}').and_then(|close| {
            let key = keys.iter().find(|(name, _)| *name == &after[..close])?;
            Some((close, key.1))
        });
        match found {
            Some((close, key)) => {
                text.push_str(&rest[..open]);
                spans.push(Span::raw(std::mem::take(&mut text)));
                spans.push(Span::styled(key.to_string(), theme.key));
                rest = &after[close + 1..];
            }
            None => {
                text.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    text.push_str(rest);
    spans.push(Span::raw(text));
    spans.retain(|s| !s.content.is_empty());
    spans
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
    fn a_french_sign_stays_with_its_word() {
        assert_eq!(
            wrap("qui a reçu ? Parlez-en", 10),
            ["qui a", "reçu\u{a0}?", "Parlez-en"]
        );
        assert_eq!(wrap("dit « fini »", 8), ["dit", "«\u{a0}fini\u{a0}»"]);
        assert_eq!(wrap("a :b", 2), ["a", ":b"], "not a sign alone");
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("hello", 10), "hello");
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("团队团队", 5), "团队…");
        assert_eq!(truncate("abc", 0), "");
        // An emoji sequence is one glyph: kept whole or left out, never cut.
        let family = "👨\u{200d}👩\u{200d}👧";
        assert_eq!(
            truncate(&format!("{family} Martin family"), 9),
            format!("{family} Marti…")
        );
        assert_eq!(truncate(&format!("ab{family}cd"), 4), "ab…");
    }

    #[test]
    fn keys_in_a_sentence_are_drawn_as_keys() {
        let theme = Theme::mono();
        let spans = with_keys("Press {key} to {go} {key}", &[("key", "a")], &theme);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["Press ", "a", " to {go} ", "a"]);
        assert_eq!(spans[1].style, theme.key);
        assert_eq!(spans[0].style, ratatui::style::Style::new());
    }
}
