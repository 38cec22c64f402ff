//! Writing one setting into the config file the way a person would: only that line changes.
//! The person's comments, layout and other keys stay as they wrote them; the file is replaced
//! atomically and private (0600).

use std::collections::BTreeMap;
use std::path::Path;

use toml::{Spanned, Value};

use super::{ConfigError, Setting};
use crate::files::{Saved, ensure_private_dir, read_text, write_atomic};

type Entries = BTreeMap<Spanned<String>, Spanned<Value>>;

/// What writing a setting did.
#[derive(Debug)]
pub enum Written {
    Saved(Saved),
    /// `unset` of a key the file does not hold.
    Unchanged,
}

/// Sets `key` to `setting` in the config file at `path` (or with `None` removes it), creating
/// the file and its folder when needed. A file that is not valid TOML, or is a symbolic link
/// (a dotfiles repository's, say: replacing it would cut the link), is left alone.
pub fn write_setting(
    path: &Path,
    key: &str,
    setting: Option<&Setting>,
) -> Result<Written, ConfigError> {
    let text = match std::fs::symlink_metadata(path) {
        Err(_) => String::new(),
        Ok(m) if m.file_type().is_symlink() => {
            return Err(ConfigError::Link { path: path.into() });
        }
        Ok(_) => read_text(path).map_err(ConfigError::Unreadable)?,
    };
    let Some(edited) = edit(&text, key, setting.map(Setting::value).as_ref())? else {
        return Ok(Written::Unchanged);
    };
    if let Some(dir) = path.parent() {
        ensure_private_dir(dir)?;
    }
    Ok(write_atomic(path, edited.as_bytes(), true).map(Written::Saved)?)
}

/// The file's text with `key` set to `value` (or removed): `None` when there was nothing to
/// remove. The result is read back and must hold the same other keys, or nothing is written.
fn edit(text: &str, key: &str, value: Option<&Value>) -> Result<Option<String>, ConfigError> {
    let entries: Entries = toml::from_str(text)
        .map_err(|e| ConfigError::NotToml(crate::diagnostic::Diagnostic::from_toml(text, &e)))?;
    let existing = entries.iter().find(|(k, _)| k.get_ref() == key);
    let edited = match (existing, value) {
        (Some((_, old)), Some(value)) => {
            let span = old.span();
            format!("{}{value}{}", &text[..span.start], &text[span.end..])
        }
        (Some((k, old)), None) => {
            let start = line_start(text, k.span().start);
            let end = text[old.span().end..]
                .find('\n')
                .map_or(text.len(), |i| old.span().end + i + 1);
            format!("{}{}", &text[..start], &text[end..])
        }
        (None, Some(value)) => insert(text, &entries, &format!("{key} = {value}\n")),
        (None, None) => return Ok(None),
    };
    check(text, &edited, key, value)?;
    Ok(Some(edited))
}

/// A new line goes before the first table (`[section]`), where a top-level key must be, else
/// at the end.
fn insert(text: &str, entries: &Entries, line: &str) -> String {
    let first_table = entries
        .iter()
        .filter(|(_, v)| v.get_ref().is_table())
        .map(|(k, _)| line_start(text, k.span().start))
        .min();
    match first_table {
        Some(at) => format!("{}{line}{}", &text[..at], &text[at..]),
        None if text.is_empty() || text.ends_with('\n') => format!("{text}{line}"),
        None => format!("{text}\n{line}"),
    }
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |i| i + 1)
}

/// The edited text says the same as the old one, but for `key`.
fn check(old: &str, new: &str, key: &str, value: Option<&Value>) -> Result<(), ConfigError> {
    let unexpected = || ConfigError::Unusual;
    let mut before: toml::Table = toml::from_str(old).map_err(|_| unexpected())?;
    let mut after: toml::Table = toml::from_str(new).map_err(|_| unexpected())?;
    if after.remove(key).as_ref() != value {
        return Err(unexpected());
    }
    before.remove(key);
    if before != after {
        return Err(unexpected());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(text: &str, key: &str, value: Option<Value>) -> String {
        edit(text, key, value.as_ref())
            .unwrap()
            .unwrap_or_else(|| text.into())
    }

    #[test]
    fn only_the_line_of_the_setting_changes() {
        let text =
            "# My settings\nlang = \"fr\"   # French, please\n\n# who I am\nname = \"Old\"\n";
        let named = set(text, "name", Some(Value::String("Marie \"M\"".into())));
        assert_eq!(
            named,
            "# My settings\nlang = \"fr\"   # French, please\n\n# who I am\nname = 'Marie \"M\"'\n"
        );
        let added = set(&named, "cadence_weeks", Some(Value::Integer(4)));
        assert!(added.starts_with(&named) && added.ends_with("cadence_weeks = 4\n"));
        let removed = set(&added, "lang", None);
        assert_eq!(
            removed,
            "# My settings\n\n# who I am\nname = 'Marie \"M\"'\ncadence_weeks = 4\n"
        );
        assert_eq!(
            set("", "hide_notes", Some(Value::Boolean(true))),
            "hide_notes = true\n"
        );
        assert_eq!(
            set("lang = \"fr\"", "name", Some(Value::String("A".into()))),
            "lang = \"fr\"\nname = \"A\"\n"
        );
        assert!(edit("lang = \"fr\"\n", "name", None).unwrap().is_none());
    }

    #[test]
    fn a_new_key_goes_before_the_first_table_and_a_broken_file_is_left_alone() {
        let text = "lang = \"fr\"\n\n[colours]\nred = 1\n";
        assert_eq!(
            set(text, "name", Some(Value::String("A".into()))),
            "lang = \"fr\"\n\nname = \"A\"\n[colours]\nred = 1\n"
        );
        let err = edit("lang = \n", "name", Some(&Value::String("A".into()))).unwrap_err();
        assert!(matches!(err, ConfigError::NotToml(_)), "{err}");
    }

    #[test]
    fn the_file_is_written_private_and_a_link_is_not_replaced() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg/config.toml");
        let setting = Setting::Name("Marie".into());
        write_setting(&path, "name", Some(&setting)).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "name = \"Marie\"\n"
        );
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        assert!(matches!(
            write_setting(&link, "name", None),
            Err(ConfigError::Link { .. })
        ));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "name = \"Marie\"\n"
        );
    }
}
