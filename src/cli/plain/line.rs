//! What a line typed in the plain mode means: a number, a letter (`s`, `b`, `q`, `?`), or a
//! note (`n some text`).

/// What a line typed on a question means.
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
        "s" | "S" => return Line::Skip,
        "b" | "B" => return Line::Back,
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
