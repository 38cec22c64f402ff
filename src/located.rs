//! Diagnostics that point at a place in a file: `PATH:LINE:COLUMN: message`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One problem found in a file, with where it is when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub path: Option<PathBuf>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    /// A problem about a whole file (or no file at all).
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            path: None,
            line: None,
            column: None,
            message: message.into(),
        }
    }

    /// A problem at a byte span of `text`; the line and column are computed from it.
    pub fn at(text: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        let mut d = Self::new(message);
        if let Some(span) = span {
            let (line, column) = line_column(text, span.start);
            d.line = Some(line);
            d.column = Some(column);
        }
        d
    }

    pub fn in_file(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }

    /// Turns a TOML parse error into a located diagnostic *without* quoting the file's text:
    /// toml's own Display prints the offending line, which may be a private note.
    pub fn from_toml(text: &str, err: &toml::de::Error) -> Self {
        Self::at(text, err.span(), redact(err.message().trim()))
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
            write!(f, "line {line}: ")?;
        }
        f.write_str(&crate::printable::printable(&self.message))
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
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

/// Replaces every double-quoted fragment of a parser message with `"…"`, so that values taken
/// from the file (a note, a name) never reach the terminal or a log through an error.
pub fn redact(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    for c in message.chars() {
        if c == '"' {
            if inside {
                out.push_str("…\"");
            } else {
                out.push('"');
            }
            inside = !inside;
        } else if !inside {
            out.push(c);
        }
    }
    if inside {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
            r#"invalid type: string "…", expected integer"#
        );
        assert_eq!(redact("unknown field `x`"), "unknown field `x`");
    }

    #[test]
    fn display_has_path_line_column() {
        let d = Diagnostic::at("x\ny", Some(2..3), "bad").in_file(Path::new("f.toml"));
        assert_eq!(d.to_string(), "f.toml:2:1: bad");
        assert_eq!(Diagnostic::new("oops").to_string(), "oops");
    }
}
