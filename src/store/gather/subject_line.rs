//! Whose a broken file in a subject's folder is: what its `subject = …` lines name, read
//! without parsing the rest (look-alike subjects share a folder: `Zoe` and `Zoé` live in `zoe/`).

use std::fs;
use std::path::Path;

use crate::names;

/// Whom the `subject = …` line of a file that is not a valid assessment names.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Named {
    /// No subject line: nothing says it is another subject's.
    Nobody,
    Wanted,
    Other,
    /// A subject line that cannot be read (or several): it may be another subject's.
    Doubt,
}

/// Reads the subject lines of a broken file (never through a link, never more than a few
/// megabytes): the file may be another subject's whose name shares the folder's spelling.
fn subject_line_of(text: &str, wanted: &str) -> Named {
    let mut named = Named::Nobody;
    for line in text.lines() {
        let Some(rest) = line.trim_start().strip_prefix("subject") else {
            continue;
        };
        if !rest.trim_start().starts_with('=') {
            continue;
        }
        let this = match toml::from_str::<toml::Table>(line.trim()) {
            Ok(t) => match t.get("subject").and_then(toml::Value::as_str) {
                Some(s) if names::same(s, wanted) => Named::Wanted,
                Some(_) => Named::Other,
                None => Named::Doubt,
            },
            Err(_) => Named::Doubt,
        };
        named = match (named, this) {
            (Named::Nobody, this) => this,
            (Named::Wanted, Named::Wanted) => Named::Wanted,
            _ => Named::Doubt,
        };
    }
    named
}

/// [`subject_line_of`] a regular file, read without following a link; a file that cannot be
/// read at all is in doubt only if it cannot be opened (then nothing says whose it is).
pub(super) fn subject_line(path: &Path, wanted: &str) -> Named {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    const MAX: u64 = 16 * 1024 * 1024;
    let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
    let opened = fs::OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits() as i32)
        .open(path);
    let Ok(file) = opened.and_then(|f| f.metadata().map(|m| (f, m))) else {
        return Named::Nobody;
    };
    if !file.1.is_file() {
        return Named::Nobody;
    }
    let mut bytes = vec![];
    if file.0.take(MAX).read_to_end(&mut bytes).is_err() {
        return Named::Nobody;
    }
    subject_line_of(&String::from_utf8_lossy(&bytes), wanted)
}

#[cfg(test)]
mod tests {
    use super::{Named, subject_line_of};

    #[test]
    fn a_broken_file_naming_another_subject_is_not_the_wanted_ones() {
        let of = |text: &str| subject_line_of(text, "Zo\u{e9}");
        assert_eq!(of("this is [not toml"), Named::Nobody);
        assert_eq!(of("subject = \"Zoe\"\nanswers = [broken"), Named::Other);
        assert_eq!(of("  subject=\"ZO\u{c9}\"\nid = 3 3"), Named::Wanted);
        assert_eq!(of("subject = \"Zoe"), Named::Doubt, "unterminated");
        assert_eq!(
            of("subject = \"Zo\u{e9}\"\nsubject = \"Zoe\""),
            Named::Doubt
        );
        assert_eq!(of("subjects = 1\nsubject_x = 2"), Named::Nobody);
    }
}
