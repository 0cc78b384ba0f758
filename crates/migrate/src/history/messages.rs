//! Prisma's wording for every migration-history error and `migrate status` report, in one place.
//!
//! The error texts are Prisma's `user-facing-errors` (`libs/user-facing-errors/src/schema_engine.rs`)
//! byte for byte; teams grep CI logs for them. The status texts are the Prisma 7 CLI's, with the
//! command name (`prisma` there) passed in. The transcripts in
//! `crates/migrate/tests/fixtures/prisma_history/` show each one as Prisma prints it.

use super::plan::FailedMigration;
use std::fmt::Write as _;

/// P3005, when `migrate deploy` finds tables but no `_prisma_migrations`.
pub const DATABASE_SCHEMA_NOT_EMPTY: &str = "The database schema is not empty. Read more about how to baseline an \
     existing production database: https://pris.ly/d/migrate-baseline";

/// P3010, a `--name` longer than 200 bytes (unreachable from Prisma's CLI, which truncates).
pub const MIGRATION_NAME_TOO_LONG: &str =
    "The name of the migration is too long. It must not be longer than 200 characters (bytes).";

/// P3006: a migration does not apply to the shadow database. `inner_code` is the inner error's
/// code (`P3018`, …) when it has one.
pub fn migration_does_not_apply_cleanly(migration_name: &str, inner_code: Option<&str>, inner_error: &str) -> String {
    let code = inner_code.map(|c| format!("Error code: {c}\n")).unwrap_or_default();
    format!(
        "Migration `{migration_name}` failed to apply cleanly to the shadow database. \n{code}Error:\n{inner_error}"
    )
}

/// P3008: `resolve --applied` on a migration that has a finished row.
pub fn migration_already_applied(migration_name: &str) -> String {
    format!("The migration `{migration_name}` is already recorded as applied in the database.")
}

/// P3009: `deploy` (or `dev`) finds failed migrations. One line per failed row, oldest first.
///
/// Prisma's formatter appends ` with the following logs:\n{logs}` when a row has logs, but
/// Prisma never loads the `logs` column when it reads the table, so its P3009 never shows them;
/// this text does the same (the logs stay available in [`FailedMigration::logs`]).
pub fn found_failed_migrations(failed: &[FailedMigration]) -> String {
    let mut text = String::from(
        "migrate found failed migrations in the target database, new migrations will not be applied. Read more about \
         how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n",
    );
    for migration in failed {
        let _ = writeln!(text, "The `{}` migration started at {} failed", migration.name, migration.started_at);
    }
    text
}

/// P3011: `resolve --rolled-back` on a migration without any row.
pub fn cannot_roll_back_unapplied(migration_name: &str) -> String {
    format!(
        "Migration `{migration_name}` cannot be rolled back because it was never applied to the database. Hint: did \
         you pass in the whole migration name? (example: \"20201207184859_initial_migration\")"
    )
}

/// P3012: `resolve --rolled-back` on a migration whose rows all finished.
pub fn cannot_roll_back_succeeded(migration_name: &str) -> String {
    format!("Migration `{migration_name}` cannot be rolled back because it is not in a failed state.")
}

/// P3014: the shadow database cannot be created. `inner_code` as for P3006.
pub fn shadow_db_creation_error(inner_code: Option<&str>, inner_error: &str) -> String {
    let code = inner_code.map(|c| format!("Error code: {c}\n")).unwrap_or_default();
    format!(
        "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to \
         create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\n\
         Original error: {code}\n{inner_error}"
    )
}

/// P3015: a migration folder without `migration.sql`. Prisma 7 passes the file's path relative
/// to its folder, so its text says `at migration.sql`; Strata names the whole path.
pub fn migration_file_not_found(migration_file_path: &str) -> String {
    format!(
        "Could not find the migration file at {migration_file_path}. Please delete the directory or restore the \
         migration file."
    )
}

/// P3017: `resolve --applied` names no folder (or a folder without a readable `migration.sql`).
pub fn migration_to_mark_applied_not_found(migration_name: &str) -> String {
    format!(
        "The migration {migration_name} could not be found. Please make sure that the migration exists, and that you \
         included the whole name of the directory. (example: \"20201207184859_initial_migration\")"
    )
}

/// P3018: a migration's script fails while `deploy` applies it. This text (plus Prisma's span
/// trace) is also what Prisma stores in the failed row's `logs`.
pub fn apply_migration_error(migration_name: &str, database_error_code: &str, database_error: &str) -> String {
    format!(
        "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more \
         about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n\
         Migration name: {migration_name}\n\nDatabase error code: {database_error_code}\n\nDatabase error:\n\
         {database_error}\n"
    )
}

/// P3019: the schema's provider differs from `migration_lock.toml`'s.
pub fn provider_switched(schema_provider: &str, lock_provider: &str) -> String {
    let fix = if (schema_provider, lock_provider) == ("cockroachdb", "postgresql") {
        "Check out the following documentation for how to resolve this: https://pris.ly/d/cockroachdb-postgresql-provider"
    } else {
        "Please remove your current migration directory and start a new migration history with prisma migrate dev. \
         Read more: https://pris.ly/d/migrate-provider-switch"
    };
    format!(
        "The datasource provider `{schema_provider}` specified in your schema does not match the one specified in the \
         migration_lock.toml, `{lock_provider}`. {fix}"
    )
}

/// `migrate status`: the first line, `N migration(s) found in prisma/migrations`.
pub fn status_found(count: usize) -> String {
    match count {
        0 => "No migration found in prisma/migrations".to_owned(),
        1 => "1 migration found in prisma/migrations".to_owned(),
        n => format!("{n} migrations found in prisma/migrations"),
    }
}

/// `migrate status` with pending migrations (stdout, exit 1). `cli` is the command, `prisma`.
pub fn status_pending(cli: &str, pending: &[String]) -> String {
    format!(
        "Following migration{} have not yet been applied:\n{}\n\nTo apply migrations in development run {cli} migrate \
         dev.\nTo apply migrations in production run {cli} migrate deploy.\n",
        plural(pending.len()),
        pending.join("\n")
    )
}

/// `migrate status` when local folders and applied rows diverge (stderr, exit 1). Prisma prints
/// `null` when the first local migration is the first one missing from the database.
pub fn status_diverged(last_common: Option<&str>, unapplied: &[String], missing_locally: &[String]) -> String {
    format!(
        "Your local migration history and the migrations table from your database are different:\n\nThe last common \
         migration is: {}\n\nThe migration{} have not yet been applied:\n{}\n\nThe migration{} from the database are \
         not found locally in prisma/migrations:\n{}",
        last_common.unwrap_or("null"),
        plural(unapplied.len()),
        unapplied.join("\n"),
        plural(missing_locally.len()),
        missing_locally.join("\n")
    )
}

/// `migrate status` with failed migrations (stderr, exit 1). The resolve hints name the first.
pub fn status_failed(cli: &str, failed: &[String]) -> String {
    let first = failed.first().map(String::as_str).unwrap_or_default();
    format!(
        "Following migration{} have failed:\n{}\n\nDuring development if the failed migration(s) have not been \
         deployed to a production database you can then fix the migration(s) and run {cli} migrate dev.\n\nThe failed \
         migration(s) can be marked as rolled back or applied:\n\n- If you rolled back the migration(s) manually:\n\
         {cli} migrate resolve --rolled-back \"{first}\"\n\n- If you fixed the database manually (hotfix):\n{cli} \
         migrate resolve --applied \"{first}\"\n\nRead more about how to resolve migration issues in a production \
         database:\nhttps://pris.ly/d/migrate-resolve",
        plural(failed.len()),
        failed.join("\n")
    )
}

/// `migrate status` when local and applied migrations agree (stdout, exit 0).
pub const STATUS_UP_TO_DATE: &str = "Database schema is up to date!";

/// `migrate status` with no `_prisma_migrations` table and no local migration (stderr, exit 1).
pub const STATUS_NOT_MANAGED: &str = "The current database is not managed by Prisma Migrate.\n\nRead more about how \
     to baseline an existing production database:\nhttps://pris.ly/d/migrate-baseline";

fn plural(n: usize) -> &'static str {
    if n > 1 {
        "s"
    } else {
        ""
    }
}
