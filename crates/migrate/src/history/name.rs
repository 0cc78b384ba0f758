//! Migration names and folder names.
//!
//! A migration is named after its folder, `YYYYMMDDHHMMSS_name`: the UTC time it was created and
//! the `--name` given to `migrate dev`, sanitised. Prisma sanitises with `@sindresorhus/slugify`
//! (separator `_`) and keeps the first 200 characters: transliterate (`ß` → `ss`, `Привет` →
//! `Privet`, `&` → `and`), split camel case (`AddUserTable` → `Add User Table`), lowercase, drop
//! the apostrophe of `'s`/`'t` at the end of a word, turn every run of other characters into `_`
//! and trim `_` at both ends. So `"Add User table!"` becomes `add_user_table`. An empty result
//! gives a folder named by the timestamp alone.
//!
//! Reading a folder, Prisma accepts any directory name as a migration name; so does
//! [`MigrationName`], which only splits off the timestamp when there is one.

use super::timestamp::Timestamp;
use super::transliterate::{COMPOSE, DECOMPOSED, REMOVED, REPLACEMENTS};
use std::fmt;

/// The longest sanitised name Prisma keeps (in UTF-16 code units; the result is ASCII).
pub const MAX_NAME_LEN: usize = 200;

/// The name of a migration, i.e. of its folder in `migrations/`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MigrationName(String);

impl MigrationName {
    /// The name of an existing folder. Any name is accepted, as Prisma accepts it.
    pub fn new(folder_name: impl Into<String>) -> MigrationName {
        MigrationName(folder_name.into())
    }

    /// The folder name for a migration created at `created_at` from the user's `--name`
    /// (sanitised here): `20240131120000_add_user_table`, or `20240131120000` when nothing of
    /// the name survives sanitising.
    pub fn generate(created_at: Timestamp, user_name: &str) -> MigrationName {
        MigrationName(folder_name(created_at, &sanitize(user_name)))
    }

    /// The whole name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The `YYYYMMDDHHMMSS` prefix, if the name starts with 14 digits followed by `_` or nothing.
    pub fn timestamp(&self) -> Option<&str> {
        let prefix = self.0.get(..14)?;
        let rest = &self.0[14..];
        (prefix.bytes().all(|b| b.is_ascii_digit()) && (rest.is_empty() || rest.starts_with('_'))).then_some(prefix)
    }

    /// The part after the timestamp and `_` (`add_user_table`), if the name has a timestamp.
    pub fn description(&self) -> Option<&str> {
        self.timestamp()?;
        Some(self.0.get(15..).unwrap_or(""))
    }
}

impl fmt::Display for MigrationName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl AsRef<str> for MigrationName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// `YYYYMMDDHHMMSS_name` for an already sanitised `name`, or `YYYYMMDDHHMMSS` if it is empty.
pub fn folder_name(created_at: Timestamp, name: &str) -> String {
    let prefix = created_at.folder_prefix();
    if name.is_empty() {
        prefix
    } else {
        format!("{prefix}_{name}")
    }
}

/// Sanitises a `--name` exactly as `prisma migrate dev --name` does (see the module docs).
///
/// Transliteration follows Prisma's table, character by character; a name typed in decomposed
/// form (`a` + U+0308) is recomposed for the characters that table knows, as Prisma's NFC
/// normalisation does, and otherwise loses its combining marks.
pub fn sanitize(input: &str) -> String {
    let ascii = decamelize(&transliterate(input)).to_ascii_lowercase();
    let ascii = drop_word_final_apostrophes(&ascii);
    let mut out = String::with_capacity(ascii.len());
    let mut pending_separator = false;
    for c in ascii.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            if pending_separator && !out.is_empty() {
                out.push('_');
            }
            pending_separator = false;
            out.push(c);
        } else {
            pending_separator = true;
        }
    }
    out.truncate(MAX_NAME_LEN);
    out
}

fn transliterate(input: &str) -> String {
    let mut s = input.to_owned();
    if !s.is_ascii() {
        for (decomposed, composed) in COMPOSE {
            if s.contains(decomposed) {
                s = s.replace(decomposed, composed);
            }
        }
    }
    for (from, to) in REPLACEMENTS {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if let Ok(i) = DECOMPOSED.binary_search_by_key(&c, |&(k, _)| k) {
            out.push_str(DECOMPOSED[i].1);
        } else if !REMOVED.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)) {
            out.push(c);
        }
    }
    out
}

/// slugify's `decamelize`: four regex replacements, applied in turn (each inserts a space).
fn decamelize(s: &str) -> String {
    let upper = |c: char| c.is_ascii_uppercase();
    let lower_or_digit = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit();
    // /([A-Z]{2,})(\d+)/g: between a run of 2+ capitals and the digits after it.
    let s = insert_spaces(s, |chars, i| chars[i].is_ascii_digit() && upper_run_before(chars, i) >= 2);
    // /([a-z\d]+)([A-Z]{2,})/g: between a lowercase letter or digit and a run of 2+ capitals.
    let s = insert_spaces(&s, |chars, i| lower_or_digit(chars[i - 1]) && upper_run_after(chars, i) >= 2);
    // /([a-z\d])([A-Z])/g: between a lowercase letter or digit and a capital.
    let s = insert_spaces(&s, |chars, i| lower_or_digit(chars[i - 1]) && upper(chars[i]));
    // /([A-Z]+)([A-Z][a-rt-z\d]+)/g: before the last capital of a run of 2+ capitals followed by
    // a lowercase letter other than `s`, or a digit.
    insert_spaces(&s, |chars, i| {
        upper(chars[i])
            && upper_run_before(chars, i) >= 1
            && chars.get(i + 1).is_some_and(|&c| (c.is_ascii_lowercase() && c != 's') || c.is_ascii_digit())
    })
}

/// Copies `s`, inserting a space before every index `i >= 1` where `at(chars, i)` holds.
fn insert_spaces(s: &str, at: impl Fn(&[char], usize) -> bool) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && at(&chars, i) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

fn upper_run_before(chars: &[char], i: usize) -> usize {
    chars[..i].iter().rev().take_while(|c| c.is_ascii_uppercase()).count()
}

fn upper_run_after(chars: &[char], i: usize) -> usize {
    chars[i..].iter().take_while(|c| c.is_ascii_uppercase()).count()
}

/// `/([a-zA-Z\d]+)'([ts])(\s|$)/g` → `$1$2$3`: "don't" → "dont", "user's " → "users ".
fn drop_word_final_apostrophes(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let drop = c == '\''
            && i > 0
            && chars[i - 1].is_ascii_alphanumeric()
            && matches!(chars.get(i + 1), Some('t' | 's'))
            && chars.get(i + 2).is_none_or(|&next| is_js_whitespace(next));
        if !drop {
            out.push(c);
        }
    }
    out
}

/// JavaScript's `\s`.
fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{feff}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::UtcDateTime;

    #[test]
    fn sanitizes_like_prisma() {
        for (input, expected) in [
            ("Add User table!", "add_user_table"),
            ("AddUserTable", "add_user_table"),
            ("XMLHttpRequest", "xml_http_request"),
            ("ABCs", "abcs"),
            ("A1B2", "a1_b2"),
            ("AB12cd", "ab_12cd"),
            ("don't stop", "dont_stop"),
            ("a's's", "a_ss"),
            ("ab^cd", "abcd"),
            ("a & b", "a_and_b"),
            ("Straße", "strasse"),
            ("Þórr", "t_horr"),
            ("a\u{308}bc", "aebc"),
            ("e\u{301}", "e"),
            ("日本語", ""),
            ("__init__", "init"),
            ("", ""),
        ] {
            assert_eq!(sanitize(input), expected, "{input:?}");
        }
        assert_eq!(sanitize(&"x".repeat(250)).len(), MAX_NAME_LEN);
        assert!(sanitize(&"ab_".repeat(80)).ends_with("ab"));
    }

    #[test]
    fn folder_names() {
        let at = Timestamp::from_utc(UtcDateTime {
            year: 2024,
            month: 1,
            day: 31,
            hour: 12,
            minute: 0,
            second: 5,
            micros: 0,
        })
        .unwrap();
        assert_eq!(MigrationName::generate(at, "Add User table!").as_str(), "20240131120005_add_user_table");
        assert_eq!(MigrationName::generate(at, "!!!").as_str(), "20240131120005");
        assert_eq!(folder_name(at, "init"), "20240131120005_init");
    }

    #[test]
    fn splits_conventional_names_only() {
        let cases = [
            ("20240131120005_add_user_table", Some("20240131120005"), Some("add_user_table")),
            ("20240131120005", Some("20240131120005"), Some("")),
            ("20240131120005_", Some("20240131120005"), Some("")),
            ("0_init", None, None),
            ("2024013112000x_init", None, None),
            ("20240131120005init", None, None),
            ("init", None, None),
            ("", None, None),
        ];
        for (name, timestamp, description) in cases {
            let name = MigrationName::new(name);
            assert_eq!(name.timestamp(), timestamp, "{name}");
            assert_eq!(name.description(), description, "{name}");
        }
    }
}
