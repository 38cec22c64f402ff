//! Assessment ids: ULIDs, so that generated ids sort by creation time.

use crate::time::Timestamp;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new ULID: 48 bits of milliseconds since 1970, then 80 random bits.
pub(crate) fn new_id(now: Timestamp) -> String {
    id_from(now, random_u128())
}

/// A ULID of `now` whose 80 "random" bits are taken from `random`: an id that must come out
/// the same each time it is made from the same thing (an answer filed twice).
pub(crate) fn id_from(now: Timestamp, random: u128) -> String {
    let millis = now.unix_millis().max(0) as u128 & ((1 << 48) - 1);
    let value = (millis << 80) | (random & ((1u128 << 80) - 1));
    (0..26)
        .rev()
        .map(|i| CROCKFORD[((value >> (i * 5)) & 31) as usize] as char)
        .collect()
}

/// 1 to 64 characters of `[A-Za-z0-9_-]`: safe in a file name on every system.
pub(crate) fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn random_u128() -> u128 {
    let mut bytes = [0u8; 16];
    // The system's generator never fails on the systems this tool runs on; were it to, a
    // clock-only id would still be unique enough for one person's files, but say it loudly
    // in debug builds.
    let filled = getrandom::fill(&mut bytes);
    debug_assert!(filled.is_ok(), "no system randomness: {filled:?}");
    u128::from_le_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_valid_unique_and_sort_by_time() {
        let early = new_id(Timestamp::from_unix(1_700_000_000, 0));
        let late = new_id(Timestamp::from_unix(1_800_000_000, 0));
        assert_eq!(early.len(), 26);
        assert!(is_valid_id(&early));
        assert!(early < late);
        assert_ne!(new_id(Timestamp::now()), new_id(Timestamp::now()));
    }

    #[test]
    fn id_validation() {
        assert!(is_valid_id("a-b_C9"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("../x"));
        assert!(!is_valid_id("a b"));
        assert!(!is_valid_id(&"x".repeat(65)));
    }
}
