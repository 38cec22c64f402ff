//! Assessment ids: ULIDs, so that generated ids sort by creation time.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::time::Timestamp;

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A new ULID: 48 bits of milliseconds since 1970, then 80 random bits.
pub fn new_id(now: Timestamp) -> String {
    let millis = now.unix_millis().max(0) as u128 & ((1 << 48) - 1);
    let value = (millis << 80) | (random_u128() & ((1u128 << 80) - 1));
    (0..26)
        .rev()
        .map(|i| CROCKFORD[((value >> (i * 5)) & 31) as usize] as char)
        .collect()
}

/// 1 to 64 characters of `[A-Za-z0-9_-]`: safe in a file name on every system.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn random_u128() -> u128 {
    let mut bytes = [0u8; 16];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .is_ok();
    if from_os {
        return u128::from_le_bytes(bytes);
    }
    // No /dev/urandom (unusual systems): fall back on std's randomly seeded hasher, mixed with a
    // counter so that two ids made in the same millisecond still differ.
    use std::hash::{BuildHasher, Hasher};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_u32(std::process::id());
    let high = hasher.finish();
    hasher.write_u64(high);
    (u128::from(high) << 64) | u128::from(hasher.finish())
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
