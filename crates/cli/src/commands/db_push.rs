//! `strata db push`: make the database match the schema without a migration, as `prisma db
//! push`. Data-loss warnings (with live row counts) stop it unless `--accept-data-loss` or, on a
//! terminal, a yes; `--force-reset` empties the database first. No history is written.
//! Exit codes: 0 done, 1 error or refusal, 2 the command cannot start, 130 cancelled.

use super::migrate_deploy::{block_on, print_error, setup_exit_code};
use super::migrate_dev::{is_interactive, warnings_block, Terminal};
use crate::output::Output;
use clap::Args;
use engine::dev::{DevError, Project};
use engine::push::{self, PushError, PushRequest};
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata db push`.
#[derive(Debug, Args)]
pub struct DbPushArgs {
    /// Apply changes that lose data (dropped tables or columns, risky casts).
    #[arg(long)]
    pub accept_data_loss: bool,
    /// Empty the database before pushing. All data will be lost.
    #[arg(long)]
    pub force_reset: bool,
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// Database URL [default: the datasource's directUrl, else its url].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

/// Runs `db push`.
pub fn run(args: DbPushArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let project = match Project::load(args.schema.as_deref(), args.url.as_deref(), &cwd, false) {
        Ok(project) => project,
        Err(e) => return Ok(print_push_error(out, &PushError::Project(e))),
    };
    out.out(&format!("{}\n", project.target.datasource_line()));
    let request = PushRequest {
        schema: args.schema,
        url: args.url,
        accept_data_loss: args.accept_data_loss,
        force_reset: args.force_reset,
        cwd,
    };
    let interactive = is_interactive();
    let display = project.target.migrations_display.clone();
    let mut terminal = Terminal { out, interactive, migrations_display: display };
    let result = block_on(push::push(&request, &mut terminal));
    let report = match result {
        Ok(report) => report,
        Err(e) => return Ok(print_push_error(out, &e)),
    };
    super::migrate_lint::print_generated(out, "db push script", &report.lint);
    if let Some(created) = &report.created_database {
        out.out(&format!("\n{created}\n"));
    }
    if let Some(reset) = &report.reset {
        out.out(&format!("\n{reset}\n"));
    }
    if !report.warnings.is_empty() && args.accept_data_loss {
        out.out(&warnings_block("There might be data loss when applying the changes", &report.warnings, true));
    }
    if report.already_in_sync() {
        out.out("\nThe database is already in sync with the Prisma schema.\n");
    } else {
        out.out(&format!(
            "\n\u{1f680}  Your database is now in sync with your Prisma schema. Done in {}ms\n",
            report.duration.as_millis()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

fn print_push_error(out: &mut Output, error: &PushError) -> ExitCode {
    match error {
        PushError::Project(DevError::InvalidSchema { path, diagnostics }) => {
            out.err(diagnostics);
            out.error(&format!("The schema at {} is invalid.", path.display()));
            ExitCode::from(1)
        }
        PushError::Project(DevError::Migrate(e)) => {
            print_error(out, e);
            setup_exit_code(e)
        }
        PushError::NeedsAcceptDataLoss { warnings } => {
            out.out(&warnings_block("There might be data loss when applying the changes", warnings, true));
            out.err(&format!("Error: {error}\n"));
            ExitCode::from(1)
        }
        PushError::Cancelled { .. } => {
            out.out(&format!("{error}\n"));
            ExitCode::from(130)
        }
        PushError::Script { atomic, .. } => {
            out.err(&format!("Error: {}\n", error.to_string().trim_end()));
            if *atomic {
                out.err("\nThe changes ran in one transaction: none of them were applied.\n");
            }
            ExitCode::from(1)
        }
        other => {
            match other.code() {
                Some(code) => out.err(&format!("Error: {code}\n\n{}\n", other.to_string().trim_end())),
                None => out.err(&format!("Error: {}\n", other.to_string().trim_end())),
            }
            ExitCode::from(1)
        }
    }
}
