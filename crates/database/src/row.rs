//! Dialect-neutral query parameters and result rows, for catalog queries and bookkeeping
//! tables. Values are the few shapes catalogs return; anything else should be cast to text in
//! the SQL.

use crate::Error;
use sqlx::{Column as _, Row as _, TypeInfo as _, ValueRef as _};
use std::sync::Arc;

/// A query parameter.
#[derive(Debug, Clone, PartialEq)]
pub enum Param {
    /// Text.
    Text(String),
    /// An integer.
    Int(i64),
    /// A text array (PostgreSQL only: `= ANY($1)`).
    TextList(Vec<String>),
}

/// One value of a result row.
#[derive(Debug, Clone, PartialEq)]
pub enum SqlValue {
    /// `NULL`.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer (any width, unsigned values above `i64::MAX` saturate).
    Int(i64),
    /// A floating point number.
    Float(f64),
    /// Text.
    Text(String),
    /// Bytes.
    Bytes(Vec<u8>),
}

/// One result row: values by column position, looked up by column name.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    columns: Arc<[String]>,
    values: Vec<SqlValue>,
}

impl Row {
    /// The value of column `name` (`Null` if there is no such column).
    pub fn get(&self, name: &str) -> &SqlValue {
        const NULL: &SqlValue = &SqlValue::Null;
        self.columns.iter().position(|c| c == name).map_or(NULL, |i| &self.values[i])
    }

    /// Column names, in order.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// Values, in column order.
    pub fn values(&self) -> &[SqlValue] {
        &self.values
    }

    /// Column `name` as text (text, or bytes that are valid UTF-8); `None` when NULL.
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.get(name) {
            SqlValue::Text(s) => Some(s),
            SqlValue::Bytes(b) => std::str::from_utf8(b).ok(),
            _ => None,
        }
    }

    /// Column `name` as owned text; empty when NULL.
    pub fn string(&self, name: &str) -> String {
        self.text(name).unwrap_or_default().to_owned()
    }

    /// Column `name` as an integer (integers, booleans, and text holding a number).
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.get(name) {
            SqlValue::Int(i) => Some(*i),
            SqlValue::Bool(b) => Some(i64::from(*b)),
            SqlValue::Text(s) => s.trim().parse().ok(),
            SqlValue::Bytes(b) => std::str::from_utf8(b).ok()?.trim().parse().ok(),
            _ => None,
        }
    }

    /// Column `name` as a boolean (booleans, and integers: non-zero is true).
    pub fn bool(&self, name: &str) -> Option<bool> {
        match self.get(name) {
            SqlValue::Bool(b) => Some(*b),
            SqlValue::Int(i) => Some(*i != 0),
            SqlValue::Text(s) => match s.as_str() {
                "t" | "true" | "1" | "YES" => Some(true),
                "f" | "false" | "0" | "NO" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether column `name` is NULL (or absent).
    pub fn is_null(&self, name: &str) -> bool {
        matches!(self.get(name), SqlValue::Null)
    }
}

fn column_names<R: sqlx::Row>(row: &R) -> Arc<[String]> {
    row.columns().iter().map(|c| c.name().to_owned()).collect()
}

fn decode_error(column: usize, type_name: &str) -> Error {
    Error::Query {
        code: None,
        message: format!("cannot read column {column} of type {type_name}: cast it to text in the query"),
    }
}

/// Converts PostgreSQL rows.
pub(crate) fn from_postgres(rows: Vec<sqlx::postgres::PgRow>) -> Result<Vec<Row>, Error> {
    let Some(first) = rows.first() else { return Ok(Vec::new()) };
    let columns = column_names(first);
    rows.iter()
        .map(|row| {
            let values = (0..columns.len()).map(|i| postgres_value(row, i)).collect::<Result<_, _>>()?;
            Ok(Row { columns: columns.clone(), values })
        })
        .collect()
}

fn postgres_value(row: &sqlx::postgres::PgRow, i: usize) -> Result<SqlValue, Error> {
    let raw = row.try_get_raw(i).map_err(crate::connection::query_error)?;
    if raw.is_null() {
        return Ok(SqlValue::Null);
    }
    let type_name = raw.type_info().name().to_owned();
    let value = match type_name.as_str() {
        "BOOL" => row.try_get::<bool, _>(i).map(SqlValue::Bool),
        "INT2" => row.try_get::<i16, _>(i).map(|v| SqlValue::Int(v.into())),
        "INT4" => row.try_get::<i32, _>(i).map(|v| SqlValue::Int(v.into())),
        "INT8" => row.try_get::<i64, _>(i).map(SqlValue::Int),
        "OID" => row.try_get::<sqlx::postgres::types::Oid, _>(i).map(|v| SqlValue::Int(v.0.into())),
        "FLOAT4" => row.try_get::<f32, _>(i).map(|v| SqlValue::Float(v.into())),
        "FLOAT8" => row.try_get::<f64, _>(i).map(SqlValue::Float),
        "\"CHAR\"" => row.try_get::<i8, _>(i).map(|v| SqlValue::Text(char::from(v as u8).to_string())),
        "BYTEA" => row.try_get::<Vec<u8>, _>(i).map(SqlValue::Bytes),
        _ => row.try_get_unchecked::<String, _>(i).map(SqlValue::Text),
    };
    value.map_err(|_| decode_error(i, &type_name))
}

/// Converts MySQL rows.
pub(crate) fn from_mysql(rows: Vec<sqlx::mysql::MySqlRow>) -> Result<Vec<Row>, Error> {
    let Some(first) = rows.first() else { return Ok(Vec::new()) };
    let columns = column_names(first);
    rows.iter()
        .map(|row| {
            let values = (0..columns.len()).map(|i| mysql_value(row, i)).collect::<Result<_, _>>()?;
            Ok(Row { columns: columns.clone(), values })
        })
        .collect()
}

fn mysql_value(row: &sqlx::mysql::MySqlRow, i: usize) -> Result<SqlValue, Error> {
    let raw = row.try_get_raw(i).map_err(crate::connection::query_error)?;
    if raw.is_null() {
        return Ok(SqlValue::Null);
    }
    let type_name = raw.type_info().name().to_owned();
    let base = type_name.trim_end_matches(" UNSIGNED");
    let value = match base {
        "BOOLEAN" | "TINYINT" | "SMALLINT" | "MEDIUMINT" | "INT" | "BIGINT" | "YEAR" => {
            if type_name.ends_with("UNSIGNED") {
                row.try_get::<u64, _>(i).map(|v| SqlValue::Int(i64::try_from(v).unwrap_or(i64::MAX)))
            } else {
                row.try_get::<i64, _>(i).map(SqlValue::Int)
            }
        }
        "FLOAT" => row.try_get::<f32, _>(i).map(|v| SqlValue::Float(v.into())),
        "DOUBLE" => row.try_get::<f64, _>(i).map(SqlValue::Float),
        _ => match row.try_get_unchecked::<String, _>(i) {
            Ok(s) => Ok(SqlValue::Text(s)),
            Err(_) => row.try_get_unchecked::<Vec<u8>, _>(i).map(|b| match String::from_utf8(b) {
                Ok(s) => SqlValue::Text(s),
                Err(e) => SqlValue::Bytes(e.into_bytes()),
            }),
        },
    };
    value.map_err(|_| decode_error(i, &type_name))
}

/// Converts SQLite rows.
pub(crate) fn from_sqlite(rows: Vec<sqlx::sqlite::SqliteRow>) -> Result<Vec<Row>, Error> {
    let Some(first) = rows.first() else { return Ok(Vec::new()) };
    let columns = column_names(first);
    rows.iter()
        .map(|row| {
            let values = (0..columns.len()).map(|i| sqlite_value(row, i)).collect::<Result<_, _>>()?;
            Ok(Row { columns: columns.clone(), values })
        })
        .collect()
}

fn sqlite_value(row: &sqlx::sqlite::SqliteRow, i: usize) -> Result<SqlValue, Error> {
    let raw = row.try_get_raw(i).map_err(crate::connection::query_error)?;
    if raw.is_null() {
        return Ok(SqlValue::Null);
    }
    // The value's own storage class, whatever the column was declared as.
    let type_name = raw.type_info().name().to_owned();
    let value = match type_name.as_str() {
        "INTEGER" | "BOOLEAN" => row.try_get_unchecked::<i64, _>(i).map(SqlValue::Int),
        "REAL" => row.try_get_unchecked::<f64, _>(i).map(SqlValue::Float),
        "BLOB" => row.try_get_unchecked::<Vec<u8>, _>(i).map(SqlValue::Bytes),
        _ => row.try_get_unchecked::<String, _>(i).map(SqlValue::Text),
    };
    value.map_err(|_| decode_error(i, &type_name))
}
