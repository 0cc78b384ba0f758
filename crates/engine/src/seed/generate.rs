//! Values Prisma Client generates for `@default(uuid())`, `cuid()`, `nanoid()`, `ulid()`,
//! `now()` and `@updatedAt` — from an injected clock and random source ([`Generators`]), so
//! that tests are deterministic and nothing here reads a hidden clock.

use std::hash::{BuildHasher, Hasher};

/// The clock and the randomness behind generated defaults.
pub trait Generators {
    /// The current time, in microseconds since the Unix epoch (UTC).
    fn now_micros(&mut self) -> i64;
    /// 64 random bits.
    fn next_u64(&mut self) -> u64;
}

/// The real clock, and a random source seeded from the operating system.
#[derive(Debug)]
pub struct SystemGenerators {
    rng: SplitMix64,
}

impl SystemGenerators {
    /// Seeds the random source from the standard library's per-process random keys.
    pub fn new() -> Self {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos(),
        );
        SystemGenerators { rng: SplitMix64(hasher.finish()) }
    }
}

impl Default for SystemGenerators {
    fn default() -> Self {
        SystemGenerators::new()
    }
}

impl Generators for SystemGenerators {
    fn now_micros(&mut self) -> i64 {
        let since = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        i64::try_from(since.as_micros()).unwrap_or(i64::MAX)
    }
    fn next_u64(&mut self) -> u64 {
        self.rng.next()
    }
}

/// A fixed clock and a seeded random source: the same inputs give the same ids.
#[derive(Debug, Clone)]
pub struct FixedGenerators {
    /// What `now()` returns, in microseconds since the epoch.
    pub now_micros: i64,
    rng: SplitMix64,
}

impl FixedGenerators {
    /// A fixed clock at `now_micros` and randomness from `seed`.
    pub fn new(now_micros: i64, seed: u64) -> Self {
        FixedGenerators { now_micros, rng: SplitMix64(seed) }
    }
}

impl Generators for FixedGenerators {
    fn now_micros(&mut self) -> i64 {
        self.now_micros
    }
    fn next_u64(&mut self) -> u64 {
        self.rng.next()
    }
}

#[derive(Debug, Clone)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

fn random_bytes<const N: usize>(g: &mut dyn Generators) -> [u8; N] {
    let mut out = [0u8; N];
    for chunk in out.chunks_mut(8) {
        let bytes = g.next_u64().to_le_bytes();
        chunk.copy_from_slice(&bytes[..chunk.len()]);
    }
    out
}

fn hyphenated(b: [u8; 16]) -> String {
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// `uuid()` / `uuid(4)`: a random (version 4) UUID.
pub fn uuid_v4(g: &mut dyn Generators) -> String {
    let mut b: [u8; 16] = random_bytes(g);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    hyphenated(b)
}

/// `uuid(7)`: a time-ordered (version 7) UUID: 48 bits of milliseconds, then random bits.
pub fn uuid_v7(g: &mut dyn Generators) -> String {
    let ms = (g.now_micros() / 1000).max(0) as u64;
    let mut b: [u8; 16] = random_bytes(g);
    b[..6].copy_from_slice(&ms.to_be_bytes()[2..]);
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    hyphenated(b)
}

fn base36(mut n: u64, width: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    while out.len() < width {
        out.push(b'0');
    }
    out.reverse();
    let s = String::from_utf8(out).unwrap_or_default();
    // Keep the last `width` digits, as cuid does for counters and random blocks.
    s[s.len() - width..].to_owned()
}

/// `cuid()`: a version 1 cuid — `c`, 8 base-36 digits of milliseconds, a 4-digit counter, a
/// 4-digit fingerprint and 8 random digits (25 characters).
pub fn cuid_v1(g: &mut dyn Generators, counter: u64) -> String {
    let ms = (g.now_micros() / 1000).max(0) as u64;
    let fingerprint = base36(u64::from(std::process::id()) ^ (g.next_u64() & 0xffff), 4);
    let random = base36(g.next_u64() % 36u64.pow(4), 4) + &base36(g.next_u64() % 36u64.pow(4), 4);
    format!("c{}{}{}{}", base36(ms, 8), base36(counter % 36u64.pow(4), 4), fingerprint, random)
}

/// `cuid(2)`: 24 characters, a letter then base-36 digits.
pub fn cuid_v2(g: &mut dyn Generators) -> String {
    let first = (b'a' + (g.next_u64() % 26) as u8) as char;
    let mut rest = String::new();
    while rest.len() < 23 {
        rest.push_str(&base36(g.next_u64() % 36u64.pow(12), 12));
    }
    format!("{first}{}", &rest[..23])
}

/// `nanoid()` / `nanoid(n)`: `n` (default 21) characters of `A-Za-z0-9_-`.
pub fn nanoid(g: &mut dyn Generators, len: u8) -> String {
    const ALPHABET: &[u8; 64] = b"useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
    (0..len).map(|_| ALPHABET[(g.next_u64() & 63) as usize] as char).collect()
}

/// `ulid()`: 26 Crockford base-32 characters, 48 bits of milliseconds then 80 random bits.
pub fn ulid(g: &mut dyn Generators) -> String {
    const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let ms = (g.now_micros() / 1000).max(0) as u128 & ((1 << 48) - 1);
    let random = (u128::from(g.next_u64()) << 16 | u128::from(g.next_u64() & 0xffff)) & ((1 << 80) - 1);
    let value = ms << 80 | random;
    (0..26).rev().map(|i| CROCKFORD[((value >> (i * 5)) & 31) as usize] as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let mut g = FixedGenerators::new(1_700_000_000_000_000, 42);
        let v4 = uuid_v4(&mut g);
        assert_eq!(v4.len(), 36);
        assert_eq!(&v4[14..15], "4");
        let v7 = uuid_v7(&mut g);
        assert_eq!(&v7[14..15], "7");
        assert!(v7.starts_with("018bcfe5-6800"), "{v7}");
        let c = cuid_v1(&mut g, 1);
        assert_eq!(c.len(), 25);
        assert!(c.starts_with('c'));
        assert_eq!(cuid_v2(&mut g).len(), 24);
        assert_eq!(nanoid(&mut g, 21).len(), 21);
        let u = ulid(&mut g);
        assert_eq!(u.len(), 26);
        assert!(u.starts_with("01HF"), "{u}");
    }

    #[test]
    fn deterministic() {
        let mut a = FixedGenerators::new(0, 7);
        let mut b = FixedGenerators::new(0, 7);
        assert_eq!(uuid_v4(&mut a), uuid_v4(&mut b));
    }
}
