//! The settings in force for one run, each with where it came from: the interface language
//! (decided before the command line is parsed, so that `--help` speaks it too), the config file
//! and the data folder.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::config::{self, Config};
use crate::diagnostic::Diagnostic;
use crate::i18n::{self, Lang, Resolved, Source};
use crate::store::ENV_DATA_DIR;
use crate::time::Timestamp;

pub struct Settings {
    pub lang: Resolved,
    pub config: Config,
    /// Mistakes in the config file: reported, then ignored.
    pub config_problems: Vec<Diagnostic>,
    /// The moment check-ins are counted to: now, or `$CONFIANCE_NOW` to look ahead (and for
    /// tests that must not age).
    pub now: Timestamp,
}

/// Counts check-ins to this moment instead of now (RFC 3339: `2027-01-04T09:00:00Z`).
pub const ENV_NOW: &str = "CONFIANCE_NOW";

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
        Self {
            lang,
            config,
            config_problems,
            now,
        }
    }

    /// Makes the whole process speak the chosen language from now on (see
    /// [`i18n::set_interface_lang`]), and words the config file's problems in it: they were
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
}

/// The value of the last `--lang` among the raw arguments (before `--`).
fn lang_flag(args: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            found = iter.next().map(|v| v.into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            found = Some(value.to_string());
        }
    }
    found
}

/// The data folder and where it came from: `--data-dir`, `$CONFIANCE_DATA_DIR`, the platform.
pub fn data_dir(
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
    }
}
