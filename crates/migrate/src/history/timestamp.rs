//! UTC instants for history rows, without a clock or a date library.
//!
//! Prisma's engine writes `chrono::Utc::now()`: PostgreSQL keeps microseconds (`TIMESTAMPTZ`),
//! MySQL milliseconds (`DATETIME(3)`), and SQLite gets an INTEGER of Unix milliseconds (the
//! native engine binds datetimes as `timestamp_millis()`). Reading SQLite, Prisma also accepts
//! text: `YYYY-MM-DD HH:MM:SS` (the column default, `current_timestamp`) and RFC 3339 (what
//! Prisma's driver adapters write). [`Timestamp`] holds microseconds, enough for all of them.

use std::fmt;

/// An instant in UTC, in microseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp {
    micros: i64,
}

/// A [`Timestamp`] split into calendar fields (proleptic Gregorian, UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UtcDateTime {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour, 0–23.
    pub hour: u32,
    /// Minute, 0–59.
    pub minute: u32,
    /// Second, 0–59.
    pub second: u32,
    /// Microseconds within the second, 0–999,999.
    pub micros: u32,
}

const MICROS_PER_SECOND: i64 = 1_000_000;
const SECONDS_PER_DAY: i64 = 86_400;

impl Timestamp {
    /// The instant `micros` microseconds after the Unix epoch.
    pub const fn from_unix_micros(micros: i64) -> Timestamp {
        Timestamp { micros }
    }

    /// The instant `millis` milliseconds after the Unix epoch (how Prisma stores SQLite times).
    pub const fn from_unix_millis(millis: i64) -> Timestamp {
        Timestamp { micros: millis * 1000 }
    }

    /// Microseconds since the Unix epoch.
    pub const fn unix_micros(self) -> i64 {
        self.micros
    }

    /// Milliseconds since the Unix epoch, rounded down (the INTEGER Prisma writes on SQLite).
    pub const fn unix_millis(self) -> i64 {
        self.micros.div_euclid(1000)
    }

    /// The instant of a UTC calendar date and time; `None` if a field is out of range.
    pub fn from_utc(parts: UtcDateTime) -> Option<Timestamp> {
        let UtcDateTime { year, month, day, hour, minute, second, micros } = parts;
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour < 24
            && minute < 60
            && second < 60
            && micros < 1_000_000;
        if !valid {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds = days * SECONDS_PER_DAY + i64::from(hour * 3600 + minute * 60 + second);
        Some(Timestamp { micros: seconds * MICROS_PER_SECOND + i64::from(micros) })
    }

    /// The UTC calendar fields of this instant.
    pub fn to_utc(self) -> UtcDateTime {
        let seconds = self.micros.div_euclid(MICROS_PER_SECOND);
        let micros = self.micros.rem_euclid(MICROS_PER_SECOND) as u32;
        let days = seconds.div_euclid(SECONDS_PER_DAY);
        let second_of_day = seconds.rem_euclid(SECONDS_PER_DAY) as u32;
        let (year, month, day) = civil_from_days(days);
        UtcDateTime {
            year,
            month,
            day,
            hour: second_of_day / 3600,
            minute: second_of_day / 60 % 60,
            second: second_of_day % 60,
            micros,
        }
    }

    /// `YYYYMMDDHHMMSS`, the prefix of a migration folder name created at this instant.
    pub fn folder_prefix(self) -> String {
        let t = self.to_utc();
        format!("{:04}{:02}{:02}{:02}{:02}{:02}", t.year, t.month, t.day, t.hour, t.minute, t.second)
    }

    /// Parses a SQLite `DATETIME` text value the way Prisma reads it: `YYYY-MM-DD HH:MM:SS`
    /// (UTC), or RFC 3339 (`2024-01-31T12:00:00.123+00:00`, `T`, `t` or a space between date and
    /// time, `Z` or a `±HH:MM` offset). Integers (Prisma's own writes) go through
    /// [`Timestamp::from_unix_millis`] instead.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let b = text.as_bytes();
        if b.len() < 19 || !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u32> {
            let s = text.get(range)?;
            s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
        };
        let seps = b[4] == b'-' && b[7] == b'-' && b[13] == b':' && b[16] == b':';
        if !seps {
            return None;
        }
        let mut parts = UtcDateTime {
            year: num(0..4)? as i32,
            month: num(5..7)?,
            day: num(8..10)?,
            hour: num(11..13)?,
            minute: num(14..16)?,
            second: num(17..19)?,
            micros: 0,
        };
        let mut rest = &text[19..];
        if rest.is_empty() {
            // `%Y-%m-%d %H:%M:%S` only; RFC 3339 requires an offset.
            return (b[10] == b' ').then(|| Timestamp::from_utc(parts))?;
        }
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            let mut micros = 0u32;
            for (i, c) in frac.bytes().take(digits).enumerate() {
                if i < 6 {
                    micros = micros * 10 + u32::from(c - b'0');
                }
            }
            for _ in digits..6 {
                micros *= 10;
            }
            parts.micros = micros;
            rest = &frac[digits..];
        }
        let offset_seconds: i64 = match rest.as_bytes() {
            [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let digits = [h1, h2, m1, m2];
                if !digits.iter().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                let hours = i64::from((h1 - b'0') * 10 + (h2 - b'0'));
                let minutes = i64::from((m1 - b'0') * 10 + (m2 - b'0'));
                if hours > 23 || minutes > 59 {
                    return None;
                }
                let offset = hours * 3600 + minutes * 60;
                if *sign == b'-' {
                    -offset
                } else {
                    offset
                }
            }
            _ => return None,
        };
        let local = Timestamp::from_utc(parts)?;
        Some(Timestamp { micros: local.micros - offset_seconds * MICROS_PER_SECOND })
    }
}

/// Formats like chrono's `DateTime<Utc>` (Prisma prints this in P3009):
/// `2024-01-31 12:00:00.123 UTC`, with 0, 3 or 6 fraction digits as needed.
impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = self.to_utc();
        write!(f, "{:04}-{:02}-{:02} {:02}:{:02}:{:02}", t.year, t.month, t.day, t.hour, t.minute, t.second)?;
        let sub_millis = t.micros % 1000;
        if t.micros == 0 {
        } else if sub_millis == 0 {
            write!(f, ".{:03}", t.micros / 1000)?;
        } else {
            write!(f, ".{:06}", t.micros)?;
        }
        f.write_str(" UTC")
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i32, month: u32, day: u32) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(year: i32, month: u32, day: u32, hour: u32, minute: u32, second: u32, micros: u32) -> Timestamp {
        Timestamp::from_utc(UtcDateTime { year, month, day, hour, minute, second, micros }).unwrap()
    }

    #[test]
    fn calendar_round_trips() {
        for (micros, text) in [
            (0, "1970-01-01 00:00:00 UTC"),
            (-1, "1969-12-31 23:59:59.999999 UTC"),
            (951_782_400_000_000, "2000-02-29 00:00:00 UTC"),
            (1_706_702_400_123_000, "2024-01-31 12:00:00.123 UTC"),
            (1_706_702_400_123_456, "2024-01-31 12:00:00.123456 UTC"),
            (4_102_444_799_000_000, "2099-12-31 23:59:59 UTC"),
        ] {
            let t = Timestamp::from_unix_micros(micros);
            assert_eq!(t.to_string(), text);
            assert_eq!(Timestamp::from_utc(t.to_utc()), Some(t));
        }
    }

    #[test]
    fn folder_prefix_is_utc_seconds() {
        assert_eq!(utc(2024, 3, 5, 7, 8, 9, 999_999).folder_prefix(), "20240305070809");
    }

    #[test]
    fn rejects_impossible_dates() {
        let parts = UtcDateTime { year: 2023, month: 2, day: 29, hour: 0, minute: 0, second: 0, micros: 0 };
        assert_eq!(Timestamp::from_utc(parts), None);
        assert_eq!(Timestamp::from_utc(UtcDateTime { month: 13, day: 1, ..parts }), None);
        assert_eq!(Timestamp::from_utc(UtcDateTime { hour: 24, day: 1, ..parts }), None);
    }

    #[test]
    fn millis_are_what_prisma_writes_on_sqlite() {
        let t = Timestamp::from_unix_millis(1_706_702_400_123);
        assert_eq!(t, utc(2024, 1, 31, 12, 0, 0, 123_000));
        assert_eq!(t.unix_millis(), 1_706_702_400_123);
        assert_eq!(Timestamp::from_unix_micros(-1).unix_millis(), -1);
    }

    #[test]
    fn parses_the_sqlite_text_forms_prisma_reads() {
        let noon = utc(2024, 1, 31, 12, 0, 0, 0);
        for (text, expected) in [
            ("2024-01-31 12:00:00", Some(noon)),
            ("2024-01-31T12:00:00Z", Some(noon)),
            ("2024-01-31t12:00:00z", Some(noon)),
            ("2024-01-31 12:00:00+00:00", Some(noon)),
            ("2024-01-31T14:30:00+02:30", Some(noon)),
            ("2024-01-31T07:00:00-05:00", Some(noon)),
            ("2024-01-31T12:00:00.930+00:00", Some(utc(2024, 1, 31, 12, 0, 0, 930_000))),
            ("2024-01-31T12:00:00.123456789Z", Some(utc(2024, 1, 31, 12, 0, 0, 123_456))),
            ("2024-01-31T12:00:00", None),
            ("2024-01-31 12:00", None),
            ("2024-02-30 12:00:00", None),
            ("2024-01-31T12:00:00.Z", None),
            ("2024-01-31T12:00:00+0000", None),
            ("1706702400000", None),
            ("", None),
        ] {
            assert_eq!(Timestamp::parse(text), expected, "{text}");
        }
    }
}
