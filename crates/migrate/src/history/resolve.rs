//! `migrate resolve`: marking failed migrations rolled back or applied, with Prisma's rules
//! (`schema-engine/commands/src/commands/mark_migration_{rolled_back,applied}.rs`).

use super::checksum::Checksum;
use super::error::HistoryError;
use super::row::{HistoryRow, LocalMigration};

/// What `resolve --rolled-back` writes: `rolled_back_at` = now on these rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkRolledBack {
    /// The ids of the migration's failed rows. Empty when they were already rolled back: Prisma
    /// then succeeds without writing anything.
    pub row_ids: Vec<String>,
}

/// What `resolve --applied` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkApplied {
    /// `_prisma_migrations` does not exist: create it first — without the emptiness check of
    /// `deploy`, since this is how an existing database is baselined.
    pub create_history_table: bool,
    /// Failed rows of the migration to mark rolled back first.
    pub roll_back_row_ids: Vec<String>,
    /// The migration; insert [`HistoryRow::marked_applied`] for it with [`MarkApplied::checksum`].
    pub migration_name: String,
    /// The checksum of the local `migration.sql`.
    pub checksum: Checksum,
}

/// `resolve --rolled-back NAME`. The migration need not exist locally.
///
/// - P3011 when no row (live or rolled back) has this name, or there is no history table
///   (Prisma fails with an internal "invariant violation" there);
/// - P3012 when every row of it finished;
/// - otherwise the failed rows (unfinished, not yet rolled back) are marked rolled back.
pub fn resolve_rolled_back(
    migration_name: &str,
    history: Option<&[HistoryRow]>,
) -> Result<MarkRolledBack, HistoryError> {
    let rows: Vec<&HistoryRow> =
        history.unwrap_or_default().iter().filter(|row| row.migration_name == migration_name).collect();
    if rows.is_empty() {
        return Err(HistoryError::CannotRollBackUnapplied { migration_name: migration_name.to_owned() });
    }
    if rows.iter().all(|row| row.finished_at.is_some()) {
        return Err(HistoryError::CannotRollBackSucceeded { migration_name: migration_name.to_owned() });
    }
    Ok(MarkRolledBack { row_ids: failed_row_ids(&rows) })
}

/// `resolve --applied NAME`, after the caller checked `migration_lock.toml`.
///
/// - P3017 when no local folder has this name, or it has no `migration.sql`;
/// - P3008 when any row of it finished (even one later rolled back);
/// - otherwise its failed rows are marked rolled back and an applied row is inserted.
pub fn resolve_applied(
    migration_name: &str,
    local: &[LocalMigration],
    history: Option<&[HistoryRow]>,
) -> Result<MarkApplied, HistoryError> {
    let not_found = || HistoryError::MigrationToMarkAppliedNotFound { migration_name: migration_name.to_owned() };
    let migration = local.iter().find(|m| m.name() == migration_name).ok_or_else(not_found)?;
    let checksum = migration.checksum().ok_or_else(not_found)?;
    let rows: Vec<&HistoryRow> =
        history.unwrap_or_default().iter().filter(|row| row.migration_name == migration_name).collect();
    if rows.iter().any(|row| row.finished_at.is_some()) {
        return Err(HistoryError::MigrationAlreadyApplied { migration_name: migration_name.to_owned() });
    }
    Ok(MarkApplied {
        create_history_table: history.is_none(),
        roll_back_row_ids: failed_row_ids(&rows),
        migration_name: migration_name.to_owned(),
        checksum,
    })
}

fn failed_row_ids(rows: &[&HistoryRow]) -> Vec<String> {
    rows.iter().filter(|row| row.is_failed()).map(|row| row.id.clone()).collect()
}
