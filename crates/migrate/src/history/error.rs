//! [`HistoryError`]: the migration-history errors the pure rules can decide, with Prisma's codes.

use super::messages;
use super::plan::FailedMigration;

/// An error from the migration-history rules. `Display` is Prisma's message for the code
/// ([`HistoryError::code`]), word for word.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HistoryError {
    /// P3009: failed migrations block `deploy` until resolved.
    #[error("{}", messages::found_failed_migrations(.failed))]
    FailedMigrations {
        /// The failed rows, oldest first.
        failed: Vec<FailedMigration>,
    },
    /// P3008: `resolve --applied` on a migration already recorded as applied.
    #[error("{}", messages::migration_already_applied(.migration_name))]
    MigrationAlreadyApplied {
        /// The migration named on the command line.
        migration_name: String,
    },
    /// P3010: a sanitised migration name longer than 200 bytes.
    #[error("{}", messages::MIGRATION_NAME_TOO_LONG)]
    MigrationNameTooLong,
    /// P3011: `resolve --rolled-back` on a migration that has no row.
    #[error("{}", messages::cannot_roll_back_unapplied(.migration_name))]
    CannotRollBackUnapplied {
        /// The migration named on the command line.
        migration_name: String,
    },
    /// P3012: `resolve --rolled-back` on a migration whose rows all finished.
    #[error("{}", messages::cannot_roll_back_succeeded(.migration_name))]
    CannotRollBackSucceeded {
        /// The migration named on the command line.
        migration_name: String,
    },
    /// P3015: a migration folder has no `migration.sql`.
    #[error("{}", messages::migration_file_not_found(.path))]
    MigrationFileNotFound {
        /// The migration.
        migration_name: String,
        /// The missing file, as the caller wants it shown (Strata: the full path).
        path: String,
    },
    /// P3017: `resolve --applied` names a migration that is not in the folder.
    #[error("{}", messages::migration_to_mark_applied_not_found(.migration_name))]
    MigrationToMarkAppliedNotFound {
        /// The migration named on the command line.
        migration_name: String,
    },
    /// P3019: `migration_lock.toml` names another provider than the schema.
    #[error("{}", messages::provider_switched(.schema_provider, .lock_provider))]
    ProviderSwitched {
        /// The provider of the schema's datasource.
        schema_provider: String,
        /// The provider in `migration_lock.toml`.
        lock_provider: String,
    },
}

impl HistoryError {
    /// Prisma's error code.
    pub fn code(&self) -> &'static str {
        match self {
            HistoryError::FailedMigrations { .. } => "P3009",
            HistoryError::MigrationAlreadyApplied { .. } => "P3008",
            HistoryError::MigrationNameTooLong => "P3010",
            HistoryError::CannotRollBackUnapplied { .. } => "P3011",
            HistoryError::CannotRollBackSucceeded { .. } => "P3012",
            HistoryError::MigrationFileNotFound { .. } => "P3015",
            HistoryError::MigrationToMarkAppliedNotFound { .. } => "P3017",
            HistoryError::ProviderSwitched { .. } => "P3019",
        }
    }
}
