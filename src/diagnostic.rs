//! Diagnostics that point at a place in a file: `PATH:LINE:COLUMN: message`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::i18n::{DiagContent, DiagFiles, fill};

/// One problem found in a file, with where it is when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: Option<PathBuf>,
    pub line: Option<usize>,
    pub(crate) column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    /// A problem about a whole file (or no file at all).
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            path: None,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// A problem at a byte span of `text`; the line and column are computed from it.
    pub(crate) fn at(text: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        let mut d = Self::new(message);
        if let Some(span) = span {
            let (line, column) = line_column(text, span.start);
            d.line = Some(line);
            d.column = Some(column);
        }
        d
    }

    pub(crate) fn in_file(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }

    /// Turns a TOML parse error into a located diagnostic *without* quoting the file's text:
    /// toml's own Display prints the offending line, which may be a private note.
    pub fn from_toml(text: &str, err: &toml::de::Error) -> Self {
        Self::at(text, err.span(), in_words(&redact(err.message().trim())))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}:", crate::printable::printable_path(path))?;
            if let Some(line) = self.line {
                write!(f, "{line}:")?;
                if let Some(column) = self.column {
                    write!(f, "{column}:")?;
                }
            }
            f.write_str(" ")?;
        } else if let Some(line) = self.line {
            f.write_str(&fill(DiagFiles::now().line, &[("line", &line)]))?;
        }
        f.write_str(&crate::printable::printable(&self.message))
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

/// Cuts a parser message at the first `"` or `` ` ``, where serde and toml put a value taken from
/// the file (a note, a name, a number), so that it never reaches the terminal or a log through an
/// error. Finding where a quoted value *ends* is not safe (it may hold escaped quotes), so the
/// value and whatever follows it are dropped; the only text kept after the cut is serde's own
/// `, expected …` tail, which always comes last in the shapes listed below.
pub(crate) fn redact(message: &str) -> String {
    // Our own field names: safe to show, and the whole point of the message.
    const OWN_NAMES: &[&str] = &["missing field `", "duplicate field `"];
    // serde shapes that always end with `, expected <what the tool wanted>`.
    const EXPECTING: &[&str] = &[
        "invalid type:",
        "invalid value:",
        "unknown variant ",
        "unknown field ",
    ];
    if OWN_NAMES.iter().any(|p| message.starts_with(p)) && !message.contains('"') {
        return message.to_string();
    }
    let Some(cut) = message.find(['"', '`']) else {
        return message.to_string();
    };
    let mut out = format!("{}…", &message[..cut]);
    // A misspelt key in a questionnaire is worth naming when it is a plain short key: only
    // those characters are kept, never a quoted key's text.
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        if (1..=32).contains(&key.len())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            out = format!("unknown field `{key}`");
        }
    }
    if EXPECTING.iter().any(|p| message.starts_with(p))
        // The last one: a value may itself contain ", expected ", the real tail follows it.
        && let Some(tail) = message.rfind(", expected ").filter(|&i| i > cut)
    {
        out.push_str(&message[tail..]);
    }
    out
}

/// A parser's message with its own English words in the interface's language. The parsers
/// speak English only; the shapes met in practice begin with a few fixed phrases.
pub(crate) fn in_words(message: &str) -> String {
    in_words_of(message, DiagContent::now())
}

/// [`in_words`] in the language of `now`.
fn in_words_of(message: &str, now: &DiagContent) -> String {
    let en = &DiagContent::EN;
    if std::ptr::eq(en, now) {
        return message.to_string();
    }
    let prefixes = [
        (en.parser_missing_field, now.parser_missing_field),
        (en.parser_duplicate_field, now.parser_duplicate_field),
        (en.parser_unknown_field, now.parser_unknown_field),
        (en.parser_unknown_variant, now.parser_unknown_variant),
        (en.parser_invalid_type, now.parser_invalid_type),
        (en.parser_invalid_value, now.parser_invalid_value),
        (en.parser_duplicate_key, now.parser_duplicate_key),
    ];
    let mut out = match prefixes.iter().find(|(en, _)| message.starts_with(en)) {
        Some((en, ours)) => format!("{ours}{}", &message[en.len()..]),
        None => message.to_string(),
    };
    // `invalid type: …, expected …`: a clause of the same message.
    if let Some(i) = out.rfind(en.parser_expected) {
        out.replace_range(i..i + en.parser_expected.len(), now.parser_expected);
        // What is expected, in the parsers' few phrases: "one of `a`, `b`", "`a` or `b`",
        // "a string"…
        let start = i + now.parser_expected.len();
        let mut expected = out[start..].to_string();
        if let Some(rest) = expected.strip_prefix(en.parser_one_of) {
            expected = format!("{}{rest}", now.parser_one_of);
        }
        expected = expected.replace(en.parser_or, now.parser_or);
        for (en, ours) in [
            (en.parser_a_string, now.parser_a_string),
            (en.parser_an_integer, now.parser_an_integer),
            (en.parser_a_boolean, now.parser_a_boolean),
            (en.parser_a_sequence, now.parser_a_sequence),
        ] {
            if expected == en {
                expected = ours.to_string();
            }
        }
        out.replace_range(start.., &expected);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_parser_expected_is_said_in_french() {
        let in_words = |m| in_words_of(m, DiagContent::of(crate::i18n::Lang::Fr));
        let said = in_words("unknown field `shrt`, expected one of `id`, `group`");
        assert_eq!(
            said,
            "champ inconnu\u{a0}: `shrt`, attendu\u{a0}: un mot parmi `id`, `group`"
        );
        let said = in_words("unknown variant `x`, expected `virtue` or `pillar`");
        assert!(
            said.ends_with("attendu\u{a0}: `virtue` ou `pillar`"),
            "{said}"
        );
        let said = in_words("invalid type: integer `3`, expected a string");
        assert!(
            said.ends_with("attendu\u{a0}: un texte entre guillemets"),
            "{said}"
        );
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // 'é' is two bytes but one column
        assert_eq!(line_column(text, 9), (2, 3));
        assert_eq!(line_column(text, 1000), (3, 1));
    }

    #[test]
    fn redact_hides_quoted_values() {
        assert_eq!(
            redact(r#"invalid type: string "my secret", expected integer"#),
            r#"invalid type: string …, expected integer"#
        );
        assert_eq!(redact("missing field `subject`"), "missing field `subject`");
    }

    #[test]
    fn redact_hides_values_holding_escaped_quotes_and_backticks() {
        let cases = [
            r#"invalid type: string "a \"secret\" c", expected integer"#,
            r#"invalid type: string "secret, expected more secret", expected i64"#,
            "unknown variant `secret`, expected `virtue` or `pillar`",
            "unknown field `my secret`, expected one of `id`, `name`",
            "invalid type: integer `12345`, expected a string",
            "duplicate key `secret`",
            r#"missing field `x` "secret""#,
        ];
        for message in cases {
            let out = redact(message);
            assert!(!out.contains("secret") && !out.contains("12345"), "{out}");
        }
        assert_eq!(redact(cases[0]), "invalid type: string …, expected integer");
        assert_eq!(
            redact(cases[2]),
            "unknown variant …, expected `virtue` or `pillar`"
        );
        assert_eq!(
            redact("unknown field `colour`, expected `id`"),
            "unknown field `colour`, expected `id`"
        );
    }

    #[test]
    fn display_has_path_line_column() {
        let d = Diagnostic::at("x\ny", Some(2..3), "bad").in_file(Path::new("f.toml"));
        assert_eq!(d.to_string(), "f.toml:2:1: bad");
        assert_eq!(Diagnostic::new("oops").to_string(), "oops");
    }
}
