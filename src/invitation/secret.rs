//! The secret that proves an answer comes from one invitation's form. It lives only in the
//! form (and in the answers it sends back); the store keeps its SHA-256 digest, so the data
//! folder alone cannot forge an answer, and comparing digests takes the same time whatever
//! they hold.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

const PREFIX: &str = "sha256:";

/// 16 random bytes as base64url (22 characters): the space's key for forms' secrets.
pub(crate) fn random_token() -> String {
    let mut bytes = [0u8; 16];
    // The system's generator does not fail on the systems this tool runs on; a secret of
    // zeros would still be refused nowhere, so say it loudly in debug builds.
    let filled = getrandom::fill(&mut bytes);
    debug_assert!(filled.is_ok(), "no system randomness: {filled:?}");
    URL_SAFE_NO_PAD.encode(bytes)
}

/// What the invitation stores: `sha256:` and the digest's hex.
pub(crate) fn digest(secret: &str) -> String {
    let hash = Sha256::digest(secret.as_bytes());
    let hex: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    format!("{PREFIX}{hex}")
}

/// Whether `secret` is the one whose digest is `stored`; compared in constant time.
pub(crate) fn matches(secret: &str, stored: &str) -> bool {
    let given = digest(secret);
    given.len() == stored.len()
        && given
            .bytes()
            .zip(stored.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_matches_its_digest_and_nothing_else() {
        let secret = random_token();
        assert_eq!(secret.len(), 22);
        assert_ne!(secret, random_token(), "random");
        let stored = digest(&secret);
        assert!(stored.starts_with("sha256:") && stored.len() == 7 + 64);
        assert!(!stored.contains(&secret), "the secret is not in its digest");
        assert!(matches(&secret, &stored));
        assert!(!matches(&random_token(), &stored));
        assert!(!matches(&secret, "sha256:00"));
        assert!(!matches("", &stored));
        // The published SHA-256 of "abc".
        assert_eq!(
            digest("abc"),
            "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
