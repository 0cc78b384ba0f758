//! `strata migrate lint [PATH…]`: review migration files — data loss, failures on existing
//! data, locks and rewrites, hygiene — in the dialect of the project, with live row counts when
//! a database is given (`--url`, or `--live` for the datasource's).
//!
//! Output: one line per finding and its help (human), one JSON object (`--json`), or GitHub
//! Actions annotations (`--format github`). Exit codes: 0 no finding at or above `--deny`
//! (default `error`), 1 findings at or above it, 2 the lint could not run (no dialect, an
//! unreadable file, an invalid `strata.toml`).

use super::migrate_deploy::block_on;
use crate::output::Output;
use clap::{Args, ValueEnum};
use engine::lint::{self, Finding, LintReport, LintRequest, Severity};
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::ExitCode;

/// How findings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `file:line: severity [rule] message` and a help line.
    Human,
    /// One JSON object on stdout.
    Json,
    /// GitHub Actions workflow commands (`::warning file=…,line=…::…`).
    Github,
}

/// The least severity that fails the command.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Fail on errors only.
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail on findings (report only).
    Never,
}

impl Deny {
    /// The least severity that fails, if any.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Deny::Error => Some(Severity::Error),
            Deny::Warning => Some(Severity::Warning),
            Deny::Info => Some(Severity::Info),
            Deny::Never => None,
        }
    }

    /// The name as typed.
    pub fn name(self) -> &'static str {
        match self {
            Deny::Error => "error",
            Deny::Warning => "warning",
            Deny::Info => "info",
            Deny::Never => "never",
        }
    }
}

/// `strata migrate lint`.
#[derive(Debug, Args)]
pub struct MigrateLintArgs {
    /// SQL files, migration folders or migrations folders [default: the migrations folder beside the schema].
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// The SQL dialect [default: the schema's provider, else migration_lock.toml].
    #[arg(long, value_name = "PROVIDER", value_parser = ["postgresql", "postgres", "mysql", "sqlite"])]
    pub provider: Option<String>,
    /// Count the rows at stake in this database (migrations it has applied are linted without counts).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Count the rows at stake in the datasource's database (its directUrl, else url).
    #[arg(long)]
    pub live: bool,
    /// Lint only the migrations the database has not applied yet (needs --url or --live).
    #[arg(long)]
    pub pending: bool,
    /// The least severity that makes the command exit 1.
    #[arg(long, value_enum, default_value = "error")]
    pub deny: Deny,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Print the report as JSON on stdout (same as --format json).
    #[arg(long)]
    pub json: bool,
}

/// Runs `migrate lint`; see the module documentation for exit codes.
pub fn run(args: MigrateLintArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let format = if args.json { Format::Json } else { args.format };
    let request = LintRequest {
        paths: args.paths,
        schema: args.schema,
        provider: args.provider,
        url: args.url,
        live: args.live,
        pending: args.pending,
        cwd: super::cwd()?,
    };
    let report = match block_on(lint::lint_files(&request)) {
        Ok(report) => report,
        Err(e) => {
            if format == Format::Json {
                out.line(&json!({ "ok": false, "error": { "message": e.to_string() } }).to_string());
            } else {
                out.error(&e.to_string());
            }
            return Ok(ExitCode::from(2));
        }
    };
    let failing = args.deny.severity().map_or(0, |s| report.count_at_least(s));
    match format {
        Format::Json => out.line(&report_json(&report, args.deny, failing).to_string()),
        Format::Github => {
            for file in &report.files {
                out.out(&lint::render_github(&file.display, &file.findings));
            }
            out.err(&summary(&report, args.deny, failing));
        }
        Format::Human => {
            for file in &report.files {
                out.out(&lint::render_human(&file.display, &file.findings));
            }
            out.out(&summary(&report, args.deny, failing));
        }
    }
    Ok(if failing > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Counts per severity: `1 error, 2 warnings`.
pub(crate) fn counts<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> String {
    let (mut errors, mut warnings, mut infos) = (0, 0, 0);
    for f in findings {
        match f.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Info => infos += 1,
        }
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    format!("{}, {}, {}", plural(errors, "error"), plural(warnings, "warning"), plural(infos, "info"))
}

fn summary(report: &LintReport, deny: Deny, failing: usize) -> String {
    let files = report.files.len();
    let mut text = format!(
        "\nLinted {files} file{} as {}: {}.\n",
        if files == 1 { "" } else { "s" },
        report.dialect.provider(),
        counts(report.findings().map(|(_, f)| f))
    );
    if let Some(path) = &report.config_path {
        text.push_str(&format!("Configuration: {}\n", path.display()));
    }
    match (&report.database, &report.database_note) {
        (Some(db), None) => {
            let live = report.files.iter().filter(|f| f.live).count();
            text.push_str(&format!("Live counts from {db} ({live} file{} not applied there).\n", plural_s(live)));
        }
        (Some(db), Some(note)) => text.push_str(&format!("No live counts from {db}: {note}.\n")),
        (None, _) => {}
    }
    if report.skipped_applied > 0 {
        text.push_str(&format!(
            "Skipped {} applied migration{}.\n",
            report.skipped_applied,
            plural_s(report.skipped_applied)
        ));
    }
    if failing > 0 {
        text.push_str(&format!("{failing} finding{} at or above `{}`.\n", plural_s(failing), deny.name()));
    }
    text
}

fn plural_s(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A finding as JSON.
pub(crate) fn finding_json(file: &str, f: &Finding) -> Value {
    json!({
        "file": file,
        "line": f.line,
        "rule": f.rule,
        "severity": f.severity.to_string(),
        "message": f.message,
        "help": f.help,
    })
}

fn report_json(report: &LintReport, deny: Deny, failing: usize) -> Value {
    let files: Vec<Value> = report
        .files
        .iter()
        .map(|file| {
            json!({
                "file": file.display,
                "migration": file.migration,
                "liveCounts": file.live,
                "findings": file.findings.iter().map(|f| finding_json(&file.display, f)).collect::<Vec<_>>(),
            })
        })
        .collect();
    let count = |s: Severity| report.findings().filter(|(_, f)| f.severity == s).count();
    json!({
        "ok": failing == 0,
        "provider": report.dialect.provider(),
        "config": report.config_path.as_ref().map(|p| p.display().to_string()),
        "database": report.database,
        "databaseNote": report.database_note,
        "deny": deny.name(),
        "counts": { "error": count(Severity::Error), "warning": count(Severity::Warning), "info": count(Severity::Info) },
        "failing": failing,
        "skippedApplied": report.skipped_applied,
        "files": files,
    })
}

/// Prints the lint findings of a generated script on stderr (`migrate dev`, `db push`, `migrate
/// diff`), so that stdout keeps Prisma's output; nothing when there are none.
pub(crate) fn print_generated(out: &mut Output, label: &str, findings: &[Finding]) {
    if findings.is_empty() {
        return;
    }
    out.err(&format!("\nLint ({}):\n{}", counts(findings), lint::render_human(label, findings)));
}
