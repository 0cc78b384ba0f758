//! Typed seed values: parsed from JSON or CSV text against a field's type, compared with what
//! the database holds, and encoded for each dialect as Prisma Client would write them.
//!
//! Conventions (documented in the README's Seeding section):
//! - `DateTime`: RFC 3339 / ISO 8601 text (`2024-05-01T12:00:00Z`, `2024-05-01T14:00:00+02:00`,
//!   `2024-05-01 12:00:00`, `2024-05-01`), a time without offset is UTC; in JSON also a number
//!   of milliseconds since the epoch. Kept to the column's precision (milliseconds by default).
//! - `Decimal`, `BigInt`: JSON numbers or strings (strings keep every digit).
//! - `Bytes`: base64 text. `Json`: any JSON value (in CSV, the cell's text is parsed as JSON).
//! - CSV: an empty unquoted cell is NULL, `""` is the empty string.

use base64::Engine as _;
use database::SqlValue;
use sql_schema::Dialect;

/// What a column holds, as far as seeding cares.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnKind {
    /// `Int` (32 bits).
    Int,
    /// `BigInt` (64 bits).
    BigInt,
    /// `Float`; `single` for 4-byte native types (`@db.Real`, `@db.Float`).
    Float {
        /// Compared at single precision.
        single: bool,
    },
    /// `Decimal(precision, scale)`.
    Decimal {
        /// Total digits.
        precision: u32,
        /// Digits after the point.
        scale: u32,
    },
    /// `Boolean`.
    Boolean,
    /// `String`; `max` characters for `VarChar(n)`/`Char(n)`.
    String {
        /// The length limit, if the native type has one.
        max: Option<u32>,
    },
    /// `DateTime`.
    DateTime(DateTimeKind),
    /// `Json`.
    Json,
    /// `Bytes`.
    Bytes,
    /// An enum: `(name in the schema, value in the database)`.
    Enum(Vec<(String, String)>),
}

/// The native flavour of a `DateTime` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateTimeKind {
    /// A timestamp with `precision` fractional digits (3 unless the native type says).
    Timestamp {
        /// Fractional second digits kept.
        precision: u32,
    },
    /// `@db.Date`.
    Date,
    /// `@db.Time`.
    Time {
        /// Fractional second digits kept.
        precision: u32,
    },
}

/// A typed value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// NULL.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer (`Int`, `BigInt`).
    Int(i64),
    /// A float.
    Float(f64),
    /// A decimal, normalized (`-12.5`, no trailing zeros).
    Decimal(String),
    /// Text (`String`; enums hold their database value).
    Text(String),
    /// Microseconds since the epoch, UTC.
    DateTime(i64),
    /// A JSON document.
    Json(serde_json::Value),
    /// Bytes.
    Bytes(Vec<u8>),
}

impl ColumnKind {
    /// Parses a JSON value.
    pub fn from_json(&self, v: &serde_json::Value) -> Result<Value, String> {
        use serde_json::Value as J;
        if v.is_null() {
            return Ok(Value::Null);
        }
        match (self, v) {
            (ColumnKind::Json, v) => Ok(Value::Json(v.clone())),
            (ColumnKind::Boolean, J::Bool(b)) => Ok(Value::Bool(*b)),
            (ColumnKind::Int | ColumnKind::BigInt, J::Number(n)) => match n.as_i64() {
                Some(i) => self.check_int(i),
                None => Err(format!("{n} is not an integer")),
            },
            (ColumnKind::Float { .. }, J::Number(n)) => Ok(Value::Float(n.as_f64().unwrap_or(f64::NAN))),
            (ColumnKind::Decimal { .. }, J::Number(n)) => self.from_text(&n.to_string()),
            (ColumnKind::DateTime(_), J::Number(n)) => match n.as_i64() {
                Some(ms) => Ok(Value::DateTime(self.truncate_micros(ms.saturating_mul(1000)))),
                None => Err(format!("{n} is not a number of milliseconds")),
            },
            (
                ColumnKind::String { .. } | ColumnKind::Enum(_) | ColumnKind::Bytes | ColumnKind::DateTime(_),
                J::String(s),
            ) => self.from_text(s),
            (ColumnKind::BigInt | ColumnKind::Decimal { .. } | ColumnKind::Float { .. }, J::String(s)) => {
                self.from_text(s)
            }
            (_, other) => Err(format!("expected {}, found {}", self.describe(), json_type(other))),
        }
    }

    /// Parses text (a CSV cell, or a JSON string for text-like types).
    pub fn from_text(&self, s: &str) -> Result<Value, String> {
        match self {
            ColumnKind::Int | ColumnKind::BigInt => match s.trim().parse::<i64>() {
                Ok(i) => self.check_int(i),
                Err(_) if s.trim().parse::<i128>().is_ok() => {
                    Err(format!("{s} is out of range for {}", self.describe()))
                }
                Err(_) => Err(format!("{s:?} is not an integer")),
            },
            ColumnKind::Float { .. } => {
                s.trim().parse::<f64>().map(Value::Float).map_err(|_| format!("{s:?} is not a number"))
            }
            ColumnKind::Decimal { precision, scale } => {
                let d = normalize_decimal(s).ok_or_else(|| format!("{s:?} is not a decimal number"))?;
                let (int_digits, frac_digits) = decimal_digits(&d);
                if frac_digits > *scale as usize || int_digits + (*scale as usize) > *precision as usize {
                    return Err(format!("{s} does not fit Decimal({precision},{scale})"));
                }
                Ok(Value::Decimal(d))
            }
            ColumnKind::Boolean => match s.trim() {
                "true" | "TRUE" | "True" | "1" | "t" => Ok(Value::Bool(true)),
                "false" | "FALSE" | "False" | "0" | "f" => Ok(Value::Bool(false)),
                _ => Err(format!("{s:?} is not a boolean (true or false)")),
            },
            ColumnKind::String { max } => match max {
                Some(max) if s.chars().count() > *max as usize => {
                    Err(format!("{} characters is longer than the column's {max}", s.chars().count()))
                }
                _ => Ok(Value::Text(s.to_owned())),
            },
            ColumnKind::DateTime(kind) => {
                let micros = parse_datetime(s)
                    .ok_or_else(|| format!("{s:?} is not a date-time (use ISO 8601, e.g. 2024-05-01T12:00:00Z)"))?;
                let micros = match kind {
                    DateTimeKind::Date => micros.div_euclid(86_400_000_000) * 86_400_000_000,
                    DateTimeKind::Time { .. } => micros.rem_euclid(86_400_000_000),
                    DateTimeKind::Timestamp { .. } => micros,
                };
                Ok(Value::DateTime(self.truncate_micros(micros)))
            }
            ColumnKind::Json => serde_json::from_str(s).map(Value::Json).map_err(|e| format!("invalid JSON: {e}")),
            ColumnKind::Bytes => base64::engine::general_purpose::STANDARD
                .decode(s.trim())
                .map(Value::Bytes)
                .map_err(|_| format!("{s:?} is not base64")),
            ColumnKind::Enum(values) => match values.iter().find(|(name, _)| name == s) {
                Some((_, db)) => Ok(Value::Text(db.clone())),
                None => Err(format!(
                    "{s:?} is not a value of the enum (expected one of: {})",
                    values.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ")
                )),
            },
        }
    }

    fn check_int(&self, i: i64) -> Result<Value, String> {
        if *self == ColumnKind::Int && i32::try_from(i).is_err() {
            return Err(format!("{i} is out of range for Int (32 bits)"));
        }
        Ok(Value::Int(i))
    }

    fn truncate_micros(&self, micros: i64) -> i64 {
        let precision = match self {
            ColumnKind::DateTime(DateTimeKind::Timestamp { precision } | DateTimeKind::Time { precision }) => {
                *precision
            }
            _ => 6,
        };
        let unit = 10i64.pow(6 - precision.min(6));
        micros.div_euclid(unit) * unit
    }

    /// The type's name in messages.
    pub fn describe(&self) -> &'static str {
        match self {
            ColumnKind::Int => "Int",
            ColumnKind::BigInt => "BigInt",
            ColumnKind::Float { .. } => "Float",
            ColumnKind::Decimal { .. } => "Decimal",
            ColumnKind::Boolean => "Boolean",
            ColumnKind::String { .. } => "String",
            ColumnKind::DateTime(_) => "DateTime",
            ColumnKind::Json => "Json",
            ColumnKind::Bytes => "Bytes (base64)",
            ColumnKind::Enum(_) => "an enum value",
        }
    }

    /// The value as the driver should send it on `dialect`.
    pub fn encode(&self, value: &Value, dialect: Dialect) -> SqlValue {
        match value {
            Value::Null => SqlValue::Null,
            Value::Bool(b) => SqlValue::Bool(*b),
            Value::Int(i) => SqlValue::Int(*i),
            Value::Float(f) => SqlValue::Float(*f),
            Value::Decimal(d) => SqlValue::Text(d.clone()),
            Value::Text(s) => SqlValue::Text(s.clone()),
            Value::Json(j) => SqlValue::Text(j.to_string()),
            Value::Bytes(b) => SqlValue::Bytes(b.clone()),
            Value::DateTime(micros) => {
                let kind = match self {
                    ColumnKind::DateTime(kind) => *kind,
                    _ => DateTimeKind::Timestamp { precision: 3 },
                };
                match (dialect, kind) {
                    // Prisma stores SQLite DateTimes as milliseconds since the epoch.
                    (Dialect::Sqlite, _) => SqlValue::Int(micros.div_euclid(1000)),
                    (_, DateTimeKind::Date) => SqlValue::Text(format_datetime(*micros)[..10].to_owned()),
                    (_, DateTimeKind::Time { .. }) => SqlValue::Text(format_datetime(*micros)[11..].to_owned()),
                    (Dialect::Postgres, DateTimeKind::Timestamp { .. }) => {
                        SqlValue::Text(format!("{}+00", format_datetime(*micros)))
                    }
                    (Dialect::Mysql, DateTimeKind::Timestamp { .. }) => SqlValue::Text(format_datetime(*micros)),
                }
            }
        }
    }

    /// [`ColumnKind::encode`], moving text and bytes instead of copying them.
    pub fn encode_owned(&self, value: Value, dialect: Dialect) -> SqlValue {
        match value {
            Value::Text(s) | Value::Decimal(s) => SqlValue::Text(s),
            Value::Bytes(b) => SqlValue::Bytes(b),
            other => self.encode(&other, dialect),
        }
    }

    /// The SQL expression that reads the column so that [`ColumnKind::decode`] understands it.
    pub fn select_expr(&self, dialect: Dialect, quoted_column: &str) -> String {
        match (dialect, self) {
            (Dialect::Sqlite, _) | (_, ColumnKind::Bytes) => quoted_column.to_owned(),
            (Dialect::Postgres, _) => format!("{quoted_column}::text"),
            (Dialect::Mysql, ColumnKind::Int | ColumnKind::BigInt | ColumnKind::Float { .. } | ColumnKind::Boolean) => {
                quoted_column.to_owned()
            }
            (Dialect::Mysql, _) => format!("CAST({quoted_column} AS CHAR)"),
        }
    }

    /// Reads a value the database returned (through [`ColumnKind::select_expr`]).
    pub fn decode(&self, v: &SqlValue) -> Result<Value, String> {
        match (self, v) {
            (_, SqlValue::Null) => Ok(Value::Null),
            (ColumnKind::Bytes, SqlValue::Bytes(b)) => Ok(Value::Bytes(b.clone())),
            (ColumnKind::Bytes, SqlValue::Text(s)) => Ok(Value::Bytes(s.as_bytes().to_vec())),
            (ColumnKind::Boolean, SqlValue::Int(i)) => Ok(Value::Bool(*i != 0)),
            (ColumnKind::Boolean, SqlValue::Bool(b)) => Ok(Value::Bool(*b)),
            (ColumnKind::Int | ColumnKind::BigInt, SqlValue::Int(i)) => Ok(Value::Int(*i)),
            (ColumnKind::Float { .. }, SqlValue::Int(i)) => Ok(Value::Float(*i as f64)),
            (ColumnKind::Float { .. }, SqlValue::Float(f)) => Ok(Value::Float(*f)),
            (ColumnKind::Decimal { .. }, SqlValue::Int(i)) => Ok(Value::Decimal(i.to_string())),
            (ColumnKind::Decimal { .. }, SqlValue::Float(f)) => {
                Ok(Value::Decimal(normalize_decimal(&f.to_string()).unwrap_or_default()))
            }
            (ColumnKind::Decimal { .. }, SqlValue::Text(s)) => {
                normalize_decimal(s).map(Value::Decimal).ok_or_else(|| format!("unreadable decimal {s:?}"))
            }
            (ColumnKind::DateTime(_), SqlValue::Int(ms)) => Ok(Value::DateTime(ms.saturating_mul(1000))),
            (ColumnKind::DateTime(DateTimeKind::Time { .. }), SqlValue::Text(s)) => {
                parse_datetime(&format!("1970-01-01T{s}"))
                    .map(Value::DateTime)
                    .ok_or_else(|| format!("unreadable time {s:?}"))
            }
            (ColumnKind::DateTime(_), SqlValue::Text(s)) => {
                parse_datetime(s).map(Value::DateTime).ok_or_else(|| format!("unreadable date-time {s:?}"))
            }
            (ColumnKind::Json, SqlValue::Text(s)) => {
                serde_json::from_str(s).map(Value::Json).map_err(|e| format!("unreadable JSON: {e}"))
            }
            (ColumnKind::Boolean, SqlValue::Text(s)) => match s.as_str() {
                "t" | "true" | "1" => Ok(Value::Bool(true)),
                _ => Ok(Value::Bool(false)),
            },
            (ColumnKind::Int | ColumnKind::BigInt, SqlValue::Text(s)) => {
                s.parse().map(Value::Int).map_err(|_| format!("unreadable integer {s:?}"))
            }
            (ColumnKind::Float { .. }, SqlValue::Text(s)) => {
                s.parse().map(Value::Float).map_err(|_| format!("unreadable number {s:?}"))
            }
            (_, SqlValue::Text(s)) => Ok(Value::Text(s.clone())),
            (_, SqlValue::Bytes(b)) => Ok(Value::Text(String::from_utf8_lossy(b).into_owned())),
            (_, SqlValue::Int(i)) => Ok(Value::Text(i.to_string())),
            (_, SqlValue::Float(f)) => Ok(Value::Text(f.to_string())),
            (_, SqlValue::Bool(b)) => Ok(Value::Text(b.to_string())),
        }
    }

    /// Whether a value read from the database equals the seed's.
    pub fn same(&self, db: &Value, seed: &Value) -> bool {
        match (self, db, seed) {
            (ColumnKind::Float { single }, Value::Float(a), Value::Float(b)) => {
                a == b || (*single && (*a as f32) == (*b as f32))
            }
            (ColumnKind::DateTime(_), Value::DateTime(a), Value::DateTime(b)) => {
                self.truncate_micros(*a) == self.truncate_micros(*b)
            }
            _ => db == seed,
        }
    }

    /// The value as it appears in an exported JSON seed file.
    pub fn to_json(&self, value: &Value) -> serde_json::Value {
        use serde_json::Value as J;
        match value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Int(i) => J::from(*i),
            Value::Float(f) => serde_json::Number::from_f64(*f).map_or_else(|| J::String(f.to_string()), J::Number),
            Value::Decimal(d) => J::String(d.clone()),
            Value::Text(s) => match self {
                ColumnKind::Enum(values) => {
                    J::String(values.iter().find(|(_, db)| db == s).map_or_else(|| s.clone(), |(n, _)| n.clone()))
                }
                _ => J::String(s.clone()),
            },
            Value::DateTime(micros) => J::String(match self {
                ColumnKind::DateTime(DateTimeKind::Date) => format_datetime(*micros)[..10].to_owned(),
                _ => format!("{}Z", format_datetime(*micros).replace(' ', "T")),
            }),
            Value::Json(j) => j.clone(),
            Value::Bytes(b) => J::String(base64::engine::general_purpose::STANDARD.encode(b)),
        }
    }
}

fn json_type(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `-012.500` → `-12.5`; `1e3` → `1000`; `None` if not a number.
pub fn normalize_decimal(s: &str) -> Option<String> {
    let s = s.trim();
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (mantissa, exponent) = match digits.find(['e', 'E']) {
        Some(i) => (&digits[..i], digits[i + 1..].parse::<i32>().ok()?),
        None => (digits, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty()
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut all: String = format!("{int_part}{frac_part}");
    let mut point = int_part.len() as i64 + i64::from(exponent);
    if point < 0 {
        all = "0".repeat((-point) as usize) + &all;
        point = 0;
    }
    while (all.len() as i64) < point {
        all.push('0');
    }
    let (i, f) = all.split_at(point as usize);
    let i = i.trim_start_matches('0');
    let f = f.trim_end_matches('0');
    let body = match (i.is_empty(), f.is_empty()) {
        (true, true) => return Some("0".to_owned()),
        (_, true) => i.to_owned(),
        (true, false) => format!("0.{f}"),
        (false, false) => format!("{i}.{f}"),
    };
    Some(if negative { format!("-{body}") } else { body })
}

fn decimal_digits(normalized: &str) -> (usize, usize) {
    let body = normalized.trim_start_matches('-');
    let (i, f) = body.split_once('.').unwrap_or((body, ""));
    (if i == "0" { 0 } else { i.len() }, f.len())
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Parses `YYYY-MM-DD[(T| )HH:MM[:SS[.f…]]][Z|±HH[:MM]]` to microseconds since the epoch (UTC).
pub fn parse_datetime(s: &str) -> Option<i64> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let days_in_month = [
        31,
        if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month[(m - 1) as usize] {
        return None;
    }
    let mut micros = days_from_civil(y, m, d) * 86_400_000_000;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(micros);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let rb = rest.as_bytes();
    if rb.len() < 5 || rb[2] != b':' {
        return None;
    }
    let two = |i: usize| -> Option<i64> {
        let p = rest.get(i..i + 2)?;
        if p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let (h, min) = (two(0)?, two(3)?);
    let mut i = 5;
    let mut sec = 0;
    if rb.get(5) == Some(&b':') {
        sec = two(6)?;
        i = 8;
    }
    if h > 23 || min > 59 || sec > 60 {
        return None;
    }
    let mut frac = 0i64;
    if rb.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while rb.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let digits = &rest[start..i];
        if digits.is_empty() {
            return None;
        }
        // Microseconds: the first six digits, padded with zeros.
        for k in 0..6 {
            frac = frac * 10 + digits.as_bytes().get(k).map_or(0, |c| i64::from(c - b'0'));
        }
    }
    micros += (h * 3600 + min * 60 + sec) * 1_000_000 + frac;
    let zone = rest[i..].trim_start();
    let offset = match zone {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let z = zone[1..].replace(':', "");
            let (zh, zm) = match z.len() {
                2 => (z.parse::<i64>().ok()?, 0),
                4 => (z[..2].parse::<i64>().ok()?, z[2..].parse::<i64>().ok()?),
                _ => return None,
            };
            sign * (zh * 3600 + zm * 60) * 1_000_000
        }
    };
    Some(micros - offset)
}

/// `YYYY-MM-DD HH:MM:SS.fff` (or `.ffffff` when there are microseconds), UTC.
pub fn format_datetime(micros: i64) -> String {
    let days = micros.div_euclid(86_400_000_000);
    let rest = micros.rem_euclid(86_400_000_000);
    let (y, m, d) = civil_from_days(days);
    let secs = rest / 1_000_000;
    let frac = rest % 1_000_000;
    let fraction = if frac % 1000 == 0 { format!("{:03}", frac / 1000) } else { format!("{frac:06}") };
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}.{fraction}", secs / 3600, secs / 60 % 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datetimes() {
        assert_eq!(parse_datetime("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_datetime("1970-01-01"), Some(0));
        assert_eq!(parse_datetime("1970-01-01T02:00:00+02:00"), Some(0));
        assert_eq!(parse_datetime("2024-02-29 12:30:45.123"), Some(1_709_209_845_123_000));
        assert_eq!(parse_datetime("2024-02-30"), None);
        assert_eq!(parse_datetime("yesterday"), None);
        assert_eq!(format_datetime(1_709_209_845_123_000), "2024-02-29 12:30:45.123");
        assert_eq!(parse_datetime(&format_datetime(-1_234_567)), Some(-1_234_567));
        assert_eq!(parse_datetime("2024-01-01 10:00:00+00"), parse_datetime("2024-01-01T10:00:00Z"));
    }

    #[test]
    fn decimals() {
        assert_eq!(normalize_decimal("-012.500").as_deref(), Some("-12.5"));
        assert_eq!(normalize_decimal("1e3").as_deref(), Some("1000"));
        assert_eq!(normalize_decimal("1.5E-2").as_deref(), Some("0.015"));
        assert_eq!(normalize_decimal("0.000").as_deref(), Some("0"));
        assert_eq!(normalize_decimal("abc"), None);
        let k = ColumnKind::Decimal { precision: 5, scale: 2 };
        assert!(k.from_text("123.45").is_ok());
        assert!(k.from_text("1234.5").is_err());
        assert!(k.from_text("1.234").is_err());
    }

    #[test]
    fn type_errors() {
        assert!(ColumnKind::Int.from_json(&serde_json::json!(3_000_000_000i64)).unwrap_err().contains("out of range"));
        assert!(ColumnKind::Int.from_json(&serde_json::json!("x")).is_err());
        assert_eq!(
            ColumnKind::BigInt.from_json(&serde_json::json!("9007199254740993")),
            Ok(Value::Int(9007199254740993))
        );
        assert!(ColumnKind::Bytes.from_text("***").is_err());
        assert_eq!(ColumnKind::Bytes.from_text("AAE="), Ok(Value::Bytes(vec![0, 1])));
    }
}
