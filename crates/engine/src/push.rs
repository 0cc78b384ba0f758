//! `db push`: make the database match the schema file directly, without a migration or any
//! history — prototyping, as `prisma db push`.
//!
//! 1. validate the schema, resolve the URL, create the database if missing;
//! 2. `force_reset`: empty the database first ([`database::reset`]);
//! 3. describe the database, calculate the schema file, diff the two;
//! 4. check the steps against the data (real row counts): steps that cannot run stop the push;
//!    data-loss warnings stop it unless `accept_data_loss`, or a person consents
//!    ([`Interaction`]);
//! 5. run the script in one transaction where the dialect allows (PostgreSQL; SQLite unless the
//!    script needs foreign keys on), statement by statement on MySQL ([`run_script`]).
//!
//! `_prisma_migrations` is neither read nor written (and never dropped by a push).

use crate::deploy::{self, MigrateError};
use crate::dev::{live_facts, pretty_provider, DevError, Interaction, Project, Question};
use crate::shadow::run_script;
use database::describe::DescribeOptions;
use database::{Connection, ConnectionInfo};
use migrate::{diff as diff_schemas, plan_checks, render_script};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What `strata db push` was asked.
#[derive(Debug, Clone, Default)]
pub struct PushRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`.
    pub url: Option<String>,
    /// `--accept-data-loss`.
    pub accept_data_loss: bool,
    /// `--force-reset`.
    pub force_reset: bool,
    /// The working directory.
    pub cwd: PathBuf,
}

/// What `db push` did.
#[derive(Debug, Clone)]
pub struct PushReport {
    /// Prisma's first line (`Datasource "db": …`).
    pub datasource_line: String,
    /// Prisma's line when the database was created, if it was.
    pub created_database: Option<String>,
    /// Prisma's line when `--force-reset` emptied the database.
    pub reset: Option<String>,
    /// The data-loss warnings, with live counts (accepted).
    pub warnings: Vec<String>,
    /// Lint findings on the script, with live counts from the database before it ran.
    pub lint: Vec<crate::lint::Finding>,
    /// How many migration steps ran (0: already in sync).
    pub executed_steps: usize,
    /// The SQL that ran (`-- This is an empty migration.` when nothing did).
    pub script: String,
    /// From the diff to the end of the script.
    pub duration: Duration,
}

impl PushReport {
    /// Nothing was reset, nothing ran: "The database is already in sync with the Prisma schema."
    pub fn already_in_sync(&self) -> bool {
        self.reset.is_none() && self.warnings.is_empty() && self.executed_steps == 0
    }
}

/// Why `db push` stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PushError {
    /// Reading the schema or the URL, or the database, failed.
    #[error(transparent)]
    Project(#[from] DevError),
    /// Steps that cannot run on the data the database holds.
    #[error(
        "\u{26a0}\u{fe0f} We found changes that cannot be executed:\n\n{}\n\nYou may use the --force-reset flag to drop \
         the database before push like `strata db push --force-reset`\nAll data will be lost.",
        unexecutable.iter().map(|m| format!("  \u{2022} {m}")).collect::<Vec<_>>().join("\n")
    )]
    Unexecutable {
        /// The messages.
        unexecutable: Vec<String>,
    },
    /// Data-loss warnings, not accepted.
    #[error(
        "Use the --accept-data-loss flag to ignore the data loss warnings like `strata db push --accept-data-loss`"
    )]
    NeedsAcceptDataLoss {
        /// The warnings, with live counts.
        warnings: Vec<String>,
    },
    /// The person declined the warnings.
    #[error("Push cancelled.")]
    Cancelled {
        /// The warnings.
        warnings: Vec<String>,
    },
    /// The script failed; on PostgreSQL and SQLite nothing of it stayed.
    #[error("{error}")]
    Script {
        /// The database's error.
        error: database::Error,
        /// Whether the script ran in a transaction (so nothing stayed).
        atomic: bool,
        /// The script.
        script: String,
    },
}

impl From<MigrateError> for PushError {
    fn from(e: MigrateError) -> Self {
        PushError::Project(e.into())
    }
}

impl From<database::Error> for PushError {
    fn from(e: database::Error) -> Self {
        PushError::Project(e.into())
    }
}

impl PushError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            PushError::Project(e) => e.code(),
            PushError::Script { error, .. } => error.code(),
            _ => None,
        }
    }
}

/// `strata db push` (see the module docs).
pub async fn push(request: &PushRequest, interaction: &mut dyn Interaction) -> Result<PushReport, PushError> {
    let project = Project::load(request.schema.as_deref(), request.url.as_deref(), &request.cwd, false)?;
    let target = &project.target;
    let dialect = target.dialect;
    let created = deploy::ensure_database(&target.info).await?;
    let mut report = PushReport {
        datasource_line: target.datasource_line(),
        created_database: created.then(|| target.created_line()),
        reset: None,
        warnings: Vec::new(),
        lint: Vec::new(),
        executed_steps: 0,
        script: String::new(),
        duration: Duration::ZERO,
    };
    let namespaces = project.namespaces.clone().unwrap_or_default();
    if request.force_reset {
        crate::reset::empty(target, &namespaces).await?;
        report.reset = Some(reset_line(&target.info, &namespaces));
    }
    let started = Instant::now();
    let mut conn = Connection::connect(&target.info).await?;
    let describe = DescribeOptions { namespaces: project.namespaces.clone(), include_migrations_table: false };
    let live = match conn.describe(&describe).await {
        Ok(described) => described.schema,
        Err(e) => {
            let _ = conn.close().await;
            return Err(e.into());
        }
    };
    let _ = conn.close().await;
    let desired = project.desired();
    let steps = diff_schemas(&live, &desired, dialect);
    report.script = render_script(&steps, &live, &desired, dialect, &[]);
    if steps.is_empty() {
        report.duration = started.elapsed();
        return Ok(report);
    }

    let config = crate::lint::project_config(Some(&target.schema_path), &request.cwd).unwrap_or_default();
    report.lint = crate::lint::lint_generated(&report.script, dialect, &config, Some(&target.info), Some(&live)).await;
    let plan =
        plan_checks(&steps, &live, &desired, dialect).with_prisma_level_defaults(&project.prisma_level_defaults());
    let checked = plan.evaluate(&live_facts(&target.info, &plan, &live).await?);
    if !checked.unexecutable.is_empty() {
        return Err(PushError::Unexecutable {
            unexecutable: checked.unexecutable.into_iter().map(|m| m.message).collect(),
        });
    }
    report.warnings = checked.warnings.into_iter().map(|m| m.message).collect();
    if !report.warnings.is_empty() && !request.accept_data_loss {
        if !interaction.is_interactive() {
            return Err(PushError::NeedsAcceptDataLoss { warnings: report.warnings });
        }
        if !interaction.confirm(Question::PushWarnings { warnings: &report.warnings }) {
            return Err(PushError::Cancelled { warnings: report.warnings });
        }
    }

    let mut conn = Connection::connect(&target.info).await?;
    let ran = run_script(&mut conn, &report.script).await;
    let _ = conn.close().await;
    if let Err(failure) = ran {
        return Err(PushError::Script {
            error: failure.error,
            atomic: failure.mode.is_atomic(),
            script: report.script,
        });
    }
    report.executed_steps = steps.len();
    report.duration = started.elapsed();
    Ok(report)
}

/// Prisma's line after `--force-reset`: `The PostgreSQL database "app" schema "public" at
/// "localhost:5432" was successfully reset.`
pub fn reset_line(info: &ConnectionInfo, namespaces: &[String]) -> String {
    let provider = pretty_provider(info.dialect());
    match info {
        ConnectionInfo::Postgres(pg) => {
            let (schemas, verb) = match namespaces {
                [] => (format!("schema \"{}\"", pg.schema), "was"),
                [one] => (format!("schema \"{one}\""), "was"),
                many => (format!("schemas \"{}\"", many.join(", ")), "were"),
            };
            format!(
                "The {provider} database \"{}\" {schemas} at \"{}:{}\" {verb} successfully reset.",
                pg.database, pg.host, pg.port
            )
        }
        ConnectionInfo::Mysql(my) => {
            format!(
                "The {provider} database \"{}\" at \"{}:{}\" was successfully reset.",
                my.database, my.host, my.port
            )
        }
        ConnectionInfo::Sqlite(sqlite) => format!(
            "The {provider} database \"{}\" at \"file:{}\" was successfully reset.",
            sqlite.file_name(),
            sqlite.path.display()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn reset_lines_are_prismas() {
        let pg = ConnectionInfo::parse("postgresql://u@localhost:5432/app", Path::new("/")).unwrap();
        assert_eq!(
            reset_line(&pg, &[]),
            "The PostgreSQL database \"app\" schema \"public\" at \"localhost:5432\" was successfully reset."
        );
        assert_eq!(
            reset_line(&pg, &["a".into(), "b".into()]),
            "The PostgreSQL database \"app\" schemas \"a, b\" at \"localhost:5432\" were successfully reset."
        );
        let sqlite = ConnectionInfo::parse("file:./dev.db", Path::new("/p")).unwrap();
        assert_eq!(
            reset_line(&sqlite, &[]),
            "The SQLite database \"dev.db\" at \"file:/p/dev.db\" was successfully reset."
        );
    }

    #[test]
    fn errors_print_prismas_texts() {
        let e = PushError::Unexecutable { unexecutable: vec!["Made the column `x` required".into()] };
        assert!(e
            .to_string()
            .contains("  \u{2022} Made the column `x` required\n\nYou may use the --force-reset flag"));
        let e = PushError::NeedsAcceptDataLoss { warnings: vec![] };
        assert_eq!(
            e.to_string(),
            "Use the --accept-data-loss flag to ignore the data loss warnings like `strata db push --accept-data-loss`"
        );
    }
}
