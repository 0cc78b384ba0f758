//! `strata migrate diff`: the migration between two sides (empty, schema, live database,
//! migrations folder), as Prisma's summary or, with `--script`, as SQL.
//!
//! Output is byte for byte what `prisma migrate diff` prints. Exit codes: 0 success (with
//! `--exit-code`: no difference), 2 with `--exit-code` when there is a difference, 1 on error.

use crate::output::Output;
use clap::{ArgGroup, Args};
use engine::diff::{DiffError, DiffOptions, DiffSide};
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata migrate diff`.
#[derive(Debug, Args)]
#[command(
    group(ArgGroup::new("from").required(true).args(["from_empty", "from_schema", "from_url", "from_migrations"])),
    group(ArgGroup::new("to").required(true).args(["to_empty", "to_schema", "to_url", "to_migrations"]))
)]
pub struct MigrateDiffArgs {
    /// Migrate from an empty database.
    #[arg(long)]
    pub from_empty: bool,
    /// Migrate from the state a schema file or folder describes.
    #[arg(long, value_name = "PATH", alias = "from-schema-datamodel")]
    pub from_schema: Option<PathBuf>,
    /// Migrate from the schema of a live database (read only).
    #[arg(long, value_name = "URL")]
    pub from_url: Option<String>,
    /// Migrate from the state a migrations folder produces (replayed on a shadow database).
    #[arg(long, value_name = "PATH")]
    pub from_migrations: Option<PathBuf>,
    /// Migrate to an empty database.
    #[arg(long)]
    pub to_empty: bool,
    /// Migrate to the state a schema file or folder describes.
    #[arg(long, value_name = "PATH", alias = "to-schema-datamodel")]
    pub to_schema: Option<PathBuf>,
    /// Migrate to the schema of a live database (read only).
    #[arg(long, value_name = "URL")]
    pub to_url: Option<String>,
    /// Migrate to the state a migrations folder produces (replayed on a shadow database).
    #[arg(long, value_name = "PATH")]
    pub to_migrations: Option<PathBuf>,
    /// The database a migrations folder is replayed on; it is reset first. Needed for PostgreSQL
    /// and MySQL folders unless a schema side sets shadowDatabaseUrl (SQLite uses a temporary
    /// file).
    #[arg(long, value_name = "URL")]
    pub shadow_database_url: Option<String>,
    /// Print the SQL script instead of a summary.
    #[arg(long)]
    pub script: bool,
    /// Exit 2 when there is a difference, 0 when there is none (1 stays an error).
    #[arg(long)]
    pub exit_code: bool,
    /// Write the output to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

fn side(empty: bool, schema: Option<PathBuf>, url: Option<String>, migrations: Option<PathBuf>) -> DiffSide {
    match (empty, schema, url, migrations) {
        (_, Some(path), _, _) => DiffSide::Schema(path),
        (_, _, Some(url), _) => DiffSide::Url(url),
        (_, _, _, Some(path)) => DiffSide::Migrations(path),
        _ => DiffSide::Empty,
    }
}

/// Runs the diff and prints it; see the module documentation for exit codes.
pub fn run(args: MigrateDiffArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let from_url = args.from_url.clone();
    let schema_path = args.to_schema.clone().or_else(|| args.from_schema.clone());
    let from = side(args.from_empty, args.from_schema, args.from_url, args.from_migrations);
    let to = side(args.to_empty, args.to_schema, args.to_url, args.to_migrations);
    let options = DiffOptions { shadow_database_url: args.shadow_database_url.clone() };
    let report = match super::migrate_deploy::block_on(engine::diff::diff(&from, &to, &options, &cwd)) {
        Ok(report) => report,
        Err(DiffError::InvalidSchema { path, diagnostics }) => {
            out.err(&diagnostics);
            out.error(&format!("The schema at {} is invalid.", path.display()));
            return Ok(ExitCode::from(1));
        }
        Err(e) => {
            match e.code() {
                Some(code) => out.err(&format!("Error: {code}\n\n{}\n", e.to_string().trim_end())),
                None => out.error(&e.to_string()),
            }
            if let Some(hint) = e.hint() {
                out.err(&format!("\n{hint}\n"));
            }
            return Ok(ExitCode::from(1));
        }
    };
    let text = if args.script { report.script_text() } else { report.summary_text() };
    match &args.output {
        Some(path) => {
            let full = if path.is_absolute() { path.clone() } else { cwd.join(path) };
            if let Err(e) = std::fs::write(&full, &text) {
                out.error(&format!("Could not write {}: {e}", path.display()));
                return Ok(ExitCode::from(1));
            }
        }
        None => out.line(&text),
    }
    // Lint findings on stderr: the summary or script on stdout stays Prisma's.
    if !report.is_empty() {
        let findings = super::migrate_deploy::block_on(engine::lint::lint_diff(
            &report,
            from_url.as_deref(),
            schema_path.as_deref(),
            &cwd,
        ));
        let label = args.output.as_ref().map_or_else(|| "script".to_owned(), |p| p.display().to_string());
        super::migrate_lint::print_generated(out, &label, &findings);
    }
    Ok(if args.exit_code && !report.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
