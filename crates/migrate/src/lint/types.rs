//! Type comparisons for the type-change rules: does a change narrow the values a column can
//! hold, and does PostgreSQL need to rewrite the table for it.

use sql_schema::NativeType;

/// A type text split and normalised: `character varying(10)` → (`VARCHAR`, [10]).
struct Ty {
    name: String,
    args: Vec<u32>,
}

fn ty(text: &str) -> Ty {
    let upper = text.trim().to_ascii_uppercase();
    let t = NativeType::parse(&upper);
    let name = match t.name {
        "CHARACTER VARYING" => "VARCHAR",
        "CHARACTER" => "CHAR",
        "NUMERIC" => "DECIMAL",
        "INT" | "INT4" => "INTEGER",
        "INT2" => "SMALLINT",
        "INT8" => "BIGINT",
        "FLOAT8" | "DOUBLE" => "DOUBLE PRECISION",
        "FLOAT4" | "FLOAT" => "REAL",
        "BOOL" => "BOOLEAN",
        "TIMESTAMP WITH TIME ZONE" => "TIMESTAMPTZ",
        "TIMESTAMP WITHOUT TIME ZONE" => "TIMESTAMP",
        other => other,
    };
    Ty { name: name.to_owned(), args: t.args }
}

fn int_rank(name: &str) -> Option<u8> {
    Some(match name {
        "TINYINT" => 0,
        "SMALLINT" => 1,
        "MEDIUMINT" => 2,
        "INTEGER" => 3,
        "BIGINT" => 4,
        _ => return None,
    })
}

/// Text and binary types: their size rank and whether they are bounded by a length argument.
fn text_rank(t: &Ty) -> Option<(u8, u8)> {
    // (family: 0 text, 1 binary; rank)
    Some(match t.name.as_str() {
        "CHAR" | "VARCHAR" if !t.args.is_empty() => (0, 1),
        "VARCHAR" | "TEXT" | "CITEXT" => (0, 3),
        "TINYTEXT" => (0, 2),
        "MEDIUMTEXT" => (0, 4),
        "LONGTEXT" => (0, 5),
        "BINARY" | "VARBINARY" => (1, 1),
        "TINYBLOB" => (1, 2),
        "BLOB" | "BYTEA" => (1, 3),
        "MEDIUMBLOB" => (1, 4),
        "LONGBLOB" => (1, 5),
        _ => return None,
    })
}

fn is_fractional(name: &str) -> bool {
    matches!(name, "DECIMAL" | "REAL" | "DOUBLE PRECISION" | "MONEY")
}

/// The two type texts are the same type.
pub(crate) fn same_type(a: &str, b: &str) -> bool {
    let (a, b) = (ty(a), ty(b));
    a.name == b.name && a.args == b.args
}

/// Whether a column of type `from` changed to `to` may no longer hold some of its values.
pub(crate) fn is_narrowing(from: &str, to: &str) -> bool {
    let (p, n) = (ty(from), ty(to));
    if p.name == n.name {
        return match (p.args.as_slice(), n.args.as_slice()) {
            ([a, b], [c, d]) => c < a || d < b,
            ([a], [c]) => c < a,
            ([_, ..], []) => false,
            ([], [_, ..]) => text_rank(&n).is_some(),
            _ => false,
        };
    }
    if let (Some(a), Some(b)) = (int_rank(&p.name), int_rank(&n.name)) {
        return b < a;
    }
    if is_fractional(&p.name) && int_rank(&n.name).is_some() {
        return true;
    }
    if p.name == "DOUBLE PRECISION" && n.name == "REAL" {
        return true;
    }
    if let (Some((fa, ra)), Some((fb, rb))) = (text_rank(&p), text_rank(&n)) {
        return fa == fb && rb < ra;
    }
    false
}

/// Whether PostgreSQL changes the type without rewriting the table (binary-coercible changes
/// and widened limits).
pub(crate) fn postgres_changes_in_place(from: &str, to: &str) -> bool {
    let (p, n) = (ty(from), ty(to));
    let unbounded_text = |t: &Ty| t.name == "TEXT" || (t.name == "VARCHAR" && t.args.is_empty());
    match (p.name.as_str(), n.name.as_str()) {
        _ if p.name == n.name && p.args == n.args => true,
        ("VARCHAR", "VARCHAR") => match (p.args.first(), n.args.first()) {
            (Some(a), Some(b)) => b >= a,
            (_, None) => true,
            (None, Some(_)) => false,
        },
        ("VARCHAR" | "TEXT", _) if unbounded_text(&n) => true,
        ("DECIMAL", "DECIMAL") => match (p.args.as_slice(), n.args.as_slice()) {
            ([pp, ps], [np, ns]) => np >= pp && ns == ps,
            (_, []) => true,
            _ => false,
        },
        ("TIMESTAMP" | "TIMESTAMPTZ" | "TIME" | "TIMETZ", _) if p.name == n.name => {
            match (p.args.first(), n.args.first()) {
                (Some(a), Some(b)) => b >= a,
                (_, None) => true,
                (None, Some(_)) => false,
            }
        }
        _ => false,
    }
}

/// The values of a MySQL `ENUM('a', 'b')` type text, if it is one.
pub(crate) fn enum_values(text: &str) -> Option<Vec<String>> {
    let trimmed = text.trim();
    let upper = trimmed.to_ascii_uppercase();
    if !upper.starts_with("ENUM(") || !trimmed.ends_with(')') {
        return None;
    }
    let inner = &trimmed[5..trimmed.len() - 1];
    let mut values = Vec::new();
    let mut current = String::new();
    let mut in_string = false;
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match (in_string, c) {
            (false, '\'') => in_string = true,
            (true, '\'') if chars.peek() == Some(&'\'') => {
                chars.next();
                current.push('\'');
            }
            (true, '\'') => {
                in_string = false;
                values.push(std::mem::take(&mut current));
            }
            (true, c) => current.push(c),
            (false, _) => (),
        }
    }
    Some(values)
}

/// Whether a default expression calls a volatile function (a new value per row).
pub(crate) fn is_volatile_default(expr: &str) -> bool {
    let lower = expr.to_ascii_lowercase();
    ["random(", "gen_random_uuid(", "uuid_generate_v", "clock_timestamp(", "timeofday(", "nextval(", "txid_current("]
        .iter()
        .any(|f| lower.contains(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrowing() {
        assert!(is_narrowing("VARCHAR(100)", "VARCHAR(50)"));
        assert!(!is_narrowing("VARCHAR(50)", "VARCHAR(100)"));
        assert!(is_narrowing("BIGINT", "INT"));
        assert!(is_narrowing("TEXT", "VARCHAR(50)"));
        assert!(is_narrowing("LONGTEXT", "TEXT"));
        assert!(is_narrowing("DECIMAL(10,2)", "DECIMAL(10,1)"));
        assert!(is_narrowing("DOUBLE PRECISION", "INTEGER"));
        assert!(!is_narrowing("INTEGER", "BIGINT"));
        assert!(!is_narrowing("INTEGER", "TEXT"));
    }

    #[test]
    fn in_place_changes() {
        assert!(postgres_changes_in_place("VARCHAR(50)", "VARCHAR(100)"));
        assert!(postgres_changes_in_place("VARCHAR(50)", "TEXT"));
        assert!(!postgres_changes_in_place("VARCHAR(100)", "VARCHAR(50)"));
        assert!(!postgres_changes_in_place("INTEGER", "BIGINT"));
        assert!(postgres_changes_in_place("DECIMAL(10,2)", "DECIMAL(12,2)"));
    }

    #[test]
    fn enum_texts() {
        assert_eq!(enum_values("ENUM('A', 'it''s')").unwrap(), ["A", "it's"]);
        assert_eq!(enum_values("VARCHAR(3)"), None);
    }
}
