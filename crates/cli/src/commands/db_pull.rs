//! `strata db pull [--schema PATH] [--url URL] [--print] [--force]`: introspect the database
//! into the schema file, as `prisma db pull`. With `--print` the schema goes to stdout and
//! nothing is written; warnings always go to stderr, in Prisma's words. Exit codes: 0 done,
//! 1 the database or the schema stopped the pull (P1012, P4001, connection errors), 2 the
//! command could not start.

use super::migrate_deploy::block_on;
use crate::output::Output;
use clap::Args;
use engine::pull::{self, PullError, PullRequest};
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata db pull`.
#[derive(Debug, Args)]
pub struct DbPullArgs {
    /// Schema to introspect into [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// Database URL, instead of the datasource's (a `file:` path is relative to the working
    /// directory). Enough on its own when there is no schema yet.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Print the introspected schema on stdout instead of writing the file.
    #[arg(long)]
    pub print: bool,
    /// Ignore the models of the current schema (keep only its generators and datasource).
    #[arg(long)]
    pub force: bool,
}

/// Runs `db pull`.
pub fn run(args: DbPullArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let request =
        PullRequest { schema: args.schema, url: args.url, print: args.print, force: args.force, cwd: super::cwd()? };
    match block_on(pull::pull(request)) {
        Ok(report) => {
            let warnings = report.warnings_text();
            match &report.written {
                None => {
                    out.out(&report.schema);
                    if !warnings.is_empty() {
                        out.err(&format!("\n{warnings}"));
                    }
                }
                Some(path) => {
                    let what = match report.models {
                        1 => "1 model and wrote it".to_owned(),
                        n => format!("{n} models and wrote them"),
                    };
                    out.line(&format!(
                        "Introspected {what} into {} in {}ms",
                        path.display(),
                        report.duration.as_millis()
                    ));
                    if !warnings.is_empty() {
                        out.err(&format!("\n{warnings}"));
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            let message = e.to_string();
            match e.code() {
                Some(code) => out.err(&format!("Error: {code}\n\n{}\n", message.trim_end())),
                None => out.err(&format!("Error: {}\n", message.trim_end())),
            }
            let code = match e {
                PullError::Database(_) | PullError::InvalidSchema { .. } | PullError::Empty { .. } => 1,
                _ => 2,
            };
            Ok(ExitCode::from(code))
        }
    }
}
