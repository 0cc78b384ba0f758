//! Drift: the development database against its migration history, explained in Prisma's words.
//!
//! [`diagnose`] is what `migrate dev` does first (Prisma's `devDiagnostic`):
//! 1. plan the migrations folder against `_prisma_migrations` ([`migrate::history::plan`]);
//! 2. replay the *applied* migrations on the shadow database and describe it: the schema the
//!    history says the database has; describe the database: the schema it has. Any difference
//!    is **drift**, summarised table by table and column by column ([`Drift::summary`], the
//!    summary `migrate diff` prints: "\[*\] Changed the `User` table / \[+\] Added column `bio`");
//! 3. replay the remaining (pending) migrations too, on the same shadow database when the applied
//!    ones come first, else from scratch: a pending migration that does not apply is P3006; the
//!    result is the schema of the whole history, which `migrate dev` diffs against the schema
//!    file.
//!
//! [`reset_reasons`] then lists, in Prisma's order and wording, what makes a reset necessary:
//! failed migrations, migrations modified after they were applied, drift, and applied
//! migrations missing from the folder. [`reset_reason`] joins them as Prisma's CLI prints them.

use crate::deploy::{read_history, MigrateError, Target};
use crate::shadow::{ShadowDb, ShadowError, ShadowSpec};
use database::describe::DescribeOptions;
use database::Connection;
use migrate::history::{self, HistoryState, MigrationStatus};
use migrate::{diff as diff_schemas, MigrationStep};
use sql_schema::{Dialect, SqlSchema};

/// The opening of Prisma's drift explanation, before the summary.
pub const DRIFT_DETECTED: &str = "Drift detected: Your database schema is not in sync with your migration history.\n\n\
     The following is a summary of the differences between the expected database schema given your migrations \
     files, and the actual schema of the database.\n\n\
     It should be understood as the set of changes to get from the expected schema to the actual schema.\n";

/// What Prisma adds after [`DRIFT_DETECTED`] when the database has no `_prisma_migrations`.
pub const FIRST_TIME_MIGRATION: &str = "\nIf you are running this the first time on an existing database, please make \
     sure to read this documentation page:\n\
     https://www.prisma.io/docs/guides/database/developing-with-prisma-migrate/troubleshooting-development\n";

/// A difference between the schema the history builds and the database's.
#[derive(Debug, Clone)]
pub struct Drift {
    /// What the history builds.
    pub expected: SqlSchema,
    /// What the database has.
    pub actual: SqlSchema,
    /// The steps from `expected` to `actual`.
    pub steps: Vec<MigrationStep>,
    /// Prisma's summary of the steps (`\n[+] Added tables\n  - Post\n…`).
    pub summary: String,
}

impl Drift {
    /// Prisma's explanation: [`DRIFT_DETECTED`], [`FIRST_TIME_MIGRATION`] when the database has
    /// no history table, then the summary.
    pub fn explanation(&self, has_history_table: bool) -> String {
        let mut text = DRIFT_DETECTED.to_owned();
        if !has_history_table {
            text.push_str(FIRST_TIME_MIGRATION);
        }
        text.push_str(&self.summary);
        text
    }
}

/// Compares the schema the history builds with the database's; `None` when they agree.
pub fn compare(expected: SqlSchema, actual: SqlSchema, dialect: Dialect) -> Option<Drift> {
    let steps = diff_schemas(&expected, &actual, dialect);
    if steps.is_empty() {
        return None;
    }
    let summary = crate::diff::summary(&steps, &expected, &actual);
    Some(Drift { expected, actual, steps, summary })
}

/// What [`diagnose`] found.
#[derive(Debug, Clone)]
pub struct Diagnosis {
    /// The folder against the history table.
    pub state: HistoryState,
    /// Drift between the applied migrations and the database, if any.
    pub drift: Option<Drift>,
    /// The schema the whole history builds (applied and pending migrations).
    pub history: SqlSchema,
    /// The database's schema, as described.
    pub live: SqlSchema,
    /// How many migrations were replayed on the shadow database (counting a second replay).
    pub replayed: usize,
}

impl Diagnosis {
    /// Prisma's reasons to reset, in Prisma's order (see [`reset_reasons`]).
    pub fn reset_reasons(&self) -> Vec<String> {
        reset_reasons(&self.state, self.drift.as_ref())
    }
}

/// Why [`diagnose`] failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DriftError {
    /// Reading the history or the database failed.
    #[error(transparent)]
    Migrate(#[from] MigrateError),
    /// The shadow database failed (P3006 for a migration that does not apply).
    #[error(transparent)]
    Shadow(#[from] ShadowError),
}

impl From<database::Error> for DriftError {
    fn from(e: database::Error) -> Self {
        DriftError::Migrate(e.into())
    }
}

impl DriftError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            DriftError::Migrate(e) => e.code(),
            DriftError::Shadow(e) => e.code(),
        }
    }
}

/// The PostgreSQL schemas a command works on besides the URL's: the datasource's `schemas`
/// (multiSchema), or `None`.
pub fn namespaces(datasource: Option<&psl::config::Datasource>) -> Option<Vec<String>> {
    let schemas: Vec<String> = datasource?.schemas.iter().map(|(name, _)| name.clone()).collect();
    (!schemas.is_empty()).then_some(schemas)
}

/// Prisma's `devDiagnostic` on the open connection `conn` to `target`'s database (see the module
/// docs). Writes nothing to the database; the shadow database is dropped (or left reset) before
/// it returns.
pub async fn diagnose(
    conn: &mut Connection,
    target: &Target,
    shadow: &ShadowSpec,
    namespaces: Option<Vec<String>>,
) -> Result<Diagnosis, DriftError> {
    let (diagnosis, db) = diagnose_keeping_shadow(conn, target, shadow, namespaces).await?;
    db.close().await?;
    Ok(diagnosis)
}

/// [`diagnose`], leaving the shadow database open: the caller closes it, e.g. while it goes on
/// with other work (dropping a PostgreSQL database waits for a checkpoint). On error it is
/// already closed.
pub async fn diagnose_keeping_shadow(
    conn: &mut Connection,
    target: &Target,
    shadow: &ShadowSpec,
    namespaces: Option<Vec<String>>,
) -> Result<(Diagnosis, ShadowDb), DriftError> {
    let rows = read_history(conn).await?;
    let state = history::plan(&target.migrations.migrations, rows.as_deref());
    let describe = DescribeOptions { namespaces: namespaces.clone(), include_migrations_table: false };
    // Describing the database and creating the shadow database are independent.
    let (live, opened) = tokio::join!(conn.describe(&describe), ShadowDb::open(shadow, namespaces));
    let mut db = opened?;
    let live = match live {
        Ok(described) => described.schema,
        Err(e) => {
            let _ = db.close().await;
            return Err(e.into());
        }
    };
    match replay_history(&mut db, target, &state).await {
        Ok((expected, history, replayed)) => {
            let drift = compare(expected, live.clone(), target.dialect);
            Ok((Diagnosis { state, drift, history, live, replayed }, db))
        }
        Err(e) => {
            let _ = db.close().await;
            Err(e.into())
        }
    }
}

/// Replays the applied migrations and describes (the expected schema), then the rest (the
/// schema of the whole history); returns both and how many migrations were replayed.
async fn replay_history(
    db: &mut ShadowDb,
    target: &Target,
    state: &HistoryState,
) -> Result<(SqlSchema, SqlSchema, usize), ShadowError> {
    let local = &target.migrations.migrations;
    let folder = &target.migrations.path;
    let applied: Vec<usize> = state
        .migrations
        .iter()
        .enumerate()
        .filter(|(_, m)| m.status == MigrationStatus::Applied)
        .map(|(i, _)| i)
        .collect();
    db.apply(applied.iter().map(|&i| &local[i]), folder).await?;
    let expected = db.describe().await?;
    if applied.len() == local.len() {
        return Ok((expected.clone(), expected, db.applied()));
    }
    // The applied migrations usually come first: then the rest continues on the same shadow
    // database; otherwise the whole history is replayed from scratch.
    let replayed = if applied.iter().enumerate().all(|(n, &i)| n == i) {
        db.apply(&local[applied.len()..], folder).await?;
        db.applied()
    } else {
        let first = db.applied();
        db.reset().await?;
        db.apply(local, folder).await?;
        first + db.applied()
    };
    Ok((expected, db.describe().await?, replayed))
}

/// [`diagnose`] with a connection of its own: drift detection for `migrate status` and the
/// studio. Reads only.
pub async fn check(
    target: &Target,
    shadow: &ShadowSpec,
    namespaces: Option<Vec<String>>,
) -> Result<Diagnosis, DriftError> {
    let mut conn = Connection::connect(&target.info).await?;
    let result = diagnose(&mut conn, target, shadow, namespaces).await;
    let _ = conn.close().await;
    result
}

/// Prisma's reasons to reset the development database, in its order and words: failed
/// migrations, migrations modified after they were applied, drift, then applied migrations
/// missing from the folder (alone, or diverging from pending ones).
pub fn reset_reasons(state: &HistoryState, drift: Option<&Drift>) -> Vec<String> {
    let mut reasons = Vec::new();
    for failed in &state.failed {
        reasons.push(format!("The migration `{}` failed.", failed.name));
    }
    for name in state.modified() {
        if state.migrations.iter().any(|m| m.name == name && m.status == MigrationStatus::Applied) {
            reasons.push(format!("The migration `{name}` was modified after it was applied."));
        }
    }
    if let Some(drift) = drift {
        reasons.push(drift.explanation(state.has_history_table));
    }
    let missing: Vec<&str> = state.missing_locally.iter().map(|m| m.name.as_str()).collect();
    if !missing.is_empty() {
        let first_pending = state.migrations.iter().position(|m| m.status == MigrationStatus::Pending);
        match first_pending {
            None => reasons.push(format!(
                "The following migration(s) are applied to the database but missing from the local migrations \
                 directory: {}",
                missing.join(", ")
            )),
            Some(index) => {
                let details = index
                    .checked_sub(1)
                    .map(|last| {
                        format!(
                            " Last common migration: `{}`. Migrations applied to the database but absent from the \
                             migrations directory are: {}",
                            state.migrations[last].name,
                            missing.join(", ")
                        )
                    })
                    .unwrap_or_default();
                reasons.push(format!(
                    "The migrations recorded in the database diverge from the local migrations directory.{details}"
                ));
            }
        }
    }
    reasons
}

/// The reasons as Prisma prints them: one reason alone, or each as `- reason` on its line.
pub fn reset_reason(reasons: &[String]) -> Option<String> {
    match reasons {
        [] => None,
        [one] => Some(one.clone()),
        many => Some(many.iter().map(|r| format!("- {r}\n")).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use migrate::history::{Checksum, HistoryRow, LocalMigration, Timestamp};
    use sql_schema::ColumnSpec;

    fn schema(tables: &[(&str, &[&str])]) -> SqlSchema {
        let mut builder = SqlSchema::builder();
        for (name, columns) in tables {
            builder = builder.table(name, |t| {
                for column in *columns {
                    t.column(column, ColumnSpec::text().nullable());
                }
            });
        }
        builder.build()
    }

    #[test]
    fn drift_is_explained_table_by_table_and_column_by_column() {
        let expected = schema(&[("User", &["id"])]);
        let actual = schema(&[("Audit", &["id"]), ("User", &["id", "bio"])]);
        let drift = compare(expected.clone(), actual, Dialect::Postgres).expect("drift");
        let text = drift.explanation(true);
        assert!(
            text.starts_with("Drift detected: Your database schema is not in sync with your migration history.\n\n")
        );
        assert!(text.contains("\n[+] Added tables\n  - Audit\n"), "{text}");
        assert!(text.contains("\n[*] Changed the `User` table\n  [+] Added column `bio`\n"), "{text}");
        assert!(!text.contains("first time"));
        assert!(drift.explanation(false).contains("If you are running this the first time on an existing database"));
        assert!(compare(expected.clone(), expected, Dialect::Postgres).is_none());
    }

    fn row(name: &str, script: &str, finished: bool) -> HistoryRow {
        let mut row =
            HistoryRow::started(format!("id-{name}"), name, Checksum::of(script), Timestamp::from_unix_micros(1));
        if finished {
            row.finish(Timestamp::from_unix_micros(2));
        }
        row
    }

    #[test]
    fn reasons_follow_prismas_order_and_wording() {
        let local =
            [LocalMigration::new("1_a", "A"), LocalMigration::new("2_b", "B edited"), LocalMigration::new("3_c", "C")];
        let rows = [row("1_a", "A", true), row("2_b", "B", true), row("3_c", "C", false), row("0_gone", "G", true)];
        let state = history::plan(&local, Some(&rows));
        let reasons = reset_reasons(&state, None);
        assert_eq!(
            reasons,
            [
                "The migration `3_c` failed.",
                "The migration `2_b` was modified after it was applied.",
                "The following migration(s) are applied to the database but missing from the local migrations \
                 directory: 0_gone",
            ]
        );
        assert_eq!(reset_reason(&reasons).unwrap(), reasons.iter().map(|r| format!("- {r}\n")).collect::<String>());
        assert_eq!(reset_reason(&reasons[..1]).unwrap(), "The migration `3_c` failed.");
        assert_eq!(reset_reason(&[]), None);
    }

    #[test]
    fn diverging_histories_name_the_last_common_migration() {
        let local = [LocalMigration::new("1_a", "A"), LocalMigration::new("3_c", "C")];
        let rows = [row("1_a", "A", true), row("2_b", "B", true)];
        let state = history::plan(&local, Some(&rows));
        assert_eq!(
            reset_reasons(&state, None),
            ["The migrations recorded in the database diverge from the local migrations directory. Last common \
              migration: `1_a`. Migrations applied to the database but absent from the migrations directory are: 2_b"]
        );
    }
}
