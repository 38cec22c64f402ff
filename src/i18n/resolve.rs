//! Which language the interface speaks: `--lang`, then `CONFIANCE_LANG`, then the config file's
//! `lang`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, `LANGUAGE`), then English.

use std::fmt;

use super::lang::{Lang, Tag, parse_tag};

pub const ENV_LANG: &str = "CONFIANCE_LANG";

/// The locale variables, in the order they are consulted.
const LOCALE_VARS: [&str; 4] = ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"];

/// Where a setting came from, for `confiance config`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    ConfigFile,
    Locale(&'static str),
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "{flag}"),
            Source::Env(var) | Source::Locale(var) => write!(f, "${var}"),
            Source::ConfigFile => f.write_str("config.toml"),
            Source::Default => f.write_str("default"),
        }
    }
}

/// The interface language, where it came from, and a notice when a language was asked for
/// that the tool lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub lang: Lang,
    pub(crate) source: Source,
    /// The language asked for but not available (then English is used).
    pub(crate) missing: Option<String>,
}

/// Resolves the language from the flag, the environment (`env`) and the config file's value.
pub fn resolve(
    flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    config: Option<&str>,
) -> Resolved {
    let mut candidates: Vec<(Source, String)> = vec![];
    if let Some(flag) = flag {
        candidates.push((Source::Flag("--lang"), flag.to_string()));
    }
    if let Some(value) = env(ENV_LANG) {
        candidates.push((Source::Env(ENV_LANG), value));
    }
    if let Some(value) = config {
        candidates.push((Source::ConfigFile, value.to_string()));
    }
    for var in LOCALE_VARS {
        if let Some(value) = env(var) {
            candidates.push((Source::Locale(var), value));
        }
    }
    for (source, value) in candidates {
        match tag_of(&source, &value) {
            Tag::NoPreference => continue,
            Tag::Known(lang) => {
                return Resolved {
                    lang,
                    source,
                    missing: None,
                };
            }
            Tag::Unknown(asked) => {
                return Resolved {
                    lang: Lang::En,
                    source,
                    missing: Some(asked),
                };
            }
        }
    }
    Resolved {
        lang: Lang::En,
        source: Source::Default,
        missing: None,
    }
}

/// `LANGUAGE` is a list (`fr:en`): its first language the tool speaks counts.
fn tag_of(source: &Source, value: &str) -> Tag {
    if *source != Source::Locale("LANGUAGE") {
        return parse_tag(value);
    }
    let tags: Vec<Tag> = value.split(':').map(parse_tag).collect();
    tags.iter()
        .find(|t| matches!(t, Tag::Known(_)))
        .or_else(|| tags.iter().find(|t| matches!(t, Tag::Unknown(_))))
        .cloned()
        .unwrap_or(Tag::NoPreference)
}

/// The process environment, as [`resolve`] reads it.
pub fn process_env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn each_source_in_its_order() {
        let all = env(&[("CONFIANCE_LANG", "en"), ("LANG", "fr_FR.UTF-8")]);
        let r = resolve(Some("FR"), &all, Some("en"));
        assert_eq!((r.lang, r.source), (Lang::Fr, Source::Flag("--lang")));
        let r = resolve(None, &all, Some("fr"));
        assert_eq!((r.lang, r.source), (Lang::En, Source::Env(ENV_LANG)));
        let r = resolve(None, &env(&[("LANG", "en_US.UTF-8")]), Some("fr-FR"));
        assert_eq!((r.lang, r.source), (Lang::Fr, Source::ConfigFile));
        let r = resolve(None, &env(&[("LC_ALL", "fr_FR"), ("LANG", "en")]), None);
        assert_eq!((r.lang, r.source), (Lang::Fr, Source::Locale("LC_ALL")));
        let r = resolve(
            None,
            &env(&[("LC_MESSAGES", "fr_BE"), ("LANG", "en")]),
            None,
        );
        assert_eq!(r.source, Source::Locale("LC_MESSAGES"));
        let r = resolve(None, &env(&[]), None);
        assert_eq!((r.lang, r.source), (Lang::En, Source::Default));
    }

    #[test]
    fn the_c_locale_looks_further_and_language_is_a_list() {
        let r = resolve(
            None,
            &env(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")]),
            None,
        );
        assert_eq!((r.lang, r.source), (Lang::Fr, Source::Locale("LANG")));
        let r = resolve(
            None,
            &env(&[("LANG", "C.UTF-8"), ("LANGUAGE", "de:fr:en")]),
            None,
        );
        assert_eq!((r.lang, r.source), (Lang::Fr, Source::Locale("LANGUAGE")));
    }

    #[test]
    fn a_language_the_tool_lacks_means_english_and_a_notice() {
        let r = resolve(Some("de"), &env(&[("LANG", "fr_FR")]), None);
        assert_eq!(r.lang, Lang::En);
        assert_eq!(r.missing.as_deref(), Some("de"));
        let r = resolve(None, &env(&[("LANG", "es_ES.UTF-8")]), None);
        assert_eq!((r.lang, r.missing.as_deref()), (Lang::En, Some("es")));
    }
}
