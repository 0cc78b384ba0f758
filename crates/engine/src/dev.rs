//! `migrate dev`: turn a change of `schema.prisma` into a new migration and apply it to the
//! development database, as Prisma 7 does — in this order:
//!
//! 1. validate the schema; check `migration_lock.toml` (P3019); create the database if missing;
//! 2. under the migration lock, [`drift::diagnose`]: replay the applied migrations on the shadow
//!    database and compare with the database (drift), replay the pending ones too (P3006 when one
//!    does not apply), and list Prisma's reasons to reset (failed or modified migrations, drift,
//!    migrations missing locally). With a reason, a person is asked for consent
//!    ([`Interaction`]); without one (no terminal, CI) the run stops with the explanation
//!    ([`DevError::NeedsReset`]) and nothing is touched;
//! 3. apply pending migrations (the `deploy` machinery: [`deploy::deploy`]);
//! 4. diff the history's schema against the schema file's (`calculate`); nothing to do:
//!    "Already in sync" (or "now in sync" when step 3 applied something);
//! 5. [`check`](mod@migrate::check) the steps against the live database (real row counts): steps
//!    that cannot run stop the command (`--create-only` writes them anyway), data-loss warnings
//!    need a person's consent;
//! 6. write `migrations/<timestamp>_<name>/migration.sql` (with Prisma's no-database warnings),
//!    its `down.sql` ([`crate::down`]: the script run on the shadow database, described, diffed
//!    back to the history) and `migration_lock.toml`; unless `--create-only`, apply it with
//!    `deploy`;
//! 7. after a reset, run the seed command unless `--skip-seed`.
//!
//! The engine never prints and never reads a terminal: questions go through [`Interaction`].

use crate::deploy::{self, DeployOptions, MigrateError, Target};
use crate::drift::{self, Diagnosis};
use crate::migrations_dir::{self, MigrationsDirError, NewMigration};
use crate::schema::locate_and_load;
use crate::seed::{run_seed_command, SeedCommandError, SeedCommandReport};
use crate::shadow::{ShadowDb, ShadowError, ShadowSpec};
use crate::url::{self, UrlPurpose, UrlRequest};
use database::lock::MigrationLock as DatabaseLock;
use database::{Connection, ConnectionInfo, SqlValue};
use migrate::calculate::{calculate_with, CalculateOptions};
use migrate::check::{CheckPlan, ColumnRef, FactRequest, TableRef};
use migrate::history::{MigrationLock, MigrationName, Timestamp, UtcDateTime};
use migrate::{diff as diff_schemas, plan_checks, render_script, LiveFacts};
use psl::datamodel::DefaultKind;
use sql_schema::{Dialect, SqlSchema};
use std::path::{Path, PathBuf};

/// What `strata migrate dev` was asked.
#[derive(Debug, Clone, Default)]
pub struct DevRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`.
    pub url: Option<String>,
    /// `--name`, sanitised as Prisma does.
    pub name: Option<String>,
    /// `--create-only`: write the migration, do not apply it.
    pub create_only: bool,
    /// `--skip-seed`: no seed command after a reset.
    pub skip_seed: bool,
    /// The working directory (the project: `package.json` / `strata.toml`).
    pub cwd: PathBuf,
    /// The creation time of the new migration; `None`: the clock, when it is written.
    pub now: Option<Timestamp>,
}

/// A question for the person running the command.
#[derive(Debug, Clone, Copy)]
pub enum Question<'a> {
    /// `migrate dev` must reset the database: `reason` is Prisma's explanation, `target` says
    /// which database ("We need to reset the …").
    Reset {
        /// Why.
        reason: &'a str,
        /// Which database.
        target: &'a str,
    },
    /// The new migration loses data.
    DevWarnings {
        /// Prisma's warnings, with live counts.
        warnings: &'a [String],
        /// `--create-only` (the migration is only written).
        create_only: bool,
    },
    /// `db push` loses data.
    PushWarnings {
        /// Prisma's warnings, with live counts.
        warnings: &'a [String],
    },
}

/// Something a long command did, for the caller to show as it happens.
#[derive(Debug, Clone)]
pub enum DevEvent {
    /// The database was reset (after consent).
    Reset,
    /// Migrations were applied to the database (pending ones, or all after a reset).
    Applied(Vec<String>),
}

/// How the engine talks to a person. The CLI answers from the terminal; tests script it.
pub trait Interaction {
    /// Whether a person can answer (a terminal, and not CI).
    fn is_interactive(&self) -> bool;
    /// Asks `question`; `true` to go on.
    fn confirm(&mut self, question: Question<'_>) -> bool;
    /// Asks for the new migration's name; `None`: cancelled.
    fn migration_name(&mut self) -> Option<String>;
    /// Tells what just happened.
    fn notify(&mut self, _event: &DevEvent) {}
}

/// No person: every question is refused, as in CI.
#[derive(Debug, Clone, Copy, Default)]
pub struct NonInteractive;

impl Interaction for NonInteractive {
    fn is_interactive(&self) -> bool {
        false
    }
    fn confirm(&mut self, _question: Question<'_>) -> bool {
        false
    }
    fn migration_name(&mut self) -> Option<String> {
        None
    }
}

/// Why `migrate dev` (or `db push`) stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DevError {
    /// The schema has validation errors; `diagnostics` is Prisma's rendering of them.
    #[error("The schema at {} is invalid:\n{diagnostics}", path.display())]
    InvalidSchema {
        /// The schema.
        path: PathBuf,
        /// The rendered diagnostics.
        diagnostics: String,
    },
    /// Reading the schema, the URL, the folder or the history, or a database operation failed.
    #[error(transparent)]
    Migrate(#[from] MigrateError),
    /// The shadow database failed (P3006, P3014, …).
    #[error(transparent)]
    Shadow(#[from] ShadowError),
    /// The database must be reset and nobody can consent (no terminal, or CI).
    #[error(
        "{reason}\n{target}\n\nYou may use `strata migrate reset` to drop the development database.\nAll data will be \
         lost."
    )]
    NeedsReset {
        /// Prisma's explanation (drift summary, failed or modified migrations).
        reason: String,
        /// "We need to reset the …".
        target: String,
    },
    /// The person declined the reset.
    #[error("Reset cancelled.")]
    ResetCancelled,
    /// Data-loss warnings and nobody to accept them (Prisma: "non-interactive environment").
    #[error(
        "Strata has detected that the environment is non-interactive, which is not supported.\n\n`strata migrate dev` \
         is an interactive command designed to create new migrations and evolve the database in development.\nTo \
         apply existing migrations in deployments, use `strata migrate deploy`.\nSee https://pris.ly/d/migrate-deploy"
    )]
    NonInteractiveWarnings {
        /// The warnings.
        warnings: Vec<String>,
    },
    /// The person declined the warnings, or gave no name.
    #[error("Migration cancelled.")]
    Cancelled,
    /// Steps that cannot run on the data the database holds.
    #[error(
        "\u{26a0}\u{fe0f} We found changes that cannot be executed:\n\n{}\n\nYou can use `strata migrate dev \
         --create-only` to create the migration file, and manually modify it to address the underlying issue(s).\n\
         Then run `strata migrate dev` to apply it and verify it works.",
        unexecutable.iter().map(|(step, m)| format!("  \u{2022} Step {step} {m}")).collect::<Vec<_>>().join("\n")
    )]
    Unexecutable {
        /// `(step index, message)`.
        unexecutable: Vec<(usize, String)>,
    },
    /// Writing the migration failed.
    #[error(transparent)]
    Write(#[from] MigrationsDirError),
    /// The seed command could not be run.
    #[error(transparent)]
    Seed(#[from] SeedCommandError),
}

impl From<database::Error> for DevError {
    fn from(e: database::Error) -> Self {
        DevError::Migrate(e.into())
    }
}

impl From<drift::DriftError> for DevError {
    fn from(e: drift::DriftError) -> Self {
        match e {
            drift::DriftError::Migrate(e) => DevError::Migrate(e),
            drift::DriftError::Shadow(e) => DevError::Shadow(e),
        }
    }
}

impl DevError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            DevError::InvalidSchema { .. } => Some("P1012"),
            DevError::Migrate(e) => e.code(),
            DevError::Shadow(e) => e.code(),
            _ => None,
        }
    }

    /// Strata's advice, if any.
    pub fn hint(&self) -> Option<String> {
        match self {
            DevError::Migrate(e) => e.hint(),
            DevError::Shadow(e) => e.hint().map(str::to_owned),
            _ => None,
        }
    }
}

/// A `migrate` project: the validated schema, the target database and its shadow database.
#[derive(Debug)]
pub struct Project {
    /// The schema.
    pub schema: psl::ValidatedSchema,
    /// The database and migrations folder.
    pub target: Target,
    /// Where the history is replayed.
    pub shadow: ShadowSpec,
    /// PostgreSQL schemas besides the URL's (multiSchema).
    pub namespaces: Option<Vec<String>>,
}

impl Project {
    /// Reads and validates the schema (errors stop here, as for Prisma), resolves the URL and,
    /// `with_shadow`, the shadow database (`shadowDatabaseUrl`, else a temporary one), reads the
    /// folder. Without `with_shadow`, `shadowDatabaseUrl` is not read at all.
    pub fn load(
        schema: Option<&Path>,
        explicit_url: Option<&str>,
        cwd: &Path,
        with_shadow: bool,
    ) -> Result<Project, DevError> {
        let loaded = locate_and_load(schema, cwd).map_err(MigrateError::from)?;
        let validated = loaded.validate();
        let shown = loaded.location.path().to_path_buf();
        if !validated.is_valid() {
            return Err(DevError::InvalidSchema { path: shown, diagnostics: validated.render_diagnostics(false) });
        }
        let target = deploy::prepare(schema, explicit_url, cwd)?;
        let datasource = validated.configuration.datasource();
        let shadow_url = match datasource.filter(|d| with_shadow && d.shadow_database_url.is_some()) {
            Some(datasource) => {
                // The resolver reads `url`: hand it `shadowDatabaseUrl` there.
                let mut shadow = datasource.clone();
                shadow.url = datasource.shadow_database_url.clone();
                shadow.direct_url = None;
                let dir = crate::execute::schema_dir(&loaded.location);
                let resolved = url::resolve(UrlRequest {
                    explicit: None,
                    datasource: Some(&shadow),
                    schema_path: Some(&shown),
                    schema_dir: Some(&dir),
                    cwd,
                    purpose: UrlPurpose::Query,
                })
                .map_err(MigrateError::from)?;
                Some(resolved.info)
            }
            None => None,
        };
        let shadow = ShadowSpec::for_database(&target.info, shadow_url)?;
        let namespaces = drift::namespaces(datasource);
        Ok(Project { schema: validated, target, shadow, namespaces })
    }

    /// The schema the schema file describes, on the target's dialect and in the URL's
    /// PostgreSQL schema ([`in_url_schema`]).
    pub fn desired(&self) -> SqlSchema {
        let mut schema = calculate_with(
            &self.schema.datamodel,
            &self.schema.configuration,
            self.target.dialect,
            CalculateOptions::default(),
        );
        in_url_schema(&mut schema, &self.target.info, self.namespaces.is_some());
        schema
    }

    /// Columns whose default exists only in the Prisma schema (`uuid()`, `cuid()`, …), which
    /// Prisma's warnings word differently.
    pub fn prisma_level_defaults(&self) -> Vec<ColumnRef> {
        let mut columns = Vec::new();
        for model in &self.schema.datamodel.models {
            for (_, field, scalar) in model.scalar_fields() {
                let generated = scalar.default.as_ref().is_some_and(|d| {
                    matches!(
                        d.kind,
                        DefaultKind::Uuid(_) | DefaultKind::Cuid(_) | DefaultKind::Nanoid(_) | DefaultKind::Ulid
                    )
                });
                if generated {
                    columns.push(TableRef::new(model.database_name()).column(field.database_name()));
                }
            }
        }
        columns
    }

    /// Prisma's "We need to reset the …" line.
    pub fn reset_target(&self) -> String {
        match &self.target.info {
            ConnectionInfo::Postgres(pg) => match &self.namespaces {
                Some(schemas) => format!(
                    "We need to reset the following schemas: \"{}\" at \"{}:{}\"",
                    schemas.join(", "),
                    pg.host,
                    pg.port
                ),
                None => format!("We need to reset the \"{}\" schema at \"{}:{}\"", pg.schema, pg.host, pg.port),
            },
            ConnectionInfo::Mysql(my) => {
                format!("We need to reset the MySQL database \"{}\" at \"{}:{}\"", my.database, my.host, my.port)
            }
            ConnectionInfo::Sqlite(sqlite) => format!(
                "We need to reset the SQLite database \"{}\" at \"file:{}\"",
                sqlite.file_name(),
                sqlite.path.display()
            ),
        }
    }
}

/// Without multiSchema, `calculate` puts the unqualified tables in the dialect's default schema
/// (`public`), while the database works in the URL's `?schema=`: the calculated schema's
/// default namespace is renamed to it, so the two describe the same place.
pub fn in_url_schema(schema: &mut SqlSchema, info: &ConnectionInfo, multi_schema: bool) {
    let (Some(url_schema), Some(default)) = (info.schema(), info.dialect().default_schema()) else { return };
    if multi_schema || url_schema == default {
        return;
    }
    if let Some(namespace) = schema.namespaces.iter_mut().find(|n| n.name == default) {
        namespace.name = url_schema.to_owned();
    }
}

/// How `migrate dev` ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DevOutcome {
    /// Nothing to create or apply: "Already in sync, no schema change or pending migration was
    /// found."
    AlreadyInSync,
    /// No new migration, but pending migrations were applied (or the database reset):
    /// "Your database is now in sync with your schema."
    NowInSync,
    /// `--create-only`: the migration was written, not applied.
    Created,
    /// The migration was written and applied.
    CreatedAndApplied,
}

/// The migration `migrate dev` wrote.
#[derive(Debug, Clone)]
pub struct CreatedMigration {
    /// The folder name.
    pub name: String,
    /// The folder.
    pub path: PathBuf,
    /// `migration.sql`.
    pub script: String,
    /// `down.sql`, written beside it (see [`crate::down`]).
    pub down_script: String,
}

/// What `migrate dev` did.
#[derive(Debug, Clone)]
pub struct DevReport {
    /// The database and folder.
    pub target: Target,
    /// The database did not exist and was created.
    pub created_database: bool,
    /// The database was reset (after consent), and why.
    pub reset: Option<String>,
    /// Migrations applied before creating a new one (pending ones, or all after a reset).
    pub applied: Vec<String>,
    /// Data-loss warnings of the new migration (consented to), with live counts.
    pub warnings: Vec<String>,
    /// Steps that cannot run (`--create-only` writes the migration anyway).
    pub unexecutable: Vec<(usize, String)>,
    /// Lint findings on the new migration, with live counts from the database before it ran.
    pub lint: Vec<crate::lint::Finding>,
    /// The new migration.
    pub created: Option<CreatedMigration>,
    /// How it ended.
    pub outcome: DevOutcome,
    /// The seed command's report, when it ran.
    pub seed: Option<SeedCommandReport>,
    /// Migrations replayed on the shadow database.
    pub replayed: usize,
}

/// `strata migrate dev` (see the module docs).
pub async fn dev(request: &DevRequest, interaction: &mut dyn Interaction) -> Result<DevReport, DevError> {
    let project = Project::load(request.schema.as_deref(), request.url.as_deref(), &request.cwd, true)?;
    let target = &project.target;
    target.check_provider()?;
    let created_database = deploy::ensure_database(&target.info).await?;

    // 1. Diagnose (and reset, with consent) under the migration lock.
    let mut conn = Connection::connect(&target.info).await?;
    let lock = match DatabaseLock::acquire(&mut conn, database::lock::DEFAULT_TIMEOUT).await {
        Ok(lock) => lock,
        Err(e) => return Err(MigrateError::from(e).into()),
    };
    let diagnosed = diagnose_and_reset(&mut conn, &project, interaction).await;
    let released = lock.release(&mut conn).await;
    let _ = conn.close().await;
    let (diagnosis, reset, mut shadow) = diagnosed?;
    if let Err(e) = released {
        let _ = shadow.close().await;
        return Err(e.into());
    }
    let after = described_after(&mut shadow, &project, &diagnosis.history).await;
    // Dropping the temporary shadow database (a checkpoint on PostgreSQL) goes on while the
    // rest runs; both are awaited, whatever happens.
    let (closed, report) =
        tokio::join!(shadow.close(), finish(request, &project, diagnosis, reset, interaction, after));
    let mut report = report?;
    closed?;
    report.created_database = created_database;
    Ok(report)
}

/// The schema a new migration would lead to, as the database describes it: its script run on
/// the shadow database, which holds the whole history. The down migration reverses exactly
/// that (a calculated schema lacks what only the database names: sequences, MySQL's implicit
/// foreign-key indexes). `None` when there is nothing to create, or the script does not run
/// there (the down migration then starts from the calculated schema).
async fn described_after(shadow: &mut ShadowDb, project: &Project, history: &SqlSchema) -> Option<SqlSchema> {
    let dialect = project.target.dialect;
    let desired = project.desired();
    let steps = diff_schemas(history, &desired, dialect);
    if steps.is_empty() {
        return None;
    }
    let script = render_script(&steps, history, &desired, dialect, &[]);
    let new = migrate::history::LocalMigration::new("new_migration", script);
    shadow.apply([&new], &project.target.migrations.path).await.ok()?;
    shadow.describe().await.ok()
}

/// Steps 2 to 7, after the diagnosis.
async fn finish(
    request: &DevRequest,
    project: &Project,
    diagnosis: Diagnosis,
    reset: Option<String>,
    interaction: &mut dyn Interaction,
    after: Option<SqlSchema>,
) -> Result<DevReport, DevError> {
    let target = &project.target;
    if reset.is_some() {
        interaction.notify(&DevEvent::Reset);
    }

    // 2. Pending migrations (all of them after a reset).
    let applied = apply(target).await?;
    if !applied.is_empty() {
        interaction.notify(&DevEvent::Applied(applied.clone()));
    }

    // 3. History → schema file.
    let dialect = target.dialect;
    let desired = project.desired();
    let history = &diagnosis.history;
    let steps = diff_schemas(history, &desired, dialect);
    let mut report = DevReport {
        target: target.clone(),
        created_database: false,
        reset,
        applied,
        warnings: Vec::new(),
        unexecutable: Vec::new(),
        lint: Vec::new(),
        created: None,
        outcome: DevOutcome::AlreadyInSync,
        seed: None,
        replayed: diagnosis.replayed,
    };
    if steps.is_empty() && !request.create_only {
        if !report.applied.is_empty() || report.reset.is_some() {
            report.outcome = DevOutcome::NowInSync;
        }
        report.seed = seed_after_reset(request, &report)?;
        return Ok(report);
    }

    // 4. What the steps do to the data in the database.
    let plan =
        plan_checks(&steps, history, &desired, dialect).with_prisma_level_defaults(&project.prisma_level_defaults());
    let facts = live_facts(&target.info, &plan, history).await?;
    let checked = plan.evaluate(&facts);
    report.unexecutable = checked.unexecutable.iter().map(|m| (m.step_index, m.message.clone())).collect();
    if !report.unexecutable.is_empty() && !request.create_only {
        return Err(DevError::Unexecutable { unexecutable: report.unexecutable });
    }
    report.warnings = checked.warnings.iter().map(|m| m.message.clone()).collect();
    if !report.warnings.is_empty() {
        if !interaction.is_interactive() {
            return Err(DevError::NonInteractiveWarnings { warnings: report.warnings });
        }
        let question = Question::DevWarnings { warnings: &report.warnings, create_only: request.create_only };
        if !interaction.confirm(question) {
            return Err(DevError::Cancelled);
        }
    }

    // 5. Write the migration.
    let user_name = match &request.name {
        Some(name) => name.clone(),
        None if interaction.is_interactive() => interaction.migration_name().ok_or(DevError::Cancelled)?,
        None => String::new(),
    };
    let created_at = next_timestamp(request.now.unwrap_or_else(now), &target.migrations.migrations);
    let name = MigrationName::generate(created_at, &user_name).as_str().to_owned();
    let script_warnings = plan.evaluate(&LiveFacts::none()).script_warnings();
    let script = render_script(&steps, history, &desired, dialect, &script_warnings);
    // Lint it against the database as it is now (the history's schema); an unreadable
    // strata.toml is `migrate lint`'s and `migrate check`'s to report.
    let config = crate::lint::project_config(Some(&target.schema_path), &request.cwd).unwrap_or_default();
    report.lint = crate::lint::lint_generated(&script, dialect, &config, Some(&target.info), Some(history)).await;
    let lock_file = MigrationLock::new(target.provider.clone());
    // Its down migration: from the schema it leads to back to the history's.
    let down = migrate::down::down_migration(history, after.as_ref().unwrap_or(&desired), dialect);
    let new = NewMigration { name: &name, script: &script, down_script: Some(&down.script) };
    let path = migrations_dir::write_migration(&target.migrations.path, new, &lock_file)?;
    report.created = Some(CreatedMigration { name: name.clone(), path, script, down_script: down.script });
    if request.create_only {
        report.outcome = DevOutcome::Created;
        return Ok(report);
    }

    // 6. Apply it.
    let mut reread = target.clone();
    let mut dir = migrations_dir::read(&target.migrations.path)?;
    dir.path = target.migrations.path.clone();
    reread.migrations = dir;
    apply(&reread).await?;
    report.outcome = DevOutcome::CreatedAndApplied;
    report.seed = seed_after_reset(request, &report)?;
    Ok(report)
}

/// Step 1: diagnose; with a reason to reset, ask, then reset on `conn`. The shadow database is
/// returned open (closed on error).
async fn diagnose_and_reset(
    conn: &mut Connection,
    project: &Project,
    interaction: &mut dyn Interaction,
) -> Result<(Diagnosis, Option<String>, ShadowDb), DevError> {
    let (diagnosis, shadow) =
        drift::diagnose_keeping_shadow(conn, &project.target, &project.shadow, project.namespaces.clone()).await?;
    let Some(reason) = drift::reset_reason(&diagnosis.reset_reasons()) else { return Ok((diagnosis, None, shadow)) };
    let target = project.reset_target();
    let consent = if !interaction.is_interactive() {
        Err(DevError::NeedsReset { reason: reason.clone(), target })
    } else if !interaction.confirm(Question::Reset { reason: &reason, target: &target }) {
        Err(DevError::ResetCancelled)
    } else {
        database::reset::reset(conn, project.namespaces.as_deref().unwrap_or_default())
            .await
            .map(drop)
            .map_err(Into::into)
    };
    match consent {
        Ok(()) => Ok((diagnosis, Some(reason), shadow)),
        Err(e) => {
            let _ = shadow.close().await;
            Err(e)
        }
    }
}

/// Applies the folder's pending migrations with `deploy`; returns their names.
async fn apply(target: &Target) -> Result<Vec<String>, DevError> {
    match deploy::deploy(target, &DeployOptions::default()).await {
        Ok(report) => Ok(report.applied.into_iter().map(|a| a.name).collect()),
        Err(failure) => Err(failure.error.into()),
    }
}

fn seed_after_reset(request: &DevRequest, report: &DevReport) -> Result<Option<SeedCommandReport>, DevError> {
    if report.reset.is_none() || request.skip_seed {
        return Ok(None);
    }
    Ok(run_seed_command(&request.cwd)?)
}

/// Gathers the facts `plan` can use from the database at `info`: one query per table, only
/// for tables and columns `live` has.
pub async fn live_facts(info: &ConnectionInfo, plan: &CheckPlan, live: &SqlSchema) -> Result<LiveFacts, DevError> {
    let mut request = plan.needed_facts();
    request.retain_existing(live);
    if request.is_empty() {
        return Ok(LiveFacts::none());
    }
    let mut conn = Connection::connect(info).await?;
    let result = gather(&mut conn, &request).await;
    let _ = conn.close().await;
    result
}

/// Runs the queries of `request` on `conn`.
pub async fn gather(conn: &mut Connection, request: &FactRequest) -> Result<LiveFacts, DevError> {
    let mut facts = LiveFacts::none();
    for query in request.queries(conn.dialect()) {
        let rows = conn.query_rows(&query.sql, &[]).await?;
        // A query of subqueries only (duplicates, orphans) is not an aggregate: one row per row
        // of the table, all equal, and none for an empty table — where every count is 0.
        let values: Vec<i64> = match rows.first() {
            Some(row) => row.values().iter().map(count).collect(),
            None => vec![0; query.facts.len()],
        };
        facts.record(&query, &values).map_err(|e| {
            DevError::Migrate(MigrateError::Database(database::Error::Query { code: None, message: e.to_string() }))
        })?;
    }
    Ok(facts)
}

fn count(value: &SqlValue) -> i64 {
    match value {
        SqlValue::Int(i) => *i,
        SqlValue::Float(f) => *f as i64,
        SqlValue::Text(s) => s.trim().parse().unwrap_or(0),
        SqlValue::Bool(b) => i64::from(*b),
        SqlValue::Null | SqlValue::Bytes(_) => 0,
    }
}

/// The clock, at the edge.
pub fn now() -> Timestamp {
    Timestamp::from_unix_micros(deploy::now_micros())
}

/// `now`, or one second after the newest migration folder when `now` would not sort after it
/// (a clock behind, or two migrations within a second): a new migration always comes last.
pub fn next_timestamp(now: Timestamp, existing: &[migrate::history::LocalMigration]) -> Timestamp {
    let newest = existing.iter().filter_map(|m| MigrationName::new(m.name()).timestamp().map(str::to_owned)).max();
    let Some(newest) = newest else { return now };
    if now.folder_prefix() > newest {
        return now;
    }
    let digits = |range: std::ops::Range<usize>| newest[range].parse::<u32>().unwrap_or(0);
    let parts = UtcDateTime {
        year: digits(0..4) as i32,
        month: digits(4..6),
        day: digits(6..8),
        hour: digits(8..10),
        minute: digits(10..12),
        second: digits(12..14),
        micros: 0,
    };
    match Timestamp::from_utc(parts) {
        Some(t) => Timestamp::from_unix_micros(t.unix_micros() + 1_000_000),
        None => now,
    }
}

/// The dialect's name as Prisma prints it (`PostgreSQL`).
pub fn pretty_provider(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => "PostgreSQL",
        Dialect::Mysql => "MySQL",
        Dialect::Sqlite => "SQLite",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migrate::history::LocalMigration;

    #[test]
    fn a_new_migration_always_sorts_last() {
        let at = |s: &str| {
            let t = Timestamp::parse(s).unwrap();
            t.folder_prefix()
        };
        let existing = [LocalMigration::new("20240101120000_init", "")];
        let later = Timestamp::parse("2024-01-01 12:00:05").unwrap();
        assert_eq!(next_timestamp(later, &existing).folder_prefix(), at("2024-01-01 12:00:05"));
        let same = Timestamp::parse("2024-01-01 12:00:00").unwrap();
        assert_eq!(next_timestamp(same, &existing).folder_prefix(), "20240101120001");
        let behind = Timestamp::parse("2023-12-31 23:59:59").unwrap();
        assert_eq!(next_timestamp(behind, &existing).folder_prefix(), "20240101120001");
        assert_eq!(next_timestamp(behind, &[]).folder_prefix(), "20231231235959");
        let odd = [LocalMigration::new("init", "")];
        assert_eq!(next_timestamp(behind, &odd).folder_prefix(), "20231231235959");
    }

    #[test]
    fn errors_print_prismas_texts() {
        let e = DevError::Unexecutable { unexecutable: vec![(0, "Added the required column `x`".into())] };
        let text = e.to_string();
        assert!(
            text.starts_with("\u{26a0}\u{fe0f} We found changes that cannot be executed:\n\n  \u{2022} Step 0 Added")
        );
        assert!(text.contains("strata migrate dev --create-only"));
        let reset =
            DevError::NeedsReset { reason: "Drift detected: …".into(), target: "We need to reset …".into() };
        assert!(reset.to_string().ends_with("All data will be lost."));
    }
}
