//! `--help` in French checked against the English command: every text translated, every
//! French text used, the same flags parsed.

use super::*;
use crate::i18n::help_text::HelpText;

/// Placeholders that are rightly the same in French.
const SAME_IN_FRENCH: &[&str] = &["ID", "FORMAT", "QUESTIONNAIRE", "SHELL"];

fn built_english() -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    cmd
}

fn text(styled: Option<&clap::builder::StyledStr>) -> Option<String> {
    styled.map(ToString::to_string)
}

/// Every text of the English command and its French, side by side, named by where it is.
fn pairs(en: &Command, fr: &Command, path: &str, found: &mut Vec<(String, String, String)>) {
    let mut pair = |what: &str, e: Option<String>, f: Option<String>| {
        if let Some(e) = e {
            found.push((format!("{path} {what}"), e, f.unwrap_or_default()));
        }
    };
    pair("about", text(en.get_about()), text(fr.get_about()));
    pair(
        "long_about",
        text(en.get_long_about()),
        text(fr.get_long_about()),
    );
    // The French after_help starts with the options (see `option_sections`): an English
    // text left at its end is an untranslated one.
    let (en_after, fr_after) = (text(en.get_after_help()), text(fr.get_after_help()));
    let fr_after = match (&en_after, fr_after) {
        (Some(e), Some(f)) if f.ends_with(e.as_str()) => Some(e.clone()),
        (_, f) => f,
    };
    pair("after_help", en_after, fr_after);
    if en.has_subcommands() {
        pair(
            "COMMAND",
            Some(en.get_subcommand_value_name().unwrap_or("COMMAND").into()),
            fr.get_subcommand_value_name().map(Into::into),
        );
    }
    for e in en.get_arguments() {
        let id = e.get_id();
        let f = fr
            .get_arguments()
            .find(|f| f.get_id() == id)
            .unwrap_or_else(|| panic!("{path} {id}: missing in French"));
        pair(
            &format!("{id} help"),
            text(e.get_help()),
            text(f.get_help()),
        );
        pair(
            &format!("{id} long_help"),
            text(e.get_long_help()),
            text(f.get_long_help()),
        );
        if e.get_action().takes_values() {
            let names = |a: &Arg| a.get_value_names().map(|n| n.join(" "));
            pair(&format!("{id} value name"), names(e), names(f));
        }
    }
    for e in en.get_subcommands() {
        let name = e.get_name();
        let f = fr
            .find_subcommand(name)
            .unwrap_or_else(|| panic!("{path} {name}: missing in French"));
        pairs(e, f, &format!("{path} {name}"), found);
    }
}

/// A flag or command added without its French fails here: every about, help, example and
/// placeholder of the English command differs in the French one.
#[test]
fn every_text_of_the_command_line_has_its_french() {
    let mut found = vec![];
    pairs(
        &built_english(),
        &command(Lang::Fr),
        "confiance",
        &mut found,
    );
    assert!(found.len() > 100, "the walk saw the whole command");
    let english: Vec<String> = found
        .iter()
        .filter(|(_, e, f)| e == f && !SAME_IN_FRENCH.contains(&e.as_str()))
        .map(|(place, e, _)| format!("{place}: {e:?}"))
        .collect();
    assert!(
        english.is_empty(),
        "still in English (add them to i18n/help_text.rs):\n{}",
        english.join("\n")
    );
}

/// A text removed from the command line goes from the table too, so no French is kept
/// for an English that no longer exists (or was changed).
#[test]
fn every_french_help_text_is_used() {
    let mut found = vec![];
    pairs(&built_english(), &built_english(), "confiance", &mut found);
    let unused: Vec<String> = HelpText::EN
        .entries()
        .into_iter()
        .chain(crate::i18n::help_report::HelpReport::EN.entries())
        .filter(|(_, en)| !found.iter().any(|(_, e, _)| e == en))
        .map(|(name, en)| format!("HelpText.{name}: {en:?}"))
        .collect();
    assert!(unused.is_empty(), "{}", unused.join("\n"));
}

/// Every help of `cmd` and its subcommands, short (`-h`) and long (`--help`), named by where
/// it is.
pub(super) fn all_helps(cmd: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
    out.push((format!("{path} -h"), cmd.render_help().to_string()));
    out.push((format!("{path} --help"), cmd.render_long_help().to_string()));
    for sub in cmd.get_subcommands_mut() {
        let path = format!("{path} {}", sub.get_name());
        all_helps(sub, &path, out);
    }
}

/// clap's own words are gone from every French help, short and long.
#[test]
fn no_heading_or_clap_word_is_left_in_english() {
    let mut helps = vec![];
    all_helps(&mut command(Lang::Fr), "confiance", &mut helps);
    let english = [
        "Usage:",
        "Commands:",
        "Arguments:",
        "Options:",
        "Print ",
        "[default:",
        "[possible values:",
        "Examples:",
        "Example:",
        "<COMMAND>",
        "[COMMAND]",
    ];
    for (place, help) in &helps {
        for word in english {
            assert!(!help.contains(word), "{place}: {word:?} in\n{help}");
        }
    }
}

/// The French help changes what a person reads, never what the command line means.
#[test]
fn french_parses_as_english_does() {
    let lines: [&[&str]; 10] = [
        &["confiance"],
        &["confiance", "-q", "assess", "Alice", "-r", "coach", "--new"],
        &[
            "confiance",
            "show",
            "Alice",
            "--format",
            "json",
            "--width",
            "80",
        ],
        &[
            "confiance",
            "export",
            "--format",
            "csv",
            "-o",
            "x.csv",
            "--force",
        ],
        &[
            "confiance",
            "questionnaire",
            "show",
            "trust",
            "--format",
            "toml",
        ],
        &["confiance", "--lang", "fr", "import", "a.toml", "b.json"],
        &["confiance", "--client", "Marie", "due", "--format", "json"],
        &["confiance", "config", "set", "cadence_weeks", "4"],
        &["confiance", "--me", "Sam", "cadence", "Bob", "off"],
        &["confiance", "forget", "--client", "Marie", "--yes"],
    ];
    for line in lines {
        let args: Vec<OsString> = line.iter().map(OsString::from).collect();
        let en = parse(&args, Lang::En, Colour::Never).unwrap();
        let fr = parse(&args, Lang::Fr, Colour::Never).unwrap();
        assert_eq!(format!("{en:?}"), format!("{fr:?}"), "{line:?}");
    }
    let bad: Vec<OsString> = ["confiance", "list", "--format", "yaml"]
        .iter()
        .map(OsString::from)
        .collect();
    assert_eq!(
        parse(&bad, Lang::Fr, Colour::Never).unwrap_err().kind(),
        parse(&bad, Lang::En, Colour::Never).unwrap_err().kind()
    );
}

/// The French command is still a consistent one for clap.
#[test]
fn the_french_command_line_is_consistent() {
    command(Lang::Fr).debug_assert();
}
