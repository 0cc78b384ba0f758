//! `migrate check`: everything CI should refuse before a migration reaches a database, in one
//! pass over the project.
//!
//! 1. **Provider**: `migration_lock.toml` names the schema's provider (P3019 otherwise).
//! 2. **Replay, round trips and sync**: the migrations are replayed one by one on a shadow
//!    database (temporary, or `--shadow-database-url`). After each one the shadow database is
//!    described; with round trips on, its down script (`down.sql`, else the one
//!    [`migrate::down::down_migration`] generates from the two descriptions) runs, the
//!    description must equal the one before the migration, the
//!    migration runs again and the description must equal the one after it. A failed round trip
//!    replays the history up to that migration from scratch, so later migrations are still
//!    checked. At the end, the schema the whole history builds is diffed against the schema
//!    file: any difference is a missing migration, summarised as `migrate diff` does.
//! 3. **History**: with a database that has `_prisma_migrations`, applied migrations whose
//!    `migration.sql` changed since (checksum), failed attempts, and applied migrations whose
//!    folder is gone.
//! 4. **Lint**: every `migration.sql`, with the project's `strata.toml`. The migrations the
//!    database of step 3 has not applied are linted with its row counts; the others, when the
//!    round trips ran, with the schema before the migration (no counts). Findings at or above
//!    `deny` are problems.
//!
//! A migration that does not apply on the shadow database is a problem too (the replay stops
//! there; sync is then not checked). The report is data; the CLI prints it.

use crate::deploy::{read_history, MigrateError};
use crate::dev::{DevError, Project};
use crate::lint::{find_config, lint, lint_live, Finding, Severity};
use crate::shadow::{ShadowDb, ShadowError, ShadowSpec};
use database::describe::DescribeOptions;
use database::{Connection, ConnectionInfo};
use migrate::check::LiveFacts;
use migrate::diff as diff_schemas;
use migrate::history::{self, LocalMigration, MigrationStatus};
use sql_schema::{Dialect, SqlSchema};
use std::collections::HashSet;
use std::path::PathBuf;

/// What `strata migrate check` was asked.
#[derive(Debug, Clone, Default)]
pub struct CheckRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`: the database whose history is checked, and whose server hosts the temporary
    /// shadow database [default: the datasource's].
    pub url: Option<String>,
    /// `--shadow-database-url`: replay there instead of a temporary database (it is reset).
    pub shadow_database_url: Option<String>,
    /// Lint findings at or above this severity are problems; `None`: lint reports only.
    pub deny: Option<Severity>,
    /// Run the up → down → up round trips.
    pub round_trips: bool,
    /// The working directory.
    pub cwd: PathBuf,
}

/// A kind of problem, with a stable id (`--json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// The schema file has changes no migration creates.
    MissingMigration,
    /// A migration fails on the shadow database.
    ReplayFailed,
    /// `migration_lock.toml` names another provider.
    LockProvider,
    /// An applied migration was edited (its checksum changed).
    Modified,
    /// A failed attempt in the history.
    Failed,
    /// An applied migration whose folder is gone.
    MissingLocally,
    /// A lint finding at or above the threshold.
    Lint,
    /// Up → down → up does not come back to the same schema.
    RoundTrip,
}

impl ProblemKind {
    /// The stable id.
    pub fn id(self) -> &'static str {
        match self {
            ProblemKind::MissingMigration => "missing-migration",
            ProblemKind::ReplayFailed => "replay-failed",
            ProblemKind::LockProvider => "lock-provider",
            ProblemKind::Modified => "modified-migration",
            ProblemKind::Failed => "failed-migration",
            ProblemKind::MissingLocally => "missing-locally",
            ProblemKind::Lint => "lint",
            ProblemKind::RoundTrip => "down-round-trip",
        }
    }
}

/// One problem.
#[derive(Debug, Clone)]
pub struct Problem {
    /// What kind.
    pub kind: ProblemKind,
    /// The migration it is about, if any.
    pub migration: Option<String>,
    /// What is wrong and what to do.
    pub message: String,
}

/// Where a migration's down script came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DownSource {
    /// The migration's `down.sql`.
    File,
    /// Generated from the schemas before and after the migration.
    Generated,
}

/// The round trip of one migration.
#[derive(Debug, Clone)]
pub struct RoundTrip {
    /// The migration.
    pub migration: String,
    /// Where its down script came from; `None`: there is none, nothing was checked.
    pub down: Option<DownSource>,
    /// Whether up → down → up came back to the same schemas.
    pub ok: bool,
}

/// A section of the check that did not run, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// `history`, `sync`, `round-trips`.
    pub section: &'static str,
    /// Why.
    pub reason: String,
}

/// What `migrate check` found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// The schema's provider.
    pub dialect: Dialect,
    /// The migrations folder, as shown.
    pub migrations_display: String,
    /// How many migrations the folder has.
    pub migrations: usize,
    /// Everything wrong, in section order.
    pub problems: Vec<Problem>,
    /// Lint findings (all of them, with their file), whether over the threshold or not.
    pub lint: Vec<(String, Finding)>,
    /// The lint threshold.
    pub deny: Option<Severity>,
    /// One entry per replayed migration when round trips ran.
    pub round_trips: Vec<RoundTrip>,
    /// Sections that did not run.
    pub skipped: Vec<Skipped>,
    /// The database whose history was read (never with a password).
    pub history_database: Option<String>,
    /// The migrations that database has not applied, linted with its row counts.
    pub lint_counted: Vec<String>,
}

impl CheckReport {
    /// Whether nothing is wrong.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty()
    }

    /// The problems of one kind.
    pub fn of(&self, kind: ProblemKind) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(move |p| p.kind == kind)
    }
}

/// Why `migrate check` could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CheckError {
    /// The schema, URL, folder or shadow database could not be used.
    #[error(transparent)]
    Project(#[from] DevError),
    /// The shadow database failed for another reason than a migration.
    #[error(transparent)]
    Shadow(ShadowError),
    /// The lint configuration is invalid.
    #[error(transparent)]
    Lint(#[from] crate::lint::LintError),
    /// The shadow URL cannot be parsed.
    #[error("--shadow-database-url: {0}")]
    ShadowUrl(database::Error),
}

impl From<MigrateError> for CheckError {
    fn from(e: MigrateError) -> Self {
        CheckError::Project(e.into())
    }
}

/// `strata migrate check` (see the module docs).
pub async fn check(request: &CheckRequest) -> Result<CheckReport, CheckError> {
    let project = Project::load(request.schema.as_deref(), request.url.as_deref(), &request.cwd, true)?;
    let target = &project.target;
    let dialect = target.dialect;
    let mut report = CheckReport {
        dialect,
        migrations_display: target.migrations_display.clone(),
        migrations: target.migrations.migrations.len(),
        problems: Vec::new(),
        lint: Vec::new(),
        deny: request.deny,
        round_trips: Vec::new(),
        skipped: Vec::new(),
        history_database: None,
        lint_counted: Vec::new(),
    };

    // 1. The lock file.
    if let Err(e) = target.check_provider() {
        report.problems.push(Problem { kind: ProblemKind::LockProvider, migration: None, message: e.to_string() });
    }

    // 2. Replay, round trips, sync.
    let shadow = match &request.shadow_database_url {
        Some(url) => {
            let info = ConnectionInfo::parse(url, &request.cwd).map_err(CheckError::ShadowUrl)?;
            ShadowSpec::for_database(&target.info, Some(info)).map_err(DevError::from)?
        }
        None => project.shadow.clone(),
    };
    let mut befores = Vec::new();
    replay_and_compare(&project, &shadow, request.round_trips, &mut befores, &mut report).await?;

    // 3. The history table; the connection stays open for the lint's counts.
    let mut database = history_problems(&project, &mut report).await;
    let mut live = None;
    if let Some((conn, _)) = database.as_mut() {
        let describe = DescribeOptions { namespaces: project.namespaces.clone(), include_migrations_table: false };
        live = conn.describe(&describe).await.ok().map(|d| d.schema);
    }

    // 4. Lint.
    let schema_dir = target.schema_path.parent().map(|p| p.to_path_buf());
    let schema_dir = if target.schema_path.is_dir() { Some(target.schema_path.clone()) } else { schema_dir };
    let (config, _) = find_config(schema_dir.as_deref(), &request.cwd)?;
    for migration in &target.migrations.migrations {
        let Some(script) = migration.script() else { continue };
        let file = format!("{}/{}/migration.sql", target.migrations_display, migration.name());
        // Knowing the schema before the migration (from the replay) sharpens the findings: the
        // columns a SQLite redefinition leaves behind, indexes that were unique already.
        let known = befores.iter().find(|(name, _)| name == migration.name()).map(|(_, schema)| {
            let mut facts = LiveFacts::none();
            facts.schema = Some(schema.clone());
            facts
        });
        // A migration the database has not applied yet is linted with its counts.
        let counted = match (database.as_mut(), &live) {
            (Some((conn, applied)), Some(live)) if !applied.contains(migration.name()) => {
                lint_live(script, dialect, &config, conn, live).await.ok()
            }
            _ => None,
        };
        if counted.is_some() {
            report.lint_counted.push(migration.name().to_owned());
        }
        let findings = counted.unwrap_or_else(|| lint(script, dialect, &config, known.as_ref()));
        for finding in findings {
            if request.deny.is_some_and(|deny| finding.severity >= deny) {
                report.problems.push(Problem {
                    kind: ProblemKind::Lint,
                    migration: Some(migration.name().to_owned()),
                    message: format!(
                        "{file}:{}: {} [{}] {}",
                        finding.line, finding.severity, finding.rule, finding.message
                    ),
                });
            }
            report.lint.push((file.clone(), finding));
        }
    }
    if let Some((conn, _)) = database {
        let _ = conn.close().await;
    }
    Ok(report)
}

/// Step 2 (see the module docs).
async fn replay_and_compare(
    project: &Project,
    spec: &ShadowSpec,
    round_trips: bool,
    befores: &mut Vec<(String, SqlSchema)>,
    report: &mut CheckReport,
) -> Result<(), CheckError> {
    let target = &project.target;
    let mut db = ShadowDb::open(spec, project.namespaces.clone()).await.map_err(shadow_error)?;
    let result = replay_each(&mut db, project, round_trips, befores, report).await;
    let closed = db.close().await;
    let history = result?;
    closed.map_err(shadow_error)?;
    let Some(history) = history else {
        report.skipped.push(Skipped {
            section: "sync",
            reason: "the migrations do not all apply on the shadow database".to_owned(),
        });
        return Ok(());
    };
    let desired = project.desired();
    let steps = diff_schemas(&history, &desired, target.dialect);
    if !steps.is_empty() {
        let summary = crate::diff::summary(&steps, &history, &desired);
        report.problems.push(Problem {
            kind: ProblemKind::MissingMigration,
            migration: None,
            message: format!(
                "A migration is missing: the schema at {} has changes that no migration in {} creates. Create it with \
                 `strata migrate dev --name <name>` and commit it.\n{}",
                target.schema_path.display(),
                target.migrations_display,
                summary.trim()
            ),
        });
    }
    Ok(())
}

fn shadow_error(e: ShadowError) -> CheckError {
    CheckError::Project(DevError::Shadow(e))
}

/// Replays the migrations one by one (with round trips, noting the schema before each migration
/// in `befores`); the schema the history builds, or `None` when a migration fails (reported).
async fn replay_each(
    db: &mut ShadowDb,
    project: &Project,
    round_trips: bool,
    befores: &mut Vec<(String, SqlSchema)>,
    report: &mut CheckReport,
) -> Result<Option<SqlSchema>, CheckError> {
    let target = &project.target;
    let folder = &target.migrations.path;
    let local = &target.migrations.migrations;
    let dialect = target.dialect;
    let mut before = if round_trips { Some(db.describe().await.map_err(shadow_error)?) } else { None };
    for (i, migration) in local.iter().enumerate() {
        if let Some(failed) = apply_one(db, migration, folder).await? {
            report.problems.push(Problem {
                kind: ProblemKind::ReplayFailed,
                migration: Some(migration.name().to_owned()),
                message: failed,
            });
            return Ok(None);
        }
        let Some(previous) = before.take() else { continue };
        befores.push((migration.name().to_owned(), previous.clone()));
        let after = db.describe().await.map_err(shadow_error)?;
        let down = match target.migrations.down_script(migration.name()) {
            Some(script) => Some((script.to_owned(), DownSource::File)),
            None => generated_down(&previous, &after, dialect).map(|s| (s, DownSource::Generated)),
        };
        let Some((down_script, source)) = down else {
            report.round_trips.push(RoundTrip { migration: migration.name().to_owned(), down: None, ok: true });
            before = Some(after);
            continue;
        };
        let failure = round_trip(db, migration, &down_script, &previous, &after, folder, dialect).await?;
        let ok = failure.is_none();
        report.round_trips.push(RoundTrip { migration: migration.name().to_owned(), down: Some(source), ok });
        if let Some(message) = failure {
            let which = match source {
                DownSource::File => "down.sql",
                DownSource::Generated => "the generated down migration",
            };
            report.problems.push(Problem {
                kind: ProblemKind::RoundTrip,
                migration: Some(migration.name().to_owned()),
                message: format!("{}: up → {which} → up does not round-trip: {message}", migration.name()),
            });
            // Back to the state after this migration, from scratch.
            db.reset().await.map_err(shadow_error)?;
            if let Some(failed) = apply_many(db, &local[..=i], folder).await? {
                report.problems.push(Problem {
                    kind: ProblemKind::ReplayFailed,
                    migration: Some(migration.name().to_owned()),
                    message: failed,
                });
                return Ok(None);
            }
        }
        before = Some(after);
    }
    match before {
        Some(schema) => Ok(Some(schema)),
        None => Ok(Some(db.describe().await.map_err(shadow_error)?)),
    }
}

/// Runs one script; `Some(message)` when it fails on the shadow database (P3006).
async fn apply_one(
    db: &mut ShadowDb,
    migration: &LocalMigration,
    folder: &std::path::Path,
) -> Result<Option<String>, CheckError> {
    apply_many(db, std::slice::from_ref(migration), folder).await
}

async fn apply_many(
    db: &mut ShadowDb,
    migrations: &[LocalMigration],
    folder: &std::path::Path,
) -> Result<Option<String>, CheckError> {
    match db.apply(migrations, folder).await {
        Ok(()) => Ok(None),
        Err(e @ (ShadowError::MigrationFailed { .. } | ShadowError::MissingScript(_))) => {
            let code = e.code().map(|c| format!("{c}: ")).unwrap_or_default();
            let hint = e.hint().map(|h| format!("\n{h}")).unwrap_or_default();
            Ok(Some(format!("{code}{}{hint}", e.to_string().trim_end())))
        }
        Err(e) => Err(shadow_error(e)),
    }
}

/// Down, compare with `before`, up again, compare with `after`; `Some(why)` when it fails.
async fn round_trip(
    db: &mut ShadowDb,
    migration: &LocalMigration,
    down_script: &str,
    before: &SqlSchema,
    after: &SqlSchema,
    folder: &std::path::Path,
    dialect: Dialect,
) -> Result<Option<String>, CheckError> {
    let down = LocalMigration::new(format!("{}/down.sql", migration.name()), down_script);
    if let Some(failed) = apply_one(db, &down, folder).await? {
        return Ok(Some(format!("the down script fails: {failed}")));
    }
    let downed = db.describe().await.map_err(shadow_error)?;
    let steps = diff_schemas(&downed, before, dialect);
    if !steps.is_empty() {
        let summary = crate::diff::summary(&steps, &downed, before);
        return Ok(Some(format!(
            "after the down script, the schema is not the one before the migration. What the down script misses:\n{}",
            summary.trim()
        )));
    }
    if let Some(failed) = apply_one(db, migration, folder).await? {
        return Ok(Some(format!("the migration fails when applied again after its down script: {failed}")));
    }
    let again = db.describe().await.map_err(shadow_error)?;
    let steps = diff_schemas(&again, after, dialect);
    if !steps.is_empty() {
        let summary = crate::diff::summary(&steps, &again, after);
        return Ok(Some(format!(
            "applied again after its down script, the migration builds another schema:\n{}",
            summary.trim()
        )));
    }
    Ok(None)
}

/// The down script Strata generates from the schemas before and after a migration (what
/// `migrate dev` writes as `down.sql`), for migrations that have none.
fn generated_down(before: &SqlSchema, after: &SqlSchema, dialect: Dialect) -> Option<String> {
    Some(migrate::down::down_migration(before, after, dialect).script)
}

/// Step 3: the database's `_prisma_migrations` against the folder. A database that does not
/// exist, cannot be reached, or has no history table is a skipped section, not a problem.
/// Returns the open connection and the applied migrations when the history was read.
async fn history_problems(project: &Project, report: &mut CheckReport) -> Option<(Connection, HashSet<String>)> {
    let target = &project.target;
    let info = &target.info;
    if let ConnectionInfo::Sqlite(sqlite) = info {
        if !sqlite.path.exists() {
            let reason = format!("the database file {} does not exist", sqlite.path.display());
            report.skipped.push(Skipped { section: "history", reason });
            return None;
        }
    }
    let mut conn = match Connection::connect(info).await {
        Ok(conn) => conn,
        Err(e) => {
            report.skipped.push(Skipped { section: "history", reason: format!("could not connect to {info}: {e}") });
            return None;
        }
    };
    let rows = match read_history(&mut conn).await {
        Ok(Some(rows)) => rows,
        Ok(None) => {
            let _ = conn.close().await;
            report
                .skipped
                .push(Skipped { section: "history", reason: format!("{info} has no _prisma_migrations table") });
            return None;
        }
        Err(e) => {
            let _ = conn.close().await;
            report.skipped.push(Skipped { section: "history", reason: format!("could not read {info}: {e}") });
            return None;
        }
    };
    report.history_database = Some(info.to_string());
    let state = history::plan(&target.migrations.migrations, Some(&rows));
    for entry in &state.migrations {
        if entry.modified {
            report.problems.push(Problem {
                kind: ProblemKind::Modified,
                migration: Some(entry.name.clone()),
                message: format!(
                    "The migration `{}` was modified after it was applied to {info}: its migration.sql no longer \
                     matches the recorded checksum. Restore the applied version (e.g. from git), and put the change in \
                     a new migration.",
                    entry.name
                ),
            });
        }
        if entry.status == MigrationStatus::Failed {
            report.problems.push(Problem {
                kind: ProblemKind::Failed,
                migration: Some(entry.name.clone()),
                message: format!(
                    "The migration `{}` failed on {info}; resolve it with `strata migrate resolve --rolled-back` or \
                     `--applied`.",
                    entry.name
                ),
            });
        }
    }
    for missing in &state.missing_locally {
        report.problems.push(Problem {
            kind: ProblemKind::MissingLocally,
            migration: Some(missing.name.clone()),
            message: format!(
                "The migration `{}` is recorded in {info} but its folder is missing from {}.",
                missing.name, target.migrations_display
            ),
        });
    }
    let applied =
        state.migrations.iter().filter(|m| m.status == MigrationStatus::Applied).map(|m| m.name.clone()).collect();
    Some((conn, applied))
}
