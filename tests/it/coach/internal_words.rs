//! The stored word `self` is the files' own: a person reads "you" ("vous"), or a client's
//! name in their space, in every text output, error and `--help` of both languages.

use super::Practice;

/// Whether `text` holds the word `self` on its own (not "yourself", not `&self`).
fn says_self(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '_')
        .any(|word| word.eq_ignore_ascii_case("self"))
}

/// The subcommands `confiance --help` lists, `help` aside.
fn subcommands(p: &Practice) -> Vec<String> {
    let help = p.ok(&["--help"]);
    help.lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect()
}

#[test]
fn the_word_self_is_never_shown() {
    let p = Practice::new();
    let mut runs: Vec<Vec<String>> = vec![];
    let commands = subcommands(&p);
    assert!(commands.len() > 10, "{commands:?}");
    for lang in ["en", "fr"] {
        runs.push(vec!["--lang".into(), lang.into(), "--help".into()]);
        for command in &commands {
            runs.push(vec![
                "--lang".into(),
                lang.into(),
                command.clone(),
                "--help".into(),
            ]);
        }
        for space in [None, Some("Marie")] {
            let subject = if space.is_some() { "Team Atlas" } else { "Bob" };
            for args in [
                vec!["list"],
                vec!["show", subject],
                vec!["show", subject, "--respondent", "Nobody"],
                vec!["trend", subject],
                vec!["trend", subject, "--respondent", "Nobody"],
                vec!["compare", subject],
                vec!["cadence", subject],
                vec!["report", subject, "--format", "markdown"],
                vec!["due"],
                vec!["drafts"],
            ] {
                let mut line = vec!["--lang".to_string(), lang.to_string()];
                if let Some(client) = space {
                    line.extend(["--client".to_string(), client.to_string()]);
                }
                line.extend(args.iter().map(|a| a.to_string()));
                runs.push(line);
            }
        }
    }
    for line in runs {
        let args: Vec<&str> = line.iter().map(String::as_str).collect();
        let (text, _) = p.run(&args);
        assert!(!says_self(&text), "{args:?} shows `self`:\n{text}");
    }
}

#[test]
fn an_unknown_respondent_lists_the_others_as_the_person_knows_them() {
    let p = Practice::new();
    let (mine, code) = p.run(&["show", "Bob", "--respondent", "Nobody"]);
    assert_eq!(code, 2, "{mine}");
    assert!(mine.contains("(respondents: \"you\")"), "{mine}");
    let (french, _) = p.run(&["--lang", "fr", "trend", "Bob", "--respondent", "Nobody"]);
    assert!(
        french.contains("(répondants\u{a0}: «\u{202f}vous\u{202f}»)"),
        "{french}"
    );
    let (hers, _) = p.run(&[
        "--client",
        "Marie",
        "show",
        "Team Atlas",
        "--respondent",
        "Nobody",
    ]);
    assert!(
        hers.contains("(respondents: \"Marie\", \"Team Atlas\")"),
        "{hers}"
    );
}
