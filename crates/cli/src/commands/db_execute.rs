//! `strata db execute --file F | --stdin`: run a SQL script on a database, as `prisma db
//! execute`. The database is `--url`, else the schema's datasource `url`. Nothing is written to
//! the migration history. Exit codes: 0 "Script executed successfully.", 1 the database failed
//! (its message on stderr), 2 the command could not start.

use super::migrate_deploy::block_on;
use crate::output::Output;
use clap::{ArgGroup, Args};
use engine::execute::{self, ExecuteError, ExecuteRequest, ScriptSource};
use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata db execute`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("input").required(true).args(["file", "stdin"])))]
pub struct DbExecuteArgs {
    /// The script to run.
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Read the script from standard input.
    #[arg(long)]
    pub stdin: bool,
    /// Database URL (a `file:` path is relative to the working directory).
    #[arg(long, value_name = "URL", conflicts_with = "schema")]
    pub url: Option<String>,
    /// Schema whose datasource `url` names the database [default: ./prisma/schema.prisma, then
    /// ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
}

/// Runs `db execute`.
pub fn run(args: DbExecuteArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let script = match args.file {
        Some(path) => ScriptSource::File(path),
        None => {
            let mut text = String::new();
            if let Err(source) = std::io::stdin().read_to_string(&mut text) {
                out.err(&format!("Error: could not read the script from standard input: {source}\n"));
                return Ok(ExitCode::from(2));
            }
            ScriptSource::Stdin(text)
        }
    };
    let request = ExecuteRequest { script, url: args.url, schema: args.schema, cwd };
    match block_on(execute::execute(request)) {
        Ok(_) => {
            out.line("Script executed successfully.");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            let message = e.to_string();
            match e.code() {
                Some(code) => out.err(&format!("Error: {code}\n\n{}\n", message.trim_end())),
                None => out.err(&format!("Error: {}\n", message.trim_end())),
            }
            let code = match e {
                ExecuteError::Database(_) => 1,
                _ => 2,
            };
            Ok(ExitCode::from(code))
        }
    }
}
