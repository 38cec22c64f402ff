//! `--help` in the interface's language: the derive's command as written for English; for French,
//! the same command with every text, heading and placeholder replaced from the help table. In
//! both, the global flags come under their own heading, after the command's own options.

use std::ffi::OsString;

use clap::builder::{Str, Styles};
use clap::{Arg, Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::config::Colour;
use crate::i18n::help_text::{ClapText, french};
use crate::i18n::{Lang, fill};
pub use refusal::Refusal;

mod errors;
mod refusal;

/// The command line in `lang`: same flags, same parsing, only the texts a person reads differ.
pub fn command(lang: Lang) -> Command {
    in_lang(lang, Options::Shown)
}

/// Whether the French command lays out its options for `--help` (see [`option_sections`]):
/// the one costly part of translating it, and needed only when a help is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Options {
    Shown,
    Left,
}

fn in_lang(lang: Lang, options: Options) -> Command {
    let mut cmd = Cli::command();
    if lang == Lang::Fr {
        // Built first, so clap's own `--help`, `--version`, `help` command and the global
        // flags copied into every subcommand are there to be translated too.
        cmd.build();
        translate(&mut cmd, options);
    }
    cmd
}

/// Parses the command line with the help of `lang` (what `Cli::try_parse_from` does in English),
/// coloured as `colour` says (decided before parsing, so that `--help` honours it); a refusal
/// is worded in `lang` too.
pub fn parse(args: &[OsString], lang: Lang, colour: Colour) -> Result<Cli, Refusal> {
    parse_in(args, lang, colour).map_err(|e| match lang {
        Lang::Fr if !answers(e.kind()) => Refusal::French(e.apply()),
        _ => Refusal::English(e),
    })
}

/// Whether clap answers (a help, the version) rather than refuses: its answer is already in
/// the interface's language.
fn answers(kind: clap::error::ErrorKind) -> bool {
    shows_help(kind) || kind == clap::error::ErrorKind::DisplayVersion
}

fn parse_in(args: &[OsString], lang: Lang, colour: Colour) -> Result<Cli, clap::Error> {
    let choice = match colour {
        Colour::Auto => clap::ColorChoice::Auto,
        Colour::Always => clap::ColorChoice::Always,
        Colour::Never => clap::ColorChoice::Never,
    };
    let mut cmd = in_lang(lang, Options::Left).color(choice);
    let mut matches = match cmd.try_get_matches_from_mut(args) {
        // A help was asked for (or is shown for a command missing its subcommand): again,
        // with the options laid out.
        Err(e) if lang == Lang::Fr && shows_help(e.kind()) => {
            cmd = command(lang).color(choice);
            cmd.try_get_matches_from_mut(args)?
        }
        parsed => parsed?,
    };
    Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut cmd))
}

/// Whether clap answers with a help rather than with an error or a parse.
fn shows_help(kind: clap::error::ErrorKind) -> bool {
    use clap::error::ErrorKind;
    matches!(
        kind,
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The heading of the global flags in English, as clap takes it (it adds the colon).
pub(super) fn global_heading() -> &'static str {
    let heading = ClapText::EN.global_options;
    heading.strip_suffix(':').unwrap_or(heading)
}

/// A text in French, or as it is when the table has none (the tests see to it that all have).
fn fr(text: &str) -> String {
    french(text).map_or_else(|| text.to_string(), str::to_string)
}

/// Translates a built command and its subcommands, in place.
fn translate(cmd: &mut Command, options: Options) {
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
    let after = c.get_after_help().map(|after| fr(&after.to_string()));
    if c.has_subcommands() {
        let name = c.get_subcommand_value_name().unwrap_or("COMMAND");
        if let Some(name) = french(name) {
            c = c.subcommand_value_name(name);
        }
    }
    c = c.mut_args(|arg| translate_arg(arg, &styles));
    // The options go after the other sections, in the text clap puts after them: a template
    // has one tag for every option, and this text can differ between `-h` and `--help`.
    let (short, long) = match options {
        Options::Shown => option_sections(&c, &styles),
        Options::Left => Default::default(),
    };
    let with = |options: String| match &after {
        Some(after) if !options.is_empty() => format!("{options}\n\n{after}"),
        Some(after) => after.clone(),
        None => options,
    };
    if !short.is_empty() || after.is_some() {
        c = c.after_help(with(short)).after_long_help(with(long));
    }
    let template = template(&c, &styles);
    *cmd = c.help_template(template);
    for sub in cmd.get_subcommands_mut() {
        translate(sub, options);
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

/// The options of a built command as clap lays them out for `-h` and for `--help`: its own under
/// "Options", then the global flags under theirs (each section aligned on its own, as clap
/// does with headings). Empty when it has none.
fn option_sections(cmd: &Command, styles: &Styles) -> (String, String) {
    let words = ClapText::of(Lang::Fr);
    let header = styles.get_header();
    let (mut short, mut long) = (vec![], vec![]);
    for (heading, global) in [(words.options, false), (words.global_options, true)] {
        let wanted = |a: &Arg| !a.is_positional() && a.is_global_set() == global;
        if !cmd.get_arguments().any(|a| wanted(a) && !a.is_hide_set()) {
            continue;
        }
        // A copy that shows only these options: it is built already, so it renders as the
        // command itself would (same widths, same choice of long help).
        let mut part = cmd
            .clone()
            .help_template(format!("{header}{heading}{header:#}\n{{options}}"))
            .mut_args(|a| if wanted(&a) { a } else { a.hide(true) });
        let text = |help: clap::builder::StyledStr| help.ansi().to_string().trim_end().to_string();
        short.push(text(part.render_help()));
        long.push(text(part.render_long_help()));
    }
    (short.join("\n\n"), long.join("\n\n"))
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
/// something to show, then (after help) the options and the examples.
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
mod sections;
#[cfg(test)]
mod tests;
