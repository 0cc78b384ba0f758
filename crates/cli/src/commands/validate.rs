//! `strata validate`.

use crate::args::ValidateArgs;
use crate::output::Output;
use engine::validate::{LocatedDiagnostic, ValidateReport};
use std::process::ExitCode;

/// Validates the schema; exit 0 valid, 1 invalid.
pub fn run(args: ValidateArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let schema = engine::schema::locate_and_load(args.schema.schema.as_deref(), &cwd)?;
    let report = engine::validate::validate(&schema);
    let shown = schema.location.path().display().to_string();
    if args.json {
        out.line(&serde_json::to_string_pretty(&json_report(&report, &shown)).unwrap_or_default());
    } else {
        print_diagnostics(&report, out);
        if report.is_valid() {
            out.line(&format!("The schema at {shown} is valid 🚀"));
        }
    }
    Ok(if report.is_valid() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Prints warnings and errors to stderr in Prisma's layout, then the error count.
pub fn print_diagnostics(report: &ValidateReport, out: &mut Output) {
    if report.schema.diagnostics.is_empty() {
        return;
    }
    let rendered = report.schema.render_diagnostics(out.color_stderr);
    out.err(&rendered);
    let errors = report.schema.diagnostics.errors().len();
    if errors > 0 {
        out.err(&format!("\nValidation Error Count: {errors}\n"));
    }
}

/// The `--json` shape: `{ "schema", "valid", "diagnostics": [...] }`.
pub fn json_report(report: &ValidateReport, schema: &str) -> serde_json::Value {
    serde_json::json!({
        "schema": schema,
        "valid": report.is_valid(),
        "diagnostics": report.located().iter().map(json_diagnostic).collect::<Vec<_>>(),
    })
}

fn json_diagnostic(d: &LocatedDiagnostic) -> serde_json::Value {
    serde_json::json!({
        "severity": match d.severity { psl::Severity::Error => "error", psl::Severity::Warning => "warning" },
        "message": d.message,
        "file": d.file,
        "line": d.line,
        "column": d.column,
        "span": { "start": d.span.0, "end": d.span.1 },
    })
}
