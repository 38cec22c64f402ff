//! Who is who. A relationship is between its *owner* (you; in a client's space, the client)
//! and its *subject*. `respondent = "self"` means the owner answered; any other respondent is
//! the other side (the subject, or a named person of it).

use crate::assessment::DEFAULT_RESPONDENT;
use crate::i18n::{Common, Lang};
use crate::names;

/// Where the owner's name comes from, in order of precedence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OwnerSource {
    /// The space is a client's: the client is the owner.
    Client,
    /// `--me NAME`.
    Flag,
    /// `name` in the config file.
    ConfigFile,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Owner {
    pub name: String,
    pub(crate) source: OwnerSource,
}

/// The owner's name: the client's in a client's space, else `--me`, else the config file's
/// `name`; `None` when none is known (the screens then ask for it once). Blank names count as
/// none.
pub(crate) fn owner(client: Option<&str>, me: Option<&str>, config: Option<&str>) -> Option<Owner> {
    let given = |name: Option<&str>, source| {
        name.map(str::trim)
            .filter(|n| !names::identity(n).is_empty())
            .map(|n| Owner {
                name: n.to_string(),
                source,
            })
    };
    given(client, OwnerSource::Client)
        .or_else(|| given(me, OwnerSource::Flag))
        .or_else(|| given(config, OwnerSource::ConfigFile))
}

/// Whether `wanted`, typed by a person, names the owner: `self`, the owner's own name, or the
/// word the screens show for the owner ("you", "vous"), whatever the case.
pub(crate) fn means_owner(wanted: &str, owner: Option<&str>) -> bool {
    names::is_owner(wanted)
        || owner.is_some_and(|o| names::same(o, wanted))
        || Lang::ALL
            .iter()
            .any(|&lang| names::same(Common::of(lang).you, wanted))
}

/// Whether `wanted`, a respondent named by a person, means the stored respondent `stored`:
/// look-alike spellings are one person, and the owner's name (or "you") means `self`.
pub(crate) fn is_respondent(stored: &str, wanted: &str, owner: Option<&str>) -> bool {
    names::same(stored, wanted) || (names::is_owner(stored) && means_owner(wanted, owner))
}

/// How to store `wanted` as a respondent: `self` for the owner (by name too), else as already
/// stored in `known` (the respondents met so far), else as typed (trimmed). When `known` spells
/// it several ways and `wanted` is none of them exactly, they come back instead of a guess.
pub(crate) fn respondent_to_store<'a>(
    wanted: &str,
    owner: Option<&str>,
    known: &[&'a str],
) -> Result<String, Vec<&'a str>> {
    let wanted = wanted.trim();
    if means_owner(wanted, owner) {
        return Ok(DEFAULT_RESPONDENT.to_string());
    }
    let mut spellings: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| names::same(k, wanted))
        .collect();
    spellings.dedup();
    match spellings.as_slice() {
        [] => Ok(wanted.to_string()),
        [one] => Ok(one.to_string()),
        several if several.contains(&wanted) => Ok(wanted.to_string()),
        _ => Err(spellings),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn you_and_vous_mean_the_owner() {
        for typed in ["self", "Self", "you", "You", "vous", "VOUS"] {
            assert!(is_respondent("self", typed, None), "{typed}");
            assert_eq!(respondent_to_store(typed, None, &[]), Ok("self".into()));
        }
        assert!(!is_respondent("Alice", "vous", None));
        assert!(is_respondent("self", "Marie", Some("Marie")));
    }

    #[test]
    fn the_client_then_the_flag_then_the_config_file() {
        let o = owner(Some("Marie"), Some("Pat"), Some("Sam")).unwrap();
        assert_eq!((o.name.as_str(), o.source), ("Marie", OwnerSource::Client));
        let o = owner(None, Some(" Pat "), Some("Sam")).unwrap();
        assert_eq!((o.name.as_str(), o.source), ("Pat", OwnerSource::Flag));
        let o = owner(None, Some("  "), Some("Sam")).unwrap();
        assert_eq!(
            (o.name.as_str(), o.source),
            ("Sam", OwnerSource::ConfigFile)
        );
        assert_eq!(owner(None, None, None), None);
    }

    #[test]
    fn the_owners_name_is_self_and_other_names_keep_their_spelling() {
        assert!(is_respondent("self", "marie", Some("Marie")));
        assert!(is_respondent("Team Atlas", "team atlas ", Some("Marie")));
        assert!(!is_respondent("self", "marie", None));
        assert!(!is_respondent("Bob", "Marie", Some("Marie")));
        let known = ["self", "Team Atlas"];
        assert_eq!(
            respondent_to_store("MARIE", Some("Marie"), &known).unwrap(),
            "self"
        );
        assert_eq!(
            respondent_to_store("team atlas", None, &known).unwrap(),
            "Team Atlas"
        );
        assert_eq!(respondent_to_store(" Bob ", None, &known).unwrap(), "Bob");
        let collide = ["Bob", "bob"];
        assert_eq!(
            respondent_to_store("BOB", None, &collide).unwrap_err(),
            ["Bob", "bob"]
        );
        assert_eq!(respondent_to_store("bob", None, &collide).unwrap(), "bob");
    }
}
