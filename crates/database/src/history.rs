//! Reading and writing `_prisma_migrations`, the migration history table, exactly as Prisma
//! does, so Prisma and Strata can take turns on one database.
//!
//! The rules (what to write, when) live in `migrate::history`, which is pure; this module only
//! moves values in and out of the table. It knows nothing of `migrate`'s types: rows come out as
//! [`StoredRow`] with times as the database returned them ([`StoredTime`]), and times go in as
//! Unix microseconds. The engine turns one into the other.
//!
//! What each dialect stores (Prisma's engine binds `chrono::Utc::now()`):
//!
//! | column | PostgreSQL | MySQL | SQLite |
//! |---|---|---|---|
//! | times | `TIMESTAMPTZ`, microseconds | `DATETIME(3)`, UTC, milliseconds | INTEGER Unix milliseconds (Prisma's own writes); Prisma also reads RFC 3339 text (its driver adapters) and `YYYY-MM-DD HH:MM:SS` (the column default) |
//! | `applied_steps_count` | `INTEGER` | `INTEGER UNSIGNED` | `INTEGER UNSIGNED` |
//!
//! Times are read back as whole microseconds since the epoch on PostgreSQL and MySQL (computed
//! by the server, so no driver date type is involved), and as the stored value on SQLite.

use crate::{Connection, Error, Param, Row, SqlValue};
use sql_schema::Dialect;

/// The history table's name (in the connection's schema on PostgreSQL).
pub const TABLE_NAME: &str = "_prisma_migrations";

/// A time as stored in the history table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredTime {
    /// Microseconds since the Unix epoch (PostgreSQL and MySQL, computed by the server).
    UnixMicros(i64),
    /// Milliseconds since the Unix epoch: an INTEGER (or REAL) on SQLite, as Prisma writes it.
    UnixMillis(i64),
    /// Text on SQLite: RFC 3339 (Prisma's driver adapters) or `YYYY-MM-DD HH:MM:SS` (the column
    /// default). Parse it with `migrate::history::Timestamp::parse`.
    Text(String),
}

/// One row of `_prisma_migrations`, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRow {
    /// The row's id (a UUID).
    pub id: String,
    /// SHA-256 of the script, hex.
    pub checksum: String,
    /// When the script finished (or the row was marked applied).
    pub finished_at: Option<StoredTime>,
    /// The migration folder's name.
    pub migration_name: String,
    /// The error of a failed attempt, `''` for `resolve --applied` rows, else NULL.
    pub logs: Option<String>,
    /// When `resolve` marked the attempt rolled back.
    pub rolled_back_at: Option<StoredTime>,
    /// When the attempt started (`None` only for a NULL that Prisma's DDL forbids).
    pub started_at: Option<StoredTime>,
    /// 1 after the script ran, else 0.
    pub applied_steps_count: i64,
}

/// Whether `_prisma_migrations` exists (in the URL's schema on PostgreSQL, the URL's database
/// on MySQL).
pub async fn table_exists(conn: &mut Connection) -> Result<bool, Error> {
    let (sql, params) = match conn.dialect() {
        Dialect::Postgres => (
            "SELECT 1 AS found FROM pg_catalog.pg_tables WHERE schemaname = $1 AND tablename = '_prisma_migrations'",
            vec![Param::Text(postgres_schema(conn))],
        ),
        Dialect::Mysql => (
            "SELECT 1 AS found FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() \
             AND TABLE_NAME = '_prisma_migrations'",
            vec![],
        ),
        Dialect::Sqlite => {
            ("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'", vec![])
        }
    };
    Ok(!conn.query_rows(sql, &params).await?.is_empty())
}

/// Whether the schema (PostgreSQL), database (MySQL) or file (SQLite) holds nothing that
/// `migrate deploy` would refuse to start on (P3005): no table other than `_prisma_migrations`,
/// no view, and on PostgreSQL no enum type — what Prisma's describer counts.
pub async fn is_empty_besides_history(conn: &mut Connection) -> Result<bool, Error> {
    let (sql, params) = match conn.dialect() {
        Dialect::Postgres => (
            "SELECT c.relname AS name FROM pg_catalog.pg_class c \
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname <> '_prisma_migrations' \
             UNION ALL SELECT t.typname FROM pg_catalog.pg_type t \
             JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typtype = 'e' \
             LIMIT 1",
            vec![Param::Text(postgres_schema(conn))],
        ),
        Dialect::Mysql => (
            "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() \
             AND TABLE_NAME <> '_prisma_migrations' LIMIT 1",
            vec![],
        ),
        Dialect::Sqlite => (
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
             AND name <> '_prisma_migrations' LIMIT 1",
            vec![],
        ),
    };
    Ok(conn.query_rows(sql, &params).await?.is_empty())
}

/// Creates the table with `ddl` (Prisma's exact `CREATE TABLE`, from
/// `migrate::history::history_table_ddl`). On PostgreSQL the URL's schema is created first if
/// it does not exist, as Prisma does.
pub async fn create_table(conn: &mut Connection, ddl: &str) -> Result<(), Error> {
    if conn.dialect() == Dialect::Postgres {
        let schema = postgres_schema(conn);
        let exists = "SELECT 1 AS found FROM pg_catalog.pg_namespace WHERE nspname = $1";
        if conn.query_rows(exists, &[Param::Text(schema.clone())]).await?.is_empty() {
            conn.raw_cmd(&format!("CREATE SCHEMA IF NOT EXISTS {}", Dialect::Postgres.quote_identifier(&schema)))
                .await?;
        }
    }
    conn.raw_cmd(ddl).await
}

/// Every row, oldest attempt first (`ORDER BY started_at`, as Prisma reads them).
pub async fn read_rows(conn: &mut Connection) -> Result<Vec<StoredRow>, Error> {
    let dialect = conn.dialect();
    let time = |column: &str| match dialect {
        Dialect::Postgres => format!("CAST(EXTRACT(EPOCH FROM {column}) * 1000000 AS BIGINT) AS {column}"),
        Dialect::Mysql => format!("TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', {column}) AS {column}"),
        Dialect::Sqlite => column.to_owned(),
    };
    let sql = format!(
        "SELECT id, checksum, {}, migration_name, logs, {}, {}, applied_steps_count FROM _prisma_migrations \
         ORDER BY started_at ASC",
        time("finished_at"),
        time("rolled_back_at"),
        time("started_at"),
    );
    let rows = conn.query_rows(&sql, &[]).await?;
    Ok(rows.iter().map(|row| stored_row(row, dialect)).collect())
}

fn stored_row(row: &Row, dialect: Dialect) -> StoredRow {
    let time = |column: &str| match (row.get(column), dialect) {
        (SqlValue::Null, _) => None,
        (SqlValue::Int(i), Dialect::Postgres | Dialect::Mysql) => Some(StoredTime::UnixMicros(*i)),
        (SqlValue::Int(i), Dialect::Sqlite) => Some(StoredTime::UnixMillis(*i)),
        (SqlValue::Float(f), _) => Some(StoredTime::UnixMillis(*f as i64)),
        (SqlValue::Text(s), _) => Some(StoredTime::Text(s.clone())),
        (SqlValue::Bytes(b), _) => Some(StoredTime::Text(String::from_utf8_lossy(b).into_owned())),
        (SqlValue::Bool(_), _) => None,
    };
    StoredRow {
        id: row.string("id"),
        checksum: row.string("checksum"),
        finished_at: time("finished_at"),
        migration_name: row.string("migration_name"),
        logs: row.text("logs").map(str::to_owned),
        rolled_back_at: time("rolled_back_at"),
        started_at: time("started_at"),
        applied_steps_count: row.int("applied_steps_count").unwrap_or(0),
    }
}

/// Inserts the row of an attempt that starts now: `id`, `checksum`, `started_at`,
/// `migration_name`; every other column keeps its default (`logs`, `finished_at`,
/// `rolled_back_at` NULL, `applied_steps_count` 0) — Prisma's `record_migration_started`.
pub async fn insert_started(
    conn: &mut Connection,
    id: &str,
    migration_name: &str,
    checksum: &str,
    now_micros: i64,
) -> Result<(), Error> {
    let dialect = conn.dialect();
    let sql = format!(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ({}, {}, {}, {})",
        placeholder(dialect, 1),
        placeholder(dialect, 2),
        time_literal(dialect, now_micros),
        placeholder(dialect, 3),
    );
    let params = [Param::Text(id.into()), Param::Text(checksum.into()), Param::Text(migration_name.into())];
    conn.query_rows(&sql, &params).await.map(drop)
}

/// [`insert_started`] as one self-contained literal statement (no parameters), to send in the
/// same message or transaction as the script it records.
pub fn insert_started_sql(dialect: Dialect, id: &str, migration_name: &str, checksum: &str, now_micros: i64) -> String {
    format!(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ({}, {}, {}, {})",
        dialect.quote_string(id),
        dialect.quote_string(checksum),
        time_literal(dialect, now_micros),
        dialect.quote_string(migration_name),
    )
}

/// Whether the row `id` exists (after a rolled-back transaction that held its insert).
pub async fn row_exists(conn: &mut Connection, id: &str) -> Result<bool, Error> {
    let sql = format!("SELECT 1 AS found FROM _prisma_migrations WHERE id = {}", placeholder(conn.dialect(), 1));
    Ok(!conn.query_rows(&sql, &[Param::Text(id.into())]).await?.is_empty())
}

/// Inserts the row `resolve --applied` writes: `logs` '', `started_at` = `finished_at` = now,
/// `applied_steps_count` 0.
pub async fn insert_marked_applied(
    conn: &mut Connection,
    id: &str,
    migration_name: &str,
    checksum: &str,
    now_micros: i64,
) -> Result<(), Error> {
    let dialect = conn.dialect();
    let now = time_literal(dialect, now_micros);
    let sql = format!(
        "INSERT INTO _prisma_migrations (id, checksum, started_at, finished_at, migration_name, logs, \
         applied_steps_count) VALUES ({}, {}, {now}, {now}, {}, '', 0)",
        placeholder(dialect, 1),
        placeholder(dialect, 2),
        placeholder(dialect, 3),
    );
    let params = [Param::Text(id.into()), Param::Text(checksum.into()), Param::Text(migration_name.into())];
    conn.query_rows(&sql, &params).await.map(drop)
}

/// The statement that records a successful script: `applied_steps_count + 1` and `finished_at`
/// (Prisma's `record_successful_step` and `record_migration_finished`, in one statement). With
/// `now_micros` `None`, the server's clock at the moment the statement runs
/// (`clock_timestamp()` on PostgreSQL): for appending to the script itself, so the script and
/// its bookkeeping commit together. A self-contained literal statement (no parameters).
pub fn finish_sql(dialect: Dialect, id: &str, now_micros: Option<i64>) -> String {
    let now = match now_micros {
        Some(micros) => time_literal(dialect, micros),
        None => match dialect {
            Dialect::Postgres => "clock_timestamp()".to_owned(),
            Dialect::Mysql => "UTC_TIMESTAMP(3)".to_owned(),
            Dialect::Sqlite => "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)".to_owned(),
        },
    };
    format!(
        "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = {now} WHERE id = {}",
        dialect.quote_string(id)
    )
}

/// Records a successful script now (see [`finish_sql`]).
pub async fn finish(conn: &mut Connection, id: &str, now_micros: i64) -> Result<(), Error> {
    let sql = finish_sql(conn.dialect(), id, Some(now_micros));
    conn.raw_cmd(&sql).await
}

/// Records a failed script: `logs` = the error; the row stays unfinished (Prisma's
/// `record_failed_step`).
pub async fn fail(conn: &mut Connection, id: &str, logs: &str) -> Result<(), Error> {
    let dialect = conn.dialect();
    let sql = format!(
        "UPDATE _prisma_migrations SET logs = {} WHERE id = {}",
        placeholder(dialect, 1),
        placeholder(dialect, 2)
    );
    conn.query_rows(&sql, &[Param::Text(logs.into()), Param::Text(id.into())]).await.map(drop)
}

/// The statement that marks the row `id` rolled back at `now_micros`, as one self-contained
/// literal statement, to send in the same transaction as a down script (`migrate down`).
pub fn roll_back_sql(dialect: Dialect, id: &str, now_micros: i64) -> String {
    format!(
        "UPDATE _prisma_migrations SET rolled_back_at = {} WHERE id = {}",
        time_literal(dialect, now_micros),
        dialect.quote_string(id)
    )
}

/// Marks the rows `ids` rolled back now (`resolve`).
pub async fn roll_back(conn: &mut Connection, ids: &[String], now_micros: i64) -> Result<(), Error> {
    let dialect = conn.dialect();
    for id in ids {
        let sql = format!(
            "UPDATE _prisma_migrations SET rolled_back_at = {} WHERE id = {}",
            time_literal(dialect, now_micros),
            placeholder(dialect, 1)
        );
        conn.query_rows(&sql, &[Param::Text(id.clone())]).await?;
    }
    Ok(())
}

/// The URL's schema on PostgreSQL.
fn postgres_schema(conn: &Connection) -> String {
    conn.info().schema().unwrap_or("public").to_owned()
}

fn placeholder(dialect: Dialect, n: usize) -> String {
    match dialect {
        Dialect::Postgres => format!("${n}"),
        Dialect::Mysql | Dialect::Sqlite => "?".to_owned(),
    }
}

/// A UTC instant as a literal of the column's type: exact, with no time-zone conversion.
fn time_literal(dialect: Dialect, micros: i64) -> String {
    match dialect {
        Dialect::Postgres => format!("(TIMESTAMPTZ 'epoch' + INTERVAL '1 microsecond' * {micros})"),
        // DATETIME(3): milliseconds, UTC, whatever the session's time zone.
        Dialect::Mysql => {
            format!("TIMESTAMPADD(MICROSECOND, {}, '1970-01-01 00:00:00')", micros.div_euclid(1000) * 1000)
        }
        Dialect::Sqlite => micros.div_euclid(1000).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_exact_literals() {
        assert_eq!(
            time_literal(Dialect::Postgres, 1_706_702_400_123_456),
            "(TIMESTAMPTZ 'epoch' + INTERVAL '1 microsecond' * 1706702400123456)"
        );
        assert_eq!(
            time_literal(Dialect::Mysql, 1_706_702_400_123_456),
            "TIMESTAMPADD(MICROSECOND, 1706702400123000, '1970-01-01 00:00:00')"
        );
        assert_eq!(time_literal(Dialect::Sqlite, 1_706_702_400_123_456), "1706702400123");
    }

    #[test]
    fn finish_quotes_the_id() {
        assert_eq!(
            finish_sql(Dialect::Sqlite, "a'b", Some(1000)),
            "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = 1 WHERE id = \
             'a''b'"
        );
    }
}
