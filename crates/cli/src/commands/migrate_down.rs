//! `strata migrate down [--steps N | --to MIGRATION] [--accept-data-loss]`: roll back the last
//! applied migrations with their `down.sql` (or a down migration computed from the database),
//! marking them rolled back in `_prisma_migrations` so Prisma sees them pending again.
//!
//! `strata migrate down --create MIGRATION [--force]` writes a migration's `down.sql` instead
//! (replaying the history on a shadow database) and touches no database besides the shadow.
//!
//! Exit codes: 0 done, 1 refused or failed, 2 the command cannot start.

use super::migrate_deploy::block_on;
use crate::output::Output;
use clap::{ArgGroup, Args};
use engine::down::{self, CreateDownRequest, DownError, DownRequest, DownSource, DownTarget};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata migrate down`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").args(["steps", "to", "create"])))]
pub struct MigrateDownArgs {
    /// Roll back the last N applied migrations [default: 1].
    #[arg(long, value_name = "N")]
    pub steps: Option<usize>,
    /// Roll back every migration applied after MIGRATION (which stays applied).
    #[arg(long, value_name = "MIGRATION")]
    pub to: Option<String>,
    /// Roll back even when that drops tables, columns or values that hold data.
    #[arg(long)]
    pub accept_data_loss: bool,
    /// Write MIGRATION's down.sql (folder name or path) instead of rolling back.
    #[arg(long, value_name = "MIGRATION")]
    pub create: Option<String>,
    /// With --create: replace an existing down.sql.
    #[arg(long, requires = "create")]
    pub force: bool,
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

/// Runs `migrate down`.
pub fn run(args: MigrateDownArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    if let Some(migration) = args.create.clone() {
        let request = CreateDownRequest { schema: args.schema, url: args.url, cwd, migration, force: args.force };
        return Ok(match block_on(down::create_down_script(&request)) {
            Ok(created) => {
                if args.json {
                    out.line(
                        &json!({
                            "ok": true,
                            "migration": created.name,
                            "path": created.path.display().to_string(),
                            "replaced": created.replaced,
                            "structureOnly": created.down.structure_only,
                        })
                        .to_string(),
                    );
                } else {
                    let verb = if created.replaced { "Replaced" } else { "Wrote" };
                    out.out(&format!("{verb} {}\n", created.path.display()));
                    for note in &created.down.structure_only {
                        out.out(&format!("  warning: {note}\n"));
                    }
                }
                ExitCode::SUCCESS
            }
            Err(e) => print_down_error(out, &e, args.json),
        });
    }
    let target = match (args.steps, args.to) {
        (_, Some(name)) => DownTarget::To(name),
        (Some(n), None) => DownTarget::Steps(n),
        (None, None) => DownTarget::Steps(1),
    };
    let request =
        DownRequest { schema: args.schema, url: args.url, cwd, target, accept_data_loss: args.accept_data_loss };
    match block_on(down::down(&request)) {
        Ok(report) => {
            if args.json {
                out.line(&json!({ "ok": true, "rolledBack": rolled_back_json(&report.rolled_back), "acceptedWarnings": report.accepted_warnings }).to_string());
                return Ok(ExitCode::SUCCESS);
            }
            out.out(&format!("{}\n", report.target.datasource_line()));
            if report.rolled_back.is_empty() {
                out.out("\nNo migration to roll back.\n");
                return Ok(ExitCode::SUCCESS);
            }
            for warning in &report.accepted_warnings {
                out.out(&format!("\n  warning (accepted): {warning}"));
            }
            let mut text = String::from("\nThe following migration(s) have been rolled back:\n\nmigrations/\n");
            for rolled in &report.rolled_back {
                let how = match rolled.source {
                    DownSource::File => "down.sql",
                    DownSource::Computed => "computed, no down.sql",
                };
                text.push_str(&format!("  └─ {}/ ({how}, {} ms)\n", rolled.name, rolled.duration.as_millis()));
            }
            text.push_str(
                "\nThey are marked rolled back in _prisma_migrations: `migrate status` lists them as pending, and \
                 `migrate deploy` applies them again.\n",
            );
            out.out(&text);
            Ok(ExitCode::SUCCESS)
        }
        Err(failure) => {
            if !args.json && !failure.rolled_back.is_empty() {
                let names: Vec<&str> = failure.rolled_back.iter().map(|r| r.name.as_str()).collect();
                out.out(&format!("Rolled back before the failure: {}\n", names.join(", ")));
            }
            Ok(print_down_error(out, &failure.error, args.json))
        }
    }
}

fn rolled_back_json(rolled: &[down::RolledBack]) -> serde_json::Value {
    rolled
        .iter()
        .map(|r| {
            json!({
                "name": r.name,
                "source": match r.source { DownSource::File => "down.sql", DownSource::Computed => "computed" },
                "mode": r.mode.as_str(),
                "durationMs": r.duration.as_secs_f64() * 1000.0,
            })
        })
        .collect()
}

fn print_down_error(out: &mut Output, error: &DownError, json: bool) -> ExitCode {
    let startup = matches!(error, DownError::Load(_));
    if json {
        let warnings: Vec<String> = match error {
            DownError::DataLoss { warnings } => warnings.iter().map(|(_, w)| w.clone()).collect(),
            _ => Vec::new(),
        };
        out.line(
            &json!({
                "ok": false,
                "error": { "code": error.code(), "message": error.to_string(), "hint": error.hint(), "warnings": warnings },
            })
            .to_string(),
        );
    } else {
        match error.code() {
            Some(code) => out.err(&format!("Error: {code}\n\n{}\n", error.to_string().trim_end())),
            None => out.err(&format!("Error: {}\n", error.to_string().trim_end())),
        }
        if let Some(hint) = error.hint() {
            out.err(&format!("\n{hint}\n"));
        }
    }
    if startup {
        ExitCode::from(2)
    } else {
        ExitCode::from(1)
    }
}
