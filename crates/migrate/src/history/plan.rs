//! [`plan`]: the migrations folder against `_prisma_migrations`, with Prisma's rules.
//!
//! Prisma answers three questions from the same two lists, each in its own command:
//! - *status* (`diagnoseMigrationHistory`, then the CLI): which local migrations have no live
//!   row (pending), which live rows have no folder (missing locally), which live rows are
//!   unfinished (failed), which scripts no longer match their live row (edited);
//! - *deploy* (`applyMigrations`): stop with P3009 if any live row is unfinished; otherwise
//!   apply, in folder order, every local migration without a live row. Deploy never compares
//!   checksums and ignores rows missing locally;
//! - *resolve*: see [`resolve`](super::resolve_applied).
//!
//! Rolled-back rows are invisible to status and deploy: a migration whose attempts were all
//! rolled back is pending again, and deploy applies it anew (a second row).
//!
//! [`plan`] answers the first two at once in a [`HistoryState`], in O(local + rows) with hash
//! lookups.

use super::checksum;
use super::error::HistoryError;
use super::row::{HistoryRow, LocalMigration};
use super::timestamp::Timestamp;
use std::collections::HashMap;

/// The state of the migration history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryState {
    /// Whether `_prisma_migrations` exists.
    pub has_history_table: bool,
    /// Every local migration, in folder-name order (byte order), with its status.
    pub migrations: Vec<MigrationEntry>,
    /// Live rows whose folder is gone, oldest first (one entry per row).
    pub missing_locally: Vec<MissingLocally>,
    /// Live, unfinished rows — local or not — oldest first.
    pub failed: Vec<FailedMigration>,
    /// What `migrate deploy` would do, or the error that stops it.
    pub deploy: Result<DeployPlan, HistoryError>,
}

/// One local migration and what the history says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationEntry {
    /// The folder name.
    pub name: String,
    /// Applied, failed or pending.
    pub status: MigrationStatus,
    /// The script no longer matches the checksum of its live row (line endings and byte order
    /// mark aside, see [`checksum::matches`]). Always false for pending migrations.
    pub modified: bool,
    /// How many attempts were marked rolled back (`resolve --rolled-back`, or `--applied` over a
    /// failed attempt).
    pub rolled_back_attempts: usize,
    /// Whether the folder has a `migration.sql`.
    pub has_script: bool,
}

/// The status of a local migration, from its first live row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MigrationStatus {
    /// No live row: never applied, or every attempt rolled back. Deploy applies it.
    Pending,
    /// A live, finished row.
    Applied,
    /// A live, unfinished row. Deploy stops with P3009 until it is resolved.
    Failed,
}

/// A live row whose migration folder is not on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingLocally {
    /// The migration name recorded in the row.
    pub name: String,
    /// Whether the row finished (applied) or not (failed).
    pub finished: bool,
}

/// A failed attempt: a live row with no `finished_at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailedMigration {
    /// The row's id.
    pub id: String,
    /// The migration name.
    pub name: String,
    /// When the attempt started.
    pub started_at: Timestamp,
    /// The error recorded for the attempt, if any.
    pub logs: Option<String>,
}

/// What `migrate deploy` would do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeployPlan {
    /// `_prisma_migrations` does not exist yet: deploy creates it — unless the database has any
    /// other table, in which case deploy must stop with P3005 (even with nothing to apply).
    pub create_history_table: bool,
    /// The migrations to apply, in order.
    pub to_apply: Vec<String>,
}

/// What `prisma migrate status` reports for a [`HistoryState`] (Prisma 7's CLI), in its order
/// of precedence. Prisma's `status` says nothing about modified migrations, nor about applied
/// migrations missing locally unless there are also pending ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrismaStatus {
    /// Local migrations without a live row, and no live row missing locally. Exit 1.
    Pending {
        /// The pending migrations, in folder order.
        unapplied: Vec<String>,
    },
    /// Pending migrations and live rows missing locally. Exit 1.
    Diverged {
        /// The local migration before the first pending one (`None`: the first is pending).
        last_common: Option<String>,
        /// The pending migrations, in folder order.
        unapplied: Vec<String>,
        /// The names of live rows missing locally, oldest first.
        missing_locally: Vec<String>,
    },
    /// Failed migrations (and no pending one). Exit 1.
    Failed {
        /// The names of the failed rows, oldest first.
        failed: Vec<String>,
    },
    /// Nothing to report. Exit 0.
    UpToDate,
    /// No history table and no local migration. Exit 1.
    NotManaged,
}

impl PrismaStatus {
    /// The exit code of `prisma migrate status`.
    pub fn exit_code(&self) -> i32 {
        match self {
            PrismaStatus::UpToDate => 0,
            _ => 1,
        }
    }
}

/// Compares the local migrations with the history rows.
///
/// `local` may come in any order (it is read in folder-name byte order; Prisma's CLI sorts with
/// `localeCompare`, which differs only for names sharing a timestamp). `history` is `None` when
/// `_prisma_migrations` does not exist, else its rows in `ORDER BY started_at` order, as Prisma
/// reads them: "first" and "oldest" below refer to that order.
pub fn plan(local: &[LocalMigration], history: Option<&[HistoryRow]>) -> HistoryState {
    let rows = history.unwrap_or_default();
    let mut order: Vec<&LocalMigration> = local.iter().collect();
    if !order.is_sorted_by(|a, b| a.name() <= b.name()) {
        order.sort_by(|a, b| a.name().cmp(b.name()));
    }

    // The first live row of each migration, and how many rolled-back rows it has.
    let mut first_live: HashMap<&str, &HistoryRow> = HashMap::with_capacity(rows.len());
    let mut rolled_back: HashMap<&str, usize> = HashMap::new();
    for row in rows {
        if row.is_live() {
            first_live.entry(row.migration_name.as_str()).or_insert(row);
        } else {
            *rolled_back.entry(row.migration_name.as_str()).or_default() += 1;
        }
    }

    let migrations: Vec<MigrationEntry> = order
        .iter()
        .map(|migration| {
            let row = first_live.get(migration.name());
            let status = match row {
                None => MigrationStatus::Pending,
                Some(row) if row.finished_at.is_some() => MigrationStatus::Applied,
                Some(_) => MigrationStatus::Failed,
            };
            let modified = match (row, migration.script()) {
                (Some(row), Some(script)) => !checksum::matches(script, &row.checksum),
                _ => false,
            };
            MigrationEntry {
                name: migration.name().to_owned(),
                status,
                modified,
                rolled_back_attempts: rolled_back.get(migration.name()).copied().unwrap_or(0),
                has_script: migration.script().is_some(),
            }
        })
        .collect();

    let local_names: HashMap<&str, ()> = order.iter().map(|m| (m.name(), ())).collect();
    let live = || rows.iter().filter(|row| row.is_live());
    let missing_locally = live()
        .filter(|row| !local_names.contains_key(row.migration_name.as_str()))
        .map(|row| MissingLocally { name: row.migration_name.clone(), finished: row.finished_at.is_some() })
        .collect();
    let failed: Vec<FailedMigration> = live()
        .filter(|row| row.finished_at.is_none())
        .map(|row| FailedMigration {
            id: row.id.clone(),
            name: row.migration_name.clone(),
            started_at: row.started_at,
            logs: row.logs.clone(),
        })
        .collect();

    let deploy = if !failed.is_empty() {
        Err(HistoryError::FailedMigrations { failed: failed.clone() })
    } else if let Some(entry) = migrations.iter().find(|m| m.status == MigrationStatus::Pending && !m.has_script) {
        // Prisma applies the migrations before this one, then stops here; Strata refuses first.
        Err(HistoryError::MigrationFileNotFound {
            migration_name: entry.name.clone(),
            path: format!("{}/migration.sql", entry.name),
        })
    } else {
        Ok(DeployPlan {
            create_history_table: history.is_none(),
            to_apply: migrations
                .iter()
                .filter(|m| m.status == MigrationStatus::Pending)
                .map(|m| m.name.clone())
                .collect(),
        })
    };

    HistoryState { has_history_table: history.is_some(), migrations, missing_locally, failed, deploy }
}

impl HistoryState {
    /// The names of the migrations with `status`, in folder order.
    pub fn with_status(&self, status: MigrationStatus) -> impl Iterator<Item = &str> {
        self.migrations.iter().filter(move |m| m.status == status).map(|m| m.name.as_str())
    }

    /// The names of the applied migrations, in folder order.
    pub fn applied(&self) -> impl Iterator<Item = &str> {
        self.with_status(MigrationStatus::Applied)
    }

    /// The names of the pending migrations, in folder order.
    pub fn pending(&self) -> impl Iterator<Item = &str> {
        self.with_status(MigrationStatus::Pending)
    }

    /// The names of the modified migrations (applied or failed), in folder order.
    pub fn modified(&self) -> impl Iterator<Item = &str> {
        self.migrations.iter().filter(|m| m.modified).map(|m| m.name.as_str())
    }

    /// The names of the local migrations with at least one rolled-back attempt, in folder order.
    pub fn rolled_back(&self) -> impl Iterator<Item = &str> {
        self.migrations.iter().filter(|m| m.rolled_back_attempts > 0).map(|m| m.name.as_str())
    }

    /// Nothing pending, failed, modified or missing locally.
    pub fn is_clean(&self) -> bool {
        self.failed.is_empty()
            && self.missing_locally.is_empty()
            && self.migrations.iter().all(|m| m.status == MigrationStatus::Applied && !m.modified)
    }

    /// What `prisma migrate status` reports. Errs with P3015 — as Prisma's status does — when a
    /// folder without `migration.sql` has a live row (its checksum cannot be compared).
    pub fn prisma_status(&self) -> Result<PrismaStatus, HistoryError> {
        if let Some(entry) = self.migrations.iter().find(|m| m.status != MigrationStatus::Pending && !m.has_script) {
            return Err(HistoryError::MigrationFileNotFound {
                migration_name: entry.name.clone(),
                path: format!("{}/migration.sql", entry.name),
            });
        }
        let unapplied: Vec<String> = self.pending().map(str::to_owned).collect();
        if !unapplied.is_empty() {
            if self.missing_locally.is_empty() {
                return Ok(PrismaStatus::Pending { unapplied });
            }
            let first = self.migrations.iter().position(|m| m.status == MigrationStatus::Pending).unwrap_or(0);
            return Ok(PrismaStatus::Diverged {
                last_common: first.checked_sub(1).map(|i| self.migrations[i].name.clone()),
                unapplied,
                missing_locally: self.missing_locally.iter().map(|m| m.name.clone()).collect(),
            });
        }
        if !self.has_history_table {
            return Ok(PrismaStatus::NotManaged);
        }
        if !self.failed.is_empty() {
            return Ok(PrismaStatus::Failed { failed: self.failed.iter().map(|f| f.name.clone()).collect() });
        }
        Ok(PrismaStatus::UpToDate)
    }
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
