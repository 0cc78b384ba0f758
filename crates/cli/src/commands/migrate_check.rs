//! `strata migrate check`: the CI gate. Schema and migrations in sync (replayed on a shadow
//! database), `migration_lock.toml`, edited or failed migrations in the database's history (when
//! the database exists), lint at `--deny` (default `error`), and up → down → up round trips.
//!
//! One screen of text, or `--json`. Exit codes: 0 clean, 1 problems found, 2 the check could
//! not run (no schema or URL, invalid `strata.toml`, the shadow database unavailable).

use super::migrate_deploy::{block_on, print_error};
use super::migrate_lint::{counts, finding_json, Deny};
use crate::output::Output;
use clap::Args;
use engine::check::{self, CheckError, CheckReport, CheckRequest, DownSource, ProblemKind};
use engine::dev::DevError;
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// `strata migrate check`.
#[derive(Debug, Args)]
pub struct MigrateCheckArgs {
    /// Schema file or folder [default: ./prisma/schema.prisma, then ./schema.prisma].
    #[arg(long, value_name = "PATH")]
    pub schema: Option<PathBuf>,
    /// The database whose history is checked; its server hosts the temporary shadow database
    /// [default: the datasource's directUrl, else its url].
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
    /// Replay on this database instead of a temporary one (it is emptied first).
    #[arg(long, value_name = "URL")]
    pub shadow_database_url: Option<String>,
    /// The least lint severity that is a problem.
    #[arg(long, value_enum, default_value = "error")]
    pub deny: Deny,
    /// Skip the up → down → up round trips.
    #[arg(long)]
    pub no_round_trips: bool,
    /// Print the report as JSON on stdout.
    #[arg(long)]
    pub json: bool,
}

/// Runs `migrate check`; see the module documentation for exit codes.
pub fn run(args: MigrateCheckArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let request = CheckRequest {
        schema: args.schema,
        url: args.url,
        shadow_database_url: args.shadow_database_url,
        deny: args.deny.severity(),
        round_trips: !args.no_round_trips,
        cwd: super::cwd()?,
    };
    let report = match block_on(check::check(&request)) {
        Ok(report) => report,
        Err(e) => return Ok(print_check_error(out, args.json, &e)),
    };
    if args.json {
        out.line(&report_json(&report, args.deny).to_string());
    } else {
        out.out(&human(&report, args.deny));
    }
    Ok(if report.is_clean() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn print_check_error(out: &mut Output, json: bool, e: &CheckError) -> ExitCode {
    if json {
        let code = match e {
            CheckError::Project(p) => p.code(),
            _ => None,
        };
        out.line(&json!({ "ok": false, "error": { "code": code, "message": e.to_string() } }).to_string());
        return ExitCode::from(2);
    }
    match e {
        CheckError::Project(DevError::InvalidSchema { path, diagnostics }) => {
            out.err(diagnostics);
            out.error(&format!("The schema at {} is invalid.", path.display()));
        }
        CheckError::Project(DevError::Migrate(e)) => {
            print_error(out, e);
        }
        other => {
            out.error(&other.to_string());
            if let CheckError::Project(p) = other {
                if let Some(hint) = p.hint() {
                    out.err(&format!("\n{hint}\n"));
                }
            }
        }
    }
    ExitCode::from(2)
}

const OK: &str = "\u{2714}";
const FAIL: &str = "\u{2718}";
const SKIP: &str = "-";

fn human(report: &CheckReport, deny: Deny) -> String {
    let mut text = format!(
        "Checked {} migration{} in {} ({})\n\n",
        report.migrations,
        if report.migrations == 1 { "" } else { "s" },
        report.migrations_display,
        report.dialect.provider()
    );
    let section = |text: &mut String, kinds: &[ProblemKind], ok: &str, skipped: Option<&str>| {
        let problems: Vec<_> = report.problems.iter().filter(|p| kinds.contains(&p.kind)).collect();
        if let Some(reason) = skipped.and_then(|s| report.skipped.iter().find(|k| k.section == s)) {
            if problems.is_empty() {
                text.push_str(&format!("{SKIP} {ok}: not checked ({})\n", reason.reason));
                return;
            }
        }
        if problems.is_empty() {
            text.push_str(&format!("{OK} {ok}\n"));
        }
        for p in problems {
            let mut lines = p.message.lines();
            text.push_str(&format!("{FAIL} {}\n", lines.next().unwrap_or_default()));
            for line in lines {
                match line.trim_end() {
                    "" => text.push('\n'),
                    line => text.push_str(&format!("    {line}\n")),
                }
            }
        }
    };
    section(&mut text, &[ProblemKind::LockProvider], "migration_lock.toml matches the schema's provider", None);
    section(&mut text, &[ProblemKind::ReplayFailed], "every migration applies on the shadow database", None);
    section(&mut text, &[ProblemKind::MissingMigration], "schema and migrations are in sync", Some("sync"));
    section(
        &mut text,
        &[ProblemKind::Modified, ProblemKind::Failed, ProblemKind::MissingLocally],
        &match &report.history_database {
            Some(db) => format!("no applied migration was edited, failed or removed ({db})"),
            None => "no applied migration was edited, failed or removed".to_owned(),
        },
        Some("history"),
    );
    let counted = match report.lint_counted.len() {
        0 => String::new(),
        1 => "; 1 pending migration with live counts".to_owned(),
        n => format!("; {n} pending migrations with live counts"),
    };
    let lint_ok = format!(
        "lint: {} ({}; none at or above `{}`{counted})",
        report.lint.len(),
        counts(report.lint.iter().map(|(_, f)| f)),
        deny.name()
    );
    section(&mut text, &[ProblemKind::Lint], &lint_ok, None);
    if !report.round_trips.is_empty() || report.of(ProblemKind::RoundTrip).next().is_some() {
        let checked = report.round_trips.iter().filter(|r| r.down.is_some()).count();
        let files = report.round_trips.iter().filter(|r| r.down == Some(DownSource::File)).count();
        let without = report.round_trips.len() - checked;
        let mut ok =
            format!("up → down → up round-trips ({checked} checked: {files} down.sql, {} generated", checked - files);
        if without > 0 {
            ok.push_str(&format!("; {without} without a down script"));
        }
        ok.push(')');
        section(&mut text, &[ProblemKind::RoundTrip], &ok, None);
    }
    text.push('\n');
    match report.problems.len() {
        0 => text.push_str("No problems found.\n"),
        1 => text.push_str("1 problem found.\n"),
        n => text.push_str(&format!("{n} problems found.\n")),
    }
    text
}

fn report_json(report: &CheckReport, deny: Deny) -> serde_json::Value {
    json!({
        "ok": report.is_clean(),
        "provider": report.dialect.provider(),
        "migrations": report.migrations,
        "problems": report.problems.iter().map(|p| json!({
            "kind": p.kind.id(),
            "migration": p.migration,
            "message": p.message,
        })).collect::<Vec<_>>(),
        "lint": {
            "deny": deny.name(),
            "findings": report.lint.iter().map(|(file, f)| finding_json(file, f)).collect::<Vec<_>>(),
        },
        "roundTrips": report.round_trips.iter().map(|r| json!({
            "migration": r.migration,
            "down": match r.down { Some(DownSource::File) => Some("down.sql"), Some(DownSource::Generated) => Some("generated"), None => None },
            "ok": r.ok,
        })).collect::<Vec<_>>(),
        "historyDatabase": report.history_database,
        "lintLiveCounts": report.lint_counted,
        "skipped": report.skipped.iter().map(|s| json!({ "section": s.section, "reason": s.reason })).collect::<Vec<_>>(),
    })
}
