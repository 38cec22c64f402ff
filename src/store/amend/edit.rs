//! One top-level string key of an assessment file set or removed in place with `toml_edit`:
//! comments, blank lines, the layout of every other key, a byte-order mark and CRLF line
//! endings stay byte for byte as they were.

use toml_edit::{DocumentMut, Item, Value};

/// `text` with `key` set to `value` (removed when `None`); `None` when `text` is not a
/// document `toml_edit` can edit.
pub(super) fn set_key(text: &str, key: &str, value: Option<&str>) -> Option<String> {
    let (bom, body) = match text.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", text),
    };
    let mut doc: DocumentMut = body.parse().ok()?;
    match value {
        Some(value) => {
            let mut new: Value = one_line(value).parse().ok()?;
            // The comment after the old value, on its line, stays there.
            if let Some(old) = doc.get(key).and_then(Item::as_value) {
                *new.decor_mut() = old.decor().clone();
                doc[key] = Item::Value(new);
            } else {
                doc.insert(key, Item::Value(new));
            }
        }
        None => remove(&mut doc, key),
    }
    let mut edited = doc.to_string();
    // A file written with CRLF keeps CRLF, the new line included.
    if body.contains("\r\n") && !body.replace("\r\n", "").contains('\n') {
        edited = edited.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    Some(format!("{bom}{edited}"))
}

/// Removes `key`, giving the comment written above it to what followed it (the next key, else
/// the first table, else the end of the file): a comment is never lost with the key.
fn remove(doc: &mut DocumentMut, key: &str) {
    let above = doc
        .key(key)
        .and_then(|k| k.leaf_decor().prefix())
        .and_then(|p| p.as_str())
        .unwrap_or_default()
        .to_string();
    let next = doc
        .iter()
        .filter(|(_, item)| item.is_value())
        .map(|(k, _)| k.to_string())
        .skip_while(|k| k != key)
        .nth(1);
    let table = doc
        .iter()
        .find(|(_, item)| item.is_table() || item.is_array_of_tables())
        .map(|(k, _)| k.to_string());
    doc.remove(key);
    if above.trim().is_empty() {
        return;
    }
    let prefixed = |decor: &mut toml_edit::Decor| {
        let own = decor.prefix().and_then(|p| p.as_str()).unwrap_or_default();
        decor.set_prefix(format!("{above}{own}"));
    };
    if let Some(next) = next
        && let Some(mut k) = doc.key_mut(&next)
    {
        prefixed(k.leaf_decor_mut());
    } else if let Some(table) = &table
        && let Some(t) = doc[table].as_table_mut()
    {
        prefixed(t.decor_mut());
    } else if let Some(table) = &table
        && let Some(first) = doc[table]
            .as_array_of_tables_mut()
            .and_then(|a| a.get_mut(0))
    {
        prefixed(first.decor_mut());
    } else {
        let trailing = doc.trailing().as_str().unwrap_or_default().to_string();
        doc.set_trailing(format!("{trailing}{above}"));
    }
}

/// `s` as a TOML basic string on one line, whatever it holds: the file's lines and line
/// endings stay as they were, and what is read back is exactly `s`.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_key_changes() {
        let text = "# mine\r\nid = \"A1\"  # kept\r\nnote = 'old' # why\r\n\r\n[[answers]]\r\nitem = \"x\"\r\n";
        let set = set_key(text, "note", Some("new \"one\"\nline")).unwrap();
        assert_eq!(
            set,
            "# mine\r\nid = \"A1\"  # kept\r\nnote = \"new \\\"one\\\"\\nline\" # why\r\n\r\n[[answers]]\r\nitem = \"x\"\r\n"
        );
        let added = set_key(text, "intention", Some("Ask")).unwrap();
        assert!(added.starts_with("# mine\r\nid = \"A1\"  # kept\r\nnote = 'old' # why\r\n"));
        assert!(added.contains("intention = \"Ask\"\r\n"), "{added:?}");
        assert!(!added.replace("\r\n", "").contains('\n'), "CRLF kept");
        let removed = set_key(text, "note", None).unwrap();
        assert_eq!(
            removed,
            "# mine\r\nid = \"A1\"  # kept\r\n\r\n[[answers]]\r\nitem = \"x\"\r\n"
        );
    }

    #[test]
    fn a_comment_above_a_removed_key_stays() {
        let text = "id = \"A1\"\n# about the note\nnote = \"x\"\nlang = \"en\"\n";
        let removed = set_key(text, "note", None).unwrap();
        assert_eq!(removed, "id = \"A1\"\n# about the note\nlang = \"en\"\n");
        let text = "id = \"A1\"\n# about the note\nnote = \"x\"\n\n[[answers]]\nitem = \"x\"\n";
        let removed = set_key(text, "note", None).unwrap();
        assert_eq!(
            removed,
            "id = \"A1\"\n# about the note\n\n[[answers]]\nitem = \"x\"\n"
        );
    }

    #[test]
    fn any_text_reads_back_exactly() {
        for note in ["a\u{7}b\u{202E}🚀", "\"'''\\\r\n\t", "\u{7f}\u{85}é"] {
            let set = set_key("id = \"A1\"\n", "note", Some(note)).unwrap();
            let table: toml::Table = set.parse().unwrap();
            assert_eq!(table["note"].as_str(), Some(note), "{set}");
            assert_eq!(set.lines().count(), 2, "one line: {set}");
        }
    }
}
