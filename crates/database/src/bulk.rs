//! Batched reads and writes of many rows: what seeding (and later `db copy`) needs.
//!
//! [`BulkConnection`] owns its own driver connection so that every statement of a seed run goes
//! through one session and one transaction. It speaks typed values ([`SqlValue`]) and decides
//! *how* rows travel per dialect:
//!
//! | | insert | update | lookups, deletes |
//! |---|---|---|---|
//! | PostgreSQL | `COPY … FROM STDIN` (text format) | `COPY` into a temporary table, then `UPDATE … FROM` | literals (untyped literals take the column's type, so indexes are used) |
//! | MySQL | multi-row `INSERT` with parameters | multi-row `INSERT … ON DUPLICATE KEY UPDATE` | parameters |
//! | SQLite | multi-row `INSERT` with parameters | multi-row `INSERT … ON CONFLICT (key) DO UPDATE` | parameters |
//!
//! Statements with parameters are cut into batches that stay under the dialect's limit on bound
//! parameters ([`max_params`]) and under [`MAX_BATCH_ROWS`] rows, so memory per statement is
//! bounded whatever the size of the input.
//!
//! Callers pass table names already quoted (they may be schema-qualified) and column names
//! unquoted; values must already be in the form the column accepts on that dialect (text for
//! timestamps and decimals, integers for SQLite's millisecond timestamps, …).

use crate::row::{self, Row, SqlValue};
use crate::{Connection, ConnectionInfo, Error};
use sql_schema::Dialect;
use sqlx::{ConnectOptions as _, Connection as _};

/// The most rows one statement (or one `COPY` chunk) carries.
pub const MAX_BATCH_ROWS: usize = 2_000;

/// How many parameters one statement may bind on `dialect` (PostgreSQL and MySQL: 65,535;
/// SQLite since 3.32: 32,766).
pub fn max_params(dialect: Dialect) -> usize {
    match dialect {
        Dialect::Postgres | Dialect::Mysql => 65_535,
        Dialect::Sqlite => 32_766,
    }
}

/// Rows per statement for `columns` columns: under [`max_params`], and on PostgreSQL and MySQL
/// under [`MAX_BATCH_ROWS`]. SQLite runs in the process, so its statements take as many rows
/// as its parameter limit allows: fewer, larger statements, each prepared once and reused.
pub fn batch_rows(dialect: Dialect, columns: usize) -> usize {
    let by_params = (max_params(dialect) / columns.max(1)).max(1);
    match dialect {
        Dialect::Sqlite => by_params,
        Dialect::Postgres | Dialect::Mysql => by_params.min(MAX_BATCH_ROWS),
    }
}

/// One connection for batched work, with explicit transactions.
pub struct BulkConnection {
    inner: Inner,
    dialect: Dialect,
    statements: u64,
}

impl std::fmt::Debug for BulkConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkConnection")
            .field("dialect", &self.dialect)
            .field("statements", &self.statements)
            .finish_non_exhaustive()
    }
}

enum Inner {
    Postgres(sqlx::PgConnection),
    Mysql(sqlx::MySqlConnection),
    Sqlite(sqlx::SqliteConnection),
}

impl BulkConnection {
    /// Connects. Failures are reported exactly as [`Connection::connect`] reports them (with
    /// Prisma's codes and its retries of transient failures).
    pub async fn connect(info: &ConnectionInfo) -> Result<BulkConnection, Error> {
        // The checked connection gives the right error (P1001, P1003, …) and waits out a server
        // that is starting; the bulk session is opened once it succeeded.
        Connection::connect(info).await?.close().await?;
        let opened = match info {
            ConnectionInfo::Postgres(pg) => {
                crate::connection::postgres_options(pg).connect().await.map(Inner::Postgres)
            }
            ConnectionInfo::Mysql(my) => crate::connection::mysql_options(my).connect().await.map(Inner::Mysql),
            ConnectionInfo::Sqlite(sqlite) => {
                crate::connection::sqlite_options(sqlite, false).connect().await.map(Inner::Sqlite)
            }
        };
        let inner = opened.map_err(crate::connection::query_error)?;
        let mut conn = BulkConnection { inner, dialect: info.dialect(), statements: 0 };
        match info {
            ConnectionInfo::Postgres(pg) => {
                // Literals below rely on standard strings (backslashes are plain characters).
                conn.script("SET standard_conforming_strings = on").await?;
                if pg.pgbouncer {
                    let sql = format!("SET search_path = {}", crate::admin::quote_postgres(&pg.schema));
                    conn.script(&sql).await?;
                }
            }
            // Timestamps are written and read as UTC text, as Prisma does.
            ConnectionInfo::Mysql(_) => conn.script("SET time_zone = '+00:00'").await?,
            ConnectionInfo::Sqlite(_) => {}
        }
        Ok(conn)
    }

    /// The dialect of the database.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// How many statements (and `COPY` operations) were sent so far.
    pub fn statement_count(&self) -> u64 {
        self.statements
    }

    /// Runs a script without parameters (several statements where the dialect allows).
    pub async fn script(&mut self, sql: &str) -> Result<(), Error> {
        self.statements += 1;
        let result = match &mut self.inner {
            Inner::Postgres(c) => sqlx::raw_sql(sql).execute(c).await.map(drop),
            Inner::Mysql(c) => sqlx::raw_sql(sql).execute(c).await.map(drop),
            Inner::Sqlite(c) => sqlx::raw_sql(sql).execute(c).await.map(drop),
        };
        result.map_err(crate::connection::query_error)
    }

    /// Starts a transaction.
    pub async fn begin(&mut self) -> Result<(), Error> {
        match self.dialect {
            Dialect::Mysql => self.script("START TRANSACTION").await,
            Dialect::Postgres | Dialect::Sqlite => self.script("BEGIN").await,
        }
    }

    /// Commits the transaction.
    pub async fn commit(&mut self) -> Result<(), Error> {
        self.script("COMMIT").await
    }

    /// Rolls the transaction back.
    pub async fn rollback(&mut self) -> Result<(), Error> {
        self.script("ROLLBACK").await
    }

    /// Runs one statement with parameters (`$n` on PostgreSQL, `?` elsewhere) and returns the
    /// number of rows it affected.
    pub async fn execute(&mut self, sql: &str, params: &[SqlValue]) -> Result<u64, Error> {
        self.statements += 1;
        let result = match &mut self.inner {
            Inner::Postgres(c) => bind_all(sqlx::query(sql), params).execute(c).await.map(|r| r.rows_affected()),
            Inner::Mysql(c) => bind_all(sqlx::query(sql), params).execute(c).await.map(|r| r.rows_affected()),
            Inner::Sqlite(c) => bind_all(sqlx::query(sql), params).execute(c).await.map(|r| r.rows_affected()),
        };
        result.map_err(crate::connection::query_error)
    }

    /// [`BulkConnection::execute`] with the parameters of several rows, bound row by row
    /// (without copying them into one list first).
    async fn execute_rows(&mut self, sql: &str, rows: &[Vec<SqlValue>]) -> Result<u64, Error> {
        self.statements += 1;
        let params = rows.iter().flatten();
        let result = match &mut self.inner {
            Inner::Postgres(c) => bind_all(sqlx::query(sql), params).execute(c).await.map(|r| r.rows_affected()),
            Inner::Mysql(c) => bind_all(sqlx::query(sql), params).execute(c).await.map(|r| r.rows_affected()),
            Inner::Sqlite(c) => bind_all(sqlx::query(sql), params).execute(c).await.map(|r| r.rows_affected()),
        };
        result.map_err(crate::connection::query_error)
    }

    /// Runs one query with parameters and returns its rows (see [`Row`]; cast exotic types to
    /// text in the SQL).
    pub async fn query(&mut self, sql: &str, params: &[SqlValue]) -> Result<Vec<Row>, Error> {
        self.statements += 1;
        match &mut self.inner {
            Inner::Postgres(c) => row::from_postgres(
                bind_all(sqlx::query(sql), params).fetch_all(c).await.map_err(crate::connection::query_error)?,
            ),
            Inner::Mysql(c) => row::from_mysql(
                bind_all(sqlx::query(sql), params).fetch_all(c).await.map_err(crate::connection::query_error)?,
            ),
            Inner::Sqlite(c) => row::from_sqlite(
                bind_all(sqlx::query(sql), params).fetch_all(c).await.map_err(crate::connection::query_error)?,
            ),
        }
    }

    /// Inserts `rows` (values in `columns` order) into `table`; returns how many were inserted.
    pub async fn insert(&mut self, table: &str, columns: &[&str], rows: &[Vec<SqlValue>]) -> Result<u64, Error> {
        if rows.is_empty() {
            return Ok(0);
        }
        let column_list = self.column_list(columns);
        if self.dialect == Dialect::Postgres {
            return self.copy_in(&format!("COPY {table} ({column_list}) FROM STDIN"), rows).await;
        }
        let mut inserted = 0;
        for chunk in rows.chunks(batch_rows(self.dialect, columns.len())) {
            let sql =
                format!("INSERT INTO {table} ({column_list}) VALUES {}", self.placeholders(columns.len(), chunk.len()));
            inserted += self.execute_rows(&sql, chunk).await?;
        }
        Ok(inserted)
    }

    /// Updates the rows of `table` whose `key` columns match, setting `set` columns. `rows`
    /// hold values for `columns` (which include `key` and `set`); on MySQL and SQLite they must be
    /// complete rows (the update is an upsert whose insert never happens), on PostgreSQL only
    /// `columns` are read.
    pub async fn update(
        &mut self,
        table: &str,
        columns: &[&str],
        key: &[&str],
        set: &[&str],
        rows: &[Vec<SqlValue>],
    ) -> Result<(), Error> {
        if rows.is_empty() || set.is_empty() {
            return Ok(());
        }
        let dialect = self.dialect;
        let q = |c: &str| dialect.quote_identifier(c);
        let column_list = self.column_list(columns);
        match self.dialect {
            Dialect::Postgres => {
                let temp = "\"_strata_bulk_update\"";
                let create = format!(
                    "DROP TABLE IF EXISTS {temp}; CREATE TEMPORARY TABLE {temp} AS SELECT {column_list} FROM {table} WITH NO DATA"
                );
                self.script(&create).await?;
                self.copy_in(&format!("COPY {temp} ({column_list}) FROM STDIN"), rows).await?;
                let assignments: Vec<String> = set.iter().map(|c| format!("{} = s.{}", q(c), q(c))).collect();
                let matches: Vec<String> = key.iter().map(|c| format!("t.{} = s.{}", q(c), q(c))).collect();
                let sql = format!(
                    "UPDATE {table} AS t SET {} FROM {temp} AS s WHERE {}; DROP TABLE {temp}",
                    assignments.join(", "),
                    matches.join(" AND ")
                );
                self.script(&sql).await
            }
            Dialect::Mysql | Dialect::Sqlite => {
                let tail = match self.dialect {
                    Dialect::Mysql => {
                        let a: Vec<String> = set.iter().map(|c| format!("{} = VALUES({})", q(c), q(c))).collect();
                        format!(" ON DUPLICATE KEY UPDATE {}", a.join(", "))
                    }
                    _ => {
                        let k: Vec<String> = key.iter().map(|c| q(c)).collect();
                        let a: Vec<String> = set.iter().map(|c| format!("{} = excluded.{}", q(c), q(c))).collect();
                        format!(" ON CONFLICT ({}) DO UPDATE SET {}", k.join(", "), a.join(", "))
                    }
                };
                for chunk in rows.chunks(batch_rows(self.dialect, columns.len())) {
                    let sql = format!(
                        "INSERT INTO {table} ({column_list}) VALUES {}{tail}",
                        self.placeholders(columns.len(), chunk.len())
                    );
                    self.execute_rows(&sql, chunk).await?;
                }
                Ok(())
            }
        }
    }

    /// Deletes the rows of `table` whose `key` columns equal one of `keys`; returns how many.
    pub async fn delete(&mut self, table: &str, key: &[&str], keys: &[Vec<SqlValue>]) -> Result<u64, Error> {
        let mut deleted = 0;
        for chunk in keys.chunks(batch_rows(self.dialect, key.len())) {
            let (condition, params) = self.key_condition(key, chunk);
            deleted += self.execute(&format!("DELETE FROM {table} WHERE {condition}"), &params).await?;
        }
        Ok(deleted)
    }

    /// Reads `select` (SQL expressions) from the rows of `table` whose `key` columns equal one
    /// of `keys`.
    pub async fn select_by_keys(
        &mut self,
        table: &str,
        select: &[String],
        key: &[&str],
        keys: &[Vec<SqlValue>],
    ) -> Result<Vec<Row>, Error> {
        let mut rows = Vec::new();
        for chunk in keys.chunks(batch_rows(self.dialect, key.len())) {
            let (condition, params) = self.key_condition(key, chunk);
            let sql = format!("SELECT {} FROM {table} WHERE {condition}", select.join(", "));
            rows.extend(self.query(&sql, &params).await?);
        }
        Ok(rows)
    }

    /// `(k1, k2) IN ((…), (…))` for a batch of keys, with literals on PostgreSQL (so they take
    /// the columns' types) and parameters elsewhere.
    fn key_condition(&self, key: &[&str], keys: &[Vec<SqlValue>]) -> (String, Vec<SqlValue>) {
        let columns: Vec<String> = key.iter().map(|c| self.dialect.quote_identifier(c)).collect();
        let lhs = if key.len() == 1 { columns[0].clone() } else { format!("({})", columns.join(", ")) };
        let mut params = Vec::new();
        let tuples: Vec<String> = keys
            .iter()
            .map(|values| {
                let items: Vec<String> = values
                    .iter()
                    .map(|v| match self.dialect {
                        Dialect::Postgres => postgres_literal(v),
                        Dialect::Mysql | Dialect::Sqlite => {
                            params.push(v.clone());
                            "?".to_owned()
                        }
                    })
                    .collect();
                if key.len() == 1 {
                    items.join("")
                } else {
                    format!("({})", items.join(", "))
                }
            })
            .collect();
        (format!("{lhs} IN ({})", tuples.join(", ")), params)
    }

    fn column_list(&self, columns: &[&str]) -> String {
        columns.iter().map(|c| self.dialect.quote_identifier(c)).collect::<Vec<_>>().join(", ")
    }

    /// `(?, ?), (?, ?)` or `($1, $2), ($3, $4)`.
    fn placeholders(&self, columns: usize, rows: usize) -> String {
        let mut out = String::with_capacity(rows * (columns * 3 + 4));
        let mut n = 0;
        for r in 0..rows {
            if r > 0 {
                out.push_str(", ");
            }
            out.push('(');
            for c in 0..columns {
                if c > 0 {
                    out.push_str(", ");
                }
                n += 1;
                match self.dialect {
                    Dialect::Postgres => {
                        out.push('$');
                        out.push_str(&n.to_string());
                    }
                    Dialect::Mysql | Dialect::Sqlite => out.push('?'),
                }
            }
            out.push(')');
        }
        out
    }

    /// PostgreSQL `COPY … FROM STDIN` in text format, sent in chunks of [`MAX_BATCH_ROWS`] rows.
    async fn copy_in(&mut self, statement: &str, rows: &[Vec<SqlValue>]) -> Result<u64, Error> {
        let Inner::Postgres(conn) = &mut self.inner else {
            return Err(Error::UnsupportedParameter("COPY outside PostgreSQL"));
        };
        self.statements += 1;
        let mut copy = conn.copy_in_raw(statement).await.map_err(crate::connection::query_error)?;
        let mut buffer = String::new();
        for chunk in rows.chunks(MAX_BATCH_ROWS) {
            buffer.clear();
            for values in chunk {
                for (i, value) in values.iter().enumerate() {
                    if i > 0 {
                        buffer.push('\t');
                    }
                    push_copy_text(&mut buffer, value);
                }
                buffer.push('\n');
            }
            if let Err(e) = copy.send(buffer.as_bytes()).await {
                let _ = copy.abort("seed aborted").await;
                return Err(crate::connection::query_error(e));
            }
        }
        copy.finish().await.map_err(crate::connection::query_error)
    }

    /// Closes the connection.
    pub async fn close(self) -> Result<(), Error> {
        let result = match self.inner {
            Inner::Postgres(c) => c.close().await,
            Inner::Mysql(c) => c.close().await,
            Inner::Sqlite(c) => c.close().await,
        };
        result.map_err(crate::connection::query_error)
    }
}

fn bind_all<'q, DB>(
    mut query: sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>,
    params: impl IntoIterator<Item = &'q SqlValue>,
) -> sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>
where
    DB: sqlx::Database,
    Option<String>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    bool: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    f64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    &'q [u8]: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    for param in params {
        query = match param {
            SqlValue::Null => query.bind(None::<String>),
            SqlValue::Bool(b) => query.bind(*b),
            SqlValue::Int(i) => query.bind(*i),
            SqlValue::Float(f) => query.bind(*f),
            SqlValue::Text(s) => query.bind(s.as_str()),
            SqlValue::Bytes(b) => query.bind(b.as_slice()),
        };
    }
    query
}

/// A PostgreSQL literal for a value (standard conforming strings): untyped string literals
/// take the type of the column they are compared with.
pub fn postgres_literal(value: &SqlValue) -> String {
    match value {
        SqlValue::Null => "NULL".to_owned(),
        SqlValue::Bool(b) => if *b { "true" } else { "false" }.to_owned(),
        SqlValue::Int(i) => format!("'{i}'"),
        SqlValue::Float(f) => format!("'{f}'"),
        SqlValue::Text(s) => format!("'{}'", s.replace('\'', "''")),
        SqlValue::Bytes(b) => format!("'\\x{}'", hex(b)),
    }
}

/// Appends a value in `COPY` text format: `\N` for NULL; backslash, tab, newline and carriage
/// return escaped; bytes as `\\x…` hex.
fn push_copy_text(out: &mut String, value: &SqlValue) {
    match value {
        SqlValue::Null => out.push_str("\\N"),
        SqlValue::Bool(b) => out.push(if *b { 't' } else { 'f' }),
        SqlValue::Int(i) => out.push_str(&i.to_string()),
        SqlValue::Float(f) => out.push_str(&f.to_string()),
        SqlValue::Text(s) => {
            for c in s.chars() {
                match c {
                    '\\' => out.push_str("\\\\"),
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    c => out.push(c),
                }
            }
        }
        SqlValue::Bytes(b) => {
            out.push_str("\\\\x");
            out.push_str(&hex(b));
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_text_escapes() {
        let mut s = String::new();
        for v in [
            SqlValue::Text("a\tb\\c\nd\re".into()),
            SqlValue::Null,
            SqlValue::Bytes(vec![0, 255]),
            SqlValue::Bool(true),
        ] {
            push_copy_text(&mut s, &v);
            s.push('|');
        }
        assert_eq!(s, "a\\tb\\\\c\\nd\\re|\\N|\\\\x00ff|t|");
    }

    #[test]
    fn literals_and_batches() {
        assert_eq!(postgres_literal(&SqlValue::Text("it's".into())), "'it''s'");
        assert_eq!(postgres_literal(&SqlValue::Int(7)), "'7'");
        assert_eq!(batch_rows(Dialect::Sqlite, 10), 3_276);
        assert_eq!(batch_rows(Dialect::Sqlite, 100), 327);
        assert_eq!(batch_rows(Dialect::Mysql, 10), 2_000);
        assert_eq!(batch_rows(Dialect::Mysql, 100_000), 1);
    }
}
