//! Prisma's own migration fixtures (`migration-tests/sql-migration-tests/tests/
//! single_migration_tests/` in the corpus): the SQL from an empty database to each schema must
//! equal the fixture's `// Expected Migration:` block byte for byte.
//!
//! Format (see the corpus README): line 1 `// tags=…`, optionally `// exclude=…`, the schema,
//! then `// Expected Migration:` and the expected SQL, one `// `-prefixed line each. Only the
//! `postgres`, `mysql` and `sqlite` tags are Strata's.
//!
//! The fixtures come from the engines of Prisma 6.19, whose PostgreSQL namespaces differ from
//! Prisma 7's (no `CREATE SCHEMA "public"` without multiSchema; `"public"."T"` qualified with
//! it). The suite runs with [`CalculateOptions::prisma_6_19`] to compare like with like.

use migrate::calculate::{calculate_with, CalculateOptions};
use migrate::{diff, render_script, Dialect, SqlSchema};
use std::path::{Path, PathBuf};

/// The share of fixtures that must pass.
const REQUIRED_SHARE: f64 = 0.9;

struct Fixture {
    name: String,
    dialect: Dialect,
    schema: String,
    expected: String,
}

fn parse(name: String, text: &str) -> Option<Fixture> {
    let tags = text.lines().next()?.strip_prefix("// tags=")?;
    let dialect = tags.split(',').map(str::trim).find_map(|t| match t {
        "postgres" => Some(Dialect::Postgres),
        "mysql" => Some(Dialect::Mysql),
        "sqlite" => Some(Dialect::Sqlite),
        _ => None,
    })?;
    let mut expected = String::new();
    let mut in_expectation = false;
    let mut schema = String::new();
    for line in text.lines() {
        if in_expectation {
            let sql = line.strip_prefix("// ").or_else(|| line.strip_prefix("//")).unwrap_or(line);
            expected.push_str(sql);
            expected.push('\n');
        } else if line == "// Expected Migration:" {
            in_expectation = true;
        } else {
            schema.push_str(line);
            schema.push('\n');
        }
    }
    in_expectation.then_some(Fixture { name, dialect, schema, expected })
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "prisma") {
            out.push(path);
        }
    }
}

fn from_empty(fixture: &Fixture) -> Result<String, String> {
    let schema = psl::validate(psl::SourceFile::new("schema.prisma", fixture.schema.clone()));
    if !schema.is_valid() {
        return Err(format!("invalid schema:\n{}", schema.render_diagnostics(false)));
    }
    let next =
        calculate_with(&schema.datamodel, &schema.configuration, fixture.dialect, CalculateOptions::prisma_6_19());
    let empty = SqlSchema::new();
    Ok(render_script(&diff(&empty, &next, fixture.dialect), &empty, &next, fixture.dialect, &[]))
}

#[test]
fn single_migration_tests() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let root = corpus.join("migration-tests/sql-migration-tests/tests/single_migration_tests");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();

    let mut rows = Vec::new();
    let mut failures = Vec::new();
    let (mut total, mut pass) = (0usize, 0usize);
    for file in files {
        let name = file.strip_prefix(&root).unwrap().display().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        let Some(fixture) = parse(name.clone(), &text) else { continue };
        total += 1;
        let verdict = match from_empty(&fixture) {
            Ok(actual) if actual == fixture.expected => {
                pass += 1;
                "pass"
            }
            Ok(actual) => {
                failures.push(format!("{}:\n--- expected\n{}--- actual\n{actual}---", fixture.name, fixture.expected));
                "FAIL"
            }
            Err(why) => {
                failures.push(format!("{}: {why}", fixture.name));
                "FAIL"
            }
        };
        rows.push(format!("| {} | {} | {verdict} |", fixture.name, fixture.dialect.provider()));
    }
    println!("| fixture | dialect | result |");
    println!("|---|---|---|");
    for row in &rows {
        println!("{row}");
    }
    let share = if total == 0 { 0.0 } else { pass as f64 / total as f64 };
    println!("\n{pass}/{total} fixtures pass ({:.1}%)", share * 100.0);
    for failure in &failures {
        println!("{failure}");
    }
    assert!(total > 0, "no fixtures found under {}", root.display());
    assert!(share >= REQUIRED_SHARE, "{pass}/{total} pass, below {:.0}%", REQUIRED_SHARE * 100.0);
}
