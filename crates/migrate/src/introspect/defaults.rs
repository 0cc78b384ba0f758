//! `@default(…)` from a column default, as Prisma's describers and introspection render it.
//!
//! The IR keeps defaults typed ([`DefaultValue`]); where Prisma's describer would not have read
//! a literal (a date-time literal, a UUID literal on PostgreSQL, anything on a type SQLite's
//! describer does not know), the expression is rebuilt the way the database prints it and
//! rendered as `dbgenerated("…")`. Prisma-level defaults (`cuid()`, `uuid()`, `nanoid()`,
//! `ulid()`) cannot be seen in the database and come from the previous schema.

use super::context::Context;
use super::render::string_literal;
use psl::datamodel::DefaultKind;
use sql_schema::{ColumnId, ColumnTypeFamily, DefaultValue, Dialect, Value};

/// The rendered default of a column (the text inside `@default(…)`), if any.
pub(crate) fn render(ctx: &Context<'_>, column: ColumnId) -> Option<String> {
    let col = ctx.schema.walk(column);
    let family = ctx.family(column);
    if col.is_autoincrement() && matches!(family, ColumnTypeFamily::Int | ColumnTypeFamily::BigInt) {
        return Some("autoincrement()".into());
    }
    let Some(default) = col.default() else {
        return previous_prisma_default(ctx, column, &family);
    };
    let native = col.native_type();
    match default {
        DefaultValue::Sequence(_) => Some("autoincrement()".into()),
        DefaultValue::DbGenerated(expr) => db_generated(ctx, &family, expr.as_deref()),
        DefaultValue::Now => match family {
            ColumnTypeFamily::DateTime => Some("now()".into()),
            _ => Some(dbgenerated(Some(&now_text(ctx.dialect)))),
        },
        DefaultValue::Value(value) => Some(value_default(ctx, &family, native, value)),
    }
}

fn now_text(dialect: Dialect) -> String {
    match dialect {
        Dialect::Mysql => "(CURRENT_TIMESTAMP)".into(),
        _ => "CURRENT_TIMESTAMP".into(),
    }
}

/// `dbgenerated("…")`, or `dbgenerated()` for an empty expression.
fn dbgenerated(expr: Option<&str>) -> String {
    match expr.filter(|e| !e.trim_matches('\0').is_empty()) {
        Some(e) => format!("dbgenerated({})", string_literal(e)),
        None => "dbgenerated()".into(),
    }
}

fn db_generated(ctx: &Context<'_>, family: &ColumnTypeFamily, expr: Option<&str>) -> Option<String> {
    let Some(expr) = expr else { return Some(dbgenerated(None)) };
    if ctx.dialect == Dialect::Postgres
        && matches!(family, ColumnTypeFamily::String | ColumnTypeFamily::Enum(_) | ColumnTypeFamily::Json)
    {
        // A literal with a cast Prisma's parser reads (`'a b'::"my-enum"`).
        if let Some(text) = postgres_cast_literal(expr) {
            let value = match family {
                ColumnTypeFamily::Enum(_) => Value::Enum(text),
                _ => Value::String(text),
            };
            return Some(value_default(ctx, family, "", &value));
        }
    }
    match ctx.dialect {
        Dialect::Sqlite => match family {
            // Prisma's SQLite describer reads every default of a text column as a string.
            ColumnTypeFamily::String => Some(string_literal(&unquote_sqlite(expr))),
            ColumnTypeFamily::DateTime if is_sqlite_now(expr) => Some("now()".into()),
            _ => Some(dbgenerated(Some(expr))),
        },
        // Expressions read from MySQL's catalogs are parenthesized.
        Dialect::Mysql if !expr.starts_with('(') && !expr.starts_with('\'') => {
            Some(dbgenerated(Some(&format!("({expr})"))))
        }
        _ => Some(dbgenerated(Some(expr))),
    }
}

/// The text of `'literal'::type` (the type made of identifiers, quoted identifiers and dots,
/// with an optional `(…)` and `[]`), as Prisma's PostgreSQL default parser reads it.
fn postgres_cast_literal(expr: &str) -> Option<String> {
    let expr = expr.trim();
    let rest = expr.strip_prefix('\'')?;
    let mut text = String::new();
    let mut chars = rest.char_indices().peekable();
    let end = loop {
        let (i, c) = chars.next()?;
        if c == '\'' {
            if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                chars.next();
                text.push('\'');
            } else {
                break i + 1;
            }
        } else {
            text.push(c);
        }
    };
    let mut cast = rest[end..].trim_start();
    if cast.is_empty() {
        return Some(text);
    }
    cast = cast.strip_prefix("::")?.trim_start();
    loop {
        if let Some(quoted) = cast.strip_prefix('"') {
            let close = quoted.find('"')?;
            cast = &quoted[close + 1..];
        } else {
            let len = cast.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(cast.len());
            if len == 0 {
                break;
            }
            cast = &cast[len..];
        }
        cast = cast.trim_start();
        match cast.strip_prefix('.') {
            Some(r) => cast = r.trim_start(),
            None if cast.starts_with(|c: char| c.is_alphabetic() || c == '"') => (),
            None => break,
        }
    }
    if let Some(r) = cast.strip_prefix('(') {
        cast = &r[r.find(')')? + 1..];
    }
    let cast = cast.trim();
    (cast.is_empty() || cast == "[]").then_some(text)
}

fn is_sqlite_now(expr: &str) -> bool {
    matches!(
        expr.to_ascii_lowercase().as_str(),
        "current_timestamp" | "datetime('now')" | "datetime('now', 'localtime')"
    )
}

/// A SQLite string default without its quotes: `'it''s'` is `it's`.
fn unquote_sqlite(text: &str) -> String {
    let inner = if text.len() >= 2
        && ((text.starts_with('\'') && text.ends_with('\'')) || (text.starts_with('"') && text.ends_with('"')))
    {
        &text[1..text.len() - 1]
    } else {
        text
    };
    inner.replace("''", "'")
}

/// A string as a single-quoted SQL literal.
fn sql_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn value_default(ctx: &Context<'_>, family: &ColumnTypeFamily, native: &str, value: &Value) -> String {
    match (ctx.dialect, family) {
        // Prisma's SQLite describer reads no literal of a type it does not know.
        (Dialect::Sqlite, ColumnTypeFamily::Unsupported(_)) => return dbgenerated(Some(&sql_text(value))),
        (Dialect::Sqlite, ColumnTypeFamily::Binary) => return dbgenerated(Some(&sql_text(value))),
        (Dialect::Sqlite, ColumnTypeFamily::Json) => return string_literal(&sql_text(value)),
        _ => (),
    }
    match value {
        Value::String(s) if ctx.dialect == Dialect::Postgres && native.eq_ignore_ascii_case("UUID") => {
            dbgenerated(Some(&format!("{}::uuid", sql_quote(s))))
        }
        Value::String(s) | Value::Json(s) => string_literal(s),
        Value::DateTime(s) => dbgenerated(Some(&date_time_literal(ctx.dialect, native, s))),
        Value::Enum(v) => enum_value(ctx, family, v),
        Value::Bytes(b) => string_literal(&base64(b)),
        Value::List(values) => {
            let items: Vec<String> = values.iter().map(|v| list_item(ctx, family, native, v)).collect();
            format!("[{}]", items.join(", "))
        }
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Boolean(_) => value.to_string(),
    }
}

fn list_item(ctx: &Context<'_>, family: &ColumnTypeFamily, native: &str, value: &Value) -> String {
    match value {
        Value::String(s) | Value::Json(s) | Value::DateTime(s) => string_literal(s),
        other => value_default(ctx, family, native, other),
    }
}

/// A value as SQL text, for SQLite defaults Prisma keeps as written.
fn sql_text(value: &Value) -> String {
    match value {
        Value::String(s) | Value::Json(s) | Value::DateTime(s) | Value::Enum(s) => sql_quote(s),
        Value::Bytes(b) => sql_quote(&String::from_utf8_lossy(b)),
        other => other.to_string(),
    }
}

/// A date-time literal as the database prints it in its catalogs.
fn date_time_literal(dialect: Dialect, native: &str, text: &str) -> String {
    let quoted = sql_quote(text);
    match dialect {
        Dialect::Postgres => {
            let name = sql_schema::NativeType::parse(native).name.to_ascii_uppercase();
            let cast = match name.as_str() {
                "TIMESTAMPTZ" => "timestamp with time zone",
                "DATE" => "date",
                "TIME" => "time without time zone",
                "TIMETZ" => "time with time zone",
                _ => "timestamp without time zone",
            };
            format!("{quoted}::{cast}")
        }
        Dialect::Sqlite | Dialect::Mysql => quoted,
    }
}

fn enum_value(ctx: &Context<'_>, family: &ColumnTypeFamily, value: &str) -> String {
    let ColumnTypeFamily::Enum(id) = family else { return string_literal(value) };
    let name = super::enums::variant_name(ctx, *id, value);
    if name.name.is_empty() {
        dbgenerated(name.mapped.as_deref())
    } else {
        name.name
    }
}

/// `cuid()`, `uuid()`, `nanoid()` and `ulid()` of the previous schema, for a text column
/// without a database default.
fn previous_prisma_default(ctx: &Context<'_>, column: ColumnId, family: &ColumnTypeFamily) -> Option<String> {
    if !matches!(family, ColumnTypeFamily::String) {
        return None;
    }
    let default = ctx.previous_field(column)?.as_scalar()?.default.as_ref()?;
    Some(match default.kind {
        DefaultKind::Cuid(1) => "cuid()".into(),
        DefaultKind::Cuid(v) => format!("cuid({v})"),
        DefaultKind::Uuid(4) => "uuid()".into(),
        DefaultKind::Uuid(v) => format!("uuid({v})"),
        DefaultKind::Nanoid(None) => "nanoid()".into(),
        DefaultKind::Nanoid(Some(n)) => format!("nanoid({n})"),
        DefaultKind::Ulid => "ulid()".into(),
        _ => return None,
    })
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_padding() {
        assert_eq!(base64(&[1, 255]), "Af8=");
        assert_eq!(base64(b"abc"), "YWJj");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(base64(&[]), "");
    }

    #[test]
    fn postgres_casts() {
        assert_eq!(postgres_cast_literal("'a b'::\"my-enum\""), Some("a b".into()));
        assert_eq!(postgres_cast_literal("'x'::character varying"), Some("x".into()));
        assert_eq!(postgres_cast_literal("'it''s'::text"), Some("it's".into()));
        assert_eq!(postgres_cast_literal("'a'::s.\"T\"[]"), Some("a".into()));
        assert_eq!(postgres_cast_literal("'a'::text || 'b'::text"), None);
        assert_eq!(postgres_cast_literal("lower('a')"), None);
    }

    #[test]
    fn sqlite_strings() {
        assert_eq!(unquote_sqlite("'it''s'"), "it's");
        assert_eq!(unquote_sqlite("lower('X')"), "lower('X')");
    }
}
