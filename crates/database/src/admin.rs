//! Creating and dropping whole databases: shadow databases, `migrate reset`, tests.
//!
//! On PostgreSQL and MySQL these run on a second, short-lived connection to the same server
//! (PostgreSQL's `postgres` maintenance database, or `template1` when the target is
//! `postgres`; MySQL without a default database). On SQLite the database is the file.

use crate::connection::{missing_file, sqlite_options, Connection, RetryPolicy};
use crate::url::SqliteUrl;
use crate::{ConnectionInfo, Error};
use sqlx::{ConnectOptions as _, Connection as _};
use std::path::Path;

/// Creates the database `info` names. PostgreSQL and MySQL: fails with P1009
/// ([`Error::DatabaseAlreadyExists`]) if it exists; MySQL databases get
/// `utf8mb4`/`utf8mb4_unicode_ci` as Prisma's do. SQLite: creates the file and its directory,
/// and succeeds if the file exists.
pub async fn create_database(info: &ConnectionInfo) -> Result<(), Error> {
    let name = info.database_name();
    let sql = match info {
        ConnectionInfo::Postgres(_) => format!("CREATE DATABASE {}", quote_postgres(&name)),
        ConnectionInfo::Mysql(_) => {
            format!("CREATE DATABASE {} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", quote_mysql(&name))
        }
        ConnectionInfo::Sqlite(sqlite) => return create_sqlite_file(sqlite).await,
    };
    let mut admin = admin_connection(info).await?;
    let result = admin.raw_cmd(&sql).await;
    let _ = admin.close().await;
    match result {
        Err(Error::Query { code: Some(code), .. }) if code == "42P04" || code == "1007" => {
            let (host, port) = info.host_and_port().unwrap_or_default();
            Err(Error::DatabaseAlreadyExists { database: name, host: host.to_owned(), port })
        }
        other => other,
    }
}

/// Drops the database `info` names, if it exists. PostgreSQL: other sessions on it are
/// terminated first. SQLite: deletes the file and its `-journal`, `-wal` and `-shm` files.
pub async fn drop_database(info: &ConnectionInfo) -> Result<(), Error> {
    let name = info.database_name();
    // Separate commands: a multi-statement script is one transaction on PostgreSQL, and
    // `DROP DATABASE` cannot run inside one.
    let commands = match info {
        ConnectionInfo::Postgres(_) => vec![
            format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = {} AND pid <> pg_backend_pid()",
                quote_literal(&name)
            ),
            format!("DROP DATABASE IF EXISTS {}", quote_postgres(&name)),
        ],
        ConnectionInfo::Mysql(_) => vec![format!("DROP DATABASE IF EXISTS {}", quote_mysql(&name))],
        ConnectionInfo::Sqlite(sqlite) => return delete_sqlite_files(&sqlite.path),
    };
    let mut admin = admin_connection(info).await?;
    let mut result = Ok(());
    for command in &commands {
        result = admin.raw_cmd(command).await;
        if result.is_err() {
            break;
        }
    }
    let _ = admin.close().await;
    result
}

/// Whether the database `info` names exists.
pub async fn database_exists(info: &ConnectionInfo) -> Result<bool, Error> {
    let name = info.database_name();
    let sql = match info {
        ConnectionInfo::Postgres(_) => "SELECT 1 AS found FROM pg_database WHERE datname = $1",
        ConnectionInfo::Mysql(_) => "SELECT 1 AS found FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?",
        ConnectionInfo::Sqlite(sqlite) => return Ok(sqlite.path.exists()),
    };
    let mut admin = admin_connection(info).await?;
    let result = admin.query_rows(sql, &[crate::Param::Text(name)]).await;
    let _ = admin.close().await;
    Ok(!result?.is_empty())
}

/// A connection to the server of `info` that does not use `info`'s database.
async fn admin_connection(info: &ConnectionInfo) -> Result<Connection, Error> {
    let admin = match info {
        ConnectionInfo::Postgres(pg) if pg.database == "postgres" => info.with_database("template1"),
        ConnectionInfo::Postgres(_) => info.with_database("postgres"),
        ConnectionInfo::Mysql(_) => info.with_database(""),
        ConnectionInfo::Sqlite(_) => info.clone(),
    };
    Connection::connect_with(&admin, &RetryPolicy::default()).await
}

async fn create_sqlite_file(sqlite: &SqliteUrl) -> Result<(), Error> {
    if let Some(dir) = sqlite.path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| Error::File {
            action: "creating the directory",
            path: dir.to_path_buf(),
            source,
        })?;
    }
    let conn = sqlite_options(sqlite, true).connect().await.map_err(|e| match e {
        sqlx::Error::Io(io) if io.kind() == std::io::ErrorKind::NotFound => missing_file(sqlite),
        other => crate::connection::query_error(other),
    })?;
    conn.close().await.map_err(crate::connection::query_error)
}

fn delete_sqlite_files(path: &Path) -> Result<(), Error> {
    let mut candidates = vec![path.to_path_buf()];
    for suffix in ["-journal", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        candidates.push(name.into());
    }
    for file in candidates {
        match std::fs::remove_file(&file) {
            Ok(()) => (),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (),
            Err(source) => return Err(Error::File { action: "deleting", path: file, source }),
        }
    }
    Ok(())
}

/// `"name"`, with embedded double quotes doubled.
pub(crate) fn quote_postgres(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `` `name` ``, with embedded backticks doubled.
pub(crate) fn quote_mysql(name: &str) -> String {
    format!("`{}`", name.replace('`', "``"))
}

/// `'text'`, with embedded single quotes doubled.
fn quote_literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}
