//! French elision and `{subject}`. In French, "de", "que", "le"… lose their vowel before a
//! vowel ("d'Inès", "qu'Équipe Atlas"), so a text where `{subject}` follows one of them reads
//! wrong for half of all names ("de Inès"), and a text that elides it ("d'{subject}") reads
//! wrong for the other half ("d'Bob"). Neither form can be right for every name: `{subject}`
//! belongs at the start of a clause or after a word that never elides ("avec", "à", "et",
//! "par", "pour", "chez"). These are warnings, not errors: the questionnaire still works.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagContent, fill};

/// Words written in full that elide before a vowel: `{subject}` must not follow them.
/// "si" is not one: it elides only before the pronoun "il" ("s'il"), never before a name
/// ("si Inès" is right).
pub(crate) const ELIDING: &[&str] = &[
    "de", "que", "le", "la", "je", "ne", "se", "ce", "me", "te", "lorsque", "puisque", "quoique",
    "jusque",
];

/// The same words once elided ("d'", "qu'"…), which read wrong before a consonant.
const ELIDED: &[&str] = &[
    "d", "qu", "l", "j", "n", "s", "c", "m", "t", "lorsqu", "puisqu", "quoiqu", "jusqu",
];

const PLACEHOLDER: &str = "{subject}";

/// One place where `{subject}` follows a word that elides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Elision {
    /// Byte offset of the word in the text.
    pub(crate) offset: usize,
    /// The word as written, with its apostrophe if it has one: `de`, `Que`, `d'`, `qu’`.
    pub(crate) word: String,
}

impl Elision {
    /// What is wrong and how to fix it.
    pub(crate) fn message(&self) -> String {
        let words = DiagContent::now();
        let template = if self.word.ends_with(['\'', '’']) {
            words.elision_consonant
        } else {
            words.elision_vowel
        };
        fill(template, &[("word", &self.word), ("subject", &PLACEHOLDER)])
    }
}

/// Every `{subject}` of `text` that follows an eliding word ("de {subject}", case-insensitive,
/// after any run of spaces) or an elided one ("d'{subject}", "qu’{subject}").
pub fn find(text: &str) -> Vec<Elision> {
    let mut found = vec![];
    for (at, _) in text.match_indices(PLACEHOLDER) {
        let before = &text[..at];
        let (before, list, apostrophe) = match before.chars().next_back() {
            Some(c @ ('\'' | '’')) => (&before[..before.len() - c.len_utf8()], ELIDED, true),
            Some(c) if c.is_whitespace() => (before.trim_end(), ELIDING, false),
            _ => continue,
        };
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(before.len(), |(i, _)| i);
        let word = &before[start..];
        if list.contains(&word.to_lowercase().as_str()) {
            let written = if apostrophe { &text[start..at] } else { word };
            found.push(Elision {
                offset: start,
                word: written.to_string(),
            });
        }
    }
    found
}

/// How a French word that elides ("de", "que") meets a name that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Before {
    /// A vowel: the word elides ("d’Inès", "d’Émile").
    Vowel,
    /// A consonant: the word stays whole ("de Paul").
    Consonant,
    /// An "h" or a "y" (elided or not by the word, not by its spelling: "d’Hélène" but "de
    /// Hugo"), or no letter at all: no rule tells, so the name is best not joined to one.
    Unknown,
}

/// How an eliding word meets `name`: by the first letter of the name, accents and case aside.
pub(crate) fn before(name: &str) -> Before {
    let Some(first) = name.trim_start().chars().next() else {
        return Before::Unknown;
    };
    let lower: String = first.to_lowercase().collect();
    if "aàâäeéèêëiîïoôöuùûüœæ".contains(lower.as_str()) {
        Before::Vowel
    } else if first.is_alphabetic() && !"hy".contains(lower.as_str()) {
        Before::Consonant
    } else {
        Before::Unknown
    }
}

/// Whether a questionnaire's `lang` is French (`fr`, `fr-CA`, `fr_BE`…).
pub(crate) fn is_french(lang: &str) -> bool {
    let lang = lang.to_ascii_lowercase();
    lang == "fr" || lang.starts_with("fr-") || lang.starts_with("fr_")
}

/// The texts of a questionnaire file where `{subject}` is filled in, with where they are.
/// Lenient: whatever else the file holds or lacks is the parser's business.
#[derive(Deserialize)]
struct Texts {
    lang: Option<String>,
    title: Option<Spanned<String>>,
    intro: Option<Spanned<String>>,
    #[serde(default)]
    dimensions: Vec<DimensionTexts>,
    #[serde(default)]
    items: Vec<ItemTexts>,
    #[serde(default)]
    stages: Vec<StageTexts>,
}

#[derive(Deserialize)]
struct DimensionTexts {
    name: Option<Spanned<String>>,
    about: Option<Spanned<String>>,
    #[serde(default)]
    advice: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
struct ItemTexts {
    text: Option<Spanned<String>>,
}

#[derive(Deserialize)]
struct StageTexts {
    name: Option<Spanned<String>>,
    about: Option<Spanned<String>>,
}

/// The elision warnings of a questionnaire file's text, when its `lang` is French; none for
/// another language or a file whose texts cannot be read (its errors say why). Each is
/// located at the eliding word, or at the start of the string when the string is written with
/// escapes or on several lines.
pub fn warnings(file: &str) -> Vec<Diagnostic> {
    let Ok(texts) = toml::from_str::<Texts>(file) else {
        return vec![];
    };
    if !texts.lang.as_deref().is_some_and(is_french) {
        return vec![];
    }
    let strings = texts
        .title
        .iter()
        .chain(&texts.intro)
        .chain(texts.dimensions.iter().flat_map(|d| {
            d.name
                .iter()
                .chain(&d.about)
                .chain(&d.advice)
                .collect::<Vec<_>>()
        }))
        .chain(texts.items.iter().filter_map(|i| i.text.as_ref()))
        .chain(
            texts
                .stages
                .iter()
                .flat_map(|s| s.name.iter().chain(&s.about).collect::<Vec<_>>()),
        );
    let mut list: Vec<(usize, Diagnostic)> = vec![];
    for s in strings {
        let span = s.span();
        let value = s.get_ref();
        // Where the value's own bytes begin in the file, when they are written as they are.
        let raw = file.get(span.clone()).unwrap_or_default();
        let verbatim = raw.len() == value.len() + 2
            && (raw.starts_with('"') || raw.starts_with('\''))
            && raw.get(1..raw.len() - 1) == Some(value.as_str());
        for e in find(value) {
            let at = if verbatim {
                span.start + 1 + e.offset
            } else {
                span.start
            };
            list.push((at, Diagnostic::at(file, Some(at..at), e.message())));
        }
    }
    list.sort_by_key(|(at, _)| *at);
    list.into_iter().map(|(_, d)| d).collect()
}

/// [`warnings`] of the questionnaire file at `path`, each carrying the path; none when the file
/// cannot be read (loading it says why).
pub(crate) fn file_warnings(path: &Path) -> Vec<Diagnostic> {
    crate::files::read_text(path)
        .map(|text| {
            warnings(&text)
                .into_iter()
                .map(|d| d.in_file(path))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        find(text).into_iter().map(|e| e.word).collect()
    }

    /// The screens' French words never put a name after a word that elides ("de {who}" reads
    /// "de Inès"): this check, applied to the TUI's string tables. (Some of the command line's
    /// and the report's strings still do; they are left to the change of their wording.)
    #[test]
    fn no_french_name_on_the_screens_follows_a_word_that_elides() {
        use crate::i18n::{TuiHelp, TuiKeys, TuiScreens, TuiStatus};
        const NAMES: [&str; 5] = ["{who}", "{owner}", "{subject}", "{name}", "{respondent}"];
        let tables = [
            TuiScreens::FR.entries(),
            TuiKeys::FR.entries(),
            TuiHelp::FR.entries(),
            TuiStatus::FR.entries(),
        ];
        let mut wrong = vec![];
        for (name, text) in tables.into_iter().flatten() {
            let named = NAMES
                .iter()
                .fold(text.to_string(), |t, hole| t.replace(hole, PLACEHOLDER));
            wrong.extend(
                find(&named)
                    .iter()
                    .map(|e| format!("{name}: {}", e.message())),
            );
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        assert_eq!(words("Note de {subject}"), ["de"], "the check sees one");
    }

    #[test]
    fn each_eliding_word_before_subject_is_found() {
        for word in [
            "de", "que", "le", "la", "je", "ne", "se", "ce", "lorsque", "jusque",
        ] {
            let text = format!("Voici {word} {{subject}}.");
            assert_eq!(words(&text), [word], "{text}");
            assert_eq!(find(&text)[0].offset, "Voici ".len());
        }
        assert_eq!(
            words("les explications de {subject} et le travail que {subject} fait"),
            ["de", "que"]
        );
    }

    #[test]
    fn case_spaces_and_the_start_of_the_text() {
        assert_eq!(words("De {subject} vient l'idée."), ["De"]);
        assert_eq!(words("QUE {subject}"), ["QUE"]);
        assert_eq!(words("ce que\u{a0}{subject} dit"), ["que"]);
        assert_eq!(words("que  \n {subject}"), ["que"]);
        assert_eq!(
            find("« Je sais que {subject} »")[0].offset,
            "« Je sais ".len()
        );
    }

    #[test]
    fn elided_forms_read_wrong_before_a_consonant() {
        assert_eq!(words("l'avis d'{subject}"), ["d'"]);
        assert_eq!(words("ce qu’{subject} dit"), ["qu’"]);
        assert_eq!(words("jusqu'{subject}"), ["jusqu'"]);
        let message = find("l'avis d'{subject}")[0].message();
        assert!(message.contains("\"d'Bob\""), "{message}");
    }

    #[test]
    fn a_name_says_how_an_eliding_word_meets_it() {
        for vowel in ["Inès Moreau", "Émile", "alice", "Œdipe", " Ugo"] {
            assert_eq!(before(vowel), Before::Vowel, "{vowel}");
        }
        for consonant in ["Paul", "Zoé", "Ç"] {
            assert_eq!(before(consonant), Before::Consonant, "{consonant}");
        }
        for unknown in ["Hugo", "Hélène", "Yves", "3M", "«Atlas»", ""] {
            assert_eq!(before(unknown), Before::Unknown, "{unknown}");
        }
    }

    #[test]
    fn words_that_never_elide_and_other_placements_are_fine() {
        for ok in [
            "{subject} et moi employons les mêmes mots.",
            "Je travaille avec {subject}, à {subject}, par {subject}, pour {subject}, chez {subject}.",
            "Quand j'aide {subject}, l'aide revient.",
            "les explications que me donne {subject}",
            "Avant d'agir, reformulez ce qu'a dit {subject}.",
            "Je me demande si {subject} viendra.",
            "aujourd'hui {subject} arrive",
            "unde {subject}",
            "(de){subject}",
            "de{subject}",
        ] {
            assert_eq!(find(ok), vec![], "{ok}");
        }
        // Only the word itself counts, not a longer word that ends like it.
        assert_eq!(words("Adele {subject}"), Vec::<String>::new());
        assert_eq!(words("chaque {subject}"), Vec::<String>::new());
    }

    #[test]
    fn the_message_says_what_is_wrong_and_how_to_fix_it() {
        let e = &find("Je comprends les explications de {subject}.")[0];
        assert_eq!(
            e.message(),
            "\"de {subject}\" reads wrong before a vowel (\"de Inès\"): put {subject} after \
             \"avec\", \"à\", \"par\", or at the start of a clause"
        );
    }

    const FILE: &str = r#"id = "x"
lang = "fr"
title = "Titre"
intro = "Entre vous et {subject}."

[[dimensions]]
about = "Ce que {subject} dit."
advice = ["Demandez à {subject}.", 'Le point de vue de {subject}.']

[[items]]
id = "a"
text = "Je comprends les explications de {subject}."

[[items]]
text = "Il est arriv\u00e9 que {subject} parte."

[[stages]]
about = """
Chacun sait que {subject} vient."""
"#;

    #[test]
    fn a_french_file_is_checked_everywhere_and_located() {
        let found: Vec<(usize, usize, String)> = warnings(FILE)
            .into_iter()
            .map(|d| (d.line.unwrap(), d.column.unwrap(), d.message))
            .collect();
        let at = |line: usize, col: usize, word: &str| {
            (
                line,
                col,
                Elision {
                    offset: 0,
                    word: word.into(),
                }
                .message(),
            )
        };
        assert_eq!(
            found,
            [
                // Inside a plain string: the word itself.
                at(7, 13, "que"),
                at(8, 53, "de"),
                at(12, 39, "de"),
                // Written with an escape, or on several lines: the start of the string.
                at(15, 8, "que"),
                at(18, 9, "que"),
            ]
        );
    }

    #[test]
    fn another_language_or_an_unreadable_file_has_no_warnings() {
        assert_eq!(
            warnings(&FILE.replace("lang = \"fr\"", "lang = \"en\"")),
            []
        );
        assert_eq!(warnings(&FILE.replace("lang = \"fr\"", "")), []);
        assert_eq!(warnings("not toml ["), []);
        assert_eq!(
            warnings(&FILE.replace("lang = \"fr\"", "lang = \"fr-CA\"")).len(),
            5
        );
        assert!(is_french("FR") && is_french("fr_BE") && !is_french("fra") && !is_french("en"));
    }
}
