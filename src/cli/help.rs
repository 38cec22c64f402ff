//! `--help` in the interface's language: the derive's command as written for English; for French,
//! the same command with every text, heading and placeholder replaced from the help table.

use std::ffi::OsString;

use clap::builder::{Str, Styles};
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::i18n::help_text::{ClapText, french};
use crate::i18n::{Lang, fill};

/// The command line in `lang`: same flags, same parsing, only the texts a person reads differ.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::Fr {
        // Built first, so clap's own `--help`, `--version`, `help` command and the global
        // flags copied into every subcommand are there to be translated too.
        cmd.build();
        translate(&mut cmd);
    }
    cmd
}

/// Parses the command line with the help of `lang` (what `Cli::try_parse_from` does in English).
pub fn parse(args: &[OsString], lang: Lang) -> Result<Cli, clap::Error> {
    let mut cmd = command(lang).color(color_of(args));
    let mut matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

/// clap's own colours, as `--color` and `NO_COLOR` say (read before parsing, for `--help`).
fn color_of(args: &[OsString]) -> clap::ColorChoice {
    let asked = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        match a.strip_prefix("--color") {
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
            Some("") => args.get(i + 1)?.to_str().map(str::to_string),
            _ => None,
        }
    });
    match asked.as_deref() {
        Some("never") => clap::ColorChoice::Never,
        Some("always") => clap::ColorChoice::Always,
        _ if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => {
            clap::ColorChoice::Never
        }
        _ => clap::ColorChoice::Auto,
    }
}

/// A text in French, or as it is when the table has none (the tests see to it that all have).
fn fr(text: &str) -> String {
    french(text).map_or_else(|| text.to_string(), str::to_string)
}

/// Translates a built command and its subcommands, in place.
fn translate(cmd: &mut Command) {
    let mut c = std::mem::take(cmd);
    let styles = c.get_styles().clone();
    if let Some(about) = c.get_about() {
        let about = fr(&about.to_string());
        c = c.about(about);
    }
    if let Some(long) = c.get_long_about() {
        let long = fr(&long.to_string());
        c = c.long_about(long);
    }
    if let Some(after) = c.get_after_help() {
        let after = fr(&after.to_string());
        c = c.after_help(after);
    }
    if c.has_subcommands() {
        let name = c.get_subcommand_value_name().unwrap_or("COMMAND");
        if let Some(name) = french(name) {
            c = c.subcommand_value_name(name);
        }
    }
    c = c.mut_args(|arg| translate_arg(arg, &styles));
    let template = template(&c, &styles);
    *cmd = c.help_template(template);
    for sub in cmd.get_subcommands_mut() {
        translate(sub);
    }
}

/// An argument's help and placeholders in French; the defaults and possible values clap would
/// add in English are added by hand, in French.
fn translate_arg(arg: Arg, styles: &Styles) -> Arg {
    let words = ClapText::of(Lang::Fr);
    let help = arg.get_help().map(|h| fr(&h.to_string()));
    let long_help = arg.get_long_help().map(|h| fr(&h.to_string()));
    let names: Option<Vec<Str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|n| french(n).map_or_else(|| n.clone(), Str::from))
            .collect()
    });
    let (ctx, value) = (styles.get_context(), styles.get_context_value());
    let spec = |template: &str, hole: &str, text: String| {
        let open = fill(template, &[(hole, &"\u{0}")]);
        let (before, after) = open.split_once('\u{0}').unwrap_or((&open, ""));
        format!("{ctx}{before}{ctx:#}{value}{text}{value:#}{ctx}{after}{ctx:#}")
    };
    let mut specs = vec![];
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| quoted(&v.to_string_lossy()))
            .collect();
        specs.push(spec(words.default, "value", defaults.join(" ")));
    }
    if takes_values && !arg.is_hide_possible_values_set() {
        let possible: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|p| !p.is_hide_set())
            .map(|p| quoted(p.get_name()))
            .collect();
        if !possible.is_empty() {
            specs.push(spec(words.possible_values, "values", possible.join(", ")));
        }
    }
    let with_specs = |text: Option<String>| -> Option<String> {
        let text = text.filter(|t| !t.is_empty());
        if specs.is_empty() {
            return text;
        }
        Some(match text {
            Some(text) => format!("{text} {}", specs.join(" ")),
            None => specs.join(" "),
        })
    };
    let help = with_specs(help);
    let long_help = long_help.and_then(|l| with_specs(Some(l)));
    let mut arg = arg.hide_default_value(true).hide_possible_values(true);
    if let Some(help) = help {
        arg = arg.help(help);
    }
    if let Some(long_help) = long_help {
        arg = arg.long_help(long_help);
    }
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    arg
}

/// A value as clap shows it: quoted when it holds a space.
fn quoted(value: &str) -> String {
    if value.chars().any(char::is_whitespace) {
        format!("{value:?}")
    } else {
        value.to_string()
    }
}

/// clap's default help layout with French headings: usage, then each section that has
/// something to show, then the examples.
fn template(cmd: &Command, styles: &Styles) -> String {
    let words = ClapText::of(Lang::Fr);
    let (header, usage) = (styles.get_header(), styles.get_usage());
    let mut sections = vec![];
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push(format!(
            "{header}{}{header:#}\n{{subcommands}}",
            words.commands
        ));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push(format!(
            "{header}{}{header:#}\n{{positionals}}",
            words.arguments
        ));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push(format!("{header}{}{header:#}\n{{options}}", words.options));
    }
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        words.usage
    );
    if !sections.is_empty() {
        template.push_str("\n\n");
        template.push_str(&sections.join("\n\n"));
    }
    template.push_str("{after-help}");
    template
}

#[cfg(test)]
mod tests {
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
        pair(
            "after_help",
            text(en.get_after_help()),
            text(fr.get_after_help()),
        );
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

    fn all_helps(cmd: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
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
            let en = parse(&args, Lang::En).unwrap();
            let fr = parse(&args, Lang::Fr).unwrap();
            assert_eq!(format!("{en:?}"), format!("{fr:?}"), "{line:?}");
        }
        let bad: Vec<OsString> = ["confiance", "list", "--format", "yaml"]
            .iter()
            .map(OsString::from)
            .collect();
        assert_eq!(
            parse(&bad, Lang::Fr).unwrap_err().kind(),
            parse(&bad, Lang::En).unwrap_err().kind()
        );
    }

    /// The French command is still a consistent one for clap.
    #[test]
    fn the_french_command_line_is_consistent() {
        command(Lang::Fr).debug_assert();
    }
}
