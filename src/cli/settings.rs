//! The settings in force for one run, each with where it came from: the interface language
//! (decided before the command line is parsed, so that `--help` speaks it too), the config file
//! and the data folder.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::config::{self, Colour, Config};
use crate::diagnostic::Diagnostic;
use crate::i18n::{self, Lang, Resolved, Source};
use crate::store::ENV_DATA_DIR;
use crate::time::Timestamp;

pub struct Settings {
    pub lang: Resolved,
    pub(crate) config: Config,
    /// Mistakes in the config file: reported, then ignored.
    pub(crate) config_problems: Vec<Diagnostic>,
    /// The moment check-ins are counted to: now, or `$CONFIANCE_NOW` to look ahead (and for
    /// tests that must not age).
    pub now: Timestamp,
    /// When to use colour, and who said so.
    pub colour: (Colour, Source),
}

/// Counts check-ins to this moment instead of now (RFC 3339: `2027-01-04T09:00:00Z`).
pub(super) const ENV_NOW: &str = "CONFIANCE_NOW";

impl Settings {
    /// Reads the language from the raw arguments (`--lang fr`, `--lang=fr`, anywhere), the
    /// environment and the config file.
    pub fn read(args: &[OsString], env: &dyn Fn(&str) -> Option<String>) -> Self {
        let (config, mut config_problems) = config::load(env);
        let now = match env(ENV_NOW).filter(|v| !v.is_empty()) {
            None => Timestamp::now(),
            Some(value) => Timestamp::read(&value).unwrap_or_else(|why| {
                config_problems.push(Diagnostic::new(format!("${ENV_NOW}: {why}: ignored")));
                Timestamp::now()
            }),
        };
        let flag = lang_flag(args);
        let lang = i18n::resolve(flag.as_deref(), env, config.lang.as_deref());
        let colour = colour(args, env, config.color);
        Self {
            lang,
            colour,
            config,
            config_problems,
            now,
        }
    }

    /// Makes the whole process speak the chosen language from now on (see
    /// `i18n::set_interface_lang`), and words the config file's problems in it: they were
    /// found before the language was known, since the file itself may choose it.
    pub fn speak(&mut self, env: &dyn Fn(&str) -> Option<String>) {
        i18n::set_interface_lang(self.language());
        if !self.config_problems.is_empty() && self.language() != Lang::default() {
            self.config_problems = config::load(env).1;
        }
    }

    pub fn language(&self) -> Lang {
        self.lang.lang
    }

    /// Whether to colour what goes to a stream that is (or is not) a terminal.
    pub fn colour_on(&self, terminal: bool) -> bool {
        match self.colour.0 {
            Colour::Always => true,
            Colour::Never => false,
            Colour::Auto => terminal,
        }
    }
}

/// `--color` (the raw arguments: `--help` is coloured before parsing), else the config file's
/// `color`, else `NO_COLOR` (a tool's own setting comes before it, as no-color.org asks), else
/// never on `TERM=dumb`, else auto.
fn colour(
    args: &[OsString],
    env: &dyn Fn(&str) -> Option<String>,
    config: Option<Colour>,
) -> (Colour, Source) {
    if let Some(asked) = flag_value(args, "--color")
        .as_deref()
        .and_then(Colour::read)
    {
        return (asked, Source::Flag("--color"));
    }
    if let Some(written) = config {
        return (written, Source::ConfigFile);
    }
    if env("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return (Colour::Never, Source::Env("NO_COLOR"));
    }
    // A terminal that says it cannot do more than print characters.
    if env("TERM").is_some_and(|t| t == "dumb") {
        return (Colour::Never, Source::Env("TERM"));
    }
    (Colour::Auto, Source::Default)
}

/// The value of the last `--lang` among the raw arguments (before `--`).
fn lang_flag(args: &[OsString]) -> Option<String> {
    flag_value(args, "--lang")
}

/// The value of the last `flag` among the raw arguments (before `--`): `--flag VALUE` or
/// `--flag=VALUE`.
fn flag_value(args: &[OsString], flag: &str) -> Option<String> {
    let mut found = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == flag {
            found = iter.next().map(|v| v.into_owned());
        } else if let Some(value) = arg.strip_prefix(flag).and_then(|v| v.strip_prefix('=')) {
            found = Some(value.to_string());
        }
    }
    found
}

/// The data folder and where it came from: `--data-dir`, `$CONFIANCE_DATA_DIR`, the platform.
pub(super) fn data_dir(
    flag: Option<PathBuf>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<(PathBuf, Source)> {
    if let Some(dir) = flag {
        return Some((dir, Source::Flag("--data-dir")));
    }
    if let Some(dir) = env(ENV_DATA_DIR).filter(|v| !v.is_empty()) {
        return Some((dir.into(), Source::Env(ENV_DATA_DIR)));
    }
    directories::ProjectDirs::from("", "", "confiance")
        .map(|d| (d.data_dir().to_path_buf(), Source::Default))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_anywhere_before_a_double_dash() {
        assert_eq!(
            lang_flag(&args(&["confiance", "--lang", "fr"])),
            Some("fr".into())
        );
        assert_eq!(
            lang_flag(&args(&["confiance", "assess", "Alice", "--lang=FR"])),
            Some("FR".into())
        );
        assert_eq!(lang_flag(&args(&["confiance", "--", "--lang", "fr"])), None);
        assert_eq!(lang_flag(&args(&["confiance", "list"])), None);
        assert_eq!(lang_flag(&args(&["confiance", "--language=fr"])), None);
    }

    #[test]
    fn colour_comes_from_the_flag_then_the_file_then_no_color() {
        let no_color = |name: &str| (name == "NO_COLOR").then(|| "1".to_string());
        let nothing = |_: &str| None;
        let of = |list: &[&str], env: &dyn Fn(&str) -> Option<String>, file| {
            colour(&args(list), env, file).0
        };
        assert_eq!(of(&["c"], &nothing, None), Colour::Auto);
        assert_eq!(of(&["c"], &no_color, None), Colour::Never);
        assert_eq!(of(&["c"], &no_color, Some(Colour::Always)), Colour::Always);
        assert_eq!(
            of(&["c", "--color", "always"], &no_color, Some(Colour::Never)),
            Colour::Always
        );
        assert_eq!(of(&["c", "--color=never"], &nothing, None), Colour::Never);
        let dumb = |name: &str| (name == "TERM").then(|| "dumb".to_string());
        assert_eq!(of(&["c"], &dumb, None), Colour::Never, "TERM=dumb");
        assert_eq!(of(&["c", "--color", "always"], &dumb, None), Colour::Always);
        assert_eq!(
            of(&["c", "--", "--color=never"], &nothing, None),
            Colour::Auto,
            "after -- it is a name, not a flag"
        );
    }
}
