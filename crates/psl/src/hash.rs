//! A small, fast hasher for the crate's internal maps (the Fx hash of
//! rustc and Firefox: rotate, xor, multiply, one machine word at a time).
//!
//! The keys are names and ids from one schema file, so the denial-of-service
//! resistance of the standard library's SipHash buys nothing here, and
//! SipHash was about a tenth of validation time.

use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<T> = std::collections::HashSet<T, BuildHasherDefault<FxHasher>>;

/// The Fx hash function: not cryptographic, not DoS-resistant.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(n.into());
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(n.into());
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_distinguish_keys() {
        let mut map: FxHashMap<&str, usize> = FxHashMap::default();
        for (i, name) in ["a", "b", "ab", "ba", "a\0", "", "abcdefghi"].iter().enumerate() {
            assert!(map.insert(name, i).is_none());
        }
        assert_eq!(map.len(), 7);
        assert_eq!(map.get("ab"), Some(&2));
        let mut set: FxHashSet<(u32, String)> = FxHashSet::default();
        assert!(set.insert((1, "x".to_string())));
        assert!(!set.insert((1, "x".to_string())));
        assert!(set.insert((2, "x".to_string())));
    }
}
