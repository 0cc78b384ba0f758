//! Column types: each scalar type's default column type per dialect, native type attributes
//! (`@db.VarChar(191)`) as DDL text, and PostgreSQL operator class names.

use psl::connector::native_types::Argument;
use psl::datamodel::{NativeType, ScalarType};
use sql_schema::{ColumnTypeFamily, Dialect};

/// The family and the DDL type text of a column of `scalar` type, with its native type
/// attribute if any.
pub(super) fn column_type(
    dialect: Dialect,
    scalar: ScalarType,
    native: Option<&NativeType>,
) -> (ColumnTypeFamily, String) {
    let family = family(scalar);
    let text = match dialect {
        // SQLite has no native types: the type follows the family.
        Dialect::Sqlite => sqlite_type(scalar).to_owned(),
        Dialect::Postgres => {
            native.and_then(|n| native_text(dialect, scalar, n)).unwrap_or_else(|| postgres_default(scalar).to_owned())
        }
        Dialect::Mysql => {
            native.and_then(|n| native_text(dialect, scalar, n)).unwrap_or_else(|| mysql_default(scalar).to_owned())
        }
    };
    (family, text)
}

fn family(scalar: ScalarType) -> ColumnTypeFamily {
    match scalar {
        ScalarType::Int => ColumnTypeFamily::Int,
        ScalarType::BigInt => ColumnTypeFamily::BigInt,
        ScalarType::Float => ColumnTypeFamily::Float,
        ScalarType::Decimal => ColumnTypeFamily::Decimal,
        ScalarType::Boolean => ColumnTypeFamily::Boolean,
        ScalarType::String => ColumnTypeFamily::String,
        ScalarType::DateTime => ColumnTypeFamily::DateTime,
        ScalarType::Json => ColumnTypeFamily::Json,
        ScalarType::Bytes => ColumnTypeFamily::Binary,
    }
}

fn sqlite_type(scalar: ScalarType) -> &'static str {
    match scalar {
        ScalarType::Int => "INTEGER",
        ScalarType::BigInt => "BIGINT",
        ScalarType::Float => "REAL",
        ScalarType::Decimal => "DECIMAL",
        ScalarType::Boolean => "BOOLEAN",
        ScalarType::String => "TEXT",
        ScalarType::DateTime => "DATETIME",
        ScalarType::Json => "JSONB",
        ScalarType::Bytes => "BLOB",
    }
}

fn postgres_default(scalar: ScalarType) -> &'static str {
    match scalar {
        ScalarType::Int => "INTEGER",
        ScalarType::BigInt => "BIGINT",
        ScalarType::Float => "DOUBLE PRECISION",
        ScalarType::Decimal => "DECIMAL(65,30)",
        ScalarType::Boolean => "BOOLEAN",
        ScalarType::String => "TEXT",
        ScalarType::DateTime => "TIMESTAMP(3)",
        ScalarType::Json => "JSONB",
        ScalarType::Bytes => "BYTEA",
    }
}

fn mysql_default(scalar: ScalarType) -> &'static str {
    match scalar {
        ScalarType::Int => "INTEGER",
        ScalarType::BigInt => "BIGINT",
        ScalarType::Float => "DOUBLE",
        ScalarType::Decimal => "DECIMAL(65, 30)",
        ScalarType::Boolean => "BOOLEAN",
        ScalarType::String => "VARCHAR(191)",
        ScalarType::DateTime => "DATETIME(3)",
        ScalarType::Json => "JSON",
        ScalarType::Bytes => "LONGBLOB",
    }
}

/// The DDL text of a native type attribute; `None` when the dialect does not know it (the
/// validator reports that; the scalar's default type is used then).
fn native_text(dialect: Dialect, scalar: ScalarType, native: &NativeType) -> Option<String> {
    let provider = super::provider_of(dialect);
    let instance = provider.parse_native_type(&native.name, &native.args).ok().flatten()?;
    let numbers: Vec<u32> = instance
        .args
        .iter()
        .filter_map(|a| match a {
            Argument::Number(n) => Some(*n),
            Argument::Max => None,
        })
        .collect();
    let optional = |name: &str| match numbers.first() {
        Some(n) => format!("{name}({n})"),
        None => name.to_owned(),
    };
    let text = match dialect {
        Dialect::Sqlite => return None,
        Dialect::Postgres => match instance.name {
            "SmallInt" => "SMALLINT".to_owned(),
            "Integer" => "INTEGER".to_owned(),
            "BigInt" => "BIGINT".to_owned(),
            "Decimal" => match numbers.as_slice() {
                [p, s] => format!("DECIMAL({p},{s})"),
                _ => "DECIMAL".to_owned(),
            },
            "Money" => "MONEY".to_owned(),
            "Inet" => "INET".to_owned(),
            "Oid" => "OID".to_owned(),
            "Citext" => "CITEXT".to_owned(),
            "Real" => "REAL".to_owned(),
            "DoublePrecision" => "DOUBLE PRECISION".to_owned(),
            "VarChar" => optional("VARCHAR"),
            "Char" => optional("CHAR"),
            "Text" => "TEXT".to_owned(),
            "ByteA" => "BYTEA".to_owned(),
            "Timestamp" => optional("TIMESTAMP"),
            "Timestamptz" => optional("TIMESTAMPTZ"),
            "Date" => "DATE".to_owned(),
            "Time" => optional("TIME"),
            "Timetz" => optional("TIMETZ"),
            "Boolean" => "BOOLEAN".to_owned(),
            "Bit" => optional("BIT"),
            "VarBit" => optional("VARBIT"),
            "Uuid" => "UUID".to_owned(),
            "Xml" => "XML".to_owned(),
            "Json" => "JSON".to_owned(),
            "JsonB" => "JSONB".to_owned(),
            _ => return None,
        },
        Dialect::Mysql => match instance.name {
            "Int" => "INTEGER".to_owned(),
            "UnsignedInt" => "INTEGER UNSIGNED".to_owned(),
            "SmallInt" => "SMALLINT".to_owned(),
            "UnsignedSmallInt" => "SMALLINT UNSIGNED".to_owned(),
            "TinyInt" if scalar == ScalarType::Boolean => "BOOLEAN".to_owned(),
            "TinyInt" => "TINYINT".to_owned(),
            "UnsignedTinyInt" => "TINYINT UNSIGNED".to_owned(),
            "MediumInt" => "MEDIUMINT".to_owned(),
            "UnsignedMediumInt" => "MEDIUMINT UNSIGNED".to_owned(),
            "BigInt" => "BIGINT".to_owned(),
            "UnsignedBigInt" => "BIGINT UNSIGNED".to_owned(),
            "Decimal" => match numbers.as_slice() {
                [p, s] => format!("DECIMAL({p}, {s})"),
                _ => "DECIMAL".to_owned(),
            },
            "Float" => "FLOAT".to_owned(),
            "Double" => "DOUBLE".to_owned(),
            "Bit" => optional("BIT"),
            "Char" => optional("CHAR"),
            "VarChar" => optional("VARCHAR"),
            "Binary" => optional("BINARY"),
            "VarBinary" => optional("VARBINARY"),
            "TinyBlob" => "TINYBLOB".to_owned(),
            "Blob" => "BLOB".to_owned(),
            "MediumBlob" => "MEDIUMBLOB".to_owned(),
            "LongBlob" => "LONGBLOB".to_owned(),
            "TinyText" => "TINYTEXT".to_owned(),
            "Text" => "TEXT".to_owned(),
            "MediumText" => "MEDIUMTEXT".to_owned(),
            "LongText" => "LONGTEXT".to_owned(),
            "Date" => "DATE".to_owned(),
            "Time" => optional("TIME"),
            "DateTime" => optional("DATETIME"),
            "Timestamp" => optional("TIMESTAMP"),
            "Year" => "YEAR".to_owned(),
            "Json" => "JSON".to_owned(),
            _ => return None,
        },
    };
    Some(text)
}

/// The SQL name of an operator class as written in `ops:`: `JsonbPathOps` is
/// `jsonb_path_ops`, `Int4MinMaxMultiOps` is `int4_minmax_multi_ops`, `raw("x")` is `x`.
pub(super) fn operator_class_sql(written: &str) -> String {
    use psl::connector::operator_class::OperatorClass;
    let name = match OperatorClass::parse(written) {
        Some(OperatorClass::Raw(raw)) => return raw,
        Some(OperatorClass::Known(name)) => name,
        None => return written.to_owned(),
    };
    let base = name.strip_suffix("Ops").unwrap_or(name);
    const KINDS: [(&str, &str); 5] = [
        ("MinMaxMulti", "_minmax_multi"),
        ("MinMax", "_minmax"),
        ("Bloom", "_bloom"),
        ("Inclusion", "_inclusion"),
        ("Path", "_path"),
    ];
    let (prefix, kind) =
        KINDS.iter().find_map(|(suffix, sql)| base.strip_suffix(suffix).map(|p| (p, *sql))).unwrap_or((base, ""));
    format!("{}{kind}_ops", prefix.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_classes() {
        assert_eq!(operator_class_sql("JsonbPathOps"), "jsonb_path_ops");
        assert_eq!(operator_class_sql("JsonbOps"), "jsonb_ops");
        assert_eq!(operator_class_sql("Int4MinMaxMultiOps"), "int4_minmax_multi_ops");
        assert_eq!(operator_class_sql("TimestampTzBloomOps"), "timestamptz_bloom_ops");
        assert_eq!(operator_class_sql("VarBitMinMaxOps"), "varbit_minmax_ops");
        assert_eq!(operator_class_sql("InetInclusionOps"), "inet_inclusion_ops");
        assert_eq!(operator_class_sql("raw(\"gin_trgm_ops\")"), "gin_trgm_ops");
    }

    #[test]
    fn default_types() {
        let native = |name: &str, args: &[&str]| NativeType {
            scope: "db".into(),
            name: name.into(),
            args: args.iter().map(|a| a.to_string()).collect(),
            span: psl::Span::empty(),
        };
        assert_eq!(column_type(Dialect::Postgres, ScalarType::DateTime, None).1, "TIMESTAMP(3)");
        assert_eq!(column_type(Dialect::Mysql, ScalarType::String, None).1, "VARCHAR(191)");
        assert_eq!(column_type(Dialect::Sqlite, ScalarType::Json, None).1, "JSONB");
        let vc = native("VarChar", &["255"]);
        assert_eq!(column_type(Dialect::Postgres, ScalarType::String, Some(&vc)).1, "VARCHAR(255)");
        let dec = native("Decimal", &["10", "2"]);
        assert_eq!(column_type(Dialect::Mysql, ScalarType::Decimal, Some(&dec)).1, "DECIMAL(10, 2)");
        assert_eq!(column_type(Dialect::Postgres, ScalarType::Decimal, Some(&dec)).1, "DECIMAL(10,2)");
        let tiny = native("TinyInt", &[]);
        assert_eq!(column_type(Dialect::Mysql, ScalarType::Boolean, Some(&tiny)).1, "BOOLEAN");
        assert_eq!(column_type(Dialect::Mysql, ScalarType::Int, Some(&tiny)).1, "TINYINT");
    }
}
