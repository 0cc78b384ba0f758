//! Hand-written stand-ins for `calculate`: SqlSchemas shaped the way Prisma calculates them for
//! small schemas, so diff and render can be checked against the oracle's output in
//! `tests/golden/` before `calculate` exists.

#![allow(dead_code)]

use migrate::{diff, render_script, Dialect, SqlSchema};
use sql_schema::{ColumnSpec, ColumnTypeFamily, DefaultValue, SchemaBuilder, Value};
use std::path::Path;

/// Prisma scalar types, by name.
#[derive(Clone, Copy)]
pub enum Scalar {
    Int,
    BigInt,
    String,
    Boolean,
    DateTime,
    Float,
    Decimal,
    Json,
    Bytes,
}

/// The column spec Prisma calculates for a scalar on `dialect` (no native type attribute).
pub fn col(dialect: Dialect, scalar: Scalar) -> ColumnSpec {
    use Scalar::*;
    let (family, pg, sqlite, mysql) = match scalar {
        Int => (ColumnTypeFamily::Int, "INTEGER", "INTEGER", "INTEGER"),
        BigInt => (ColumnTypeFamily::BigInt, "BIGINT", "BIGINT", "BIGINT"),
        String => (ColumnTypeFamily::String, "TEXT", "TEXT", "VARCHAR(191)"),
        Boolean => (ColumnTypeFamily::Boolean, "BOOLEAN", "BOOLEAN", "BOOLEAN"),
        DateTime => (ColumnTypeFamily::DateTime, "TIMESTAMP(3)", "DATETIME", "DATETIME(3)"),
        Float => (ColumnTypeFamily::Float, "DOUBLE PRECISION", "REAL", "DOUBLE"),
        Decimal => (ColumnTypeFamily::Decimal, "DECIMAL(65,30)", "DECIMAL", "DECIMAL(65, 30)"),
        Json => (ColumnTypeFamily::Json, "JSONB", "JSONB", "JSON"),
        Bytes => (ColumnTypeFamily::Binary, "BYTEA", "BLOB", "LONGBLOB"),
    };
    let native = match dialect {
        Dialect::Postgres => pg,
        Dialect::Sqlite => sqlite,
        Dialect::Mysql => mysql,
    };
    ColumnSpec::new(family, native)
}

/// An `Int @id @default(autoincrement())` column.
pub fn autoincrement_id(dialect: Dialect) -> ColumnSpec {
    col(dialect, Scalar::Int).autoincrement()
}

/// A string default.
pub fn string_default(s: &str) -> DefaultValue {
    DefaultValue::Value(Value::String(s.into()))
}

/// The primary key name Prisma gives `table` on `dialect`.
pub fn pk_name(dialect: Dialect, table: &str) -> Option<String> {
    dialect.has_named_primary_keys().then(|| format!("{table}_pkey"))
}

/// A schema builder with the namespaces Prisma's calculate starts from.
pub fn schema(dialect: Dialect) -> SchemaBuilder {
    let builder = SqlSchema::builder();
    match dialect.default_schema() {
        Some(ns) => builder.namespace(ns),
        None => builder,
    }
}

/// The diff of two schemas, rendered.
pub fn migration(from: &SqlSchema, to: &SqlSchema, dialect: Dialect) -> String {
    render_script(&diff(from, to, dialect), from, to, dialect, &[])
}

/// The expected script of a golden case, if recorded for `dialect`.
pub fn golden(case: &str, dialect: Dialect) -> Option<String> {
    let file = match dialect {
        Dialect::Postgres => "postgres.sql",
        Dialect::Sqlite => "sqlite.sql",
        Dialect::Mysql => "mysql.sql",
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(case).join(file);
    std::fs::read_to_string(path).ok()
}

/// Asserts that diffing `from` → `to` renders the golden script of `case` on `dialect`.
#[track_caller]
pub fn assert_golden(case: &str, dialect: Dialect, from: &SqlSchema, to: &SqlSchema) {
    let expected = golden(case, dialect).unwrap_or_else(|| panic!("no golden {case} for {dialect:?}"));
    let actual = migration(from, to, dialect);
    assert_eq!(actual, expected, "golden case {case} on {dialect:?}:\n{actual}");
}
