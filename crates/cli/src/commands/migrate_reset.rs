//! `strata migrate reset`: drop everything in the database, apply every migration again, then
//! run the seed command — as `prisma migrate reset`.
//!
//! On a terminal it asks first, unless `--force`. Without a terminal (or in CI) it refuses
//! without `--force` (exit 1) and touches nothing. Exit codes: 0 done, 1 error or refusal, 2
//! the command cannot start (no schema, no URL), 130 cancelled at the prompt.

use super::migrate_deploy::{block_on, print_error, setup_exit_code};
use super::migrate_dev::{is_interactive, run_seed, tree};
use crate::output::Output;
use clap::Args;
use engine::reset::{self, ResetError, ResetRequest};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata migrate reset`.
#[derive(Debug, Args)]
pub struct MigrateResetArgs {
    /// Skip the confirmation prompt.
    #[arg(long, short = 'f')]
    pub force: bool,
    /// Do not run the seed command.
    #[arg(long)]
    pub skip_seed: bool,
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// Database URL [default: the datasource's directUrl, else its url].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

/// Prisma's refusal without a terminal.
const NON_INTERACTIVE: &str = "Strata has detected that the environment is non-interactive. It is recommended to run \
     this command in an interactive environment.\n\nUse --force to run this command without user interaction.\nSee \
     https://pris.ly/d/migrate-reset";

/// Runs `migrate reset`.
pub fn run(args: MigrateResetArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let (target, _) = match reset::prepare(args.schema.as_deref(), args.url.as_deref(), &cwd) {
        Ok(prepared) => prepared,
        Err(e) => {
            print_error(out, &e);
            return Ok(setup_exit_code(&e));
        }
    };
    out.out(&format!("{}\n\n", target.datasource_line()));
    if !args.force {
        if !is_interactive() {
            out.err(&format!("Error: {NON_INTERACTIVE}\n"));
            return Ok(ExitCode::from(1));
        }
        out.out("? Are you sure you want to reset your database? All data will be lost. › (y/N) ");
        let _ = std::io::stdout().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        out.out("\n");
        if !matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes") {
            out.out("Reset cancelled.\n");
            return Ok(ExitCode::from(130));
        }
    }
    let request = ResetRequest { schema: args.schema, url: args.url, skip_seed: true, cwd: cwd.clone() };
    let report = match block_on(reset::reset(&request)) {
        Ok(report) => report,
        Err(ResetError::Migrate(e)) => {
            print_error(out, &e);
            return Ok(ExitCode::from(1));
        }
        Err(ResetError::Deploy { failure }) => {
            if !failure.applied.is_empty() {
                let names: Vec<String> = failure.applied.iter().map(|a| a.name.clone()).collect();
                out.out(&format!("Applied before the failure:\n\n{}\n\n", tree("migrations", &names)));
            }
            print_error(out, &failure.error);
            return Ok(ExitCode::from(1));
        }
        Err(e) => {
            out.err(&format!("Error: {e}\n"));
            return Ok(ExitCode::from(1));
        }
    };
    if report.created_database {
        out.out(&format!("{}\n\n", report.target.created_line()));
    }
    if report.applied.is_empty() {
        out.out("Database reset successful\n\n");
    } else {
        out.out(&format!(
            "Database reset successful\n\nThe following migration(s) have been applied:\n\n{}\n",
            tree("migrations", &report.applied)
        ));
    }
    if !args.skip_seed && !run_seed(out, &cwd) {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
