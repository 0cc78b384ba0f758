//! Field types: the scalar type of a column's family and the `@db.*` attribute of its native
//! type, rendered only when it is not the provider's default for that scalar type.

use sql_schema::{ColumnTypeFamily, Dialect, NativeType};

/// The family Prisma's SQLite describer gives a declared type: a short list of names, else
/// `Unsupported` with the lower-cased declaration.
pub(crate) fn sqlite_family(declared: &str, ir_family: &ColumnTypeFamily) -> ColumnTypeFamily {
    use ColumnTypeFamily as F;
    if let F::Enum(id) = ir_family {
        return F::Enum(*id);
    }
    let t = declared.to_ascii_lowercase();
    match t.as_str() {
        "int" | "integer" | "serial" | "int[]" | "integer[]" => F::Int,
        "bigint" => F::BigInt,
        "real" | "float" | "double" | "double[]" | "float[]" => F::Float,
        "boolean" | "boolean[]" => F::Boolean,
        "text" | "text[]" => F::String,
        s if s.contains("char") => F::String,
        s if s.contains("numeric") || s.contains("decimal") => F::Decimal,
        "date" | "datetime" | "timestamp" | "date[]" | "datetime[]" | "timestamp[]" => F::DateTime,
        "binary" | "blob" | "binary[]" => F::Binary,
        "jsonb" => F::Json,
        _ => F::Unsupported(t),
    }
}

/// The family Prisma's PostgreSQL describer gives a column: the IR's, except that the internal
/// one-byte type `"char"` is text, and arrays of unsupported types are named after the array
/// type (`_interval`).
pub(crate) fn postgres_family(ir_family: &ColumnTypeFamily, arity: sql_schema::ColumnArity) -> ColumnTypeFamily {
    match ir_family {
        ColumnTypeFamily::Unsupported(t) if t == "\"char\"" => ColumnTypeFamily::String,
        ColumnTypeFamily::Unsupported(t) if arity.is_list() => ColumnTypeFamily::Unsupported(format!("_{t}")),
        other => other.clone(),
    }
}

/// The scalar type name of a (non-enum, supported) family.
pub(crate) fn scalar_type_name(family: &ColumnTypeFamily) -> Option<&'static str> {
    use ColumnTypeFamily as F;
    Some(match family {
        F::Int => "Int",
        F::BigInt => "BigInt",
        F::Float => "Float",
        F::Decimal => "Decimal",
        F::Boolean => "Boolean",
        F::String => "String",
        F::DateTime => "DateTime",
        F::Json => "Json",
        F::Binary => "Bytes",
        F::Enum(_) | F::Unsupported(_) => return None,
    })
}

/// A native type attribute: `(type name, arguments)`, e.g. `("VarChar", ["255"])`.
pub(crate) type NativeAttribute = (&'static str, Vec<String>);

/// The `@db.*` attribute for a column, if its native type is not the default for its family.
pub(crate) fn native_type_attribute(
    dialect: Dialect,
    family: &ColumnTypeFamily,
    native_type: &str,
) -> Option<NativeAttribute> {
    scalar_type_name(family)?;
    let (name, args) = match dialect {
        Dialect::Sqlite => return None,
        Dialect::Postgres => postgres_native(native_type)?,
        Dialect::Mysql => mysql_native(native_type)?,
    };
    let args_str: Vec<&str> = args.iter().map(String::as_str).collect();
    if is_default(dialect, family, name, &args_str) {
        return None;
    }
    Some((name, args))
}

fn is_default(dialect: Dialect, family: &ColumnTypeFamily, name: &str, args: &[&str]) -> bool {
    use ColumnTypeFamily as F;
    match dialect {
        Dialect::Sqlite => true,
        Dialect::Postgres => matches!(
            (family, name, args),
            (F::Int, "Integer", [])
                | (F::BigInt, "BigInt", [])
                | (F::Float, "DoublePrecision", [])
                | (F::Decimal, "Decimal", ["65", "30"])
                | (F::Boolean, "Boolean", [])
                | (F::String, "Text", [])
                | (F::DateTime, "Timestamp", ["3"])
                | (F::Json, "JsonB", [])
                | (F::Binary, "ByteA", [])
        ),
        Dialect::Mysql => matches!(
            (family, name, args),
            (F::Int, "Int", [])
                | (F::BigInt, "BigInt", [])
                | (F::Float, "Double", [])
                | (F::Decimal, "Decimal", ["65", "30"])
                | (F::Boolean, "TinyInt", [])
                | (F::String, "VarChar", ["191"])
                | (F::DateTime, "DateTime", ["3"])
                | (F::Json, "Json", [])
                | (F::Binary, "LongBlob", [])
        ),
    }
}

fn args_of(native: &NativeType<'_>) -> Vec<String> {
    native.args.iter().map(u32::to_string).collect()
}

fn postgres_native(text: &str) -> Option<NativeAttribute> {
    let native = NativeType::parse(text);
    let name = match native.name.to_ascii_uppercase().as_str() {
        "SMALLINT" => "SmallInt",
        "INTEGER" => "Integer",
        "BIGINT" => "BigInt",
        "OID" => "Oid",
        "REAL" => "Real",
        "DOUBLE PRECISION" => "DoublePrecision",
        "DECIMAL" | "NUMERIC" => "Decimal",
        "MONEY" => "Money",
        "BOOLEAN" => "Boolean",
        "TEXT" => "Text",
        "VARCHAR" => "VarChar",
        "CHAR" => "Char",
        "CITEXT" => "Citext",
        "UUID" => "Uuid",
        "XML" => "Xml",
        "INET" => "Inet",
        "BIT" => "Bit",
        "VARBIT" => "VarBit",
        "DATE" => "Date",
        "TIMESTAMP" => "Timestamp",
        "TIMESTAMPTZ" => "Timestamptz",
        "TIME" => "Time",
        "TIMETZ" => "Timetz",
        "JSON" => "Json",
        "JSONB" => "JsonB",
        "BYTEA" => "ByteA",
        _ => return None,
    };
    Some((name, args_of(&native)))
}

fn mysql_native(text: &str) -> Option<NativeAttribute> {
    let native = NativeType::parse(text);
    let upper = native.name.to_ascii_uppercase();
    let unsigned = upper.ends_with(" UNSIGNED") || native.suffix.eq_ignore_ascii_case("UNSIGNED");
    let base = upper.trim_end_matches(" UNSIGNED");
    // Temporal types without a precision have precision 0 in MySQL's catalogs.
    let precision = || vec![native.first_arg().unwrap_or(0).to_string()];
    let (name, args) = match (base, unsigned) {
        ("TINYINT", false) => ("TinyInt", vec![]),
        ("TINYINT", true) => ("UnsignedTinyInt", vec![]),
        ("SMALLINT", false) => ("SmallInt", vec![]),
        ("SMALLINT", true) => ("UnsignedSmallInt", vec![]),
        ("MEDIUMINT", false) => ("MediumInt", vec![]),
        ("MEDIUMINT", true) => ("UnsignedMediumInt", vec![]),
        ("INT" | "INTEGER", false) => ("Int", vec![]),
        ("INT" | "INTEGER", true) => ("UnsignedInt", vec![]),
        ("BIGINT", false) => ("BigInt", vec![]),
        ("BIGINT", true) => ("UnsignedBigInt", vec![]),
        ("DECIMAL" | "NUMERIC", _) => ("Decimal", args_of(&native)),
        ("FLOAT", _) => ("Float", vec![]),
        ("DOUBLE" | "REAL", _) => ("Double", vec![]),
        ("BOOLEAN" | "BOOL", _) => ("TinyInt", vec![]),
        ("BIT", _) => ("Bit", args_of(&native)),
        ("CHAR", _) => ("Char", args_of(&native)),
        ("VARCHAR", _) => ("VarChar", args_of(&native)),
        ("TINYTEXT", _) => ("TinyText", vec![]),
        ("TEXT", _) => ("Text", vec![]),
        ("MEDIUMTEXT", _) => ("MediumText", vec![]),
        ("LONGTEXT", _) => ("LongText", vec![]),
        ("BINARY", _) => ("Binary", args_of(&native)),
        ("VARBINARY", _) => ("VarBinary", args_of(&native)),
        ("TINYBLOB", _) => ("TinyBlob", vec![]),
        ("BLOB", _) => ("Blob", vec![]),
        ("MEDIUMBLOB", _) => ("MediumBlob", vec![]),
        ("LONGBLOB", _) => ("LongBlob", vec![]),
        ("DATE", _) => ("Date", vec![]),
        ("TIME", _) => ("Time", precision()),
        ("DATETIME", _) => ("DateTime", precision()),
        ("TIMESTAMP", _) => ("Timestamp", precision()),
        ("YEAR", _) => ("Year", vec![]),
        ("JSON", _) => ("Json", vec![]),
        _ => return None,
    };
    Some((name, args))
}

/// Prisma's names of PostgreSQL operator classes it knows, by their SQL names.
const OPERATOR_CLASSES: &[(&str, &str)] = &[
    ("inet_ops", "InetOps"),
    ("jsonb_ops", "JsonbOps"),
    ("jsonb_path_ops", "JsonbPathOps"),
    ("array_ops", "ArrayOps"),
    ("text_ops", "TextOps"),
    ("bit_minmax_ops", "BitMinMaxOps"),
    ("varbit_minmax_ops", "VarBitMinMaxOps"),
    ("bpchar_bloom_ops", "BpcharBloomOps"),
    ("bpchar_minmax_ops", "BpcharMinMaxOps"),
    ("bytea_bloom_ops", "ByteaBloomOps"),
    ("bytea_minmax_ops", "ByteaMinMaxOps"),
    ("date_bloom_ops", "DateBloomOps"),
    ("date_minmax_ops", "DateMinMaxOps"),
    ("date_minmax_multi_ops", "DateMinMaxMultiOps"),
    ("float4_bloom_ops", "Float4BloomOps"),
    ("float4_minmax_ops", "Float4MinMaxOps"),
    ("float4_minmax_multi_ops", "Float4MinMaxMultiOps"),
    ("float8_bloom_ops", "Float8BloomOps"),
    ("float8_minmax_ops", "Float8MinMaxOps"),
    ("float8_minmax_multi_ops", "Float8MinMaxMultiOps"),
    ("inet_inclusion_ops", "InetInclusionOps"),
    ("inet_bloom_ops", "InetBloomOps"),
    ("inet_minmax_ops", "InetMinMaxOps"),
    ("inet_minmax_multi_ops", "InetMinMaxMultiOps"),
    ("int2_bloom_ops", "Int2BloomOps"),
    ("int2_minmax_ops", "Int2MinMaxOps"),
    ("int2_minmax_multi_ops", "Int2MinMaxMultiOps"),
    ("int4_bloom_ops", "Int4BloomOps"),
    ("int4_minmax_ops", "Int4MinMaxOps"),
    ("int4_minmax_multi_ops", "Int4MinMaxMultiOps"),
    ("int8_bloom_ops", "Int8BloomOps"),
    ("int8_minmax_ops", "Int8MinMaxOps"),
    ("int8_minmax_multi_ops", "Int8MinMaxMultiOps"),
    ("numeric_bloom_ops", "NumericBloomOps"),
    ("numeric_minmax_ops", "NumericMinMaxOps"),
    ("numeric_minmax_multi_ops", "NumericMinMaxMultiOps"),
    ("oid_bloom_ops", "OidBloomOps"),
    ("oid_minmax_ops", "OidMinMaxOps"),
    ("oid_minmax_multi_ops", "OidMinMaxMultiOps"),
    ("text_bloom_ops", "TextBloomOps"),
    ("text_minmax_ops", "TextMinMaxOps"),
    ("timestamp_bloom_ops", "TimestampBloomOps"),
    ("timestamp_minmax_ops", "TimestampMinMaxOps"),
    ("timestamp_minmax_multi_ops", "TimestampMinMaxMultiOps"),
    ("timestamptz_bloom_ops", "TimestampTzBloomOps"),
    ("timestamptz_minmax_ops", "TimestampTzMinMaxOps"),
    ("timestamptz_minmax_multi_ops", "TimestampTzMinMaxMultiOps"),
    ("time_bloom_ops", "TimeBloomOps"),
    ("time_minmax_ops", "TimeMinMaxOps"),
    ("time_minmax_multi_ops", "TimeMinMaxMultiOps"),
    ("timetz_bloom_ops", "TimeTzBloomOps"),
    ("timetz_minmax_ops", "TimeTzMinMaxOps"),
    ("timetz_minmax_multi_ops", "TimeTzMinMaxMultiOps"),
    ("uuid_bloom_ops", "UuidBloomOps"),
    ("uuid_minmax_ops", "UuidMinMaxOps"),
    ("uuid_minmax_multi_ops", "UuidMinMaxMultiOps"),
];

/// The `ops:` value of a (non-default) operator class: a known name, or `raw("…")`.
pub(crate) fn operator_class(sql_name: &str) -> String {
    match OPERATOR_CLASSES.iter().find(|(sql, _)| *sql == sql_name) {
        Some((_, name)) => (*name).to_owned(),
        None => format!("raw({})", super::render::string_literal(sql_name)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ColumnTypeFamily as F;

    #[test]
    fn postgres_native_types() {
        let nt = |f, t| native_type_attribute(Dialect::Postgres, &f, t);
        assert_eq!(nt(F::String, "TEXT"), None);
        assert_eq!(nt(F::String, "VARCHAR(255)"), Some(("VarChar", vec!["255".into()])));
        assert_eq!(nt(F::String, "VARCHAR"), Some(("VarChar", vec![])));
        assert_eq!(nt(F::DateTime, "TIMESTAMP(3)"), None);
        assert_eq!(nt(F::DateTime, "TIMESTAMP(6)"), Some(("Timestamp", vec!["6".into()])));
        assert_eq!(nt(F::Decimal, "DECIMAL(65,30)"), None);
        assert_eq!(nt(F::Decimal, "DECIMAL(10,2)"), Some(("Decimal", vec!["10".into(), "2".into()])));
        assert_eq!(nt(F::Json, "JSON"), Some(("Json", vec![])));
        assert_eq!(nt(F::Int, "SMALLINT"), Some(("SmallInt", vec![])));
    }

    #[test]
    fn mysql_native_types() {
        let nt = |f, t| native_type_attribute(Dialect::Mysql, &f, t);
        assert_eq!(nt(F::String, "VARCHAR(191)"), None);
        assert_eq!(nt(F::Int, "INTEGER UNSIGNED"), Some(("UnsignedInt", vec![])));
        assert_eq!(nt(F::Boolean, "BOOLEAN"), None);
        assert_eq!(nt(F::DateTime, "DATETIME"), Some(("DateTime", vec!["0".into()])));
        assert_eq!(nt(F::Decimal, "DECIMAL(65, 30)"), None);
        assert_eq!(nt(F::Binary, "LONGBLOB"), None);
    }

    #[test]
    fn sqlite_families() {
        assert_eq!(sqlite_family("VARCHAR(10)", &F::String), F::String);
        assert_eq!(sqlite_family("JSON", &F::Json), F::Unsupported("json".into()));
        assert_eq!(sqlite_family("DECIMAL(10,2)", &F::Decimal), F::Decimal);
        assert_eq!(sqlite_family("INT8", &F::BigInt), F::Unsupported("int8".into()));
    }

    #[test]
    fn operator_classes() {
        assert_eq!(operator_class("jsonb_path_ops"), "JsonbPathOps");
        assert_eq!(operator_class("gin_trgm_ops"), "raw(\"gin_trgm_ops\")");
    }
}
