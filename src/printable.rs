//! The one neutraliser for everything printed: names, paths and user text may hold terminal
//! escapes (which move the cursor, erase lines, retitle the window) or bidirectional controls
//! (which reorder what is shown). Both are shown visibly instead of acting.

use std::borrow::Cow;
use std::path::Path;

/// `text` made safe to print on a terminal: C0 controls become their visible pictures (`␛`),
/// DEL `␡`, and C1 controls and bidirectional controls `<U+202E>`. Anything else is kept.
pub fn printable(text: &str) -> String {
    if !text.chars().any(needs_care) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\0'..='\x1f' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
            '\x7f' => out.push('\u{2421}'),
            c if needs_care(c) => out.push_str(&format!("<U+{:04X}>", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Text of several lines made safe to print, as [`printable`] but keeping its line breaks
/// and tabs: a whole document (`show`, `questionnaire show`) built from texts a file gave.
pub fn printable_text(text: &str) -> String {
    if !text
        .chars()
        .any(|c| needs_care(c) && !matches!(c, '\n' | '\t'))
    {
        return text.to_string();
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            line.split('\t')
                .map(printable)
                .collect::<Vec<_>>()
                .join("\t")
        })
        .collect();
    lines.join("\n")
}

/// A path as [`printable`] text.
pub(crate) fn printable_path(path: &Path) -> String {
    printable(&path.to_string_lossy())
}

/// JSON text whose strings carry no C1 or bidirectional control raw: those become `\uXXXX`
/// escapes, which mean the same to any JSON reader (serde_json already escapes C0).
pub(crate) fn json_escaped(json: &str) -> Cow<'_, str> {
    // Raw C0 in serde_json's output is only the layout's own whitespace, between values.
    let raw_in_strings = |c: char| needs_care(c) && !c.is_ascii_control() || c == '\x7f';
    if !json.chars().any(raw_in_strings) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 8);
    for c in json.chars() {
        if raw_in_strings(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A value as pretty JSON, ready to print: [`json_escaped`], with a final line break.
pub(crate) fn json_text(value: &impl serde::Serialize) -> serde_json::Result<String> {
    let json = serde_json::to_string_pretty(value)?;
    Ok(json_escaped(&json).into_owned() + "\n")
}

/// `text` as HTML or XML character data, safe inside an element or a quoted attribute: the
/// five markup characters escaped, controls XML forbids (all but tab and line breaks) and
/// bidirectional controls shown as in [`printable`], so a name can never become markup.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            '\r' => {}
            c if needs_care(c) => out.push_str(&escape_html(&printable(&c.to_string()))),
            c => out.push(c),
        }
    }
    out
}

/// A character that acts on a terminal instead of being shown: a control other than a tab or
/// a line break, or a bidirectional control. Text a person reads may never hold one.
pub(crate) fn acts_on_terminal(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r')) || is_bidi_control(c)
}

fn needs_care(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_invisible(c)
}

/// Characters that show nothing, so that "​Alice" would pass for "Alice". The zero-width
/// joiner stays: emoji sequences need it.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{2060}' | '\u{feff}' | '\u{180e}' | '\u{00ad}'
    )
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escaping_leaves_no_markup_and_no_forbidden_control() {
        let hostile = "<script>alert('x')</script> & \"Bob\"\u{1b}[31m\u{202e}\n";
        let out = escape_html(hostile);
        assert_eq!(
            out,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Bob&quot;␛[31m&lt;U+202E&gt;\n"
        );
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'));
    }
    use proptest::prelude::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(printable("Alice"), "Alice");
        assert_eq!(printable("a\x1b[2Kb"), "a␛[2Kb");
        assert_eq!(printable("x\ny\x7f"), "x␊y␡");
        assert_eq!(printable("\u{9b}31m"), "<U+009B>31m");
        assert_eq!(printable("\u{202e}evil"), "<U+202E>evil");
        assert_eq!(printable("Zoé 团队 🚀"), "Zoé 团队 🚀");
    }

    #[test]
    fn a_document_keeps_its_lines_and_nothing_else() {
        assert_eq!(printable_text("a\n\tb"), "a\n\tb");
        assert_eq!(
            printable_text("a\x1b[2J\nb\u{202e}\r\n"),
            "a␛[2J\nb<U+202E>␍\n"
        );
    }

    #[test]
    fn json_stays_valid_and_means_the_same() {
        let json = serde_json::to_string_pretty(&["a\u{9b}b\u{2067}c\x1b"]).unwrap();
        let safe = json_escaped(&json);
        assert!(!safe.chars().any(|c| needs_care(c) && c != '\n'), "{safe}");
        let back: Vec<String> = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, ["a\u{9b}b\u{2067}c\x1b"]);
    }

    proptest! {
        #[test]
        fn nothing_that_acts_on_a_terminal_gets_through(text in any::<String>()) {
            let shown = printable(&text);
            prop_assert!(!shown.chars().any(needs_care));
        }
    }
}
