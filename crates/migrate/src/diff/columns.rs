//! What changed in a column, and how a type change casts existing values.

use crate::{
    pair::Pair,
    step::{ColumnChanges, ColumnTypeChange},
};
use sql_schema::{ColumnTypeFamily, ColumnWalker, DefaultValue, Dialect, NativeType, Value};

/// Compares two versions of a column.
pub(crate) fn all_changes(cols: Pair<ColumnWalker<'_>>, dialect: Dialect) -> ColumnChanges {
    let type_change = column_type_change(cols, dialect);
    ColumnChanges {
        arity: cols.previous.arity() != cols.next.arity(),
        type_changed: type_change.is_some(),
        default: !defaults_match(cols, dialect),
        autoincrement: dialect.diffs_autoincrement()
            && cols.previous.is_autoincrement() != cols.next.is_autoincrement(),
        type_change,
    }
}

/// Whether the defaults are equivalent. Follows Prisma's table of cases, including its
/// deliberate blind spots (timestamps literals are never compared).
fn defaults_match(cols: Pair<ColumnWalker<'_>>, dialect: Dialect) -> bool {
    let is_json = |c: ColumnWalker<'_>| matches!(c.family(), ColumnTypeFamily::Json);
    if dialect.ignores_json_defaults() && (is_json(cols.previous) || is_json(cols.next)) {
        return true;
    }
    let is_datetime = |c: ColumnWalker<'_>| matches!(c.family(), ColumnTypeFamily::DateTime);

    use DefaultValue as D;
    match (cols.previous.default(), cols.next.default()) {
        (Some(D::DbGenerated(_)), Some(D::Value(Value::List(_))))
        | (Some(D::Value(Value::List(_))), Some(D::DbGenerated(_)))
            if is_datetime(cols.previous) || is_datetime(cols.next) =>
        {
            true
        }
        (Some(D::Value(Value::List(p))), Some(D::Value(Value::List(n)))) => {
            p.len() == n.len()
                && p.iter().zip(n).all(|(a, b)| match (a, b) {
                    (Value::DateTime(_), _) | (_, Value::DateTime(_)) => true,
                    _ => values_match(a, b),
                })
        }
        (Some(D::Value(Value::DateTime(_))), Some(_)) | (Some(_), Some(D::Value(Value::DateTime(_)))) => true,
        (Some(D::Value(p)), Some(D::Value(n))) => values_match(p, n),
        (Some(D::Value(_)), Some(D::Now)) | (Some(D::Value(_)), None) => false,
        (Some(D::Now), Some(D::Now)) => true,
        (Some(D::Now), None) | (Some(D::Now), Some(D::Value(_))) => false,
        (Some(D::DbGenerated(_)), Some(D::Value(_)))
        | (Some(D::DbGenerated(_)), Some(D::Now))
        | (Some(D::DbGenerated(_)), None) => false,
        (_, Some(D::DbGenerated(None))) => true,
        (Some(D::Sequence(_)), None) => true,
        (Some(D::Sequence(_)), Some(D::Value(_))) | (Some(D::Sequence(_)), Some(D::Now)) => false,
        (None, None) => true,
        (None, Some(D::Value(_))) | (None, Some(D::Now)) => false,
        (Some(D::DbGenerated(Some(p))), Some(D::DbGenerated(Some(n)))) => p.eq_ignore_ascii_case(n),
        (_, Some(D::DbGenerated(_))) => false,
        (_, Some(D::Sequence(_))) => true,
    }
}

fn values_match(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(i), Value::BigInt(j)) | (Value::BigInt(i), Value::Int(j)) => i == j,
        (Value::Enum(p) | Value::String(p), Value::Enum(n) | Value::String(n)) => p == n,
        (Value::Json(p) | Value::String(p), Value::Json(n) | Value::String(n)) => json_equal(p, n),
        (Value::Float(p), Value::Float(n)) => numbers_equal(p, n),
        (Value::Float(f), Value::Int(i) | Value::BigInt(i)) | (Value::Int(i) | Value::BigInt(i), Value::Float(f)) => {
            numbers_equal(f, &i.to_string())
        }
        _ => a == b,
    }
}

/// Two JSON documents are equal as values: whitespace and the order of object keys do not
/// matter (a live database may print `{"b":1, "a":2}` for `{"a": 2, "b": 1}`). Texts that are
/// not JSON are compared without insignificant whitespace.
fn json_equal(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    match (serde_json::from_str::<serde_json::Value>(a), serde_json::from_str::<serde_json::Value>(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => normalize_json(a) == normalize_json(b),
    }
}

/// Two decimal literals are equal as numbers: `1.0 == 1.00 == 1`, `0.50 == .5`, `1e2 == 100`.
/// Texts that are not decimal literals are compared as written.
fn numbers_equal(a: &str, b: &str) -> bool {
    a == b || matches!((canonical_decimal(a), canonical_decimal(b)), (Some(x), Some(y)) if x == y)
}

/// A decimal literal as (negative, significant digits, exponent of the last digit), with no
/// leading or trailing zeros in the digits; zero is `(false, "", 0)`.
fn canonical_decimal(text: &str) -> Option<(bool, String, i64)> {
    let text = text.trim();
    let (negative, unsigned) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], unsigned[i + 1..].parse::<i64>().ok()?),
        None => (unsigned, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int_part.is_empty() && frac_part.is_empty()) || !all_digits(int_part) || !all_digits(frac_part) {
        return None;
    }
    let digits = format!("{int_part}{frac_part}");
    let mut exponent = exponent.checked_sub(i64::try_from(frac_part.len()).ok()?)?;
    let trimmed_end = digits.trim_end_matches('0');
    exponent = exponent.checked_add(i64::try_from(digits.len() - trimmed_end.len()).ok()?)?;
    let significant = trimmed_end.trim_start_matches('0');
    if significant.is_empty() {
        return Some((false, String::new(), 0));
    }
    Some((negative, significant.to_owned(), exponent))
}

/// JSON compared without insignificant whitespace.
fn normalize_json(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in s.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

/// How a column's type change casts, or `None` if the type did not change.
pub(crate) fn column_type_change(cols: Pair<ColumnWalker<'_>>, dialect: Dialect) -> Option<ColumnTypeChange> {
    match dialect {
        Dialect::Sqlite => sqlite_type_change(cols),
        Dialect::Postgres => postgres_type_change(cols),
        Dialect::Mysql => mysql_type_change(cols),
    }
}

fn sqlite_type_change(cols: Pair<ColumnWalker<'_>>) -> Option<ColumnTypeChange> {
    let (p, n) = (cols.previous.family(), cols.next.family());
    let same = match (p, n) {
        // Enums are TEXT on SQLite.
        (
            ColumnTypeFamily::Enum(_) | ColumnTypeFamily::String,
            ColumnTypeFamily::Enum(_) | ColumnTypeFamily::String,
        ) => true,
        (a, b) => a == b,
    };
    if same {
        None
    } else if matches!(n, ColumnTypeFamily::String) {
        Some(ColumnTypeChange::SafeCast)
    } else {
        Some(ColumnTypeChange::RiskyCast)
    }
}

fn postgres_type_change(cols: Pair<ColumnWalker<'_>>) -> Option<ColumnTypeChange> {
    use ColumnTypeChange::*;
    let enums = cols.map(|c| c.enum_type().map(|e| (e.name(), e.namespace_name())));
    match (enums.previous, enums.next) {
        (Some(p), Some(n)) if p == n => return None,
        (Some(_), _) | (_, Some(_)) => return Some(NotCastable),
        (None, None) => (),
    }

    let from_list_to_scalar = cols.previous.arity().is_list() && !cols.next.arity().is_list();
    let from_scalar_to_list = !cols.previous.arity().is_list() && cols.next.arity().is_list();
    let previous = type_text(cols.previous);
    let next = type_text(cols.next);
    let unsupported = |c: ColumnWalker<'_>| matches!(c.family(), ColumnTypeFamily::Unsupported(_));
    let same_kind = unsupported(cols.previous) == unsupported(cols.next);
    if previous == next && same_kind && !from_list_to_scalar && !from_scalar_to_list {
        // The common case, decided before any parsing: same type text, same kind of column.
        return None;
    }
    let (pt, nt) = (NativeType::parse(previous), NativeType::parse(next));

    if from_list_to_scalar {
        match (nt.name, nt.first_arg()) {
            ("TEXT", _) | ("VARCHAR", None) => return Some(SafeCast),
            ("VARCHAR", Some(_)) | ("CHAR", _) => return Some(RiskyCast),
            _ => (),
        }
    }
    if from_scalar_to_list || from_list_to_scalar {
        return Some(NotCastable);
    }
    match (unsupported(cols.previous), unsupported(cols.next)) {
        (true, true) if previous == next => return None,
        (true, _) | (_, true) => return Some(RiskyCast),
        _ => (),
    }
    if previous == next {
        return None;
    }
    postgres_cast(&pt, &nt)
}

/// The type text a column's cast is judged on: the native type, or the unsupported type.
fn type_text(c: ColumnWalker<'_>) -> &str {
    match c.family() {
        ColumnTypeFamily::Unsupported(t) => t,
        _ => c.native_type(),
    }
}

/// PostgreSQL casts between different native types (Prisma's table, condensed: the exact
/// safe/risky split matters for warnings, castable or not for the SQL).
fn postgres_cast(p: &NativeType<'_>, n: &NativeType<'_>) -> Option<ColumnTypeChange> {
    use ColumnTypeChange::*;
    let is_int = |t: &str| matches!(t, "SMALLINT" | "INTEGER" | "BIGINT");
    let int_rank = |t: &str| match t {
        "SMALLINT" => 0,
        "INTEGER" => 1,
        _ => 2,
    };
    let is_string = |t: &str| matches!(t, "TEXT" | "VARCHAR" | "CHAR" | "CITEXT");
    let unbounded_text = n.name == "TEXT" || (n.name == "VARCHAR" && n.args.is_empty());
    let is_temporal = |t: &str| matches!(t, "TIMESTAMP" | "TIMESTAMPTZ" | "DATE" | "TIME" | "TIMETZ");

    let change = match p.name {
        "INET" | "OID" | "UUID" | "XML" | "BYTEA" | "BIT" | "VARBIT" | "BOOLEAN" => {
            if unbounded_text || is_string(n.name) {
                if unbounded_text {
                    SafeCast
                } else {
                    RiskyCast
                }
            } else if p.name == "OID" && is_int(n.name) && n.name != "SMALLINT" {
                SafeCast
            } else if (p.name == "BIT" || p.name == "VARBIT") && (n.name == "BIT" || n.name == "VARBIT") {
                RiskyCast
            } else {
                NotCastable
            }
        }
        "MONEY" => {
            if is_string(n.name) {
                SafeCast
            } else {
                RiskyCast
            }
        }
        "CITEXT" => {
            if n.name == "TEXT" || n.name == "VARCHAR" {
                SafeCast
            } else {
                RiskyCast
            }
        }
        name if is_int(name) => {
            if is_int(n.name) {
                if int_rank(n.name) > int_rank(name) {
                    SafeCast
                } else {
                    RiskyCast
                }
            } else if matches!(n.name, "DECIMAL" | "REAL" | "DOUBLE PRECISION") || is_string(n.name) {
                if unbounded_text || n.name == "REAL" || n.name == "DOUBLE PRECISION" {
                    SafeCast
                } else {
                    RiskyCast
                }
            } else {
                NotCastable
            }
        }
        "DECIMAL" | "REAL" | "DOUBLE PRECISION" => {
            if is_int(n.name) || matches!(n.name, "DECIMAL" | "REAL" | "DOUBLE PRECISION") {
                RiskyCast
            } else if is_string(n.name) {
                if unbounded_text {
                    SafeCast
                } else {
                    RiskyCast
                }
            } else {
                NotCastable
            }
        }
        "VARCHAR" | "CHAR" | "TEXT" => {
            if unbounded_text || n.name == "CITEXT" {
                SafeCast
            } else if is_string(n.name) {
                match (p.first_arg(), n.first_arg()) {
                    (Some(a), Some(b)) if a <= b => SafeCast,
                    _ => RiskyCast,
                }
            } else {
                NotCastable
            }
        }
        name if is_temporal(name) => {
            if n.name == name {
                // A missing precision means "the default": no change either way.
                match (p.first_arg(), n.first_arg()) {
                    (None, _) | (_, None) => return None,
                    (a, b) if a == b => return None,
                    _ => SafeCast,
                }
            } else if unbounded_text || is_string(n.name) || is_temporal(n.name) {
                SafeCast
            } else {
                NotCastable
            }
        }
        "JSON" | "JSONB" => {
            if unbounded_text || matches!(n.name, "JSON" | "JSONB") {
                SafeCast
            } else if is_string(n.name) {
                RiskyCast
            } else {
                NotCastable
            }
        }
        _ => RiskyCast,
    };
    Some(change)
}

fn mysql_type_change(cols: Pair<ColumnWalker<'_>>) -> Option<ColumnTypeChange> {
    use ColumnTypeChange::*;
    match cols.map(|c| c.enum_type()).into_tuple() {
        (Some(p), Some(n)) => {
            if p.values().eq(n.values()) {
                return None;
            }
            return if p.values().all(|v| n.values().any(|w| w == v)) { Some(SafeCast) } else { Some(RiskyCast) };
        }
        (Some(_), None) | (None, Some(_)) => return Some(RiskyCast),
        (None, None) => (),
    }
    let (previous, next) = (type_text(cols.previous), type_text(cols.next));
    if previous == next {
        return None;
    }
    let (p, n) = (NativeType::parse(previous), NativeType::parse(next));
    Some(mysql_cast(&p, &n))
}

/// MySQL casts between different native types, condensed from Prisma's table.
fn mysql_cast(p: &NativeType<'_>, n: &NativeType<'_>) -> ColumnTypeChange {
    use ColumnTypeChange::*;
    #[derive(PartialEq, Clone, Copy)]
    enum K {
        Int,
        Decimal,
        Float,
        Text,
        Blob,
        Temporal,
        Json,
        Other,
    }
    let kind = |t: &NativeType<'_>| {
        let base = t.name.trim_end_matches(" UNSIGNED");
        match base {
            "TINYINT" | "SMALLINT" | "MEDIUMINT" | "INTEGER" | "INT" | "BIGINT" | "BOOLEAN" | "YEAR" | "BIT" => K::Int,
            "DECIMAL" => K::Decimal,
            "FLOAT" | "DOUBLE" => K::Float,
            "CHAR" | "VARCHAR" | "TINYTEXT" | "TEXT" | "MEDIUMTEXT" | "LONGTEXT" => K::Text,
            "BINARY" | "VARBINARY" | "TINYBLOB" | "BLOB" | "MEDIUMBLOB" | "LONGBLOB" => K::Blob,
            "DATE" | "DATETIME" | "TIMESTAMP" | "TIME" => K::Temporal,
            "JSON" => K::Json,
            _ => K::Other,
        }
    };
    let (pk, nk) = (kind(p), kind(n));
    let temporal_date = |t: &NativeType<'_>| matches!(t.name, "DATE" | "DATETIME" | "TIMESTAMP");
    match (pk, nk) {
        (K::Text, _) | (_, K::Text) => {
            if pk == K::Text && nk == K::Text && p.name == n.name {
                match (p.first_arg(), n.first_arg()) {
                    (Some(a), Some(b)) if a <= b => SafeCast,
                    _ => RiskyCast,
                }
            } else {
                RiskyCast
            }
        }
        (K::Int | K::Decimal | K::Float, K::Temporal) if temporal_date(n) => NotCastable,
        (K::Int | K::Decimal | K::Float, K::Json) | (K::Json, K::Int | K::Decimal | K::Float | K::Temporal) => {
            NotCastable
        }
        (K::Blob, K::Int | K::Decimal | K::Float | K::Temporal | K::Json) => NotCastable,
        (K::Temporal, K::Int | K::Decimal | K::Float | K::Json) if temporal_date(p) => {
            if (p.name != "DATE" && n.name == "BIGINT") || (p.name == "DATE" && nk != K::Json) {
                SafeCast
            } else {
                NotCastable
            }
        }
        (K::Int, K::Int) => {
            let rank = |t: &str| match t.trim_end_matches(" UNSIGNED") {
                "BOOLEAN" | "TINYINT" => 0,
                "SMALLINT" => 1,
                "MEDIUMINT" => 2,
                "INTEGER" | "INT" => 3,
                _ => 4,
            };
            if rank(n.name) > rank(p.name) && !n.name.ends_with("UNSIGNED") {
                SafeCast
            } else {
                RiskyCast
            }
        }
        (K::Temporal, K::Temporal) if p.name == n.name => match (p.first_arg(), n.first_arg()) {
            (a, b) if a < b => SafeCast,
            _ => RiskyCast,
        },
        _ => RiskyCast,
    }
}

trait IntoTuple<T> {
    fn into_tuple(self) -> (T, T);
}

impl<T> IntoTuple<T> for Pair<T> {
    fn into_tuple(self) -> (T, T) {
        (self.previous, self.next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_compare_as_numbers() {
        assert!(numbers_equal("1.0", "1.00"));
        assert!(numbers_equal("1", "1.000"));
        assert!(numbers_equal("0.50", ".5"));
        assert!(numbers_equal("-0.0", "0"));
        assert!(numbers_equal("1e2", "100.0"));
        assert!(numbers_equal("12.3400", "1234E-2"));
        assert!(!numbers_equal("1.01", "1.1"));
        assert!(!numbers_equal("10", "1"));
        assert!(!numbers_equal("-1", "1"));
        assert!(!numbers_equal("abc", "abd"));
        assert!(!numbers_equal("", "0"));
        assert!(values_match(&Value::Float("2.50".into()), &Value::Float("2.5".into())));
        assert!(values_match(&Value::Int(3), &Value::Float("3.0".into())));
        assert!(!values_match(&Value::Int(3), &Value::Float("3.01".into())));
    }

    #[test]
    fn json_compares_as_values() {
        assert!(json_equal(r#"{"a": 1, "b": [1, 2]}"#, r#"{"b":[1,2],"a":1}"#));
        assert!(json_equal("[]", " [ ] "));
        assert!(!json_equal(r#"{"a": 1}"#, r#"{"a": 2}"#));
        assert!(!json_equal("[1, 2]", "[2, 1]"));
        assert!(!json_equal(r#"{"a": "x y"}"#, r#"{"a": "xy"}"#));
        // Not JSON: whitespace outside strings is still insignificant.
        assert!(json_equal("{a: 1}", "{a:1}"));
        assert!(values_match(&Value::Json(r#"{"x":1,"y":2}"#.into()), &Value::String(r#"{"y": 2, "x": 1}"#.into())));
    }
}
