//! Column defaults from `@default(…)`, with values in the text Prisma renders them as.

use psl::datamodel::{DefaultKind, Enum, Field, LiteralValue, Model, ScalarType};
use sql_schema::{DefaultValue, Dialect, Value};

/// The default of an enum column: a value (or list of values) by database name, or a
/// database expression.
pub(super) fn enum_default(kind: &DefaultKind, enm: &Enum) -> Option<DefaultValue> {
    let value_for = |literal: &LiteralValue| -> Option<Value> {
        let name = match literal {
            LiteralValue::EnumValue(name) | LiteralValue::String(name) => name,
            _ => return None,
        };
        let db_name = enm.values.iter().find(|v| v.name == *name).map(|v| v.database_name()).unwrap_or(name);
        Some(Value::Enum(db_name.to_owned()))
    };
    match kind {
        DefaultKind::Value(LiteralValue::List(items)) => {
            Some(DefaultValue::Value(Value::List(items.iter().filter_map(value_for).collect())))
        }
        DefaultKind::Value(literal) => value_for(literal).map(DefaultValue::Value),
        DefaultKind::DbGenerated(expr) => Some(DefaultValue::DbGenerated(expr.clone())),
        _ => None,
    }
}

/// The default of an `Unsupported(…)` column: only `dbgenerated(…)` is allowed.
pub(super) fn unsupported_default(kind: &DefaultKind) -> Option<DefaultValue> {
    match kind {
        DefaultKind::DbGenerated(expr) => Some(DefaultValue::DbGenerated(expr.clone())),
        _ => None,
    }
}

/// The default of a column of a built-in scalar type. `None` for Prisma-level defaults
/// (`uuid()`, `cuid()`, …) and for `autoincrement()` outside PostgreSQL.
pub(super) fn builtin_default(
    dialect: Dialect,
    kind: &DefaultKind,
    scalar: ScalarType,
    model: &Model,
    field: &Field,
) -> Option<DefaultValue> {
    match kind {
        DefaultKind::DbGenerated(expr) => Some(DefaultValue::DbGenerated(expr.clone())),
        DefaultKind::Now => Some(DefaultValue::Now),
        // PostgreSQL's SERIAL is a sequence default; MySQL and SQLite mark the column only.
        DefaultKind::Autoincrement => (dialect == Dialect::Postgres).then(|| DefaultValue::Sequence(String::new())),
        DefaultKind::Sequence(_) => {
            Some(DefaultValue::Sequence(format!("prisma_sequence_{}_{}", model.database_name(), field.database_name())))
        }
        DefaultKind::Value(literal) => Some(DefaultValue::Value(literal_value(dialect, literal, scalar))),
        DefaultKind::Uuid(_)
        | DefaultKind::Cuid(_)
        | DefaultKind::Nanoid(_)
        | DefaultKind::Ulid
        | DefaultKind::Auto => None,
    }
}

fn literal_value(dialect: Dialect, literal: &LiteralValue, scalar: ScalarType) -> Value {
    match literal {
        LiteralValue::List(items) => Value::List(items.iter().map(|i| literal_value(dialect, i, scalar)).collect()),
        LiteralValue::Boolean(b) => Value::Boolean(*b),
        LiteralValue::EnumValue(name) => match name.as_str() {
            "true" => Value::Boolean(true),
            "false" => Value::Boolean(false),
            _ => Value::String(name.clone()),
        },
        LiteralValue::Numeric(text) => match scalar {
            ScalarType::Int => text.parse().map(Value::Int).unwrap_or_else(|_| Value::Float(text.clone())),
            ScalarType::BigInt => text.parse().map(Value::BigInt).unwrap_or_else(|_| Value::Float(text.clone())),
            _ => Value::Float(text.clone()),
        },
        LiteralValue::String(text) => match scalar {
            ScalarType::DateTime => Value::DateTime(datetime_text(dialect, text)),
            ScalarType::Json => Value::Json(text.clone()),
            ScalarType::Bytes => Value::Bytes(decode_base64(text).unwrap_or_else(|| text.as_bytes().to_vec())),
            ScalarType::Decimal | ScalarType::Float => Value::Float(text.clone()),
            _ => Value::String(text.clone()),
        },
    }
}

/// A timestamp literal as Prisma renders it: PostgreSQL and SQLite get the timestamp's display
/// form (`2020-01-01 00:00:00 +00:00`), MySQL RFC 3339 (`2020-01-01T00:00:00+00:00`).
fn datetime_text(dialect: Dialect, text: &str) -> String {
    let Some(ts) = Timestamp::parse(text) else { return text.to_owned() };
    match dialect {
        Dialect::Mysql => format!("{}T{}{}{}", ts.date, ts.time, ts.fraction(), ts.offset()),
        Dialect::Postgres | Dialect::Sqlite => format!("{} {}{} {}", ts.date, ts.time, ts.fraction(), ts.offset()),
    }
}

/// The parts of an RFC 3339 timestamp.
struct Timestamp<'a> {
    date: &'a str,
    time: &'a str,
    nanos: u32,
    offset_seconds: i32,
}

impl<'a> Timestamp<'a> {
    fn parse(text: &'a str) -> Option<Timestamp<'a>> {
        let text = text.trim();
        let date = text.get(..10)?;
        let sep = text.as_bytes().get(10)?;
        if !matches!(sep, b'T' | b't' | b' ') || !valid_digits(date, &[4, 7]) {
            return None;
        }
        let time = text.get(11..19)?;
        if !valid_digits(time, &[2, 5]) {
            return None;
        }
        let mut rest = &text[19..];
        let mut nanos = 0u32;
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            let mut padded: String = fraction[..digits].chars().take(9).collect();
            while padded.len() < 9 {
                padded.push('0');
            }
            nanos = padded.parse().ok()?;
            rest = &fraction[digits..];
        }
        let offset_seconds = match rest {
            "Z" | "z" => 0,
            _ => {
                let sign = match rest.as_bytes().first()? {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let hours: i32 = rest.get(1..3)?.parse().ok()?;
                let minutes: i32 = match rest.get(3..)? {
                    "" => 0,
                    m => m.trim_start_matches(':').parse().ok()?,
                };
                sign * (hours * 3600 + minutes * 60)
            }
        };
        Some(Timestamp { date, time, nanos, offset_seconds })
    }

    /// `.123`, `.123456` or `.123456789`, or nothing for whole seconds.
    fn fraction(&self) -> String {
        if self.nanos == 0 {
            return String::new();
        }
        let nine = format!("{:09}", self.nanos);
        let digits = if nine.ends_with("000000") {
            3
        } else if nine.ends_with("000") {
            6
        } else {
            9
        };
        format!(".{}", &nine[..digits])
    }

    /// `+02:00`, `-05:30`, `+00:00`.
    fn offset(&self) -> String {
        let sign = if self.offset_seconds < 0 { '-' } else { '+' };
        let abs = self.offset_seconds.abs();
        format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
    }
}

/// Whether `text` is digits except for a separator at each of `separators`.
fn valid_digits(text: &str, separators: &[usize]) -> bool {
    text.bytes()
        .enumerate()
        .all(|(i, b)| if separators.contains(&i) { !b.is_ascii_digit() } else { b.is_ascii_digit() })
}

/// Decodes standard base64 (padding optional); `None` on invalid input.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0u32;
    for b in text.trim_end_matches('=').bytes() {
        let value = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_render_like_prisma() {
        assert_eq!(datetime_text(Dialect::Postgres, "2020-01-01T00:00:00Z"), "2020-01-01 00:00:00 +00:00");
        assert_eq!(datetime_text(Dialect::Sqlite, "2020-01-01T10:00:00.123+02:00"), "2020-01-01 10:00:00.123 +02:00");
        assert_eq!(datetime_text(Dialect::Mysql, "2020-01-01T00:00:00Z"), "2020-01-01T00:00:00+00:00");
        assert_eq!(datetime_text(Dialect::Postgres, "2020-01-01T00:00:00.5-05:30"), "2020-01-01 00:00:00.500 -05:30");
        assert_eq!(datetime_text(Dialect::Postgres, "not a date"), "not a date");
    }

    #[test]
    fn base64() {
        assert_eq!(decode_base64("aGVsbG8=").unwrap(), b"hello");
        assert_eq!(decode_base64("").unwrap(), b"");
        assert!(decode_base64("!!").is_none());
    }
}
