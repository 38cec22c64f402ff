//! Why a setting was not written into the config file: [`ConfigError`], facts rather than
//! sentences; its words come from the string tables, in the interface's language.

use std::io;
use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::files::{FileError, io_reason_in};
use crate::i18n::{DiagErrors, Lang, fill, interface_lang};

/// A setting that could not be written; the file is left as it was.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.words(interface_lang()))]
pub enum ConfigError {
    /// The config file is a symbolic link (a dotfiles repository's): replacing it would cut it.
    Link { path: PathBuf },
    /// The config file cannot be read.
    Unreadable(Diagnostic),
    /// The config file is not valid TOML: where, and why.
    NotToml(Diagnostic),
    /// Editing one line would change more than that setting: the layout is left to the person.
    Unusual,
    /// The careful write itself failed.
    File(#[from] FileError),
    /// What the system said.
    Io(#[from] io::Error),
}

impl ConfigError {
    /// What to tell a person, in `lang`.
    pub(crate) fn words(&self, lang: Lang) -> String {
        let t = DiagErrors::of(lang);
        match self {
            ConfigError::Link { .. } => t.config_link.into(),
            // The path is the caller's to say: it names the config file around this reason.
            ConfigError::Unreadable(d) => d.message.clone(),
            ConfigError::NotToml(d) => fill(t.config_not_toml, &[("problem", d)]),
            ConfigError::Unusual => t.config_unusual.into(),
            ConfigError::File(f) => f.words(lang),
            ConfigError::Io(e) => io_reason_in(e, lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_speak_the_language_asked_for() {
        let link = ConfigError::Link {
            path: "/home/me/.config/confiance/config.toml".into(),
        };
        assert_eq!(
            link.words(Lang::En),
            "it is a symbolic link: confiance does not replace it; edit the file it leads to"
        );
        assert!(link.words(Lang::Fr).starts_with("c’est un lien symbolique"));
        let broken = ConfigError::NotToml(Diagnostic::new("expected a value"));
        assert_eq!(broken.words(Lang::En), "expected a value: fix it first");
        assert_eq!(
            broken.words(Lang::Fr),
            "expected a value\u{a0}: corrigez-le d’abord"
        );
        assert!(
            ConfigError::Unusual
                .words(Lang::En)
                .contains("set it by hand")
        );
        assert!(ConfigError::Unusual.words(Lang::Fr).contains("à la main"));
        let denied = ConfigError::from(io::Error::from_raw_os_error(
            rustix::io::Errno::ACCESS.raw_os_error(),
        ));
        assert_eq!(denied.words(Lang::Fr), "permission refusée");
        assert_eq!(denied.to_string(), denied.words(interface_lang()));
    }
}
