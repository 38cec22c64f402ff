//! What a line typed in the plain mode means: a number, a letter (`s`, `b`, `q`, `?`), or a
//! note (`n some text`).

/// The next line of `input`, `None` at its end. Bytes that are not UTF-8 (garbage piped in)
/// become U+FFFD, so such a line means nothing and is said invalid, as any other unknown
/// line; reading it never ends the run.
pub(in crate::cli) fn next(input: &mut dyn std::io::BufRead) -> std::io::Result<Option<String>> {
    let mut bytes = vec![];
    if input.read_until(b'\n', &mut bytes)? == 0 {
        return Ok(None);
    }
    Ok(Some(String::from_utf8_lossy(&bytes).into_owned()))
}

/// What a line typed on a question means.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Line<'a> {
    Empty,
    Number(i64),
    Skip,
    Back,
    Note(&'a str),
    Quit,
    Help,
    Unknown,
}

pub(super) fn read_line(line: &str) -> Line<'_> {
    let line = line.trim();
    if line.is_empty() {
        return Line::Empty;
    }
    if let Ok(n) = line.parse::<i64>() {
        return Line::Number(n);
    }
    match line {
        // p (passer) and r (revenir) are the French words' letters: taken in any language.
        "s" | "S" | "p" | "P" => return Line::Skip,
        "b" | "B" | "r" | "R" => return Line::Back,
        "q" | "Q" => return Line::Quit,
        "?" | "h" | "help" | "aide" => return Line::Help,
        _ => {}
    }
    match line.strip_prefix("n ").or_else(|| line.strip_prefix("N ")) {
        Some(text) => Line::Note(text.trim()),
        None if line == "n" || line == "N" => Line::Note(""),
        None => Line::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::{Line, read_line};

    #[test]
    fn the_french_letters_skip_and_go_back_in_any_language() {
        for (typed, meant) in [
            ("s", Line::Skip),
            ("p", Line::Skip),
            (" P ", Line::Skip),
            ("b", Line::Back),
            ("r", Line::Back),
            ("n a note", Line::Note("a note")),
            ("x", Line::Unknown),
        ] {
            assert_eq!(read_line(typed), meant, "{typed:?}");
        }
    }
}
