//! Writing one setting into the config file the way a person would: only that setting changes.
//! The person's comments, layout and other keys stay as they wrote them; the file is replaced
//! atomically and private (0600).

use std::path::Path;

use toml::Value;
use toml_edit::{DocumentMut, Item};

use super::{ConfigError, Setting};
use crate::files::{Saved, ensure_private_dir, read_text, take_turn, write_atomic};

/// What writing a setting did.
#[derive(Debug)]
pub(crate) enum Written {
    Saved(Saved),
    /// `unset` of a key the file does not hold.
    Unchanged,
}

/// Sets `key` to `setting` in the config file at `path` (or with `None` removes it), creating
/// the file and its folder when needed. A file that is not valid TOML, or is a symbolic link
/// (a dotfiles repository's, say: replacing it would cut the link), is left alone.
pub(crate) fn write_setting(
    path: &Path,
    key: &str,
    setting: Option<&Setting>,
) -> Result<Written, ConfigError> {
    if setting.is_none() && std::fs::symlink_metadata(path).is_err() {
        return Ok(Written::Unchanged);
    }
    if let Some(dir) = path.parent() {
        ensure_private_dir(dir)?;
    }
    // Read, edit and write in one turn: `config set` in two terminals, or the full screen
    // saving `h` while a command sets a name, must not undo each other.
    let _turn = take_turn(path)?;
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
    Ok(write_atomic(path, edited.as_bytes(), true).map(Written::Saved)?)
}

/// The file's text with `key` set to `value` (or removed): `None` when there was nothing to
/// remove. Edited with `toml_edit`, which keeps every comment, blank line and the layout of the
/// other keys; a byte-order mark and CRLF line endings are kept too. The result is read back
/// and must hold the same other keys, or nothing is written.
fn edit(text: &str, key: &str, value: Option<&Value>) -> Result<Option<String>, ConfigError> {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    // The same reader as everywhere else says where a broken file is broken.
    toml::from_str::<toml::Table>(body)
        .map_err(|e| ConfigError::NotToml(crate::diagnostic::Diagnostic::from_toml(body, &e)))?;
    let mut doc: DocumentMut = body.parse().map_err(|_| ConfigError::Unusual)?;
    match value {
        Some(value) => set(&mut doc, key, value),
        None if doc.contains_key(key) => remove(&mut doc, key),
        None => return Ok(None),
    }
    let mut edited = doc.to_string();
    if body.contains("\r\n") {
        edited = edited.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    let edited = format!("{bom}{edited}");
    check(body, edited.trim_start_matches('\u{feff}'), key, value)?;
    Ok(Some(edited))
}

/// Sets `key`, keeping the comment that may follow its old value on the same line.
fn set(doc: &mut DocumentMut, key: &str, value: &Value) {
    let mut new = to_edit_value(value);
    if let Some(old) = doc.get(key).and_then(|item| item.as_value()) {
        *new.decor_mut() = old.decor().clone();
        doc[key] = Item::Value(new);
    } else {
        doc.insert(key, Item::Value(new));
    }
}

/// Removes `key`, giving the comments written above it to whatever followed it (the next
/// key, else the first table, else the end of the file), so that a comment about the file or
/// about the next key is never lost with it.
fn remove(doc: &mut DocumentMut, key: &str) {
    let above = prefix_of(doc.key(key).map(|k| k.leaf_decor()));
    let next_key = doc
        .iter()
        .filter(|(_, item)| item.is_value())
        .map(|(k, _)| k.to_string())
        .skip_while(|k| k != key)
        .nth(1);
    let first_table = doc
        .iter()
        .find(|(_, item)| item.is_table())
        .map(|(k, _)| k.to_string());
    doc.remove(key);
    if above.trim().is_empty() {
        return;
    }
    let heir = match (next_key, first_table) {
        (Some(next), _) => doc.key_mut(&next).map(|mut k| {
            let decor = k.leaf_decor_mut();
            decor.set_prefix(format!("{above}{}", prefix_of(Some(decor))));
        }),
        (None, Some(table)) => doc[&table].as_table_mut().map(|t| {
            let decor = t.decor_mut();
            decor.set_prefix(format!("{above}{}", prefix_of(Some(decor))));
        }),
        (None, None) => None,
    };
    if heir.is_none() {
        let trailing = doc.trailing().as_str().unwrap_or_default().to_string();
        doc.set_trailing(format!("{above}{trailing}"));
    }
}

fn prefix_of(decor: Option<&toml_edit::Decor>) -> String {
    decor
        .and_then(|d| d.prefix())
        .and_then(|p| p.as_str())
        .unwrap_or_default()
        .to_string()
}

fn to_edit_value(value: &Value) -> toml_edit::Value {
    match value {
        Value::String(s) => s.as_str().into(),
        Value::Integer(i) => (*i).into(),
        Value::Boolean(b) => (*b).into(),
        Value::Float(f) => (*f).into(),
        other => other
            .to_string()
            .parse()
            .unwrap_or_else(|_| other.to_string().into()),
    }
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
            "lang = \"fr\"\nname = \"A\"\n\n[colours]\nred = 1\n"
        );
        let err = edit("lang = \n", "name", Some(&Value::String("A".into()))).unwrap_err();
        assert!(matches!(err, ConfigError::NotToml(_)), "{err}");
    }

    #[test]
    fn comments_blank_lines_a_bom_and_crlf_are_kept() {
        let text = "\u{feff}# Settings\r\n\r\n# The language\r\nlang = \"fr\"  # mine\r\n\r\n# Me\r\nname = \"A\"\r\n";
        let english = set(text, "lang", Some(Value::String("en".into())));
        assert_eq!(english, text.replace("\"fr\"", "\"en\""));
        let added = set(text, "hide_notes", Some(Value::Boolean(true)));
        assert_eq!(added, format!("{text}hide_notes = true\r\n"));
        // The comment above a removed key stays, above what followed it.
        let removed = set(text, "lang", None);
        assert_eq!(
            removed,
            "\u{feff}# Settings\r\n\r\n# The language\r\n\r\n# Me\r\nname = \"A\"\r\n"
        );
        let last = set("a = 1\n# about b\nb = 2\n", "b", None);
        assert_eq!(last, "a = 1\n# about b\n");
        let before_table = set("a = 1\n\n# about b\nb = 2\n\n[t]\nc = 3\n", "b", None);
        assert_eq!(before_table, "a = 1\n\n# about b\n\n[t]\nc = 3\n");
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
