//! How a column type is named in cast warnings: Prisma's native type name (`VarChar(50)`,
//! `DoublePrecision`, `Decimal(65,30)`) on PostgreSQL and MySQL, the type family's name
//! (`Int`, `String`, `Enum(EnumId(0))`) where there is no native type and on SQLite.

use sql_schema::{ColumnTypeFamily, ColumnWalker, Dialect, NativeType};

/// The name Prisma prints for a column's type in a cast warning on `dialect`.
pub(crate) fn display_column_type(column: ColumnWalker<'_>, dialect: Dialect) -> String {
    let family = || family_name(column.family());
    if !dialect_names_native_types(dialect) {
        return family();
    }
    if matches!(column.family(), ColumnTypeFamily::Enum(_) | ColumnTypeFamily::Unsupported(_)) {
        return family();
    }
    prisma_native_type_name(column.native_type(), dialect).unwrap_or_else(family)
}

/// Whether cast warnings name native types (SQLite's name type families, as Prisma's SQLite
/// checker does).
fn dialect_names_native_types(dialect: Dialect) -> bool {
    match dialect {
        Dialect::Postgres | Dialect::Mysql => true,
        Dialect::Sqlite => false,
    }
}

/// The `Debug` name of a type family, as Prisma prints it.
pub(crate) fn family_name(family: &ColumnTypeFamily) -> String {
    format!("{family:?}")
}

/// The Prisma native type name (`@db.` attribute name and arguments) of a DDL type text.
pub(crate) fn prisma_native_type_name(ddl: &str, dialect: Dialect) -> Option<String> {
    let t = NativeType::parse(ddl);
    let upper = t.name.to_ascii_uppercase();
    let name = match dialect {
        Dialect::Postgres => match upper.as_str() {
            "SMALLINT" | "INT2" => "SmallInt",
            "INTEGER" | "INT" | "INT4" => "Integer",
            "BIGINT" | "INT8" => "BigInt",
            "DECIMAL" | "NUMERIC" => "Decimal",
            "MONEY" => "Money",
            "INET" => "Inet",
            "OID" => "Oid",
            "CITEXT" => "Citext",
            "REAL" | "FLOAT4" => "Real",
            "DOUBLE PRECISION" | "FLOAT8" => "DoublePrecision",
            "VARCHAR" | "CHARACTER VARYING" => "VarChar",
            "CHAR" | "CHARACTER" => "Char",
            "TEXT" => "Text",
            "BYTEA" => "ByteA",
            "TIMESTAMP" => "Timestamp",
            "TIMESTAMPTZ" => "Timestamptz",
            "DATE" => "Date",
            "TIME" => "Time",
            "TIMETZ" => "Timetz",
            "BOOLEAN" | "BOOL" => "Boolean",
            "BIT" => "Bit",
            "VARBIT" | "BIT VARYING" => "VarBit",
            "UUID" => "Uuid",
            "XML" => "Xml",
            "JSON" => "Json",
            "JSONB" => "JsonB",
            _ => return None,
        },
        Dialect::Mysql => match upper.as_str() {
            "INT" | "INTEGER" => "Int",
            "INT UNSIGNED" | "INTEGER UNSIGNED" => "UnsignedInt",
            "SMALLINT" => "SmallInt",
            "SMALLINT UNSIGNED" => "UnsignedSmallInt",
            "TINYINT" | "BOOLEAN" | "BOOL" => "TinyInt",
            "TINYINT UNSIGNED" => "UnsignedTinyInt",
            "MEDIUMINT" => "MediumInt",
            "MEDIUMINT UNSIGNED" => "UnsignedMediumInt",
            "BIGINT" => "BigInt",
            "BIGINT UNSIGNED" => "UnsignedBigInt",
            "DECIMAL" | "NUMERIC" => "Decimal",
            "FLOAT" => "Float",
            "DOUBLE" | "DOUBLE PRECISION" => "Double",
            "BIT" => "Bit",
            "CHAR" => "Char",
            "VARCHAR" => "VarChar",
            "BINARY" => "Binary",
            "VARBINARY" => "VarBinary",
            "TINYBLOB" => "TinyBlob",
            "BLOB" => "Blob",
            "MEDIUMBLOB" => "MediumBlob",
            "LONGBLOB" => "LongBlob",
            "TINYTEXT" => "TinyText",
            "TEXT" => "Text",
            "MEDIUMTEXT" => "MediumText",
            "LONGTEXT" => "LongText",
            "DATE" => "Date",
            "TIME" => "Time",
            "DATETIME" => "DateTime",
            "TIMESTAMP" => "Timestamp",
            "YEAR" => "Year",
            "JSON" => "Json",
            _ => return None,
        },
        Dialect::Sqlite => return None,
    };
    // `TINYINT(1)` and friends: MySQL display widths are not arguments of Prisma's types.
    let takes_args =
        !matches!(name, "TinyInt" | "SmallInt" | "MediumInt" | "Int" | "BigInt") || dialect != Dialect::Mysql;
    if t.args.is_empty() || !takes_args {
        return Some(name.to_owned());
    }
    let args: Vec<String> = t.args.iter().map(u32::to_string).collect();
    Some(format!("{name}({})", args.join(",")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postgres_names_match_prisma() {
        let n = |t| prisma_native_type_name(t, Dialect::Postgres).unwrap();
        assert_eq!(n("VARCHAR(100)"), "VarChar(100)");
        assert_eq!(n("DOUBLE PRECISION"), "DoublePrecision");
        assert_eq!(n("DECIMAL(65,30)"), "Decimal(65,30)");
        assert_eq!(n("INTEGER"), "Integer");
        assert_eq!(n("TIMESTAMP(3)"), "Timestamp(3)");
        assert_eq!(n("TEXT"), "Text");
    }

    #[test]
    fn mysql_names_match_prisma() {
        let n = |t| prisma_native_type_name(t, Dialect::Mysql).unwrap();
        assert_eq!(n("VARCHAR(191)"), "VarChar(191)");
        assert_eq!(n("INTEGER"), "Int");
        assert_eq!(n("DECIMAL(65, 30)"), "Decimal(65,30)");
        assert_eq!(n("DATETIME(3)"), "DateTime(3)");
        assert_eq!(n("BOOLEAN"), "TinyInt");
        assert_eq!(n("INTEGER UNSIGNED"), "UnsignedInt");
    }
}
