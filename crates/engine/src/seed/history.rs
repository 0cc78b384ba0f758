//! `_strata_seeds`: one row per seed file applied — set, file, SHA-256 of its bytes, when, and
//! how many rows it inserted, updated, left unchanged and pruned. A file whose checksum equals
//! the last one recorded for it is skipped on the next run (unless `--force` or `--prune`).

use super::value::format_datetime;
use database::bulk::BulkConnection;
use database::SqlValue;
use sql_schema::Dialect;
use std::collections::HashMap;

/// The table's name.
pub const SEEDS_TABLE: &str = "_strata_seeds";

/// `CREATE TABLE IF NOT EXISTS` for the dialect.
pub fn create_table_sql(dialect: Dialect) -> String {
    let counts = "\"inserted\" INTEGER NOT NULL, \"updated\" INTEGER NOT NULL, \"unchanged\" INTEGER NOT NULL, \"pruned\" INTEGER NOT NULL";
    match dialect {
        Dialect::Postgres => format!(
            "CREATE TABLE IF NOT EXISTS \"{SEEDS_TABLE}\" (\"id\" SERIAL PRIMARY KEY, \"set_name\" TEXT NOT NULL, \"file_name\" TEXT NOT NULL, \"checksum\" VARCHAR(64) NOT NULL, \"applied_at\" TIMESTAMPTZ NOT NULL, {counts})"
        ),
        Dialect::Sqlite => format!(
            "CREATE TABLE IF NOT EXISTS \"{SEEDS_TABLE}\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"set_name\" TEXT NOT NULL, \"file_name\" TEXT NOT NULL, \"checksum\" TEXT NOT NULL, \"applied_at\" TEXT NOT NULL, {counts})"
        ),
        Dialect::Mysql => format!(
            "CREATE TABLE IF NOT EXISTS `{SEEDS_TABLE}` (`id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, `set_name` VARCHAR(191) NOT NULL, `file_name` VARCHAR(191) NOT NULL, `checksum` CHAR(64) NOT NULL, `applied_at` DATETIME(3) NOT NULL, {}) DEFAULT CHARACTER SET utf8mb4",
            counts.replace('"', "`")
        ),
    }
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    /// The set.
    pub set: String,
    /// The file name.
    pub file: String,
    /// SHA-256 hex.
    pub checksum: String,
}

/// The last checksum recorded per (set, file); empty if the table does not exist yet.
pub async fn last_checksums(conn: &mut BulkConnection) -> Result<HashMap<(String, String), String>, database::Error> {
    let q = |s: &str| conn.dialect().quote_identifier(s);
    let sql = format!(
        "SELECT {}, {}, {} FROM {} ORDER BY {}",
        q("set_name"),
        q("file_name"),
        q("checksum"),
        q(SEEDS_TABLE),
        q("id")
    );
    if !exists(conn).await? {
        return Ok(HashMap::new());
    }
    let rows = conn.query(&sql, &[]).await?;
    Ok(rows.iter().map(|r| ((r.string("set_name"), r.string("file_name")), r.string("checksum"))).collect())
}

async fn exists(conn: &mut BulkConnection) -> Result<bool, database::Error> {
    let sql = match conn.dialect() {
        Dialect::Postgres => format!("SELECT 1 AS x FROM pg_catalog.pg_tables WHERE tablename = '{SEEDS_TABLE}' AND schemaname = current_schema()"),
        Dialect::Mysql => format!("SELECT 1 AS x FROM information_schema.tables WHERE table_name = '{SEEDS_TABLE}' AND table_schema = DATABASE()"),
        Dialect::Sqlite => format!("SELECT 1 AS x FROM sqlite_master WHERE type = 'table' AND name = '{SEEDS_TABLE}'"),
    };
    Ok(!conn.query(&sql, &[]).await?.is_empty())
}

/// Records applied files: (set, file, checksum, inserted, updated, unchanged, pruned).
pub async fn record(
    conn: &mut BulkConnection,
    now_micros: i64,
    entries: &[(String, String, String, [usize; 4])],
) -> Result<(), database::Error> {
    if entries.is_empty() {
        return Ok(());
    }
    let dialect = conn.dialect();
    let applied_at = match dialect {
        Dialect::Postgres => format!("{}+00", format_datetime(now_micros)),
        Dialect::Mysql => format_datetime(now_micros),
        Dialect::Sqlite => format!("{}Z", format_datetime(now_micros).replace(' ', "T")),
    };
    let columns = ["set_name", "file_name", "checksum", "applied_at", "inserted", "updated", "unchanged", "pruned"];
    let rows: Vec<Vec<SqlValue>> = entries
        .iter()
        .map(|(set, file, checksum, counts)| {
            let mut row = vec![
                SqlValue::Text(set.clone()),
                SqlValue::Text(file.clone()),
                SqlValue::Text(checksum.clone()),
                SqlValue::Text(applied_at.clone()),
            ];
            row.extend(counts.iter().map(|c| SqlValue::Int(*c as i64)));
            row
        })
        .collect();
    conn.insert(&dialect.quote_identifier(SEEDS_TABLE), &columns, &rows).await.map(drop)
}
