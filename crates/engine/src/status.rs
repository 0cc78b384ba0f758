//! `migrate status`: the migrations folder against `_prisma_migrations`, read-only (no lock, as
//! Prisma).
//!
//! The report carries both what Prisma's `migrate status` says ([`PrismaStatus`], whose exit
//! code Strata keeps) and what Strata adds: modified migrations (applied, then edited), applied
//! migrations missing locally even when nothing is pending, and a database with tables but no
//! history (the P3005 situation `deploy` would stop on).

use crate::deploy::{read_history, MigrateError, Target};
use database::Connection;
use migrate::history::{self, HistoryState};
pub use migrate::history::{messages, MigrationStatus, PrismaStatus};

/// What `status` found.
#[derive(Debug, Clone)]
pub struct StatusReport {
    /// The full comparison (every local migration with its status, rows missing locally, failed
    /// rows).
    pub state: HistoryState,
    /// What Prisma's `migrate status` reports.
    pub prisma: PrismaStatus,
    /// No `_prisma_migrations`, but the database has tables: `deploy` would stop with P3005.
    pub not_empty_without_history: bool,
}

impl StatusReport {
    /// The exit code: Prisma's (0 only when up to date).
    pub fn exit_code(&self) -> i32 {
        self.prisma.exit_code()
    }

    /// Applied (or failed) migrations whose script changed since.
    pub fn modified(&self) -> Vec<String> {
        self.state.modified().map(str::to_owned).collect()
    }
}

/// `migrate status` on `target`. A SQLite file that does not exist is P1003, as for Prisma.
pub async fn status(target: &Target) -> Result<StatusReport, MigrateError> {
    let mut conn = Connection::connect(&target.info).await?;
    let result = read(&mut conn, target).await;
    let _ = conn.close().await;
    result
}

async fn read(conn: &mut Connection, target: &Target) -> Result<StatusReport, MigrateError> {
    let rows = read_history(conn).await?;
    let not_empty_without_history = rows.is_none() && !database::history::is_empty_besides_history(conn).await?;
    let state = history::plan(&target.migrations.migrations, rows.as_deref());
    let prisma = state.prisma_status().map_err(|e| match e {
        history::HistoryError::MigrationFileNotFound { migration_name, .. } => {
            target.migrations.missing_script_error(&migration_name)
        }
        other => other,
    })?;
    Ok(StatusReport { state, prisma, not_empty_without_history })
}
