//! End to end on the golden cases: `tests/golden/<case>/{from,to}.prisma` → validate →
//! `calculate` per dialect → `diff` → `render_script`, compared byte for byte with the case's
//! `postgres.sql`, `sqlite.sql` and `mysql.sql`.
//!
//! The schemas say `provider = "postgresql"`; like the oracle, the driver forces the provider of
//! the dialect it runs. `postgres.sql` and `sqlite.sql` are Prisma's own output and are never
//! rewritten here; `UPDATE_EXPECT=1` re-blesses the hand-derived `mysql.sql` files only.
//!
//! The files hold what `prisma migrate diff --script` prints, less its final newline: for an
//! empty migration that is `-- This is an empty migration.` *with* a newline (`migration.sql`,
//! which [`render_script`] writes, has none).

use migrate::calculate::calculate;
use migrate::{diff, render_script, Dialect};
use std::path::{Path, PathBuf};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

fn expected_file(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => "postgres.sql",
        Dialect::Sqlite => "sqlite.sql",
        Dialect::Mysql => "mysql.sql",
    }
}

/// The schema text with the datasource's provider replaced, as the oracle wrapper does.
fn with_provider(text: &str, provider: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_datasource = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("datasource ") {
            in_datasource = true;
        } else if in_datasource && trimmed.starts_with('}') {
            in_datasource = false;
        }
        if in_datasource && trimmed.starts_with("provider") && trimmed.contains('=') {
            let indent = &line[..line.len() - trimmed.len()];
            let newline = if line.ends_with('\n') { "\n" } else { "" };
            out.push_str(&format!("{indent}provider = \"{provider}\"{newline}"));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Cases whose schemas Strata's validator rejects although Prisma 6.19 accepts them, with the
/// reason. They are calculated from the validator's best-effort datamodel and must still give
/// Prisma's SQL; once the validator accepts them, the entry must go (the test says so).
const KNOWN_VALIDATOR_GAPS: &[(&str, Dialect, &str)] = &[];

/// The outcome of one case on one dialect.
enum Outcome {
    /// The script `migrate diff --script` would print (less the final newline).
    Script(String),
    /// The script, calculated despite a known validator gap.
    ScriptDespiteGap(String),
    /// No script: why.
    Error(String),
}

/// The migration script for `from → to` on `dialect`.
fn migration(case: &str, from: &str, to: &str, dialect: Dialect) -> Outcome {
    let schemas: Vec<_> = [from, to]
        .iter()
        .map(|text| psl::validate(psl::SourceFile::new("schema.prisma", with_provider(text, dialect.provider()))))
        .collect();
    let gap = KNOWN_VALIDATOR_GAPS.iter().any(|(c, d, _)| *c == case && *d == dialect);
    let all_valid = schemas.iter().all(|s| s.is_valid());
    if gap && all_valid {
        return Outcome::Error("listed in KNOWN_VALIDATOR_GAPS but now valid: remove the entry".into());
    }
    if !gap {
        if let Some(invalid) = schemas.iter().find(|s| !s.is_valid()) {
            return Outcome::Error(format!("invalid schema:\n{}", invalid.render_diagnostics(false)));
        }
    }
    let previous = calculate(&schemas[0], dialect);
    let next = calculate(&schemas[1], dialect);
    let steps = diff(&previous, &next, dialect);
    let mut script = render_script(&steps, &previous, &next, dialect, &[]);
    if steps.is_empty() {
        script.push('\n');
    }
    if gap {
        Outcome::ScriptDespiteGap(script)
    } else {
        Outcome::Script(script)
    }
}

#[test]
fn golden_cases() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(golden_dir()).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(!cases.is_empty(), "no golden cases found");

    let mut failures = Vec::new();
    let mut notes = Vec::new();
    let mut rows = Vec::new();
    for dialect in [Dialect::Postgres, Dialect::Sqlite, Dialect::Mysql] {
        let (mut total, mut pass, mut despite_gap) = (0, 0, 0);
        for case in &cases {
            let name = case.file_name().unwrap().to_string_lossy().into_owned();
            let expected_path = case.join(expected_file(dialect));
            let Ok(expected) = std::fs::read_to_string(&expected_path) else { continue };
            total += 1;
            let from = std::fs::read_to_string(case.join("from.prisma")).unwrap();
            let to = std::fs::read_to_string(case.join("to.prisma")).unwrap();
            let (actual, gap) = match migration(&name, &from, &to, dialect) {
                Outcome::Script(s) => (s, false),
                Outcome::ScriptDespiteGap(s) => (s, true),
                Outcome::Error(why) => {
                    failures.push(format!("{name} on {dialect:?}: {why}"));
                    continue;
                }
            };
            if actual == expected {
                pass += 1;
            } else if update && dialect == Dialect::Mysql {
                std::fs::write(&expected_path, &actual).unwrap();
                pass += 1;
                println!("re-blessed {name}/mysql.sql");
            } else {
                failures.push(format!("{name} on {dialect:?}:\n--- expected\n{expected}\n--- actual\n{actual}\n---"));
                continue;
            }
            if gap {
                despite_gap += 1;
                let reason = KNOWN_VALIDATOR_GAPS.iter().find(|(c, _, _)| *c == name).map(|g| g.2).unwrap_or_default();
                notes.push(format!("{name} on {}: passes, but {reason}", dialect.provider()));
            }
        }
        rows.push(format!("| {} | {total} | {pass} | {despite_gap} | {} |", dialect.provider(), total - pass));
    }
    println!("| dialect | cases | pass | of which despite a validator gap | fail |");
    println!("|---|---:|---:|---:|---:|");
    for row in rows {
        println!("{row}");
    }
    for note in &notes {
        println!("note: {note}");
    }
    for failure in &failures {
        println!("{failure}");
    }
    assert!(failures.is_empty(), "{} golden case(s) differ (see the output above)", failures.len());
}

#[test]
fn provider_is_forced_in_the_datasource_only() {
    let text =
        "datasource db {\n  provider = \"postgresql\"\n}\n\ngenerator c {\n  provider = \"prisma-client-js\"\n}\n";
    let forced = with_provider(text, "sqlite");
    assert!(forced.contains("provider = \"sqlite\""));
    assert!(forced.contains("provider = \"prisma-client-js\""));
}
