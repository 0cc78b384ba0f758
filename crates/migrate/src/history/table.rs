//! `_prisma_migrations` itself: its DDL per dialect, and the lock Prisma takes around
//! `deploy`, `dev` and `resolve` — both copied from Prisma's engine
//! (`schema-engine/connectors/sql-schema-connector/src/flavour/{postgres,mysql,sqlite}.rs`).

use sql_schema::Dialect;
use std::time::Duration;

/// The history table's name (in the connection's default schema on PostgreSQL).
pub const TABLE_NAME: &str = "_prisma_migrations";

/// The key of the session-level advisory lock Prisma takes on PostgreSQL
/// (`SELECT pg_advisory_lock(72707369)`); never taken on CockroachDB.
pub const POSTGRES_ADVISORY_LOCK_KEY: i64 = 72_707_369;

/// The name of the MySQL user lock (`SELECT GET_LOCK('prisma_migrate', 10)`); not taken on
/// PlanetScale.
pub const MYSQL_LOCK_NAME: &str = "prisma_migrate";

/// How long Prisma waits for the lock: PostgreSQL times the call out client-side and fails;
/// MySQL passes it to `GET_LOCK` and does not check the result (0 after a timeout).
pub const LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// Reads the rows the way Prisma does (oldest attempt first). Valid on all three dialects.
pub const SELECT_ROWS: &str = "SELECT id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, \
                               applied_steps_count FROM _prisma_migrations ORDER BY started_at ASC";

const POSTGRES_DDL: &str = "CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);
";

const MYSQL_DDL: &str = "CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
";

const SQLITE_DDL: &str = "CREATE TABLE \"_prisma_migrations\" (
    \"id\"                    TEXT PRIMARY KEY NOT NULL,
    \"checksum\"              TEXT NOT NULL,
    \"finished_at\"           DATETIME,
    \"migration_name\"        TEXT NOT NULL,
    \"logs\"                  TEXT,
    \"rolled_back_at\"        DATETIME,
    \"started_at\"            DATETIME NOT NULL DEFAULT current_timestamp,
    \"applied_steps_count\"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);
";

/// Prisma's exact `CREATE TABLE _prisma_migrations` for `dialect`, byte for byte (SQLite
/// stores it verbatim in `sqlite_master`, so Prisma and Strata tables look identical there).
pub fn history_table_ddl(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => POSTGRES_DDL,
        Dialect::Mysql => MYSQL_DDL,
        Dialect::Sqlite => SQLITE_DDL,
    }
}

/// The statement Prisma runs to take its migration lock on `dialect`. PostgreSQL: a session
/// advisory lock, released when the connection closes. MySQL: a named user lock. SQLite: the
/// connection switches to exclusive locking mode, so the file stays locked from its first write
/// until the connection closes.
pub fn acquire_lock_sql(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => "SELECT pg_advisory_lock(72707369)",
        Dialect::Mysql => "SELECT GET_LOCK('prisma_migrate', 10)",
        Dialect::Sqlite => "PRAGMA main.locking_mode=EXCLUSIVE",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_as_in_prisma() {
        for dialect in Dialect::ALL {
            let ddl = history_table_ddl(dialect);
            assert!(ddl.ends_with(";\n"));
            let columns: Vec<&str> = ddl.lines().skip(1).filter(|l| l.starts_with("    ")).collect();
            assert_eq!(columns.len(), 8, "{dialect:?}");
            for line in columns {
                // Every type starts in column 29 (4 spaces of indentation + a 24-wide name).
                assert_eq!(line.as_bytes()[27], b' ', "{line}");
                assert_ne!(line.as_bytes()[28], b' ', "{line}");
            }
        }
    }

    #[test]
    fn lock_statements_use_the_constants() {
        assert!(acquire_lock_sql(Dialect::Postgres).contains(&POSTGRES_ADVISORY_LOCK_KEY.to_string()));
        assert!(acquire_lock_sql(Dialect::Mysql).contains(MYSQL_LOCK_NAME));
        assert!(acquire_lock_sql(Dialect::Mysql).contains(&LOCK_TIMEOUT.as_secs().to_string()));
    }
}
