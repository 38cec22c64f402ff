//! The config file, `<config dir>/config.toml` (`$CONFIANCE_CONFIG_DIR` overrides the folder):
//! the person's standing preferences. A mistake in it is reported with its line and ignored,
//! never fatal: a typo there must not lock anyone out of their data.

use std::collections::BTreeMap;
use std::path::PathBuf;

use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagFiles, fill};

mod edit;
mod error;
mod leftovers;
mod setting;

pub(crate) use edit::{Written, write_setting};
pub use error::ConfigError;
pub(crate) use leftovers::leftovers;
pub use setting::{Colour, Setting};

pub(crate) const ENV_CONFIG_DIR: &str = "CONFIANCE_CONFIG_DIR";
/// Every setting of the file, as written there.
pub(crate) const KNOWN_KEYS: &[&str] = &[
    "lang",
    "name",
    "hide_notes",
    "cadence_weeks",
    "color",
    "questionnaire",
    "group_minimum",
];

/// What the config file says (only the valid settings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Config {
    /// Where the file is (or would be); `None` when the system has no config folder.
    pub path: Option<PathBuf>,
    /// Whether the file exists.
    pub(crate) exists: bool,
    /// The interface language, as written (`fr`, `fr_FR`).
    pub lang: Option<String>,
    /// The owner's name: yours, when no client's space is open.
    pub name: Option<String>,
    /// Note texts hidden on screen (for screen sharing).
    pub(crate) hide_notes: Option<bool>,
    /// How many weeks between check-ins, unless a subject has its own cadence.
    pub(crate) cadence_weeks: Option<u32>,
    /// When to use colour (`--color` and `NO_COLOR` aside).
    pub(crate) color: Option<Colour>,
    /// The questionnaire new assessments use, unless one is asked for.
    pub questionnaire: Option<String>,
    /// How many answers a group's view needs before it is shown (3 or more).
    pub(crate) group_minimum: Option<u32>,
    /// Stale temporary copies of an interrupted `config set`, removed when the file was read.
    pub(crate) cleaned: Vec<PathBuf>,
}

/// The config file's path: `$CONFIANCE_CONFIG_DIR/config.toml`, else the platform's.
pub(crate) fn config_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let dir = env(ENV_CONFIG_DIR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            directories::ProjectDirs::from("", "", "confiance").map(|d| d.config_dir().into())
        })?;
    Some(dir.join("config.toml"))
}

/// Reads the config file; a missing file is no problem.
pub(crate) fn load(env: &dyn Fn(&str) -> Option<String>) -> (Config, Vec<Diagnostic>) {
    let path = config_path(env);
    let mut config = Config {
        path: path.clone(),
        ..Config::default()
    };
    let Some(path) = path else {
        return (config, vec![]);
    };
    // They hold the person's name and comments: gone as soon as nobody can be writing them.
    config.cleaned = leftovers::remove_stale(&path);
    if std::fs::symlink_metadata(&path).is_err() {
        return (config, vec![]);
    }
    config.exists = true;
    let text = match crate::files::read_text(&path) {
        Ok(text) => text,
        Err(d) => return (config, vec![d]),
    };
    let problems = parse_into(&text, &mut config)
        .into_iter()
        .map(|d| d.in_file(&path))
        .collect();
    (config, problems)
}

/// Fills `config` from the file's text; returns the problems, each located.
fn parse_into(text: &str, config: &mut Config) -> Vec<Diagnostic> {
    let table: BTreeMap<Spanned<String>, Spanned<toml::Value>> = match toml::from_str(text) {
        Ok(table) => table,
        Err(e) => return vec![Diagnostic::from_toml(text, &e)],
    };
    let mut problems = vec![];
    for (key, value) in &table {
        match Setting::read(key.get_ref(), value.get_ref()) {
            Ok(setting) => setting.apply(config),
            Err(why) => {
                // An unknown key is pointed at by its name, a bad value by the value.
                let known = KNOWN_KEYS.contains(&key.get_ref().as_str());
                let span = if known { value.span() } else { key.span() };
                let message = fill(DiagFiles::now().config_ignored, &[("why", &why)]);
                problems.push(Diagnostic::at(text, Some(span), message));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> (Config, Vec<Diagnostic>) {
        let mut config = Config::default();
        let problems = parse_into(text, &mut config);
        (config, problems)
    }

    #[test]
    fn lang_is_read_and_mistakes_are_located_and_ignored() {
        assert_eq!(
            parsed("lang = \"fr_FR\"\n").0.lang.as_deref(),
            Some("fr_FR")
        );
        let (config, problems) = parsed("colour = true\nlang = \"de\"\n");
        assert_eq!(config.lang, None);
        assert_eq!(problems.len(), 2);
        assert_eq!((problems[0].line, problems[0].column), (Some(1), Some(1)));
        assert!(problems[0].message.contains("unknown setting `colour`"));
        assert_eq!(problems[1].line, Some(2));
        let (_, problems) = parsed("lang = 3\n");
        assert!(problems[0].message.contains("must be"));
        let (_, problems) = parsed("lang = \n");
        assert_eq!(problems.len(), 1, "a syntax error is one located problem");
    }

    #[test]
    fn the_coachs_settings_are_read_and_checked() {
        let (config, problems) =
            parsed("# me\nname = \" Marie \"\nhide_notes = true\ncadence_weeks = 4\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(config.name.as_deref(), Some("Marie"));
        assert_eq!(config.hide_notes, Some(true));
        assert_eq!(config.cadence_weeks, Some(4));
        let (config, problems) = parsed("name = \"\"\nhide_notes = \"yes\"\ncadence_weeks = 0\n");
        assert_eq!(config, Config::default());
        let lines: Vec<_> = problems.iter().map(|p| p.line).collect();
        assert_eq!(
            lines,
            [Some(3), Some(2), Some(1)],
            "in the order of the keys"
        );
        assert!(problems.iter().all(|p| p.message.ends_with(": ignored")));
        assert_eq!(
            Setting::parse("cadence_weeks", "3"),
            Ok(Setting::CadenceWeeks(3))
        );
        assert!(Setting::parse("cadence_weeks", "three").is_err());
        assert_eq!(
            Setting::parse("hide_notes", "false"),
            Ok(Setting::HideNotes(false))
        );
        assert!(Setting::parse("colour", "red").is_err());
    }

    #[test]
    fn the_folder_can_be_chosen() {
        let env = |name: &str| (name == ENV_CONFIG_DIR).then(|| "/tmp/cfg".to_string());
        assert_eq!(
            config_path(&env),
            Some(PathBuf::from("/tmp/cfg/config.toml"))
        );
    }
}
