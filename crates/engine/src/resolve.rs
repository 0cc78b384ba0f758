//! `migrate resolve --applied NAME | --rolled-back NAME`, with Prisma's rules
//! (`migrate::history::{resolve_applied, resolve_rolled_back}`) and the migration lock held.
//!
//! - `--rolled-back`: the migration's failed rows get `rolled_back_at`; P3011 when it has no
//!   row, P3012 when it did not fail. Already rolled back: nothing to write, success.
//! - `--applied`: P3019 when `migration_lock.toml` names another provider, P3017 when the folder
//!   (or its `migration.sql`) is missing, P3008 when it is already applied; otherwise its failed
//!   rows are rolled back and a row with `logs` '' and `finished_at` set is inserted. The history
//!   table is created if missing, with no emptiness check: this is how an existing database is
//!   baselined.

use crate::deploy::{new_id, now_micros, read_history, MigrateError, Target};
use database::history as table;
use database::lock::{MigrationLock, DEFAULT_TIMEOUT};
use database::Connection;
use migrate::history;

/// Which way to resolve.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolveAction {
    /// `--applied NAME`.
    Applied(String),
    /// `--rolled-back NAME`.
    RolledBack(String),
}

impl ResolveAction {
    /// The migration named.
    pub fn migration_name(&self) -> &str {
        match self {
            ResolveAction::Applied(name) | ResolveAction::RolledBack(name) => name,
        }
    }
}

/// What `resolve` wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolveReport {
    /// The action.
    pub action: ResolveAction,
    /// `_prisma_migrations` was created (`--applied` on a database without history).
    pub created_history_table: bool,
    /// Failed rows marked rolled back.
    pub rolled_back_rows: usize,
    /// Whether an applied row was inserted.
    pub inserted_applied_row: bool,
}

/// `migrate resolve` on `target`.
pub async fn resolve(target: &Target, action: ResolveAction) -> Result<ResolveReport, MigrateError> {
    if matches!(action, ResolveAction::Applied(_)) {
        target.check_provider()?;
    }
    let mut conn = Connection::connect(&target.info).await?;
    let lock = match MigrationLock::acquire(&mut conn, DEFAULT_TIMEOUT).await {
        Ok(lock) => lock,
        Err(e) => return Err(e.into()),
    };
    let result = write(&mut conn, target, action).await;
    let released = lock.release(&mut conn).await;
    let _ = conn.close().await;
    let report = result?;
    released?;
    Ok(report)
}

async fn write(conn: &mut Connection, target: &Target, action: ResolveAction) -> Result<ResolveReport, MigrateError> {
    let rows = read_history(conn).await?;
    let mut report = ResolveReport {
        action: action.clone(),
        created_history_table: false,
        rolled_back_rows: 0,
        inserted_applied_row: false,
    };
    match &action {
        ResolveAction::RolledBack(name) => {
            let marks = history::resolve_rolled_back(name, rows.as_deref())?;
            table::roll_back(conn, &marks.row_ids, now_micros()).await?;
            report.rolled_back_rows = marks.row_ids.len();
        }
        ResolveAction::Applied(name) => {
            let marks = history::resolve_applied(name, &target.migrations.migrations, rows.as_deref())?;
            if marks.create_history_table {
                table::create_table(conn, history::history_table_ddl(target.dialect)).await?;
                report.created_history_table = true;
            }
            let now = now_micros();
            table::roll_back(conn, &marks.roll_back_row_ids, now).await?;
            table::insert_marked_applied(conn, &new_id(), &marks.migration_name, &marks.checksum.to_hex(), now).await?;
            report.rolled_back_rows = marks.roll_back_row_ids.len();
            report.inserted_applied_row = true;
        }
    }
    Ok(report)
}
