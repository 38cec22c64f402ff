//! The French refusals: each kind worded from the table, nothing of clap's English left, and
//! the English column still clap's own words (so a clap upgrade that rewords is noticed).

use std::ffi::OsString;

use crate::cli::parse;
use crate::config::Colour;
use crate::i18n::{ClapErrors, Lang, fill};

fn refused(args: &[&str], lang: Lang) -> String {
    let args: Vec<OsString> = std::iter::once("confiance")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    match parse(&args, lang, Colour::Never) {
        Ok(_) => panic!("{args:?} was accepted"),
        Err(refusal) => {
            assert_eq!(refusal.exit_code(), 2, "{args:?}");
            refusal.render()
        }
    }
}

/// Command lines clap refuses, one per kind this command line can meet, with what the
/// English says and the table's entry for it.
fn cases() -> Vec<(Vec<&'static str>, &'static str)> {
    let t = &ClapErrors::EN;
    vec![
        (vec!["--frob"], t.unknown_argument),
        (vec!["asses"], t.unknown_subcommand),
        (vec!["show", "--width", "5", "X"], t.invalid_value),
        (vec!["show", "--width", "abc", "X"], t.invalid_value),
        (vec!["list", "--format", "yaml"], t.invalid_value),
        (vec!["assess"], t.missing_required),
        (vec!["--plain", "--plain"], t.used_twice),
        (vec!["show", "--data-dir"], t.value_missing),
        (vec!["assess", "Alice", "-x"], t.unknown_argument),
    ]
}

/// The English entry with its holes emptied: what is left must be clap's words.
fn fixed_words(template: &str) -> Vec<String> {
    let mut words = vec![];
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        words.push(rest[..open].to_string());
        rest = rest[open..].split_once('}').map_or("", |(_, after)| after);
    }
    words.push(rest.to_string());
    words.into_iter().filter(|w| w.trim().len() > 2).collect()
}

#[test]
fn the_english_column_is_what_clap_says() {
    for (args, entry) in cases() {
        let english = refused(&args, Lang::En);
        for words in fixed_words(entry) {
            assert!(
                english.contains(&words),
                "{args:?}: {words:?} not in\n{english}"
            );
        }
    }
}

#[test]
fn every_refusal_is_french_to_the_last_line() {
    let english_words = [
        "error:",
        "Usage:",
        "For more information",
        "tip:",
        "unexpected",
        "invalid value",
        "possible values",
        "were not provided",
        "cannot",
        "similar",
        "as a value",
        "not in",
        "digit",
    ];
    for (args, _) in cases() {
        let french = refused(&args, Lang::Fr);
        assert!(french.starts_with("erreur\u{a0}: "), "{args:?}: {french}");
        assert!(french.contains("Pour en savoir plus"), "{args:?}: {french}");
        for word in english_words {
            assert!(!french.contains(word), "{args:?}: {word:?} in\n{french}");
        }
    }
}

#[test]
fn the_french_names_what_was_wrong_and_how_to_fix_it() {
    let fr = &ClapErrors::FR;
    let said = refused(&["asses"], Lang::Fr);
    assert!(said.contains("«\u{202f}asses\u{202f}»"), "{said}");
    assert!(
        said.contains("«\u{202f}assess\u{202f}»"),
        "the similar subcommand: {said}"
    );
    let said = refused(&["show", "--width", "5", "X"], Lang::Fr);
    let range = fill(
        fr.not_in_range,
        &[("value", &5), ("low", &20), ("high", &400)],
    );
    assert!(said.contains(&range), "{said}");
    let said = refused(&["list", "--format", "yaml"], Lang::Fr);
    assert!(
        said.contains("[valeurs possibles\u{a0}: text, json]"),
        "{said}"
    );
    let said = refused(&["assess"], Lang::Fr);
    assert!(
        said.contains("Utilisation\u{a0}: confiance assess"),
        "{said}"
    );
    let said = refused(&["assess", "Alice", "-x"], Lang::Fr);
    assert!(
        said.contains("pour donner «\u{202f}-x\u{202f}» comme valeur"),
        "{said}"
    );
}

#[test]
fn a_help_or_the_version_is_not_a_refusal_and_keeps_its_exit_code() {
    for args in [["--help"], ["--version"]] {
        let args: Vec<OsString> = ["confiance", args[0]].map(OsString::from).to_vec();
        let answer = parse(&args, Lang::Fr, Colour::Never).unwrap_err();
        assert_eq!(answer.exit_code(), 0);
        assert!(matches!(answer, crate::cli::Refusal::English(_)));
    }
}
