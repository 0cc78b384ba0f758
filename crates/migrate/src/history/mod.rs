//! The migration history: what is applied, what is on disk, and what `migrate deploy`,
//! `migrate status` and `migrate resolve` make of the two — with Prisma's rules, so Strata and
//! Prisma agree on the same `prisma/migrations/` folder and the same `_prisma_migrations` table.
//!
//! Everything here is pure: rows and files come in as values, timestamps and ids are passed in.
//! The database layer reads and writes the rows, the engine reads and writes the folder.
//!
//! # Glossary
//! - **Local migration** ([`LocalMigration`]): one folder of `migrations/`, named
//!   `YYYYMMDDHHMMSS_name`, holding `migration.sql` (its *script*).
//! - **History row** ([`HistoryRow`]): one row of `_prisma_migrations`, i.e. one *attempt* at
//!   applying a migration. A migration may have several rows: failed attempts that were marked
//!   rolled back, then the attempt that succeeded.
//! - **Live row**: a row with `rolled_back_at` NULL. Rolled-back rows are ignored by every rule
//!   except `migrate resolve`.
//! - **Applied**: a live row with `finished_at` set. **Failed**: a live row with `finished_at`
//!   NULL (started, never finished, not rolled back). **Pending**: a local migration without a
//!   live row.
//! - **Checksum** ([`Checksum`]): SHA-256 of `migration.sql`, lowercase hex, recorded when the
//!   attempt starts. **Modified**: a local script that no longer matches its live row's checksum,
//!   line endings and byte order mark aside ([`checksum::matches`]).
//! - **Plan** ([`plan()`]): local migrations × history rows → [`HistoryState`].

pub mod checksum;
mod error;
pub mod lock;
pub mod messages;
pub mod name;
mod plan;
mod resolve;
mod row;
pub mod table;
mod timestamp;
mod transliterate;

pub use checksum::Checksum;
pub use error::HistoryError;
pub use lock::MigrationLock;
pub use name::MigrationName;
pub use plan::{plan, DeployPlan, FailedMigration, HistoryState, MigrationEntry, MigrationStatus};
pub use plan::{MissingLocally, PrismaStatus};
pub use resolve::{resolve_applied, resolve_rolled_back, MarkApplied, MarkRolledBack};
pub use row::{HistoryRow, LocalMigration};
pub use table::history_table_ddl;
pub use timestamp::{Timestamp, UtcDateTime};
