//! The starting point of a questionnaire of one's own: every field explained in comments, in
//! the person's language, followed by a small example or by a built-in questionnaire's body.

/// The comments that explain every field, by language code (English when there is none).
fn guide(lang: &str) -> &'static str {
    match lang {
        "fr" => include_str!("../../questionnaires/templates/guide.fr.toml"),
        _ => include_str!("../../questionnaires/templates/guide.en.toml"),
    }
}

/// A small, valid example: three dimensions, a reverse item, one without `about` or `advice`.
fn example(lang: &str) -> &'static str {
    match lang {
        "fr" => include_str!("../../questionnaires/templates/blank.fr.toml"),
        _ => include_str!("../../questionnaires/templates/blank.en.toml"),
    }
}

/// The example's id in `lang`, used when the file's name gives none.
pub(crate) fn example_id(lang: &str) -> &'static str {
    match lang {
        "fr" => "mon-questionnaire",
        _ => "my-questionnaire",
    }
}

/// The template for a new questionnaire with id `id`: the guide in `lang`, then `from` (the
/// text of a questionnaire file, its leading comments left out: the guide replaces them, and
/// `made_from` says where it came from) or the example.
pub(crate) fn template(lang: &str, id: &str, from: Option<(&str, &str)>) -> String {
    let mut out = guide(lang).to_string();
    let body = match from {
        Some((text, made_from)) => {
            out.push_str(&format!("#\n# {made_from}\n"));
            without_leading_comments(text)
        }
        None => example(lang),
    };
    out.push('\n');
    out.push_str(&with_id(body, id));
    out
}

/// An id for a file named `stem`: its letters (accents dropped) and digits, lowercase, other
/// runs as `-`.
pub(crate) fn id_from_name(stem: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut id = String::new();
    for c in stem
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id: String = id.trim_end_matches('-').chars().take(64).collect();
    id.trim_end_matches('-').to_string()
}

fn without_leading_comments(text: &str) -> &str {
    let mut rest = text;
    while let Some(line) = rest.lines().next() {
        let trimmed = line.trim();
        if !(trimmed.is_empty() || trimmed.starts_with('#')) {
            break;
        }
        rest = rest[line.len()..].trim_start_matches(['\r', '\n']);
    }
    rest
}

/// `text` with its top-level `id = "…"` line (the first line that starts with `id`) saying `id`.
fn with_id(text: &str, id: &str) -> String {
    let mut done = false;
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let is_id = line
            .strip_prefix("id")
            .is_some_and(|rest| rest.trim_start().starts_with('='));
        if is_id && !done {
            done = true;
            out.push_str(&format!("id = \"{id}\"\n"));
        } else {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::{catalog_text, parse};

    #[test]
    fn the_template_is_a_valid_questionnaire_in_both_languages() {
        for lang in ["en", "fr"] {
            let text = template(lang, "mine", None);
            let q = parse(&text).unwrap_or_else(|e| panic!("{lang}: {e:?}"));
            assert_eq!((q.id.as_str(), q.lang.as_str()), ("mine", lang));
            assert_eq!(q.dimensions.len(), 3);
            assert!(q.items.iter().any(|i| i.reverse), "a reverse item");
            assert!(text.contains("[[stages]]") && text.contains("reverse"));
        }
        assert!(template("fr", "x", None).contains("facultatif"));
    }

    #[test]
    fn a_built_in_questionnaire_becomes_ones_own_under_a_new_id() {
        let trust = catalog_text("trust.fr.toml");
        let text = template(
            "fr",
            "ma-confiance",
            Some((trust, "Fait à partir de trust.")),
        );
        let q = parse(&text).unwrap();
        assert_eq!(q.id, "ma-confiance");
        assert_eq!(q.dimensions.len(), 8);
        assert!(text.contains("# Fait à partir de trust."));
        assert_eq!(
            text.matches("\nid = \"ma-confiance\"").count(),
            1,
            "items keep their own ids"
        );
    }

    #[test]
    fn ids_come_from_file_names() {
        assert_eq!(id_from_name("My Trust (v2)"), "my-trust-v2");
        assert_eq!(id_from_name("Équipe_Noël"), "equipe-noel");
        assert_eq!(id_from_name("--"), "");
        assert!(id_from_name(&"a-".repeat(100)).len() <= 64);
        assert!(!id_from_name(&"a-".repeat(100)).ends_with('-'));
    }
}
