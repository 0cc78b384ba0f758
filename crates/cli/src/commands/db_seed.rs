//! `strata db seed`: seed sets from `prisma/seeds/`, then the project's seed command; or
//! `--export` the database's rows as a seed set.
//!
//! Exit codes: 0 seeded (or nothing to change), 1 problems in the seed files or a failing seed
//! command, 2 usage, schema, connection or database errors.

use crate::output::Output;
use clap::Args;
use engine::seed::{Progress, SeedError, SeedOptions, SeedOutcome, SeedReport, SeedRequest, SystemGenerators};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata db seed`.
#[derive(Debug, Args)]
pub struct DbSeedArgs {
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// The database URL [default: the datasource's url, DATABASE_URL, .env].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// The environment: loads the sets `common`, then NAME (prisma/seeds/NAME/).
    #[arg(long, value_name = "NAME")]
    pub env: Option<String>,
    /// Print per table what would be inserted, updated, left unchanged and pruned; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Delete rows that are in the tables but in no seed file.
    #[arg(long)]
    pub prune: bool,
    /// Apply files whose checksum is unchanged since they were last applied.
    #[arg(long)]
    pub force: bool,
    /// Memory for rows kept between checking the files and writing them, in MiB; files that do
    /// not fit are read a second time [default: 64].
    #[arg(long, value_name = "MIB")]
    pub keep_rows_mib: Option<usize>,
    /// Write the database's rows as the seed set --env NAME instead of seeding.
    #[arg(long, requires = "env")]
    pub export: bool,
    /// With --export: the models to write (comma-separated) [default: all].
    #[arg(long, value_delimiter = ',', value_name = "MODELS", requires = "export")]
    pub tables: Vec<String>,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Runs `strata db seed`.
pub fn run(args: DbSeedArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let request = SeedRequest {
        schema: args.schema,
        url: args.url,
        cwd: super::cwd()?,
        options: SeedOptions {
            env: args.env,
            dry_run: args.dry_run,
            prune: args.prune,
            force: args.force,
            row_cache_bytes: args.keep_rows_mib.map(|m| m.saturating_mul(1 << 20)),
        },
        export: args.export,
        tables: args.tables,
    };
    let mut generators = SystemGenerators::new();
    let mut bar = ProgressBar { enabled: !args.json && std::io::stderr().is_terminal(), shown: false };
    let result = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a single-threaded runtime can always be built")
        .block_on(engine::seed::run(&request, &mut generators, &mut |p| bar.show(p)));
    bar.clear();
    match result {
        Ok(outcome) => Ok(print_outcome(&outcome, args.json, out)),
        Err(error) => Ok(print_error(&error, args.json, out)),
    }
}

/// A one-line `\r` progress bar on stderr, only on a terminal and for tables of 10,000 rows or
/// more.
struct ProgressBar {
    enabled: bool,
    shown: bool,
}

impl ProgressBar {
    fn show(&mut self, p: &Progress) {
        // Small tables are written before a bar would be read.
        if !self.enabled || p.total < 10_000 {
            return;
        }
        let width = 30;
        let filled = p.done * width / p.total;
        let line = format!(
            "\r{:<12} [{}{}] {}/{} rows",
            p.table,
            "#".repeat(filled),
            " ".repeat(width - filled),
            p.done,
            p.total
        );
        let _ = std::io::stderr().write_all(line.as_bytes());
        self.shown = true;
    }

    fn clear(&mut self) {
        if self.shown {
            let _ = std::io::stderr().write_all(format!("\r{}\r", " ".repeat(72)).as_bytes());
        }
    }
}

fn print_outcome(outcome: &SeedOutcome, json: bool, out: &mut Output) -> ExitCode {
    match outcome {
        SeedOutcome::Exported(files) => {
            if json {
                let files: Vec<_> = files
                    .iter()
                    .map(|f| serde_json::json!({"model": f.model, "path": f.path, "rows": f.rows}))
                    .collect();
                out.line(&serde_json::to_string_pretty(&serde_json::json!({ "exported": files })).unwrap_or_default());
            } else {
                for f in files {
                    out.line(&format!("Wrote {} ({} rows)", f.path, f.rows));
                }
            }
            ExitCode::SUCCESS
        }
        SeedOutcome::Seeded { sets, command } => {
            let failed = command.as_ref().is_some_and(|c| !c.success);
            if json {
                let value = serde_json::json!({
                    "sets": sets.as_ref().map(json_report),
                    "command": command.as_ref().map(|c| serde_json::json!({
                        "command": c.command,
                        "source": c.source.display().to_string(),
                        "exitCode": c.exit_code,
                        "success": c.success,
                    })),
                });
                out.line(&serde_json::to_string_pretty(&value).unwrap_or_default());
            } else {
                if let Some(report) = sets {
                    print_report(report, out);
                }
                if let Some(c) = command {
                    if c.success {
                        out.line(&format!("The seed command `{}` has been executed.", c.command));
                    } else {
                        let code = c.exit_code.map_or_else(|| "a signal".to_owned(), |c| format!("exit code {c}"));
                        out.error(&format!("The seed command `{}` failed with {code}.", c.command));
                    }
                }
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

fn print_report(report: &SeedReport, out: &mut Output) {
    let verb = if report.dry_run { "Would seed" } else { "Seeded" };
    for missing in &report.missing_sets {
        out.err(&format!("note: no seed set {missing:?}\n"));
    }
    if report.tables.is_empty() {
        out.line(&format!(
            "Seed sets {} are unchanged since they were last applied (pass --force to apply them again).",
            report.sets.join(", ")
        ));
        return;
    }
    out.line(&format!("{verb} from {}:", report.sets.join(", ")));
    let width = report.tables.iter().map(|t| t.model.len()).max().unwrap_or(5).max(5);
    out.line(&format!(
        "  {:<width$}  {:>9}  {:>9}  {:>9}  {:>9}",
        "model", "inserted", "updated", "unchanged", "pruned"
    ));
    for t in &report.tables {
        let pruned = if t.pruned > 0 || t.stale == 0 { t.pruned.to_string() } else { format!("0 ({} stale)", t.stale) };
        out.line(&format!(
            "  {:<width$}  {:>9}  {:>9}  {:>9}  {:>9}",
            t.model, t.inserted, t.updated, t.unchanged, pruned
        ));
    }
    let stale: usize = report.tables.iter().filter(|t| t.pruned == 0).map(|t| t.stale).sum();
    if stale > 0 {
        out.line(&format!("{stale} row(s) are in the tables but in no seed file; pass --prune to delete them."));
    }
    let skipped = report.files.iter().filter(|f| f.skipped).count();
    if skipped > 0 {
        out.line(&format!("{skipped} file(s) unchanged since last applied were skipped."));
    }
    if report.dry_run {
        out.line("Dry run: nothing was written.");
    }
}

fn json_report(report: &SeedReport) -> serde_json::Value {
    serde_json::json!({
        "sets": report.sets,
        "missingSets": report.missing_sets,
        "dryRun": report.dry_run,
        "tables": report.tables.iter().map(|t| serde_json::json!({
            "model": t.model,
            "inserted": t.inserted,
            "updated": t.updated,
            "unchanged": t.unchanged,
            "stale": t.stale,
            "pruned": t.pruned,
        })).collect::<Vec<_>>(),
        "files": report.files.iter().map(|f| serde_json::json!({
            "set": f.set,
            "path": f.path,
            "checksum": f.checksum,
            "rows": f.rows,
            "skipped": f.skipped,
        })).collect::<Vec<_>>(),
    })
}

fn print_error(error: &SeedError, json: bool, out: &mut Output) -> ExitCode {
    let code = match error {
        SeedError::Problems { .. } => 1,
        _ => 2,
    };
    if json {
        let problems = match error {
            SeedError::Problems { problems } => problems
                .iter()
                .map(|p| {
                    serde_json::json!({
                        "file": p.file, "line": p.line, "column": p.column, "field": p.field, "message": p.message,
                    })
                })
                .collect(),
            _ => Vec::new(),
        };
        let value = serde_json::json!({ "error": error.to_string(), "problems": problems });
        out.line(&serde_json::to_string_pretty(&value).unwrap_or_default());
    } else {
        out.error(&error.to_string());
    }
    ExitCode::from(code)
}
