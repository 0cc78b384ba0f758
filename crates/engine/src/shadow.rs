//! The shadow database: a migrations folder replayed on a scratch database, then described, so
//! that the migration history becomes a [`SqlSchema`] like any other ([`replay`]).
//!
//! Where the scratch database comes from ([`ShadowSpec`]):
//! - **temporary** (the default): on PostgreSQL and MySQL a database named
//!   `prisma_migrate_shadow_db_<uuid>` created on the server of the development database (the
//!   user needs the right to create databases), on SQLite a file of the same name in the system's
//!   temporary directory. It is dropped afterwards, also when a migration fails, also when the
//!   caller forgets or panics ([`ShadowDb`]'s `Drop` drops it on a helper thread);
//! - **external** (`shadowDatabaseUrl`, `--shadow-database-url`): an existing database, emptied
//!   with [`database::reset`] before use (as Prisma does), never created nor dropped. It must not
//!   be the development database itself.
//!
//! Scripts run as `migrate deploy` runs them ([`run_script`]: one transaction on PostgreSQL and
//! where SQLite allows it, statement by statement on MySQL), so the replayed schema is the one
//! `deploy` would build. A script that fails is Prisma's P3006, naming the migration and quoting
//! the database's error. Nothing is cached between runs.

use crate::deploy::new_id;
use crate::execute::{self, ApplyMode};
use database::describe::DescribeOptions;
use database::{Connection, ConnectionInfo, SqliteUrl};
use migrate::history::{messages, HistoryError, LocalMigration};
use sql_schema::{Dialect, SqlSchema};
use std::path::{Path, PathBuf};

/// The prefix of temporary shadow databases (Prisma's).
pub const SHADOW_DATABASE_PREFIX: &str = "prisma_migrate_shadow_db_";

/// Which database to replay migrations on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShadowSpec {
    /// A database created for the replay and dropped after it: on the server of this URL
    /// (PostgreSQL, MySQL; same user, options and `schema`), or a temporary file (SQLite, where
    /// the URL only gives the dialect).
    Temporary(ConnectionInfo),
    /// An existing database (`shadowDatabaseUrl`): reset before use, never created or dropped.
    External(ConnectionInfo),
}

impl ShadowSpec {
    /// A temporary SQLite shadow database (a file in the temporary directory).
    pub fn sqlite() -> ShadowSpec {
        ShadowSpec::Temporary(ConnectionInfo::Sqlite(SqliteUrl { path: std::env::temp_dir().join("shadow.db") }))
    }

    /// The dialect of the shadow database.
    pub fn dialect(&self) -> Dialect {
        match self {
            ShadowSpec::Temporary(info) | ShadowSpec::External(info) => info.dialect(),
        }
    }

    /// The shadow database for a development database: `shadow_url` when the project sets one,
    /// else a temporary one on the same server. P3014-like error when `shadow_url` names the
    /// development database itself, which a reset would wipe.
    pub fn for_database(main: &ConnectionInfo, shadow_url: Option<ConnectionInfo>) -> Result<ShadowSpec, ShadowError> {
        match shadow_url {
            Some(shadow) if same_database(main, &shadow) => Err(ShadowError::SameAsMain),
            Some(shadow) => Ok(ShadowSpec::External(shadow)),
            None => Ok(ShadowSpec::Temporary(main.clone())),
        }
    }
}

/// Whether two URLs name the same database (and, on PostgreSQL, the same schema).
fn same_database(a: &ConnectionInfo, b: &ConnectionInfo) -> bool {
    match (a, b) {
        (ConnectionInfo::Postgres(a), ConnectionInfo::Postgres(b)) => {
            a.host == b.host && a.port == b.port && a.database == b.database && a.schema == b.schema
        }
        (ConnectionInfo::Mysql(a), ConnectionInfo::Mysql(b)) => {
            a.host == b.host && a.port == b.port && a.database == b.database
        }
        (ConnectionInfo::Sqlite(a), ConnectionInfo::Sqlite(b)) => {
            a.path == b.path || a.path.canonicalize().ok().is_some_and(|p| b.path.canonicalize().ok() == Some(p))
        }
        _ => false,
    }
}

/// Why the history could not be replayed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ShadowError {
    /// P3014: the temporary database could not be created.
    #[error("{}", messages::shadow_db_creation_error(source.code(), &source.to_string()))]
    Create {
        /// The database's error.
        #[source]
        source: database::Error,
    },
    /// P3006: a migration failed on the shadow database.
    #[error("{}", messages::migration_does_not_apply_cleanly(migration_name, None, database_error))]
    MigrationFailed {
        /// The migration.
        migration_name: String,
        /// The database's error code (SQLSTATE, MySQL error number, SQLite result code).
        database_error_code: Option<String>,
        /// The database's message, as Prisma quotes it.
        database_error: String,
        /// Strata's advice, when it recognises the cause.
        hint: Option<String>,
    },
    /// P3015: a migration folder without `migration.sql`.
    #[error(transparent)]
    MissingScript(HistoryError),
    /// The configured shadow database is the development database.
    #[error(
        "The shadow database you configured appears to be the same as the main database. Please specify another \
         shadow database."
    )]
    SameAsMain,
    /// A migrations folder must be replayed, and nothing says where (Prisma's rule for
    /// `migrate diff`: SQLite replays in a temporary file, other databases need a URL).
    #[error("You must pass the --shadow-database-url if you want to diff a migrations directory.")]
    NeedsShadowUrl,
    /// Connecting to, resetting or describing the shadow database failed.
    #[error(transparent)]
    Database(#[from] database::Error),
}

impl ShadowError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            ShadowError::Create { .. } => Some("P3014"),
            ShadowError::MigrationFailed { .. } => Some("P3006"),
            ShadowError::MissingScript(e) => Some(e.code()),
            ShadowError::Database(e) => e.code(),
            ShadowError::SameAsMain | ShadowError::NeedsShadowUrl => None,
        }
    }

    /// Strata's advice after the error, if any.
    pub fn hint(&self) -> Option<&str> {
        match self {
            ShadowError::MigrationFailed { hint, .. } => hint.as_deref(),
            _ => None,
        }
    }
}

/// An open shadow database. Close it with [`ShadowDb::close`]; a temporary one left open is
/// dropped when the value is dropped.
pub struct ShadowDb {
    conn: Option<Connection>,
    info: ConnectionInfo,
    temporary: bool,
    describe: DescribeOptions,
    applied: usize,
}

impl std::fmt::Debug for ShadowDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShadowDb")
            .field("info", &self.info.to_string())
            .field("temporary", &self.temporary)
            .field("applied", &self.applied)
            .finish_non_exhaustive()
    }
}

impl ShadowDb {
    /// Creates (temporary) or resets (external) the shadow database and connects to it.
    /// `namespaces`: the PostgreSQL schemas to describe and reset (multiSchema), besides the URL's.
    pub async fn open(spec: &ShadowSpec, namespaces: Option<Vec<String>>) -> Result<ShadowDb, ShadowError> {
        let describe = DescribeOptions { namespaces: namespaces.clone(), include_migrations_table: false };
        match spec {
            ShadowSpec::External(info) => {
                let mut conn = Connection::connect(info).await?;
                database::reset::reset(&mut conn, namespaces.as_deref().unwrap_or_default()).await?;
                relax_durability(&mut conn).await?;
                Ok(ShadowDb { conn: Some(conn), info: info.clone(), temporary: false, describe, applied: 0 })
            }
            ShadowSpec::Temporary(server) => {
                let name = format!("{SHADOW_DATABASE_PREFIX}{}", new_id());
                let info = match server {
                    ConnectionInfo::Sqlite(_) => {
                        ConnectionInfo::Sqlite(SqliteUrl { path: std::env::temp_dir().join(format!("{name}.db")) })
                    }
                    other => other.with_database(&name),
                };
                database::create_database(&info).await.map_err(|source| ShadowError::Create { source })?;
                // From here on, `Drop` cleans up whatever happens.
                let mut shadow = ShadowDb { conn: None, info, temporary: true, describe, applied: 0 };
                let mut conn =
                    Connection::connect(&shadow.info).await.map_err(|source| ShadowError::Create { source })?;
                prepare_temporary(&mut conn).await.map_err(|source| ShadowError::Create { source })?;
                relax_durability(&mut conn).await?;
                shadow.conn = Some(conn);
                Ok(shadow)
            }
        }
    }

    /// The shadow database's URL (never shown with a password).
    pub fn info(&self) -> &ConnectionInfo {
        &self.info
    }

    /// How many migrations were applied since the database was opened or reset.
    pub fn applied(&self) -> usize {
        self.applied
    }

    fn conn(&mut self) -> &mut Connection {
        self.conn.as_mut().expect("the shadow connection is open until close")
    }

    /// Applies `migrations` in order; `folder` is the migrations folder, for messages.
    pub async fn apply<'a>(
        &mut self,
        migrations: impl IntoIterator<Item = &'a LocalMigration>,
        folder: &Path,
    ) -> Result<(), ShadowError> {
        for migration in migrations {
            let Some(script) = migration.script() else {
                let path = folder.join(migration.name()).join(crate::migrations_dir::MIGRATION_SCRIPT);
                return Err(ShadowError::MissingScript(HistoryError::MigrationFileNotFound {
                    migration_name: migration.name().to_owned(),
                    path: path.display().to_string(),
                }));
            };
            if let Err(failure) = run_script(self.conn(), script).await {
                return Err(self.migration_failed(migration.name(), failure.error).await);
            }
            self.applied += 1;
        }
        Ok(())
    }

    async fn migration_failed(&mut self, migration_name: &str, error: database::Error) -> ShadowError {
        let dialect = self.info.dialect();
        let (code, message) = match &error {
            database::Error::Query { code, message } => (code.clone(), message.clone()),
            other => (other.code().map(str::to_owned), other.to_string()),
        };
        let hint = case_hint(self.conn(), dialect, code.as_deref(), &message).await;
        ShadowError::MigrationFailed {
            migration_name: migration_name.to_owned(),
            database_error: quote_database_error(dialect, &message),
            database_error_code: code,
            hint,
        }
    }

    /// Describes the shadow database as it is now.
    pub async fn describe(&mut self) -> Result<SqlSchema, ShadowError> {
        let options = self.describe.clone();
        Ok(self.conn().describe(&options).await?.schema)
    }

    /// Empties the shadow database, to replay from the start.
    pub async fn reset(&mut self) -> Result<(), ShadowError> {
        let namespaces = self.describe.namespaces.clone().unwrap_or_default();
        database::reset::reset(self.conn(), &namespaces).await?;
        self.applied = 0;
        Ok(())
    }

    /// Closes the connection and drops a temporary database.
    pub async fn close(mut self) -> Result<(), ShadowError> {
        if let Some(conn) = self.conn.take() {
            let _ = conn.close().await;
        }
        let temporary = std::mem::replace(&mut self.temporary, false);
        if temporary {
            database::drop_database(&self.info).await?;
        }
        Ok(())
    }
}

impl Drop for ShadowDb {
    fn drop(&mut self) {
        if !self.temporary {
            return;
        }
        drop(self.conn.take());
        let info = self.info.clone();
        // A runtime of its own on a thread of its own: `Drop` may run inside the caller's.
        let dropper = std::thread::spawn(move || {
            if let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_all().build() {
                let _ = runtime.block_on(database::drop_database(&info));
            }
        });
        let _ = dropper.join();
    }
}

/// A fresh temporary database: the URL's PostgreSQL schema exists (Prisma creates it).
async fn prepare_temporary(conn: &mut Connection) -> Result<(), database::Error> {
    match conn.info().clone() {
        ConnectionInfo::Postgres(pg) if pg.schema != "public" => {
            conn.raw_cmd(&format!("CREATE SCHEMA IF NOT EXISTS {}", Dialect::Postgres.quote_identifier(&pg.schema)))
                .await
        }
        _ => Ok(()),
    }
}

/// A scratch database need not be durable: its commits do not wait for the disk (PostgreSQL
/// `synchronous_commit`, SQLite `synchronous`), which makes replaying a long history several
/// times faster. MySQL's equivalent is server-wide and left alone.
async fn relax_durability(conn: &mut Connection) -> Result<(), database::Error> {
    match conn.dialect() {
        Dialect::Postgres => conn.raw_cmd("SET synchronous_commit = off").await,
        Dialect::Sqlite => conn.raw_cmd("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF").await,
        Dialect::Mysql => Ok(()),
    }
}

/// The database's message as Prisma's engine prints it in P3006.
fn quote_database_error(dialect: Dialect, message: &str) -> String {
    match dialect {
        Dialect::Postgres => format!("ERROR: {message}"),
        Dialect::Mysql | Dialect::Sqlite => message.to_owned(),
    }
}

/// MySQL (1146 "Table doesn't exist", 1051 "Unknown table"): when a table of another case
/// exists, the history was written where table names are case-insensitive.
async fn case_hint(conn: &mut Connection, dialect: Dialect, code: Option<&str>, message: &str) -> Option<String> {
    if dialect != Dialect::Mysql || !matches!(code, Some("1146" | "1051")) {
        return None;
    }
    let missing = message.split('\'').nth(1)?.rsplit('.').next()?.to_owned();
    let rows = conn
        .query_rows(
            "SELECT TABLE_NAME AS name, @@lower_case_table_names AS lctn FROM information_schema.TABLES \
             WHERE TABLE_SCHEMA = DATABASE()",
            &[],
        )
        .await
        .ok()?;
    let existing = rows.iter().map(|r| r.string("name")).find(|n| n.eq_ignore_ascii_case(&missing) && *n != missing)?;
    Some(format!(
        "The migration refers to the table `{missing}`, but the table is named `{existing}`: this history was written \
         on a server that compares table names case-insensitively (lower_case_table_names=1, the default on Windows \
         and macOS), and this server compares them case-sensitively. Replay it on a server with \
         lower_case_table_names=1 (set --shadow-database-url or shadowDatabaseUrl to one), or fix the names in the \
         migration."
    ))
}

/// A script that failed: the database's error, and how far it got.
#[derive(Debug)]
pub struct ScriptFailure {
    /// The database's error.
    pub error: database::Error,
    /// How the script ran.
    pub mode: ApplyMode,
    /// Statement by statement (MySQL): how many succeeded, and how many there were.
    pub statements: Option<(usize, usize)>,
}

/// Runs a migration script as `migrate deploy` runs it ([`execute::apply_mode`]), without
/// history bookkeeping: one message on PostgreSQL (one implicit transaction); `BEGIN … COMMIT`
/// on SQLite where that means the same thing, with foreign keys off around it when the script
/// switches them off; statement by statement on MySQL.
pub async fn run_script(conn: &mut Connection, script: &str) -> Result<ApplyMode, ScriptFailure> {
    let dialect = conn.dialect();
    let mode = execute::apply_mode(dialect, script);
    let fail = |error, statements| ScriptFailure { error, mode, statements };
    match mode {
        ApplyMode::SingleTransaction | ApplyMode::Unwrapped | ApplyMode::Whole => {
            conn.raw_cmd(script).await.map_err(|e| fail(e, None))?
        }
        ApplyMode::Transaction | ApplyMode::TransactionForeignKeysOff => {
            let foreign_keys_off = mode == ApplyMode::TransactionForeignKeysOff;
            let result = execute::in_transaction(conn, foreign_keys_off, async |conn: &mut Connection| {
                conn.raw_cmd(script).await
            })
            .await;
            result.and_then(|inner| inner).map_err(|e| fail(e, None))?
        }
        ApplyMode::StatementByStatement => {
            let (result, done, total) = execute::statement_by_statement(conn, script, dialect).await;
            result.map_err(|e| fail(e, Some((done, total))))?
        }
    }
    Ok(mode)
}

/// Replays `migrations` (in the order given) on the shadow database `spec` names and describes
/// the result: the schema the history builds. The shadow database is dropped (temporary) or
/// left reset-and-replayed (external) afterwards, whatever happens.
pub async fn replay(
    spec: &ShadowSpec,
    migrations: &[LocalMigration],
    folder: &Path,
    namespaces: Option<Vec<String>>,
) -> Result<SqlSchema, ShadowError> {
    let mut shadow = ShadowDb::open(spec, namespaces).await?;
    let result = async {
        shadow.apply(migrations, folder).await?;
        shadow.describe().await
    }
    .await;
    let closed = shadow.close().await;
    let schema = result?;
    closed?;
    Ok(schema)
}

/// Reads the migrations folder at `folder` and replays it ([`replay`]), after checking that its
/// `migration_lock.toml` names the provider of `spec` (P3019). A missing lock file is no error.
pub async fn replay_folder(
    spec: &ShadowSpec,
    folder: &Path,
    namespaces: Option<Vec<String>>,
) -> Result<(SqlSchema, PathBuf), ReplayFolderError> {
    let dir = crate::migrations_dir::read(folder)?;
    dir.check_provider(spec.dialect().provider()).map_err(ReplayFolderError::Provider)?;
    let schema = replay(spec, &dir.migrations, folder, namespaces).await?;
    Ok((schema, folder.to_path_buf()))
}

/// Why [`replay_folder`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReplayFolderError {
    /// The folder could not be read.
    #[error(transparent)]
    Folder(#[from] crate::migrations_dir::MigrationsDirError),
    /// P3019: the lock file names another provider.
    #[error(transparent)]
    Provider(HistoryError),
    /// The replay failed.
    #[error(transparent)]
    Shadow(#[from] ShadowError),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(url: &str) -> ConnectionInfo {
        ConnectionInfo::parse(url, Path::new("/p")).unwrap()
    }

    #[test]
    fn the_development_database_is_never_a_shadow_database() {
        let main = parse("postgresql://u@localhost:5432/app");
        assert!(matches!(
            ShadowSpec::for_database(&main, Some(parse("postgresql://other@localhost:5432/app"))),
            Err(ShadowError::SameAsMain)
        ));
        assert_eq!(
            ShadowSpec::for_database(&main, Some(parse("postgresql://u@localhost:5432/app?schema=shadow"))).unwrap(),
            ShadowSpec::External(parse("postgresql://u@localhost:5432/app?schema=shadow"))
        );
        assert_eq!(ShadowSpec::for_database(&main, None).unwrap(), ShadowSpec::Temporary(main.clone()));
        let sqlite = parse("file:./dev.db");
        assert!(matches!(
            ShadowSpec::for_database(&sqlite, Some(parse("file:/p/dev.db"))),
            Err(ShadowError::SameAsMain)
        ));
    }

    #[test]
    fn errors_carry_prismas_codes_and_text() {
        let failed = ShadowError::MigrationFailed {
            migration_name: "20240101000000_init".into(),
            database_error_code: Some("42P07".into()),
            database_error: "ERROR: relation \"User\" already exists".into(),
            hint: None,
        };
        assert_eq!(failed.code(), Some("P3006"));
        assert_eq!(
            failed.to_string(),
            "Migration `20240101000000_init` failed to apply cleanly to the shadow database. \nError:\nERROR: relation \
             \"User\" already exists"
        );
        assert_eq!(ShadowError::NeedsShadowUrl.code(), None);
    }
}
