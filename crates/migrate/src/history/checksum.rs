//! Checksums of `migration.sql`: what Prisma records, and when a file on disk still matches.
//!
//! Prisma records `SHA-256(script)` as 64 lowercase hex digits, over the script exactly as read
//! (Node reads it as UTF-8 and keeps a byte order mark, so the BOM is hashed too). When comparing,
//! Prisma's engine (`schema-connector/src/checksum.rs`, `script_matches_checksum`) accepts the
//! script as is, with every `\r\n` turned into `\n`, or with every `\n` turned into `\r\n`, so a
//! checkout with other line endings still matches; and it compares against old rows whose hex was
//! written without zero padding (prisma-engines#1887) in that format.
//!
//! Strata's rule, [`matches()`], accepts everything Prisma's does ([`prisma_matches`]) and also a
//! file that differs only by a UTF-8 byte order mark or by mixed line endings, so that an editor
//! adding or removing a BOM never makes an applied migration look modified.

use sha2::{Digest, Sha256};
use std::fmt;

/// The length of a recorded checksum: 32 bytes as hex.
pub const CHECKSUM_HEX_LEN: usize = 64;

const BOM: &str = "\u{feff}";

/// A SHA-256 digest of a migration script.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Checksum([u8; 32]);

impl Checksum {
    /// The checksum Prisma records for `script`: SHA-256 of its UTF-8 bytes.
    pub fn of(script: &str) -> Checksum {
        Checksum(Sha256::digest(script.as_bytes()).into())
    }

    /// The digest bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// 64 lowercase hex digits, the form Prisma writes to `_prisma_migrations.checksum`.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }

    /// Whether this digest is the one recorded as `recorded`, reading `recorded` as Prisma does:
    /// zero-padded lowercase hex, or — for a non-empty value of another length — the unpadded
    /// hex of early Prisma versions (each byte as `{:x}`).
    pub fn matches_recorded(&self, recorded: &str) -> bool {
        if !recorded.is_empty() && recorded.len() != CHECKSUM_HEX_LEN {
            let mut legacy = String::with_capacity(CHECKSUM_HEX_LEN);
            for byte in self.0 {
                legacy.push_str(&format!("{byte:x}"));
            }
            return legacy == recorded;
        }
        self.to_hex() == recorded
    }
}

impl fmt::Display for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Checksum {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Checksum({self})")
    }
}

/// Prisma's rule: whether `script` matches `recorded` as is, with CRLF turned into LF, or with
/// LF turned into CRLF. This is what `prisma migrate` considers unmodified.
pub fn prisma_matches(script: &str, recorded: &str) -> bool {
    Checksum::of(script).matches_recorded(recorded)
        || Checksum::of(&script.replace("\r\n", "\n")).matches_recorded(recorded)
        || Checksum::of(&script.replace('\n', "\r\n")).matches_recorded(recorded)
}

/// Strata's rule: [`prisma_matches`], or the same with a leading UTF-8 byte order mark removed or
/// added, or with mixed line endings made uniform (all LF, or all CRLF). A file that differs from
/// the recorded one only in line endings or a BOM is never reported as modified.
pub fn matches(script: &str, recorded: &str) -> bool {
    if prisma_matches(script, recorded) {
        return true;
    }
    let without_bom = script.strip_prefix(BOM).unwrap_or(script);
    let lf = without_bom.replace("\r\n", "\n");
    let crlf = lf.replace('\n', "\r\n");
    let forms = [without_bom, lf.as_str(), crlf.as_str()];
    let matched = forms.into_iter().any(|body| {
        Checksum::of(body).matches_recorded(recorded)
            || Checksum::of(&format!("{BOM}{body}")).matches_recorded(recorded)
    });
    matched
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_zero_padded_sha256() {
        // Prisma's own test vector (checksum.rs, format_checksum_does_not_strip_zeros).
        assert_eq!(Checksum::of("hello").to_hex(), "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
        assert_eq!(Checksum::of("abcd").to_hex().len(), CHECKSUM_HEX_LEN);
        assert_eq!(format!("{:?}", Checksum::of("")), format!("Checksum({})", Checksum::of("")));
    }

    #[test]
    fn legacy_unpadded_checksums_still_match() {
        // "hello" has 0x0e and 0x04 bytes, which early Prisma wrote as "e" and "4".
        let legacy = "2cf24dba5fb0a3e26e83b2ac5b9e29e1b161e5c1fa7425e7343362938b9824";
        assert_ne!(legacy.len(), CHECKSUM_HEX_LEN);
        assert!(Checksum::of("hello").matches_recorded(legacy));
        assert!(prisma_matches("hello", legacy));
        assert!(!Checksum::of("hello").matches_recorded(""));
        assert!(!Checksum::of("hello").matches_recorded(&Checksum::of("hello").to_hex().to_uppercase()));
    }

    /// Which edits of a recorded script each rule accepts. Recorded: the left script.
    #[test]
    fn line_endings_and_bom() {
        let cases: &[(&str, &str, bool, bool)] = &[
            // recorded, on disk, prisma_matches, matches
            ("a\nb\n", "a\nb\n", true, true),
            ("a\nb\n", "a\r\nb\r\n", true, true),
            ("a\r\nb\r\n", "a\nb\n", true, true),
            // Prisma's own cases (script_matches_checksum_is_line_ending_agnostic): a lone \r stays.
            ("ab\ncd\nef\ngh\rab", "ab\r\ncd\r\nef\r\ngh\rab", true, true),
            ("ab\r\ncd\r\nef\r\ngh\rab\r\n", "ab\ncd\nef\ngh\rab\n", true, true),
            // Mixed endings on disk: Prisma only matches a uniform LF recording.
            ("a\nb\n", "a\r\nb\n", true, true),
            ("a\r\nb\r\n", "a\r\nb\n", false, true),
            // Byte order marks.
            ("\u{feff}a\nb\n", "a\nb\n", false, true),
            ("a\nb\n", "\u{feff}a\nb\n", false, true),
            ("\u{feff}a\r\nb\r\n", "a\nb\n", false, true),
            ("a\r\nb\r\n", "\u{feff}a\nb\r\n", false, true),
            // Real edits are modifications under both rules.
            ("abc", "abcd", false, false),
            ("abc", "abc\n", false, false),
            ("a\nb\n", "a\n\nb\n", false, false),
            ("a b", "a  b", false, false),
        ];
        for &(recorded, disk, prisma, strata) in cases {
            let recorded = Checksum::of(recorded).to_hex();
            assert_eq!(prisma_matches(disk, &recorded), prisma, "prisma_matches({disk:?})");
            assert_eq!(matches(disk, &recorded), strata, "matches({disk:?})");
        }
    }
}
