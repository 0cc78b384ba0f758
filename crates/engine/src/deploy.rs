//! `migrate deploy`: apply every pending migration, with Prisma's rules and bookkeeping.
//!
//! The sequence, top to bottom in [`deploy`]:
//! 1. take the migration lock ([`database::lock`]);
//! 2. if `_prisma_migrations` is missing: P3005 if the database holds anything else, else create
//!    it with Prisma's DDL;
//! 3. read the rows and `plan` them against the folder: stop on failed migrations (P3009) or
//!    a pending folder without `migration.sql` (P3015); note applied migrations whose script
//!    was modified since (Strata only: Prisma says nothing);
//! 4. for each pending migration, in folder order: insert the started row, run the script as
//!    its dialect allows ([`execute::apply_mode`]), then mark the row finished — or store the
//!    error in `logs` and stop (P3018);
//! 5. release the lock.
//!
//! The rows are exactly Prisma's: a random UUID `id`, the script's checksum, `started_at`, then
//! `applied_steps_count` 1 and `finished_at`; after a failure `logs` and no `finished_at`.
//!
//! [`prepare`], [`Target`] and [`MigrateError`] are shared with `status` and `resolve`.

use crate::execute::{self, ApplyMode};
use crate::migrations_dir::{self, MigrationsDir, MigrationsDirError};
use crate::schema::{locate_and_load, SchemaLocation};
use crate::url::{self, UrlError, UrlPurpose, UrlRequest, UrlSource};
use crate::EngineError;
use database::history::{self as table, StoredRow, StoredTime};
use database::lock::{LockError, MigrationLock};
use database::{Connection, ConnectionInfo};
use migrate::history::{self, messages, HistoryError, HistoryRow, Timestamp};
use sql_schema::Dialect;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The database and migrations folder a `migrate` command works on.
#[derive(Debug, Clone)]
pub struct Target {
    /// The schema file or folder, as given or found.
    pub schema_path: PathBuf,
    /// The datasource block's name (`db`).
    pub datasource_name: String,
    /// The datasource's canonical provider (`postgresql`, `mysql`, `sqlite`).
    pub provider: String,
    /// The SQL dialect.
    pub dialect: Dialect,
    /// The database.
    pub info: ConnectionInfo,
    /// Where the URL came from.
    pub url_source: UrlSource,
    /// The migrations folder as read.
    pub migrations: MigrationsDir,
    /// The migrations folder relative to the working directory, for messages
    /// (`prisma/migrations`).
    pub migrations_display: String,
}

impl Target {
    /// P3019 when `migration_lock.toml` names another provider.
    pub fn check_provider(&self) -> Result<(), MigrateError> {
        self.migrations.check_provider(&self.provider).map_err(MigrateError::History)
    }

    /// Prisma's first line: `Datasource "db": PostgreSQL database "app", schema "public" at
    /// "localhost:5432"` (never a password).
    pub fn datasource_line(&self) -> String {
        let name = &self.datasource_name;
        match &self.info {
            ConnectionInfo::Postgres(pg) => format!(
                "Datasource \"{name}\": PostgreSQL database \"{}\", schema \"{}\" at \"{}:{}\"",
                pg.database, pg.schema, pg.host, pg.port
            ),
            ConnectionInfo::Mysql(my) => {
                format!("Datasource \"{name}\": MySQL database \"{}\" at \"{}:{}\"", my.database, my.host, my.port)
            }
            ConnectionInfo::Sqlite(sqlite) => format!(
                "Datasource \"{name}\": SQLite database \"{}\" at \"file:{}\"",
                sqlite.file_name(),
                sqlite.path.display()
            ),
        }
    }

    /// Prisma's line after creating the database: `SQLite database dev.db created at
    /// file:/path/dev.db`, `PostgreSQL database app created at localhost:5432`.
    pub fn created_line(&self) -> String {
        match &self.info {
            ConnectionInfo::Postgres(pg) => {
                format!("PostgreSQL database {} created at {}:{}", pg.database, pg.host, pg.port)
            }
            ConnectionInfo::Mysql(my) => format!("MySQL database {} created at {}:{}", my.database, my.host, my.port),
            ConnectionInfo::Sqlite(sqlite) => {
                format!("SQLite database {} created at file:{}", sqlite.file_name(), sqlite.path.display())
            }
        }
    }

    /// `N migrations found in prisma/migrations`, with the real folder.
    pub fn found_line(&self) -> String {
        let dir = &self.migrations_display;
        match self.migrations.migrations.len() {
            0 => format!("No migration found in {dir}"),
            1 => format!("1 migration found in {dir}"),
            n => format!("{n} migrations found in {dir}"),
        }
    }
}

/// An error of `migrate deploy`, `status` or `resolve`.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MigrateError {
    /// The schema could not be found or read.
    #[error(transparent)]
    Schema(#[from] EngineError),
    /// The schema has no datasource.
    #[error("The schema at {} has no datasource block: add one with the provider of your database.", path.display())]
    NoDatasource {
        /// The schema.
        path: PathBuf,
    },
    /// The provider has no SQL migrations (MongoDB, SQL Server).
    #[error("The provider `{provider}` is not supported by Strata's migrations: use postgresql, mysql or sqlite.")]
    UnsupportedProvider {
        /// The provider.
        provider: String,
    },
    /// No usable URL.
    #[error(transparent)]
    Url(#[from] UrlError),
    /// The migrations folder could not be read.
    #[error(transparent)]
    MigrationsDir(#[from] MigrationsDirError),
    /// A rule of the migration history (P3008, P3009, P3011, P3012, P3015, P3017, P3019).
    #[error(transparent)]
    History(#[from] HistoryError),
    /// P3005: the database has tables but no `_prisma_migrations`.
    #[error("{}", messages::DATABASE_SCHEMA_NOT_EMPTY)]
    NotEmpty,
    /// The migration lock could not be taken.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// Connecting or bookkeeping failed.
    #[error(transparent)]
    Database(#[from] database::Error),
    /// P3018: a migration's script failed.
    #[error("{}", messages::apply_migration_error(migration_name, database_error_code, database_error))]
    MigrationFailed {
        /// The migration.
        migration_name: String,
        /// The database's error code (SQLSTATE, MySQL error number, SQLite result code).
        database_error_code: String,
        /// The database's message.
        database_error: String,
        /// How the script ran.
        mode: ApplyMode,
        /// Statement by statement (MySQL): how many succeeded, and how many there were.
        statements: Option<(usize, usize)>,
    },
    /// A history row holds a time Strata cannot read.
    #[error(
        "The row {id} of _prisma_migrations (migration {migration_name}) has an unreadable {column}: {value:?}. \
         Expected a time as Prisma writes it."
    )]
    UnreadableRow {
        /// The row's id.
        id: String,
        /// Its migration.
        migration_name: String,
        /// The column.
        column: &'static str,
        /// What it holds.
        value: String,
    },
}

impl MigrateError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            MigrateError::History(e) => Some(e.code()),
            MigrateError::NotEmpty => Some("P3005"),
            MigrateError::MigrationFailed { .. } => Some("P3018"),
            MigrateError::Url(e) => e.code(),
            MigrateError::Database(e) => e.code(),
            MigrateError::Lock(LockError::Database(e)) => e.code(),
            _ => None,
        }
    }

    /// Strata's advice after the error, if any (never part of Prisma's text).
    pub fn hint(&self) -> Option<String> {
        match self {
            MigrateError::MigrationFailed { migration_name, mode, statements, .. } => {
                let effect = match (mode.is_atomic(), statements) {
                    (true, _) => "It ran in a transaction: none of its statements were applied.".to_owned(),
                    (false, Some((done, total))) => format!(
                        "{done} of its {total} statements had been applied before the failing one; they stay applied \
                         (MySQL cannot roll back DDL)."
                    ),
                    (false, None) => "Statements before the failing one stay applied.".to_owned(),
                };
                Some(format!(
                    "{effect}\nFix the migration or the database, then mark the attempt rolled back and deploy again:\n  \
                     strata migrate resolve --rolled-back \"{migration_name}\"\n  strata migrate deploy"
                ))
            }
            MigrateError::History(HistoryError::FailedMigrations { failed }) => {
                let first = failed.first().map(|f| f.name.as_str()).unwrap_or_default();
                Some(format!(
                    "Run `strata migrate status` to see them. Then, for each:\n  strata migrate resolve --rolled-back \
                     \"{first}\"   (you undid what it did; deploy will run it again)\n  strata migrate resolve \
                     --applied \"{first}\"       (you completed it by hand)"
                ))
            }
            MigrateError::NotEmpty => Some(
                "The database already has tables but no migration history. Baseline it: for each migration the \
                 database already contains, run `strata migrate resolve --applied <migration>`, then \
                 `strata migrate deploy`."
                    .to_owned(),
            ),
            _ => None,
        }
    }
}

/// Reads the schema's datasource, resolves the URL (`--url`, else `directUrl`, else `url`) and
/// reads the migrations folder beside the schema. Touches no database.
pub fn prepare(schema: Option<&Path>, explicit_url: Option<&str>, cwd: &Path) -> Result<Target, MigrateError> {
    let loaded = locate_and_load(schema, cwd)?;
    // Like Prisma's `migrate deploy`, only the configuration matters here: errors in models do
    // not stop a deploy.
    let validated = loaded.validate();
    let schema_path = loaded.location.path().to_path_buf();
    let datasource =
        validated.configuration.datasource().ok_or_else(|| MigrateError::NoDatasource { path: schema_path.clone() })?;
    let provider = datasource.active_provider.as_str().to_owned();
    let dialect = Dialect::from_provider(&provider)
        .ok_or_else(|| MigrateError::UnsupportedProvider { provider: provider.clone() })?;
    let dir = execute::schema_dir(&loaded.location);
    let resolved = url::resolve(UrlRequest {
        explicit: explicit_url,
        datasource: Some(datasource),
        schema_path: Some(&schema_path),
        schema_dir: Some(&dir),
        cwd,
        purpose: UrlPurpose::Migrate,
    })?;
    let migrations_rel = match &loaded.location {
        SchemaLocation::File(_) | SchemaLocation::Folder(_) => dir.join("migrations"),
    };
    let migrations_full = if migrations_rel.is_absolute() { migrations_rel.clone() } else { cwd.join(&migrations_rel) };
    let mut migrations = migrations_dir::read(&migrations_full)?;
    migrations.path = migrations_full;
    let display = migrations_rel.strip_prefix(".").unwrap_or(&migrations_rel).display().to_string();
    Ok(Target {
        schema_path,
        datasource_name: datasource.name.clone(),
        provider,
        dialect,
        info: resolved.info,
        url_source: resolved.source,
        migrations,
        migrations_display: display,
    })
}

/// Creates the database if it does not exist yet, as Prisma's `migrate deploy` does: the SQLite
/// file (and its folder), or the PostgreSQL/MySQL database. Returns whether it was created.
pub async fn ensure_database(info: &ConnectionInfo) -> Result<bool, MigrateError> {
    match info {
        ConnectionInfo::Sqlite(sqlite) if sqlite.path.exists() => Ok(false),
        ConnectionInfo::Sqlite(_) => database::create_database(info).await.map(|()| true).map_err(Into::into),
        _ => match Connection::connect(info).await {
            Ok(conn) => {
                let _ = conn.close().await;
                Ok(false)
            }
            Err(database::Error::DatabaseDoesNotExist { .. }) => {
                database::create_database(info).await?;
                Ok(true)
            }
            Err(e) => Err(e.into()),
        },
    }
}

/// Options of [`deploy`].
#[derive(Debug, Clone)]
pub struct DeployOptions {
    /// How long to wait for the migration lock.
    pub lock_timeout: Duration,
}

impl Default for DeployOptions {
    fn default() -> Self {
        DeployOptions { lock_timeout: database::lock::DEFAULT_TIMEOUT }
    }
}

/// One migration `deploy` applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedMigration {
    /// The folder name.
    pub name: String,
    /// How long it took, bookkeeping included.
    pub duration: Duration,
    /// How the script ran.
    pub mode: ApplyMode,
}

/// What `deploy` did.
#[derive(Debug, Clone)]
pub struct DeployReport {
    /// `_prisma_migrations` was created.
    pub created_history_table: bool,
    /// The migrations applied, in order.
    pub applied: Vec<AppliedMigration>,
    /// Applied migrations whose `migration.sql` changed since (deploy does not re-run them).
    pub modified: Vec<String>,
    /// Lock, bookkeeping and scripts.
    pub duration: Duration,
}

/// `deploy` stopped: the error, and what it had applied before.
#[derive(Debug)]
pub struct DeployFailure {
    /// What stopped it.
    pub error: MigrateError,
    /// What was applied before.
    pub applied: Vec<AppliedMigration>,
    /// Applied migrations whose script changed since.
    pub modified: Vec<String>,
}

impl From<MigrateError> for DeployFailure {
    fn from(error: MigrateError) -> Self {
        DeployFailure { error, applied: Vec::new(), modified: Vec::new() }
    }
}

/// `migrate deploy` on `target` (see the module docs). Never prompts.
pub async fn deploy(target: &Target, options: &DeployOptions) -> Result<DeployReport, DeployFailure> {
    let started = Instant::now();
    let mut conn = Connection::connect(&target.info).await.map_err(MigrateError::from)?;
    let lock = match MigrationLock::acquire(&mut conn, options.lock_timeout).await {
        Ok(lock) => lock,
        Err(e) => {
            drop(conn);
            return Err(MigrateError::from(e).into());
        }
    };
    let mut report = DeployReport {
        created_history_table: false,
        applied: Vec::new(),
        modified: Vec::new(),
        duration: Duration::ZERO,
    };
    let result = apply_pending(&mut conn, target, &mut report).await;
    let released = lock.release(&mut conn).await;
    let _ = conn.close().await;
    report.duration = started.elapsed();
    match (result, released) {
        (Err(error), _) => Err(DeployFailure { error, applied: report.applied, modified: report.modified }),
        (Ok(()), Err(e)) => Err(DeployFailure { error: e.into(), applied: report.applied, modified: report.modified }),
        (Ok(()), Ok(())) => Ok(report),
    }
}

async fn apply_pending(conn: &mut Connection, target: &Target, report: &mut DeployReport) -> Result<(), MigrateError> {
    let rows = read_history(conn).await?;
    if rows.is_none() {
        if !table::is_empty_besides_history(conn).await? {
            return Err(MigrateError::NotEmpty);
        }
        table::create_table(conn, history::history_table_ddl(target.dialect)).await?;
        report.created_history_table = true;
    }
    let state = history::plan(&target.migrations.migrations, rows.as_deref());
    let plan = state.deploy.clone().map_err(|e| match e {
        HistoryError::MigrationFileNotFound { migration_name, .. } => {
            target.migrations.missing_script_error(&migration_name)
        }
        other => other,
    })?;
    report.modified = state
        .migrations
        .iter()
        .filter(|m| m.modified && m.status == history::MigrationStatus::Applied)
        .map(|m| m.name.clone())
        .collect();
    for name in &plan.to_apply {
        let Some(script) = target.migrations.migrations.iter().find(|m| m.name() == name).and_then(|m| m.script())
        else {
            return Err(target.migrations.missing_script_error(name).into());
        };
        let started = Instant::now();
        let mode = apply_one(conn, name, script).await?;
        report.applied.push(AppliedMigration { name: name.clone(), duration: started.elapsed(), mode });
    }
    Ok(())
}

/// Inserts the started row, runs the script, and finishes or fails the row.
///
/// Where the script runs in a transaction, the started row is inserted in it too: the script
/// and its bookkeeping commit together (one commit per migration), and an interrupted attempt
/// leaves nothing — neither statements nor a row. A failure rolls both back, then records the
/// failed row (with its original `started_at`) as Prisma leaves it. Elsewhere the row is
/// inserted first, as Prisma does.
async fn apply_one(conn: &mut Connection, name: &str, script: &str) -> Result<ApplyMode, MigrateError> {
    let dialect = conn.dialect();
    let id = new_id();
    let checksum = history::Checksum::of(script).to_hex();
    let insert = table::insert_started_sql(dialect, &id, name, &checksum, now_micros());
    let mode = execute::apply_mode(dialect, script);
    if !mode.is_atomic() {
        conn.raw_cmd(&insert).await?;
    }
    let mut statements = None;
    let outcome: Result<(), database::Error> = match mode {
        ApplyMode::SingleTransaction => {
            // One message, one implicit transaction: row, script and bookkeeping, or nothing.
            let sql = format!("{insert};\n{script}\n;\n{}", table::finish_sql(dialect, &id, None));
            conn.raw_cmd(&sql).await
        }
        ApplyMode::Transaction | ApplyMode::TransactionForeignKeysOff => {
            let foreign_keys_off = mode == ApplyMode::TransactionForeignKeysOff;
            execute::in_transaction(conn, foreign_keys_off, async |conn: &mut Connection| {
                conn.raw_cmd(&insert).await?;
                conn.raw_cmd(script).await?;
                conn.raw_cmd(&table::finish_sql(dialect, &id, Some(now_micros()))).await
            })
            .await?
        }
        ApplyMode::StatementByStatement => {
            let (result, done, total) = execute::statement_by_statement(conn, script, dialect).await;
            statements = Some((done, total));
            match result {
                Ok(()) => table::finish(conn, &id, now_micros()).await,
                Err(e) => Err(e),
            }
        }
        ApplyMode::Unwrapped | ApplyMode::Whole => match conn.raw_cmd(script).await {
            Ok(()) => table::finish(conn, &id, now_micros()).await,
            Err(e) => Err(e),
        },
    };
    let Err(error) = outcome else { return Ok(mode) };
    if matches!(error, database::Error::ConnectionClosed) {
        return Err(error.into());
    }
    let (code, message) = match &error {
        database::Error::Query { code, message } => (code.clone().unwrap_or_default(), message.clone()),
        other => (String::new(), other.to_string()),
    };
    let failure = MigrateError::MigrationFailed {
        migration_name: name.to_owned(),
        database_error_code: code,
        database_error: message,
        mode,
        statements,
    };
    let mut logs = failure.to_string();
    if let Some((done, total)) = statements {
        logs.push_str(&format!("\nStatements applied before the failure: {done} of {total}.\n"));
    }
    // A script that commits by itself may have committed the row already.
    if mode.is_atomic() && !table::row_exists(conn, &id).await? {
        conn.raw_cmd(&insert).await?;
    }
    table::fail(conn, &id, &logs).await?;
    Err(failure)
}

/// The history rows, oldest first, or `None` when `_prisma_migrations` does not exist.
pub async fn read_history(conn: &mut Connection) -> Result<Option<Vec<HistoryRow>>, MigrateError> {
    if !table::table_exists(conn).await? {
        return Ok(None);
    }
    let stored = table::read_rows(conn).await?;
    stored.into_iter().map(history_row).collect::<Result<Vec<_>, _>>().map(Some)
}

fn history_row(row: StoredRow) -> Result<HistoryRow, MigrateError> {
    let unreadable = |column: &'static str, value: &StoredTime| MigrateError::UnreadableRow {
        id: row.id.clone(),
        migration_name: row.migration_name.clone(),
        column,
        value: format!("{value:?}"),
    };
    let time = |column: &'static str, value: &Option<StoredTime>| -> Result<Option<Timestamp>, MigrateError> {
        match value {
            None => Ok(None),
            Some(StoredTime::UnixMicros(micros)) => Ok(Some(Timestamp::from_unix_micros(*micros))),
            Some(StoredTime::UnixMillis(millis)) => Ok(Some(Timestamp::from_unix_millis(*millis))),
            Some(text @ StoredTime::Text(s)) => Timestamp::parse(s).map(Some).ok_or_else(|| unreadable(column, text)),
        }
    };
    let started_at = time("started_at", &row.started_at)?.unwrap_or(Timestamp::from_unix_micros(0));
    Ok(HistoryRow {
        finished_at: time("finished_at", &row.finished_at)?,
        rolled_back_at: time("rolled_back_at", &row.rolled_back_at)?,
        started_at,
        applied_steps_count: u32::try_from(row.applied_steps_count).unwrap_or(0),
        id: row.id,
        checksum: row.checksum,
        migration_name: row.migration_name,
        logs: row.logs,
    })
}

/// A random (version 4) UUID, as Prisma's row ids.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::getrandom(&mut bytes).is_err() {
        // No entropy source: fall back on the clock and the process id, still unique enough.
        let seed = now_micros() as u128 ^ (u128::from(std::process::id()) << 64);
        bytes = seed.to_le_bytes();
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// Now, in microseconds since the Unix epoch (the client's clock, as Prisma's `Utc::now()`).
pub fn now_micros() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v4_uuids() {
        let id = new_id();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
        assert_ne!(id, new_id());
    }

    #[test]
    fn lock_statements_are_prismas() {
        for dialect in Dialect::ALL {
            assert_eq!(database::lock::acquire_sql(dialect), history::table::acquire_lock_sql(dialect));
        }
    }
}
