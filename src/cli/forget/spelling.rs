//! A subject typed as it is shown. A stored name may hold a control character (a NUL) that no
//! command line can carry: the tool shows it as a picture (`Bo␀b`). Typed without it, the
//! stored name is offered; typed back as shown, it names the stored subject.

use crate::names::same;
use crate::printable::{acts_on_terminal, printable};
use crate::store::Store;

/// The stored subject that `wanted` writes as the tool shows it, when it is not stored as
/// typed: `Bo␀b` for a subject holding a NUL.
pub(super) fn shown_as(store: &Store, wanted: &str) -> Option<String> {
    let loaded = store.load();
    crate::subjects::by_subject(&loaded.assessments)
        .iter()
        .find(|s| s.name != wanted && same(&printable(s.name), wanted))
        .map(|s| s.name.to_string())
}

/// Whether two names are the same person once their control characters are ignored.
pub(super) fn same_without_controls(a: &str, b: &str) -> bool {
    let bare = |s: &str| -> String { s.chars().filter(|c| !acts_on_terminal(*c)).collect() };
    same(&bare(a), &bare(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_ignored_and_nothing_else() {
        assert!(same_without_controls("Bo\0b", "Bob"));
        assert!(same_without_controls("\u{202e}Alice", "alice"));
        assert!(!same_without_controls("Bo b", "Bob"));
    }
}
