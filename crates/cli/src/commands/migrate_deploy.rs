//! `strata migrate deploy`: apply every pending migration, as `prisma migrate deploy`.
//!
//! The human output is Prisma's, line for line (Strata adds per-migration timings after it,
//! and warnings on stderr for modified migrations). Errors are printed as Prisma prints them,
//! `Error: P3009` then the message, on stderr, with Strata's advice after. Exit codes: 0 applied
//! (or nothing to apply), 1 any error Prisma would exit 1 on, 2 when the command cannot start
//! (no schema, no URL, unreadable migrations folder). Never prompts.

use crate::output::Output;
use clap::Args;
use engine::deploy::{self, DeployOptions, MigrateError, Target};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// `strata migrate deploy`.
#[derive(Debug, Args)]
pub struct MigrateDeployArgs {
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// Database URL [default: the datasource's directUrl, else its url].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Runs `future` on a runtime of its own (the CLI is synchronous elsewhere).
pub(crate) fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a single-threaded runtime can always be built")
        .block_on(future)
}

/// Exit code of errors that stop a command before it reaches the database.
pub(crate) fn setup_exit_code(error: &MigrateError) -> ExitCode {
    match error {
        MigrateError::Schema(_)
        | MigrateError::NoDatasource { .. }
        | MigrateError::UnsupportedProvider { .. }
        | MigrateError::Url(_)
        | MigrateError::MigrationsDir(_) => ExitCode::from(2),
        _ => ExitCode::from(1),
    }
}

/// Prints an error as Prisma does (`Error: P3009\n\nmessage`), then Strata's advice.
pub(crate) fn print_error(out: &mut Output, error: &MigrateError) {
    let message = error.to_string();
    let message = message.trim_end();
    match error.code() {
        Some(code) => out.err(&format!("Error: {code}\n\n{message}\n")),
        None => out.err(&format!("Error: {message}\n")),
    }
    if let Some(hint) = error.hint() {
        out.err(&format!("\n{hint}\n"));
    }
}

/// The JSON of an error.
pub(crate) fn error_json(error: &MigrateError) -> Value {
    let mut value = json!({ "code": error.code(), "message": error.to_string().trim_end() });
    if let Some(hint) = error.hint() {
        value["hint"] = json!(hint);
    }
    if let MigrateError::MigrationFailed { migration_name, database_error_code, database_error, mode, statements } =
        error
    {
        value["migration"] = json!(migration_name);
        value["databaseErrorCode"] = json!(database_error_code);
        value["databaseError"] = json!(database_error);
        value["mode"] = json!(mode.as_str());
        value["atomic"] = json!(mode.is_atomic());
        if let Some((done, total)) = statements {
            value["statementsApplied"] = json!(done);
            value["statementsTotal"] = json!(total);
        }
    }
    value
}

/// The JSON of the target.
pub(crate) fn target_json(target: &Target) -> Value {
    json!({
        "name": target.datasource_name,
        "provider": target.provider,
        "url": target.info.to_string(),
        "urlFrom": target.url_source.to_string(),
        "migrationsDirectory": target.migrations_display,
    })
}

fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1_000_000.0).round() / 1000.0
}

/// Runs `migrate deploy`.
pub fn run(args: MigrateDeployArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let target = match deploy::prepare(args.schema.as_deref(), args.url.as_deref(), &cwd) {
        Ok(target) => target,
        Err(e) => {
            if args.json {
                out.line(&json!({ "ok": false, "error": error_json(&e) }).to_string());
            } else {
                print_error(out, &e);
            }
            return Ok(setup_exit_code(&e));
        }
    };
    if !args.json {
        out.out(&format!("{}\n\n", target.datasource_line()));
    }
    let fail = |out: &mut Output, e: MigrateError, applied: Vec<deploy::AppliedMigration>, created: bool| {
        if args.json {
            let report = json!({
                "ok": false,
                "datasource": target_json(&target),
                "createdDatabase": created,
                "found": target.migrations.migrations.len(),
                "applied": applied_json(&applied),
                "error": error_json(&e),
            });
            out.line(&report.to_string());
        } else {
            print_error(out, &e);
        }
        ExitCode::from(1)
    };
    let created = match block_on(deploy::ensure_database(&target.info)) {
        Ok(created) => created,
        Err(e) => return Ok(fail(out, e, Vec::new(), false)),
    };
    if created && !args.json {
        out.out(&format!("{}\n\n", target.created_line()));
    }
    if !args.json {
        out.out(&format!("{}\n\n", target.found_line()));
    }
    if let Err(e) = target.check_provider() {
        return Ok(fail(out, e, Vec::new(), created));
    }
    let result = block_on(deploy::deploy(&target, &DeployOptions::default()));
    let (report, failure) = match result {
        Ok(report) => (Some(report), None),
        Err(failure) => (None, Some(failure)),
    };
    let modified = report.as_ref().map(|r| r.modified.clone()).or(failure.as_ref().map(|f| f.modified.clone()));
    if !args.json {
        for name in modified.iter().flatten() {
            out.err(&format!(
                "warning: the migration `{name}` was modified after it was applied: its migration.sql no longer \
                 matches the checksum recorded in _prisma_migrations. Deploy does not run it again; restore the applied \
                 version, or make the change in a new migration.\n"
            ));
        }
    }
    if let Some(failure) = failure {
        if !args.json && !failure.applied.is_empty() {
            out.out(&format!("Applied before the failure:\n{}\n", timings(&failure.applied)));
        }
        return Ok(fail(out, failure.error, failure.applied, created));
    }
    let Some(report) = report else { return Ok(ExitCode::from(1)) };
    if args.json {
        let value = json!({
            "ok": true,
            "datasource": target_json(&target),
            "createdDatabase": created,
            "createdHistoryTable": report.created_history_table,
            "found": target.migrations.migrations.len(),
            "applied": applied_json(&report.applied),
            "modified": report.modified,
            "durationMs": millis(report.duration),
        });
        out.line(&value.to_string());
        return Ok(ExitCode::SUCCESS);
    }
    if report.applied.is_empty() {
        out.out("\nNo pending migrations to apply.\n");
        return Ok(ExitCode::SUCCESS);
    }
    let mut text = String::from("\nThe following migration(s) have been applied:\n\nmigrations/\n");
    for applied in &report.applied {
        text.push_str(&format!("  └─ {}/\n    └─ migration.sql\n", applied.name));
    }
    text.push_str("\nAll migrations have been successfully applied.\n");
    text.push_str(&format!("\nTimings ({:.0} ms in all):\n{}", millis(report.duration), timings(&report.applied)));
    out.out(&text);
    Ok(ExitCode::SUCCESS)
}

fn applied_json(applied: &[deploy::AppliedMigration]) -> Value {
    applied
        .iter()
        .map(|a| json!({ "name": a.name, "durationMs": millis(a.duration), "mode": a.mode.as_str() }))
        .collect()
}

/// `  20240101000000_init   12 ms`, one line per migration.
fn timings(applied: &[deploy::AppliedMigration]) -> String {
    let width = applied.iter().map(|a| a.name.len()).max().unwrap_or(0);
    applied.iter().map(|a| format!("  {:width$}  {:>6.0} ms\n", a.name, millis(a.duration))).collect()
}
