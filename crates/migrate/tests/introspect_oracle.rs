//! Byte-for-byte comparison with Prisma 7.10's `db pull` on real-world schemas.
//!
//! For every fixture `tests/introspection/<stem>.<postgres|sqlite>.prisma` (recorded by
//! `tests/introspection/regen.sh` with the oracle), Prisma's migration SQL for the same schema
//! (`tests/prisma_sql/<stem>.<…>.sql`) is applied to a fresh database, described and
//! introspected; the schema text must equal the fixture, and the warnings the recorded
//! `<stem>.<…>.warnings.txt` (if any). Prints the identical share.
//!
//! The hand-written cases of `tests/introspection/cases/` (naming, relations, indexes,
//! defaults, types, re-introspection) are checked the same way, each `<name>.<provider>.sql`
//! against Prisma's output `<name>.<provider>.prisma`, re-introspected on top of
//! `<name>.<provider>.previous.prisma` when there is one.

#[path = "introspection/support.rs"]
mod support;

use sql_schema::Dialect;
use std::path::Path;

/// Extensions Prisma's SQL uses without creating them (the fixtures were recorded with them).
fn setup_sql(sql: &str) -> String {
    let mut setup = String::new();
    if sql.contains("gin_trgm_ops") {
        setup.push_str("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n");
    }
    if sql.to_ascii_lowercase().contains("citext") {
        setup.push_str("CREATE EXTENSION IF NOT EXISTS citext;\n");
    }
    setup
}

/// One comparison: SQL to apply, Prisma's output, and the previous schema if any.
struct Fixture {
    name: String,
    dialect: Dialect,
    sql: String,
    expected: String,
    expected_warnings: Option<String>,
    previous: Option<String>,
}

fn fixtures(dir: &Path, sql_dir: &Path) -> Vec<Fixture> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".prisma") && !n.ends_with(".previous.prisma"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let base = name.strip_suffix(".prisma").unwrap().to_owned();
            let dialect = if base.ends_with(".sqlite") { Dialect::Sqlite } else { Dialect::Postgres };
            let read = |p: std::path::PathBuf| std::fs::read_to_string(p).ok();
            Fixture {
                dialect,
                sql: read(sql_dir.join(format!("{base}.sql"))).unwrap_or_else(|| panic!("no SQL for {base}")),
                expected: read(dir.join(&name)).unwrap(),
                expected_warnings: read(dir.join(format!("{base}.warnings.txt"))),
                previous: read(dir.join(format!("{base}.previous.prisma"))),
                name: base,
            }
        })
        .collect()
}

/// Runs the fixtures; returns (name, schema identical, warnings identical, first difference,
/// diagnostics of the introspected schema).
async fn run(fixtures: &[Fixture], hint: &str) -> Vec<(String, bool, bool, String, String)> {
    let mut rows = Vec::new();
    for (i, f) in fixtures.iter().enumerate() {
        let previous =
            f.previous.as_ref().map(|text| psl::validate(psl::SourceFile::new("schema.prisma", text.clone())));
        let script = format!("{}{}", setup_sql(&f.sql), f.sql);
        let outcome = support::pull(f.dialect, &format!("{hint}{i}"), &script, None, previous.as_ref()).await;
        let row = match outcome {
            Ok(result) => {
                let warnings = result.warnings_text();
                let expected_warnings = f.expected_warnings.clone().unwrap_or_default();
                let schema_ok = result.schema_text == f.expected;
                let warnings_ok = warnings == expected_warnings;
                if !schema_ok {
                    println!("--- {}:\n{}", f.name, support::show_diff(&f.expected, &result.schema_text));
                }
                if !warnings_ok {
                    println!("--- {} warnings:\n{}", f.name, support::show_diff(&expected_warnings, &warnings));
                }
                let detail =
                    if schema_ok { String::new() } else { support::first_difference(&f.expected, &result.schema_text) };
                let validated = psl::validate(psl::SourceFile::new("schema.prisma", result.schema_text));
                let diagnostics =
                    if validated.is_valid() { String::new() } else { validated.render_diagnostics(false) };
                (f.name.clone(), schema_ok, warnings_ok, detail, diagnostics)
            }
            Err(e) => (f.name.clone(), false, false, e, String::new()),
        };
        rows.push(row);
    }
    rows
}

fn print_table(title: &str, rows: &[(String, bool, bool, String, String)]) -> f64 {
    println!("\n{:<50} {:<9} {:<9} first difference", title, "schema", "warnings");
    for (name, schema_ok, warnings_ok, detail, _) in rows {
        let s = if *schema_ok { "same" } else { "DIFFERS" };
        let w = if *warnings_ok { "same" } else { "DIFFERS" };
        println!("{name:<50} {s:<9} {w:<9} {detail}");
    }
    let identical = rows.iter().filter(|r| r.1).count();
    let share = identical as f64 * 100.0 / rows.len() as f64;
    let warnings_same = rows.iter().filter(|r| r.2).count();
    println!("{title}: byte-identical to prisma db pull: {identical}/{} ({share:.1}%), identical warnings: {warnings_same}/{}", rows.len(), rows.len());
    share
}

#[tokio::test(flavor = "multi_thread")]
async fn real_world_schemas_identical_to_prisma_db_pull() {
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let fixtures = fixtures(&tests.join("introspection"), &tests.join("prisma_sql"));
    assert!(fixtures.len() >= 12, "expected at least a dozen oracle fixtures, found {}", fixtures.len());
    let rows = run(&fixtures, "oracle").await;
    let share = print_table("real-world schemas", &rows);
    assert!(rows.iter().all(|r| r.1), "schemas differ from Prisma's ({share:.1}% identical)");
    // `pull` then `validate` is clean.
    for (name, .., valid) in &rows {
        assert!(valid.is_empty(), "{name}: the introspected schema does not validate:\n{valid}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn hand_written_cases_identical_to_prisma_db_pull() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/introspection/cases");
    let fixtures = fixtures(&dir, &dir);
    let rows = run(&fixtures, "case").await;
    let share = print_table("hand-written cases", &rows);
    assert!(rows.iter().all(|r| r.1), "cases differ from Prisma's ({share:.1}% identical)");
}
