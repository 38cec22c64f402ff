//! Folder names for subjects: readable for people browsing, safe on every file system.

/// Lowercase ASCII letters, digits and `-`; at most 40 characters; never empty, `.` or `..`.
/// The subject itself lives in the file: two subjects may share a slug.
pub(crate) fn slug(subject: &str) -> String {
    let mut out = String::new();
    for c in subject.chars().flat_map(fold_accent) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.truncate(40);
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        return "subject".into();
    }
    if is_reserved_on_windows(&out) {
        return format!("subject-{out}");
    }
    out
}

/// Latin letters with accents become their base letter, so `Zoé` gives `zoe`, not `zo`.
fn fold_accent(c: char) -> impl Iterator<Item = char> {
    let folded: &str = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'œ' | 'Œ' => "oe",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ß' => "ss",
        _ => "",
    };
    let own = folded.is_empty().then_some(c);
    folded.chars().chain(own)
}

fn is_reserved_on_windows(name: &str) -> bool {
    matches!(name, "con" | "prn" | "aux" | "nul")
        || ((name.starts_with("com") || name.starts_with("lpt"))
            && name.len() == 4
            && name.as_bytes()[3].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn examples() {
        assert_eq!(slug("Alice"), "alice");
        assert_eq!(slug("Zoé Dupont-Lefèvre"), "zoe-dupont-lefevre");
        assert_eq!(slug("../../x"), "x");
        assert_eq!(slug("/etc/passwd"), "etc-passwd");
        assert_eq!(slug(".."), "subject");
        assert_eq!(slug("CON"), "subject-con");
        assert_eq!(slug("团队 🚀"), "subject");
        assert_eq!(slug(&"a".repeat(100)).len(), 40);
    }

    proptest! {
        #[test]
        fn always_safe(subject in any::<String>()) {
            let s = slug(&subject);
            prop_assert!(!s.is_empty() && s.len() <= 40);
            prop_assert!(s != "." && s != "..");
            prop_assert!(s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        }
    }
}
