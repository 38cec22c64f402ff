//! How subjects and respondents are recognised. A name is kept verbatim in the files, but
//! "Alice", "alice", "Alice " and "Zoé" typed in either Unicode form (one accented letter, or
//! a letter and a combining accent) all mean the same person: they are one subject.

use unicode_normalization::UnicodeNormalization;

/// The respondent stored when the owner of the relationship answered (shown as "you").
pub(crate) const OWNER: &str = "self";

/// The most characters a name may have (a subject, a respondent, a client), as notes are
/// limited: no person is called by more, and every table is as wide as its longest name.
pub(crate) const MAX_NAME_CHARS: usize = 200;

/// How many characters `name` has, when more than [`MAX_NAME_CHARS`]: counted without
/// walking the whole of a name millions of characters long more than once.
pub(crate) fn too_long(name: &str) -> Option<usize> {
    // A char is at most 4 bytes: a short text cannot be too long.
    if name.len() <= MAX_NAME_CHARS {
        return None;
    }
    let n = name.chars().count();
    (n > MAX_NAME_CHARS).then_some(n)
}

/// Whether `respondent` is the owner of the relationship, however it is spelt.
pub(crate) fn is_owner(respondent: &str) -> bool {
    same(respondent, OWNER)
}

/// What two names must share to be the same person: compatibility-normalised (NFKC: a
/// full-width `Ａ` is `A`), without invisible characters, trimmed, lowercased (simple case
/// folding, as `str::to_lowercase`).
pub(crate) fn identity(name: &str) -> String {
    let visible: String = name
        .nfkc()
        .filter(|c| {
            !matches!(
                c,
                '\u{200b}' | '\u{200c}' | '\u{2060}' | '\u{feff}' | '\u{00ad}'
            )
        })
        .collect();
    visible.trim().to_lowercase().nfkc().collect()
}

/// Whether two names are the same person.
pub(crate) fn same(a: &str, b: &str) -> bool {
    a == b || identity(a) == identity(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_name_has_at_most_200_characters() {
        assert_eq!(too_long(&"é".repeat(200)), None, "characters, not bytes");
        assert_eq!(too_long(&"a".repeat(201)), Some(201));
    }

    #[test]
    fn look_alikes_are_one_person() {
        assert!(same("Alice", "alice"));
        assert!(same("Alice", "Alice "));
        assert!(same("Zo\u{e9}", "Zoe\u{301}"), "NFC and NFD");
        assert!(same("ZOÉ", "zoé"));
        assert!(same("\u{ff21}lice", "Alice"), "full-width");
        assert!(same("\u{200b}Alice", "Alice"), "an invisible character");
        assert!(!same("Zoé", "Zoe"), "an accent is a different name");
        assert!(!same("Alice", "Alicia"));
    }

    proptest! {
        #[test]
        fn identity_is_stable(name in any::<String>()) {
            let once = identity(&name);
            prop_assert_eq!(identity(&once), once.clone());
            prop_assert!(same(&name, &name));
        }
    }
}
