//! `strata format`.

use crate::args::FormatArgs;
use crate::output::Output;
use engine::format::FormatReport;
use std::process::ExitCode;

/// Formats the schema in place, or with `--check` only reports; exit 1 when
/// the schema is invalid or (with `--check`) not formatted.
pub fn run(args: FormatArgs, out: &mut Output) -> Result<ExitCode, engine::EngineError> {
    let cwd = super::cwd()?;
    let schema = engine::schema::locate_and_load(args.schema.schema.as_deref(), &cwd)?;
    let shown = schema.location.path().display().to_string();
    let started = std::time::Instant::now();
    let files = match engine::format::format(&schema) {
        FormatReport::Invalid(report) => {
            if args.json {
                out.line(
                    &serde_json::to_string_pretty(&super::validate::json_report(&report, &shown)).unwrap_or_default(),
                );
            } else {
                super::validate::print_diagnostics(&report, out);
            }
            return Ok(ExitCode::from(1));
        }
        FormatReport::Formatted(files) => files,
    };
    let unformatted: Vec<String> = files.iter().filter(|f| f.changed).map(|f| f.path.display().to_string()).collect();
    if args.check {
        if args.json {
            out.line(&serde_json::to_string_pretty(&serde_json::json!({ "schema": shown, "formatted": unformatted.is_empty(), "unformatted": unformatted })).unwrap_or_default());
        } else if unformatted.is_empty() {
            out.line(&format!("The schema at {shown} is formatted."));
        } else {
            for f in &unformatted {
                out.err(&format!("{f} is not formatted. Run `strata format` to fix it.\n"));
            }
        }
        return Ok(if unformatted.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) });
    }
    engine::format::write_changed(&files, &cwd)?;
    if args.json {
        out.line(
            &serde_json::to_string_pretty(&serde_json::json!({ "schema": shown, "changed": unformatted }))
                .unwrap_or_default(),
        );
    } else {
        out.line(&format!("Formatted {shown} in {}ms 🚀", started.elapsed().as_millis()));
    }
    Ok(ExitCode::SUCCESS)
}
