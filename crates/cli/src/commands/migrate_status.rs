//! `strata migrate status`: what is applied, pending, failed, modified or missing, as
//! `prisma migrate status` reports it — Prisma's text (stdout for pending and up to date, stderr
//! otherwise) and exit code (0 only when up to date) — then Strata's additions on stderr:
//! modified migrations, rows missing locally, failed migrations hidden behind pending ones, and
//! a non-empty database without history (P3005 for `deploy`).

use super::migrate_deploy::{block_on, error_json, print_error, setup_exit_code, target_json};
use crate::output::Output;
use clap::Args;
use engine::deploy::{self, Target};
use engine::status::{self, messages, MigrationStatus, PrismaStatus, StatusReport};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// The command name in Prisma's hints (`… run strata migrate deploy`).
const CLI: &str = "strata";

/// `strata migrate status`.
#[derive(Debug, Args)]
pub struct MigrateStatusArgs {
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

/// Runs `migrate status`.
pub fn run(args: MigrateStatusArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let target = match deploy::prepare(args.schema.as_deref(), args.url.as_deref(), &cwd) {
        Ok(target) => target,
        Err(e) => return Ok(report_error(out, args.json, None, &e, setup_exit_code(&e))),
    };
    if !args.json {
        out.out(&format!("{}\n", target.datasource_line()));
    }
    if let Err(e) = target.check_provider() {
        return Ok(report_error(out, args.json, Some(&target), &e, ExitCode::from(1)));
    }
    let report = match block_on(status::status(&target)) {
        Ok(report) => report,
        Err(e) => return Ok(report_error(out, args.json, Some(&target), &e, ExitCode::from(1))),
    };
    let code = ExitCode::from(report.exit_code() as u8);
    if args.json {
        out.line(&json_report(&target, &report).to_string());
    } else {
        print_human(out, &target, &report);
    }
    Ok(code)
}

fn report_error(
    out: &mut Output,
    json: bool,
    target: Option<&Target>,
    e: &engine::deploy::MigrateError,
    code: ExitCode,
) -> ExitCode {
    if json {
        let mut value = json!({ "upToDate": false, "error": error_json(e) });
        if let Some(target) = target {
            value["datasource"] = target_json(target);
        }
        out.line(&value.to_string());
    } else {
        print_error(out, e);
    }
    code
}

fn print_human(out: &mut Output, target: &Target, report: &StatusReport) {
    out.out(&format!("\n{}\n", target.found_line()));
    match &report.prisma {
        PrismaStatus::Pending { unapplied } => out.out(&messages::status_pending(CLI, unapplied)),
        PrismaStatus::Diverged { last_common, unapplied, missing_locally } => out.err(&format!(
            "{}\n",
            messages::status_diverged(last_common.as_deref(), unapplied, missing_locally)
                .replace("prisma/migrations", &target.migrations_display)
        )),
        PrismaStatus::Failed { failed } => out.err(&format!("{}\n", messages::status_failed(CLI, failed))),
        PrismaStatus::UpToDate => out.out(&format!("\n{}\n", messages::STATUS_UP_TO_DATE)),
        PrismaStatus::NotManaged => out.err(&format!("{}\n", messages::STATUS_NOT_MANAGED)),
    }
    let extra = strata_notes(target, report);
    if !extra.is_empty() {
        out.err(&extra);
    }
}

/// What Strata reports beyond Prisma's text.
fn strata_notes(target: &Target, report: &StatusReport) -> String {
    let mut text = String::new();
    let state = &report.state;
    let failed_shown = matches!(report.prisma, PrismaStatus::Failed { .. });
    if !failed_shown && !state.failed.is_empty() {
        text.push_str("\nAlso failed (`strata migrate deploy` stops with P3009 until they are resolved):\n");
        for failed in &state.failed {
            text.push_str(&format!("{} (started at {})\n", failed.name, failed.started_at));
        }
        let first = &state.failed[0].name;
        text.push_str(&format!(
            "Resolve each with `{CLI} migrate resolve --rolled-back \"{first}\"` (you undid it) or `{CLI} migrate \
             resolve --applied \"{first}\"` (you completed it by hand).\n"
        ));
    }
    let modified: Vec<&str> = state.modified().collect();
    if !modified.is_empty() {
        text.push_str(&format!(
            "\nModified since applied (migration.sql no longer matches the checksum in _prisma_migrations; Prisma's \
             status does not report this):\n{}\nRestore the applied version of each, or make the change in a new \
             migration.\n",
            modified.join("\n")
        ));
    }
    let diverged_shown = matches!(report.prisma, PrismaStatus::Diverged { .. });
    if !diverged_shown && !state.missing_locally.is_empty() {
        let names: Vec<&str> = state.missing_locally.iter().map(|m| m.name.as_str()).collect();
        text.push_str(&format!(
            "\nApplied to the database but missing from {}:\n{}\nRestore these folders from version control.\n",
            target.migrations_display,
            names.join("\n")
        ));
    }
    if report.not_empty_without_history {
        text.push_str(&format!(
            "\nThe database is not empty but has no _prisma_migrations table: `{CLI} migrate deploy` would stop with \
             P3005. To baseline it, run `{CLI} migrate resolve --applied <migration>` for each migration the \
             database already contains (https://pris.ly/d/migrate-baseline).\n"
        ));
    }
    text
}

fn json_report(target: &Target, report: &StatusReport) -> serde_json::Value {
    let state = &report.state;
    let status_name = |s: MigrationStatus| match s {
        MigrationStatus::Pending => "pending",
        MigrationStatus::Applied => "applied",
        MigrationStatus::Failed => "failed",
    };
    let (summary, last_common) = match &report.prisma {
        PrismaStatus::Pending { .. } => ("pending", None),
        PrismaStatus::Diverged { last_common, .. } => ("diverged", last_common.clone()),
        PrismaStatus::Failed { .. } => ("failed", None),
        PrismaStatus::UpToDate => ("upToDate", None),
        PrismaStatus::NotManaged => ("notManaged", None),
    };
    json!({
        "upToDate": report.exit_code() == 0,
        "status": summary,
        "datasource": target_json(target),
        "hasHistoryTable": state.has_history_table,
        "notEmptyWithoutHistory": report.not_empty_without_history,
        "migrations": state.migrations.iter().map(|m| json!({
            "name": m.name,
            "status": status_name(m.status),
            "modified": m.modified,
            "rolledBackAttempts": m.rolled_back_attempts,
            "hasScript": m.has_script,
        })).collect::<Vec<_>>(),
        "applied": state.applied().collect::<Vec<_>>(),
        "pending": state.pending().collect::<Vec<_>>(),
        "failed": state.failed.iter().map(|f| json!({
            "name": f.name,
            "startedAt": f.started_at.to_string(),
            "logs": f.logs,
        })).collect::<Vec<_>>(),
        "modified": state.modified().collect::<Vec<_>>(),
        "missingLocally": state.missing_locally.iter().map(|m| json!({ "name": m.name, "finished": m.finished })).collect::<Vec<_>>(),
        "lastCommonMigration": last_common,
    })
}
