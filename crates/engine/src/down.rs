//! Down migrations: `down.sql` for a migration ([`create_down_script`], [`generate_down`]), and
//! `migrate down`, which rolls back the last applied migrations ([`down`]).
//!
//! **Generating.** A migration takes the history from the schema before it (the migrations
//! before it, replayed on the shadow database) to the schema after it; its down migration is
//! [`migrate::down::down_migration`] of the two. `migrate dev` writes it beside every migration
//! it creates (from the replayed history to the schema file's schema);
//! `migrate down --create NAME` writes it for an existing migration by replaying the history up
//! to it and up to after it.
//!
//! **Rolling back** ([`down`]), in order:
//! 1. take the migration lock (as `deploy`), read `_prisma_migrations` and plan it against the
//!    folder; refuse while a migration is failed, or when an applied migration to roll back has
//!    no folder;
//! 2. pick the last applied migrations (`--steps N`, default 1, or every one after `--to NAME`);
//! 3. replay the applied history before them on the shadow database, then each of them,
//!    describing after each: the schema before and after every migration to roll back;
//! 4. each migration's script is its `down.sql`, or, without one, the down migration computed
//!    from the live database (for the newest) or the replayed schema after it, to the schema
//!    before it;
//! 5. check the steps against the live database ([`migrate::check`](mod@migrate::check), real counts): data-loss
//!    warnings stop everything unless `accept_data_loss`; steps of a computed script that
//!    cannot run stop everything;
//! 6. newest first, run each script and set `rolled_back_at` on the migration's live rows —
//!    in one transaction on PostgreSQL and SQLite (a failure changes nothing), statement by
//!    statement on MySQL. A MySQL script that fails half-way leaves the migration *failed*: its
//!    applied row is rolled back and a failed row (with `logs`) takes its place, so `status`
//!    reports it and `resolve` settles it either way.
//!
//! A rolled-back migration whose folder is still there is pending for Prisma and Strata alike:
//! `status` lists it and `deploy` applies it again (a new row).

use crate::deploy::{new_id, now_micros, read_history, MigrateError, Target};
use crate::dev::{gather, DevError, Project};
use crate::execute::{self, ApplyMode};
use crate::migrations_dir::{MigrationsDir, MigrationsDirError, DOWN_SCRIPT};
use crate::shadow::{ShadowDb, ShadowError, ShadowSpec};
use database::describe::DescribeOptions;
use database::history as table;
use database::lock::{MigrationLock, DEFAULT_TIMEOUT};
use database::Connection;
use migrate::check::FactRequest;
use migrate::down::{down_migration, DownMigration};
use migrate::history::{self, Checksum, MigrationStatus};
use migrate::{diff as diff_schemas, plan_checks, MigrationStep};
use sql_schema::SqlSchema;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `strata migrate down --create MIGRATION` was asked.
#[derive(Debug, Clone, Default)]
pub struct CreateDownRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url` (its server hosts the temporary shadow database).
    pub url: Option<String>,
    /// The working directory.
    pub cwd: PathBuf,
    /// The migration: its folder name, or a path to its folder.
    pub migration: String,
    /// `--force`: replace an existing `down.sql`.
    pub force: bool,
}

/// The `down.sql` written by [`create_down_script`].
#[derive(Debug, Clone)]
pub struct CreatedDown {
    /// The migration.
    pub name: String,
    /// The file written.
    pub path: PathBuf,
    /// An existing `down.sql` was replaced (`--force`).
    pub replaced: bool,
    /// The down migration.
    pub down: DownMigration,
}

/// How many migrations `migrate down` rolls back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownTarget {
    /// The last N applied migrations (`--steps N`; default 1).
    Steps(usize),
    /// Every applied migration after this one (`--to NAME`), which stays applied.
    To(String),
}

impl Default for DownTarget {
    fn default() -> Self {
        DownTarget::Steps(1)
    }
}

/// What `strata migrate down` was asked.
#[derive(Debug, Clone, Default)]
pub struct DownRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`.
    pub url: Option<String>,
    /// The working directory.
    pub cwd: PathBuf,
    /// Which migrations.
    pub target: DownTarget,
    /// `--accept-data-loss`.
    pub accept_data_loss: bool,
}

/// Where a rolled-back migration's script came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownSource {
    /// The migration's `down.sql`.
    File,
    /// Computed: the live database (or the replayed schema after the migration) to the
    /// replayed schema before it.
    Computed,
}

/// One migration `migrate down` rolled back.
#[derive(Debug, Clone)]
pub struct RolledBack {
    /// The folder name.
    pub name: String,
    /// Where its script came from.
    pub source: DownSource,
    /// How the script ran.
    pub mode: ApplyMode,
    /// How long it took, bookkeeping included.
    pub duration: Duration,
    /// The script that ran.
    pub script: String,
}

/// What `migrate down` did.
#[derive(Debug, Clone)]
pub struct DownReport {
    /// The database and folder.
    pub target: Target,
    /// The migrations rolled back, newest first.
    pub rolled_back: Vec<RolledBack>,
    /// The data-loss warnings accepted with `--accept-data-loss`, with live counts.
    pub accepted_warnings: Vec<String>,
}

/// `migrate down` stopped: why, and what it had rolled back before.
#[derive(Debug)]
pub struct DownFailure {
    /// What stopped it.
    pub error: DownError,
    /// The migrations rolled back before, newest first.
    pub rolled_back: Vec<RolledBack>,
}

impl<E: Into<DownError>> From<E> for DownFailure {
    fn from(error: E) -> Self {
        DownFailure { error: error.into(), rolled_back: Vec::new() }
    }
}

/// Why a down migration could not be written or run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DownError {
    /// Loading the schema, the URL or the folder failed.
    #[error(transparent)]
    Load(#[from] DevError),
    /// The history, the lock or the database failed.
    #[error(transparent)]
    Migrate(#[from] MigrateError),
    /// The shadow database failed (P3006 when a migration does not replay).
    #[error(transparent)]
    Shadow(#[from] ShadowError),
    /// No such migration folder.
    #[error("There is no migration `{name}` in {}. Name a folder of the migrations folder.", dir.display())]
    UnknownMigration {
        /// The name given.
        name: String,
        /// The migrations folder.
        dir: PathBuf,
    },
    /// `down.sql` exists and `--force` was not given.
    #[error("{} exists already. Pass --force to replace it.", path.display())]
    DownExists {
        /// The file.
        path: PathBuf,
    },
    /// Writing `down.sql` failed.
    #[error(transparent)]
    Write(#[from] MigrationsDirError),
    /// The database has no history table.
    #[error(
        "The database has no _prisma_migrations table: no migration was applied, so there is nothing to roll back."
    )]
    NoHistory,
    /// Failed migrations must be resolved first.
    #[error(
        "The migration history has failed migrations: {}. Resolve them first (`strata migrate status` explains \
         them; then `strata migrate resolve --rolled-back NAME` or `--applied NAME`).",
        names.join(", ")
    )]
    FailedMigrations {
        /// The failed migrations, oldest first.
        names: Vec<String>,
    },
    /// Fewer migrations are applied than `--steps` asks for.
    #[error("{requested} migrations to roll back were asked for, but only {applied} are applied.")]
    NotEnoughApplied {
        /// `--steps`.
        requested: usize,
        /// How many are applied.
        applied: usize,
    },
    /// `--to` names a migration that is not applied.
    #[error(
        "`{name}` is not an applied migration: `--to` names the applied migration to roll back to (it stays applied)."
    )]
    NotApplied {
        /// The name given.
        name: String,
    },
    /// An applied migration to roll back has no folder.
    #[error(
        "The applied migration `{name}` has no folder in {}: without its migration.sql, Strata cannot replay the \
         history to know what it did. Restore the folder, then run `strata migrate down` again.",
        dir.display()
    )]
    MissingLocally {
        /// The migration.
        name: String,
        /// The migrations folder.
        dir: PathBuf,
    },
    /// Data-loss warnings, not accepted.
    #[error(
        "Rolling back would lose data:\n\n{}\n\nNothing was changed. Run again with --accept-data-loss to roll back \
         anyway.",
        warnings.iter().map(|(m, w)| format!("  \u{2022} {m}: {w}")).collect::<Vec<_>>().join("\n")
    )]
    DataLoss {
        /// `(migration, Prisma's warning with live counts)`.
        warnings: Vec<(String, String)>,
    },
    /// A computed down migration cannot run on the data the database holds.
    #[error(
        "Rolling back cannot run on the data the database holds:\n\n{}\n\nNothing was changed. Write the migration's \
         down.sql by hand (`strata migrate down --create NAME` gives a start), then run `strata migrate down` again.",
        unexecutable.iter().map(|(m, w)| format!("  \u{2022} {m}: {w}")).collect::<Vec<_>>().join("\n")
    )]
    Unexecutable {
        /// `(migration, message)`.
        unexecutable: Vec<(String, String)>,
    },
    /// A down script failed.
    #[error(
        "The down migration of `{migration_name}` failed: {database_error}{}",
        database_error_code.as_deref().map(|c| format!(" (code {c})")).unwrap_or_default()
    )]
    ScriptFailed {
        /// The migration.
        migration_name: String,
        /// The database's error code.
        database_error_code: Option<String>,
        /// The database's message.
        database_error: String,
        /// Whether some of its statements stay applied (MySQL, scripts that cannot be wrapped):
        /// the migration is then recorded as failed.
        partially_applied: bool,
    },
}

impl From<database::Error> for DownError {
    fn from(e: database::Error) -> Self {
        DownError::Migrate(e.into())
    }
}

impl From<database::lock::LockError> for DownError {
    fn from(e: database::lock::LockError) -> Self {
        DownError::Migrate(e.into())
    }
}

impl DownError {
    /// Prisma's error code, where there is one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            DownError::Load(e) => e.code(),
            DownError::Migrate(e) => e.code(),
            DownError::Shadow(e) => e.code(),
            _ => None,
        }
    }

    /// Strata's advice after the error, if any.
    pub fn hint(&self) -> Option<String> {
        match self {
            DownError::ScriptFailed { migration_name, partially_applied: true, .. } => Some(format!(
                "Some statements of the down script stay applied (this database cannot roll back DDL), so \
                 `{migration_name}` is now recorded as failed. Finish the rollback by hand and run `strata migrate \
                 resolve --rolled-back \"{migration_name}\"`, or undo the partial rollback and run `strata migrate \
                 resolve --applied \"{migration_name}\"`."
            )),
            DownError::ScriptFailed { migration_name, .. } => Some(format!(
                "It ran in a transaction: nothing was changed and `{migration_name}` is still applied. Fix its \
                 down.sql and run `strata migrate down` again."
            )),
            DownError::Load(e) => e.hint(),
            DownError::Migrate(e) => e.hint(),
            DownError::Shadow(e) => e.hint().map(str::to_owned),
            _ => None,
        }
    }
}

/// The folder name in `migration`, which may be a path to the folder.
fn folder_name(migration: &str) -> &str {
    let trimmed = migration.trim_end_matches(['/', '\\']);
    trimmed.rsplit(['/', '\\']).next().unwrap_or(trimmed)
}

/// The down migration of the migration at `index` of `migrations`: the history before it and
/// up to it, replayed on a shadow database of `shadow` and described.
pub async fn generate_down(
    shadow: &ShadowSpec,
    namespaces: Option<Vec<String>>,
    migrations: &MigrationsDir,
    index: usize,
) -> Result<DownMigration, ShadowError> {
    let mut db = ShadowDb::open(shadow, namespaces).await?;
    let states = replay_states(&mut db, migrations, &(0..index).collect::<Vec<_>>(), &[index]).await;
    db.close().await?;
    let states = states?;
    Ok(down_migration(&states[0], &states[1], shadow.dialect()))
}

/// Replays `history` (indexes into `migrations`), describes, then each of `then`, describing
/// after each: `then.len() + 1` schemas.
async fn replay_states(
    db: &mut ShadowDb,
    migrations: &MigrationsDir,
    history: &[usize],
    then: &[usize],
) -> Result<Vec<SqlSchema>, ShadowError> {
    let local = &migrations.migrations;
    db.apply(history.iter().map(|&i| &local[i]), &migrations.path).await?;
    let mut states = vec![db.describe().await?];
    for &i in then {
        db.apply([&local[i]], &migrations.path).await?;
        states.push(db.describe().await?);
    }
    Ok(states)
}

/// `strata migrate down --create MIGRATION`: writes the migration's `down.sql`.
pub async fn create_down_script(request: &CreateDownRequest) -> Result<CreatedDown, DownError> {
    let project = Project::load(request.schema.as_deref(), request.url.as_deref(), &request.cwd, true)?;
    let migrations = &project.target.migrations;
    let name = folder_name(&request.migration);
    let index = migrations
        .migrations
        .iter()
        .position(|m| m.name() == name)
        .ok_or_else(|| DownError::UnknownMigration { name: name.to_owned(), dir: migrations.path.clone() })?;
    let folder = migrations.migration_path(name);
    let path = folder.join(DOWN_SCRIPT);
    let replaced = path.exists();
    if replaced && !request.force {
        return Err(DownError::DownExists { path });
    }
    let down = generate_down(&project.shadow, project.namespaces.clone(), migrations, index).await?;
    write_down(&folder, &down.script)?;
    Ok(CreatedDown { name: name.to_owned(), path, replaced, down })
}

/// Writes `down.sql` in `folder` through a temporary file and a rename: never half a file.
pub fn write_down(folder: &Path, script: &str) -> Result<(), MigrationsDirError> {
    let path = folder.join(DOWN_SCRIPT);
    let staging = folder.join(format!(".{DOWN_SCRIPT}.{}.tmp", std::process::id()));
    let written = std::fs::write(&staging, script).and_then(|()| std::fs::rename(&staging, &path));
    written.map_err(|source| {
        let _ = std::fs::remove_file(&staging);
        MigrationsDirError::Write { path, source }
    })
}

/// One migration to roll back, planned.
struct Planned {
    index: usize,
    script: String,
    source: DownSource,
    row_ids: Vec<String>,
}

/// `strata migrate down` (see the module docs).
pub async fn down(request: &DownRequest) -> Result<DownReport, DownFailure> {
    let project = Project::load(request.schema.as_deref(), request.url.as_deref(), &request.cwd, true)?;
    project.target.check_provider().map_err(DownError::from)?;
    let mut conn = Connection::connect(&project.target.info).await.map_err(DownError::from)?;
    let lock = match MigrationLock::acquire(&mut conn, DEFAULT_TIMEOUT).await {
        Ok(lock) => lock,
        Err(e) => return Err(e.into()),
    };
    let mut report =
        DownReport { target: project.target.clone(), rolled_back: Vec::new(), accepted_warnings: Vec::new() };
    let result = roll_back(&mut conn, &project, request, &mut report).await;
    let released = lock.release(&mut conn).await;
    let _ = conn.close().await;
    match (result, released) {
        (Err(error), _) => Err(DownFailure { error, rolled_back: report.rolled_back }),
        (Ok(()), Err(e)) => Err(DownFailure { error: e.into(), rolled_back: report.rolled_back }),
        (Ok(()), Ok(())) => Ok(report),
    }
}

async fn roll_back(
    conn: &mut Connection,
    project: &Project,
    request: &DownRequest,
    report: &mut DownReport,
) -> Result<(), DownError> {
    let target = &project.target;
    let dialect = target.dialect;
    let local = &target.migrations.migrations;
    let rows = read_history(conn).await?.ok_or(DownError::NoHistory)?;
    let state = history::plan(local, Some(&rows));
    if !state.failed.is_empty() {
        return Err(DownError::FailedMigrations { names: state.failed.iter().map(|f| f.name.clone()).collect() });
    }
    let applied: Vec<usize> = state
        .migrations
        .iter()
        .enumerate()
        .filter(|(_, m)| m.status == MigrationStatus::Applied)
        .map(|(i, _)| i)
        .collect();
    let count = match &request.target {
        DownTarget::Steps(n) if *n > applied.len() => {
            return Err(DownError::NotEnoughApplied { requested: *n, applied: applied.len() })
        }
        DownTarget::Steps(n) => *n,
        DownTarget::To(name) => {
            let name = folder_name(name);
            let position = applied.iter().position(|&i| local[i].name() == name);
            applied.len() - 1 - position.ok_or_else(|| DownError::NotApplied { name: name.to_owned() })?
        }
    };
    let keep = applied.len() - count;
    let selected = &applied[keep..];
    let Some(&oldest) = selected.first() else { return Ok(()) };
    // An applied migration without a folder, newer than what stays applied, cannot be undone.
    if let Some(missing) = state.missing_locally.iter().find(|m| m.finished && m.name.as_str() > local[oldest].name()) {
        return Err(DownError::MissingLocally { name: missing.name.clone(), dir: target.migrations.path.clone() });
    }

    // The schema before each migration to roll back, and after the newest.
    let describe = DescribeOptions { namespaces: project.namespaces.clone(), include_migrations_table: false };
    let live = conn.describe(&describe).await?.schema;
    let mut db = ShadowDb::open(&project.shadow, project.namespaces.clone()).await?;
    let states = replay_states(&mut db, &target.migrations, &applied[..keep], selected).await;
    db.close().await?;
    let states = states?;

    // The scripts, and what they do to the data.
    let mut planned = Vec::new();
    let mut checks = Vec::new();
    for (j, &index) in selected.iter().enumerate().rev() {
        let name = local[index].name();
        let before = &states[j];
        let newest = j + 1 == selected.len();
        let (script, source, steps, after): (String, DownSource, Vec<MigrationStep>, &SqlSchema) =
            match target.migrations.down_script(name) {
                Some(script) => {
                    let after = &states[j + 1];
                    (script.to_owned(), DownSource::File, diff_schemas(after, before, dialect), after)
                }
                None => {
                    let after = if newest { &live } else { &states[j + 1] };
                    let down = down_migration(before, after, dialect);
                    (down.script, DownSource::Computed, down.steps, after)
                }
            };
        checks.push((name.to_owned(), source, plan_checks(&steps, after, before, dialect)));
        let row_ids = rows
            .iter()
            .filter(|r| r.migration_name == name && r.rolled_back_at.is_none())
            .map(|r| r.id.clone())
            .collect();
        planned.push(Planned { index, script, source, row_ids });
    }
    let mut request_facts = FactRequest::default();
    for (_, _, plan) in &checks {
        for fact in plan.needed_facts().facts() {
            request_facts.insert(fact.clone());
        }
    }
    request_facts.retain_existing(&live);
    let facts = gather(conn, &request_facts).await.map_err(|e| match e {
        DevError::Migrate(e) => DownError::Migrate(e),
        other => DownError::Load(other),
    })?;
    let mut warnings = Vec::new();
    let mut unexecutable = Vec::new();
    for (name, source, plan) in &checks {
        let checked = plan.evaluate(&facts);
        warnings.extend(checked.warnings.into_iter().map(|m| (name.clone(), m.message)));
        if *source == DownSource::Computed {
            unexecutable.extend(checked.unexecutable.into_iter().map(|m| (name.clone(), m.message)));
        }
    }
    if !unexecutable.is_empty() {
        return Err(DownError::Unexecutable { unexecutable });
    }
    if !warnings.is_empty() && !request.accept_data_loss {
        return Err(DownError::DataLoss { warnings });
    }
    report.accepted_warnings = warnings.into_iter().map(|(_, w)| w).collect();

    // Newest first.
    for step in planned {
        let migration = &local[step.index];
        let started = Instant::now();
        let mode = run_down(conn, migration.name(), migration.script().unwrap_or_default(), &step).await?;
        report.rolled_back.push(RolledBack {
            name: migration.name().to_owned(),
            source: step.source,
            mode,
            duration: started.elapsed(),
            script: step.script,
        });
    }
    Ok(())
}

/// Runs one down script and marks the migration's rows rolled back, atomically where the
/// dialect allows; after a partial failure, records the migration as failed.
async fn run_down(conn: &mut Connection, name: &str, up_script: &str, step: &Planned) -> Result<ApplyMode, DownError> {
    let dialect = conn.dialect();
    let script = step.script.as_str();
    let now = now_micros();
    let marks: Vec<String> = step.row_ids.iter().map(|id| table::roll_back_sql(dialect, id, now)).collect();
    let mode = execute::apply_mode(dialect, script);
    let mut statements = None;
    let outcome: Result<(), database::Error> = match mode {
        ApplyMode::SingleTransaction => {
            // One message, one implicit transaction: the script and the marks, or nothing.
            let mut sql = format!("{script}\n;\n");
            for mark in &marks {
                sql.push_str(mark);
                sql.push_str(";\n");
            }
            conn.raw_cmd(&sql).await
        }
        ApplyMode::Transaction | ApplyMode::TransactionForeignKeysOff => {
            let foreign_keys_off = mode == ApplyMode::TransactionForeignKeysOff;
            execute::in_transaction(conn, foreign_keys_off, async |conn: &mut Connection| {
                conn.raw_cmd(script).await?;
                for mark in &marks {
                    conn.raw_cmd(mark).await?;
                }
                Ok(())
            })
            .await?
        }
        ApplyMode::StatementByStatement => {
            let (result, done, _) = execute::statement_by_statement(conn, script, dialect).await;
            statements = Some(done);
            match result {
                Ok(()) => table::roll_back(conn, &step.row_ids, now).await,
                Err(e) => Err(e),
            }
        }
        ApplyMode::Unwrapped | ApplyMode::Whole => match conn.raw_cmd(script).await {
            Ok(()) => table::roll_back(conn, &step.row_ids, now).await,
            Err(e) => Err(e),
        },
    };
    let Err(error) = outcome else { return Ok(mode) };
    if matches!(error, database::Error::ConnectionClosed) {
        return Err(error.into());
    }
    let (code, message) = match &error {
        database::Error::Query { code, message } => (code.clone(), message.clone()),
        other => (other.code().map(str::to_owned), other.to_string()),
    };
    let partially_applied = !mode.is_atomic() && statements != Some(0);
    let failure = DownError::ScriptFailed {
        migration_name: name.to_owned(),
        database_error_code: code,
        database_error: message,
        partially_applied,
    };
    if partially_applied {
        // Half rolled back: the migration is neither applied nor rolled back. Recorded as a
        // failed attempt, which `status` reports and `resolve` settles.
        let mut logs = format!("strata migrate down: {failure}\n");
        if let Some(done) = statements {
            logs.push_str(&format!("Statements of the down script applied before the failure: {done}.\n"));
        }
        let id = new_id();
        let now = now_micros();
        table::roll_back(conn, &step.row_ids, now).await?;
        table::insert_started(conn, &id, name, &Checksum::of(up_script).to_hex(), now).await?;
        table::fail(conn, &id, &logs).await?;
    }
    Err(failure)
}
