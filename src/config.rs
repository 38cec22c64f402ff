//! The config file, `<config dir>/config.toml` (`$CONFIANCE_CONFIG_DIR` overrides the folder):
//! the person's standing preferences. A mistake in it is reported with its line and ignored,
//! never fatal: a typo there must not lock anyone out of their data.

use std::collections::BTreeMap;
use std::path::PathBuf;

use toml::Spanned;

use crate::diagnostic::Diagnostic;
use crate::i18n::{DiagFiles, Tag, fill, parse_tag};

pub const ENV_CONFIG_DIR: &str = "CONFIANCE_CONFIG_DIR";
const KNOWN_KEYS: &[&str] = &["lang"];

/// What the config file says (only the valid settings).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// Where the file is (or would be); `None` when the system has no config folder.
    pub path: Option<PathBuf>,
    /// Whether the file exists.
    pub exists: bool,
    /// The interface language, as written (`fr`, `fr_FR`).
    pub lang: Option<String>,
}

/// The config file's path: `$CONFIANCE_CONFIG_DIR/config.toml`, else the platform's.
pub fn config_path(env: &dyn Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let dir = env(ENV_CONFIG_DIR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            directories::ProjectDirs::from("", "", "confiance").map(|d| d.config_dir().into())
        })?;
    Some(dir.join("config.toml"))
}

/// Reads the config file; a missing file is no problem.
pub fn load(env: &dyn Fn(&str) -> Option<String>) -> (Config, Vec<Diagnostic>) {
    let path = config_path(env);
    let mut config = Config {
        path: path.clone(),
        ..Config::default()
    };
    let Some(path) = path else {
        return (config, vec![]);
    };
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
        let at = |message: String| Diagnostic::at(text, Some(key.span()), message);
        match key.get_ref().as_str() {
            "lang" => match value.get_ref().as_str().map(parse_tag) {
                Some(Tag::Known(_)) => config.lang = value.get_ref().as_str().map(str::to_string),
                _ => problems.push(Diagnostic::at(
                    text,
                    Some(value.span()),
                    DiagFiles::now().config_bad_lang,
                )),
            },
            other => problems.push(at(fill(
                DiagFiles::now().config_unknown_key,
                &[
                    ("key", &crate::printable::printable(other)),
                    ("known", &KNOWN_KEYS.join(", ")),
                ],
            ))),
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
    fn the_folder_can_be_chosen() {
        let env = |name: &str| (name == ENV_CONFIG_DIR).then(|| "/tmp/cfg".to_string());
        assert_eq!(
            config_path(&env),
            Some(PathBuf::from("/tmp/cfg/config.toml"))
        );
    }
}
