//! The two inputs of [`plan`](super::plan()): rows of `_prisma_migrations` and local folders.

use super::checksum::Checksum;
use super::timestamp::Timestamp;

/// One row of `_prisma_migrations`: one attempt at applying a migration.
///
/// What Prisma writes, and when (Strata writes the same, through the constructors below):
/// - `deploy`/`dev`, before running a script: a new row ([`HistoryRow::started`]) with a random
///   UUID `id`, the script's `checksum`, `started_at` = now, `logs` NULL,
///   `applied_steps_count` 0, `finished_at` and `rolled_back_at` NULL;
/// - after the script succeeds: `applied_steps_count` + 1, then `finished_at` = now
///   ([`HistoryRow::finish`]);
/// - after it fails: `logs` = the error ([`HistoryRow::fail`]); the row stays, unfinished;
/// - `resolve --rolled-back`: `rolled_back_at` = now on every failed row of the migration;
/// - `resolve --applied`: failed rows rolled back, then a new row ([`HistoryRow::marked_applied`])
///   with `logs` = '' and `started_at` = `finished_at` = now, `applied_steps_count` 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRow {
    /// A random UUID (`VARCHAR(36)`), the primary key.
    pub id: String,
    /// The checksum recorded when the attempt started (normally 64 hex digits; see
    /// [`Checksum::matches_recorded`] for older rows).
    pub checksum: String,
    /// When the script finished successfully (or was marked applied); NULL while running and
    /// after a failure.
    pub finished_at: Option<Timestamp>,
    /// The migration's folder name.
    pub migration_name: String,
    /// The error of a failed attempt; '' for rows made by `resolve --applied`; NULL otherwise.
    pub logs: Option<String>,
    /// When `resolve` marked the attempt rolled back; such rows are ignored by every rule but
    /// `resolve`.
    pub rolled_back_at: Option<Timestamp>,
    /// When the attempt started. Prisma reads the rows `ORDER BY started_at`.
    pub started_at: Timestamp,
    /// 1 once the script ran (Prisma counts the whole script as one step), else 0.
    pub applied_steps_count: u32,
}

impl HistoryRow {
    /// The row `deploy` inserts before running `checksum`'s script.
    pub fn started(
        id: impl Into<String>,
        migration_name: impl Into<String>,
        checksum: Checksum,
        now: Timestamp,
    ) -> Self {
        HistoryRow {
            id: id.into(),
            checksum: checksum.to_hex(),
            finished_at: None,
            migration_name: migration_name.into(),
            logs: None,
            rolled_back_at: None,
            started_at: now,
            applied_steps_count: 0,
        }
    }

    /// The row `resolve --applied` inserts.
    pub fn marked_applied(
        id: impl Into<String>,
        migration_name: impl Into<String>,
        checksum: Checksum,
        now: Timestamp,
    ) -> Self {
        HistoryRow {
            finished_at: Some(now),
            logs: Some(String::new()),
            ..HistoryRow::started(id, migration_name, checksum, now)
        }
    }

    /// The script ran: one more applied step, and finished now.
    pub fn finish(&mut self, now: Timestamp) {
        self.applied_steps_count += 1;
        self.finished_at = Some(now);
    }

    /// The script failed with `logs`; the row stays unfinished (a *failed* migration).
    pub fn fail(&mut self, logs: impl Into<String>) {
        self.logs = Some(logs.into());
    }

    /// `resolve` marked this attempt rolled back.
    pub fn roll_back(&mut self, now: Timestamp) {
        self.rolled_back_at = Some(now);
    }

    /// Not rolled back: the rows every rule but `resolve` looks at.
    pub fn is_live(&self) -> bool {
        self.rolled_back_at.is_none()
    }

    /// Live and finished.
    pub fn is_applied(&self) -> bool {
        self.is_live() && self.finished_at.is_some()
    }

    /// Live and unfinished: started, then failed (or still running, or interrupted).
    pub fn is_failed(&self) -> bool {
        self.is_live() && self.finished_at.is_none()
    }
}

/// One folder of the migrations directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalMigration {
    name: String,
    script: Option<(String, Checksum)>,
}

impl LocalMigration {
    /// A folder `name` whose `migration.sql` holds `script` (decoded as UTF-8, invalid bytes
    /// replaced, a byte order mark kept — as Prisma's CLI reads it).
    pub fn new(name: impl Into<String>, script: impl Into<String>) -> LocalMigration {
        let script = script.into();
        let checksum = Checksum::of(&script);
        LocalMigration { name: name.into(), script: Some((script, checksum)) }
    }

    /// A folder `name` without a `migration.sql`. Prisma still lists it: pending for `status`,
    /// P3015 when `deploy` gets to it.
    pub fn without_script(name: impl Into<String>) -> LocalMigration {
        LocalMigration { name: name.into(), script: None }
    }

    /// The folder name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The contents of `migration.sql`, if the folder has one.
    pub fn script(&self) -> Option<&str> {
        self.script.as_ref().map(|(script, _)| script.as_str())
    }

    /// The checksum `deploy` would record for the script.
    pub fn checksum(&self) -> Option<Checksum> {
        self.script.as_ref().map(|&(_, checksum)| checksum)
    }
}
