//! Refuses, in any text of a questionnaire file, the characters that would act on a terminal
//! (escape sequences, C1 controls, bidirectional overrides): a questionnaire is shown on every
//! screen and in every report, so it is checked once, where it is read, with line and column.

use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};
use crate::printable::acts_on_terminal;

/// Every string of `text` (a TOML file) that holds a character acting on a terminal, located
/// at that character when it is written as is, at its string when it is written as an escape.
pub(crate) fn acting_characters(text: &str) -> Vec<Diagnostic> {
    let Ok(table) = DeTable::parse(text) else {
        return vec![]; // the parser that follows reports a broken file
    };
    let mut found = vec![];
    walk_table(text, table.get_ref(), &mut found);
    found
}

fn walk_table(text: &str, table: &DeTable<'_>, found: &mut Vec<Diagnostic>) {
    for (key, value) in table {
        check(text, key.get_ref(), key.span(), found);
        walk_value(text, value.get_ref(), value.span(), found);
    }
}

fn walk_value(
    text: &str,
    value: &DeValue<'_>,
    span: std::ops::Range<usize>,
    found: &mut Vec<Diagnostic>,
) {
    match value {
        DeValue::String(s) => check(text, s, span, found),
        DeValue::Array(items) => {
            for item in items {
                walk_value(text, item.get_ref(), item.span(), found);
            }
        }
        DeValue::Table(table) => walk_table(text, table, found),
        _ => {}
    }
}

fn check(text: &str, value: &str, span: std::ops::Range<usize>, found: &mut Vec<Diagnostic>) {
    let Some(c) = value.chars().find(|&c| acts_on_terminal(c)) else {
        return;
    };
    let written = text.get(span.clone()).unwrap_or_default();
    let at = written.find(c).map_or(span.start, |i| span.start + i);
    let message = fill(
        DiagContent::now().acting_character,
        &[("character", &format!("U+{:04X}", c as u32))],
    );
    found.push(Diagnostic::at(text, Some(at..at + c.len_utf8()), message));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_and_escaped_controls_are_found_where_they_are() {
        // TOML itself refuses a raw C0 control; a C1 control or a bidi override may be raw.
        let text = "title = \"ok\"\n[[items]]\ntext = \"Hi \\u001b]52;c;aGk=\\u0007\"\n\
                    labels = [\"a\", \"b\u{202e}c\"]\nintro = 'plain'\n";
        let found = acting_characters(text);
        let at: Vec<_> = found.iter().map(|d| (d.line, d.column)).collect();
        // The escape at its string's start; the raw override at its own column.
        assert_eq!(
            at,
            vec![(Some(3), Some(8)), (Some(4), Some(18))],
            "{found:?}"
        );
        assert!(found[0].message.contains("U+001B"), "{}", found[0].message);
        assert!(found[1].message.contains("U+202E"), "{}", found[1].message);
    }

    #[test]
    fn tabs_line_breaks_and_ordinary_text_pass() {
        let text = "about = \"\"\"\nLine one\n\tLine two, é, 日本, 👩‍💻\n\"\"\"\nname = \"Zoé\"\n";
        assert!(acting_characters(text).is_empty());
    }

    #[test]
    fn eight_bit_csi_and_every_bidi_override_are_refused() {
        for c in [
            '\u{9b}', '\u{85}', '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}', '\u{200f}',
        ] {
            let text = format!("title = \"a{c}b\"\n");
            assert_eq!(acting_characters(&text).len(), 1, "U+{:04X}", c as u32);
        }
    }
}
