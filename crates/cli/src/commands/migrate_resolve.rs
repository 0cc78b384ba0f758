//! `strata migrate resolve --applied NAME | --rolled-back NAME`, as `prisma migrate resolve`:
//! Prisma's rules, texts and codes (P3008, P3011, P3012, P3017, P3019), under the migration lock.

use super::migrate_deploy::{block_on, error_json, print_error, setup_exit_code, target_json};
use crate::output::Output;
use clap::{ArgGroup, Args};
use engine::deploy;
use engine::resolve::{self, ResolveAction};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata migrate resolve`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("action").required(true).args(["applied", "rolled_back"])))]
pub struct MigrateResolveArgs {
    /// Record a migration as applied without running it (baselining, or a failed migration
    /// completed by hand).
    #[arg(long, value_name = "MIGRATION")]
    pub applied: Option<String>,
    /// Mark a failed migration rolled back, so `deploy` runs it again.
    #[arg(long, value_name = "MIGRATION")]
    pub rolled_back: Option<String>,
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// Database URL [default: the datasource's directUrl, else its url].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Print the result as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Runs `migrate resolve`.
pub fn run(args: MigrateResolveArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let action = match (args.applied, args.rolled_back) {
        (Some(name), _) => ResolveAction::Applied(name),
        (None, Some(name)) => ResolveAction::RolledBack(name),
        (None, None) => unreachable!("clap requires one of --applied and --rolled-back"),
    };
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
        out.out(&format!("{}\n", target.datasource_line()));
    }
    match block_on(resolve::resolve(&target, action.clone())) {
        Ok(report) => {
            if args.json {
                out.line(
                    &json!({
                        "ok": true,
                        "datasource": target_json(&target),
                        "migration": action.migration_name(),
                        "markedAs": match action { ResolveAction::Applied(_) => "applied", ResolveAction::RolledBack(_) => "rolledBack" },
                        "createdHistoryTable": report.created_history_table,
                        "rolledBackRows": report.rolled_back_rows,
                        "insertedAppliedRow": report.inserted_applied_row,
                    })
                    .to_string(),
                );
            } else {
                let what = match action {
                    ResolveAction::Applied(_) => "applied",
                    ResolveAction::RolledBack(_) => "rolled back",
                };
                out.out(&format!("\nMigration {} marked as {what}.\n\n", action.migration_name()));
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            if args.json {
                out.line(
                    &json!({ "ok": false, "datasource": target_json(&target), "error": error_json(&e) }).to_string(),
                );
            } else {
                print_error(out, &e);
            }
            Ok(ExitCode::from(1))
        }
    }
}
