//! `migrate reset`: empty the database, apply every migration again, then run the seed command.
//!
//! 1. read the schema's datasource, the URL and the folder ([`deploy::prepare`]); check
//!    `migration_lock.toml` (P3019); create the database if it does not exist;
//! 2. under the migration lock, drop every object of the schema(s) ([`database::reset`]: the
//!    URL's PostgreSQL schema and the multiSchema ones, the MySQL database's tables, views and
//!    routines, the SQLite file's tables) — `_prisma_migrations` included;
//! 3. apply every migration with the `deploy` machinery, which writes a fresh history;
//! 4. run the configured seed command (`package.json` / `strata.toml`) unless `skip_seed`.
//!
//! Asking for confirmation is the caller's business: the engine never prompts.

use crate::deploy::{self, DeployFailure, DeployOptions, MigrateError, Target};
use crate::schema::locate_and_load;
use crate::seed::{run_seed_command, SeedCommandError, SeedCommandReport};
use database::lock::MigrationLock;
use database::Connection;
use std::path::{Path, PathBuf};

/// What `strata migrate reset` was asked.
#[derive(Debug, Clone, Default)]
pub struct ResetRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`.
    pub url: Option<String>,
    /// `--skip-seed`.
    pub skip_seed: bool,
    /// The working directory (where the seed command is configured and run).
    pub cwd: PathBuf,
}

/// What `migrate reset` did.
#[derive(Debug, Clone)]
pub struct ResetReport {
    /// The database and folder.
    pub target: Target,
    /// The database did not exist and was created.
    pub created_database: bool,
    /// What was dropped.
    pub dropped: database::reset::ResetReport,
    /// The migrations applied, in order.
    pub applied: Vec<String>,
    /// The seed command's report, when one is configured and ran.
    pub seed: Option<SeedCommandReport>,
}

/// Why `migrate reset` stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ResetError {
    /// Before or while emptying the database.
    #[error(transparent)]
    Migrate(#[from] MigrateError),
    /// A migration failed while being applied again; `applied` were applied before it.
    #[error("{}", failure.error)]
    Deploy {
        /// The failure, with what was applied.
        failure: Box<DeployFailure>,
    },
    /// The seed command could not be run.
    #[error(transparent)]
    Seed(#[from] SeedCommandError),
}

impl ResetError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            ResetError::Migrate(e) => e.code(),
            ResetError::Deploy { failure } => failure.error.code(),
            ResetError::Seed(_) => None,
        }
    }
}

/// Reads what `reset` works on: the target and the multiSchema namespaces. The models need not
/// be valid (only the datasource matters).
pub fn prepare(
    schema: Option<&Path>,
    url: Option<&str>,
    cwd: &Path,
) -> Result<(Target, Option<Vec<String>>), MigrateError> {
    let target = deploy::prepare(schema, url, cwd)?;
    let validated = locate_and_load(schema, cwd)?.validate();
    Ok((target, crate::drift::namespaces(validated.configuration.datasource())))
}

/// `strata migrate reset` (see the module docs), once the caller has its consent.
pub async fn reset(request: &ResetRequest) -> Result<ResetReport, ResetError> {
    let (target, namespaces) = prepare(request.schema.as_deref(), request.url.as_deref(), &request.cwd)?;
    target.check_provider()?;
    let created_database = deploy::ensure_database(&target.info).await?;
    let dropped = empty(&target, namespaces.as_deref().unwrap_or_default()).await?;
    let applied = match deploy::deploy(&target, &DeployOptions::default()).await {
        Ok(report) => report.applied.into_iter().map(|a| a.name).collect(),
        Err(failure) => return Err(ResetError::Deploy { failure: Box::new(failure) }),
    };
    let seed = if request.skip_seed { None } else { run_seed_command(&request.cwd)? };
    Ok(ResetReport { target, created_database, dropped, applied, seed })
}

/// Drops everything in `target`'s database under the migration lock.
pub async fn empty(target: &Target, namespaces: &[String]) -> Result<database::reset::ResetReport, MigrateError> {
    let mut conn = Connection::connect(&target.info).await?;
    let lock = match MigrationLock::acquire(&mut conn, database::lock::DEFAULT_TIMEOUT).await {
        Ok(lock) => lock,
        Err(e) => return Err(e.into()),
    };
    let result = database::reset::reset(&mut conn, namespaces).await;
    let released = lock.release(&mut conn).await;
    let _ = conn.close().await;
    let dropped = result?;
    released?;
    Ok(dropped)
}
