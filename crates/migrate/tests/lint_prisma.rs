//! No false positives on what Prisma generates for a fresh database.
//!
//! `tests/prisma_sql/*.sql` are the initial migrations Prisma 7.10 writes for 25 real-world
//! schemas (PostgreSQL and SQLite). Every table they touch is created by the same file, so the
//! decision documented in `migrate::lint` holds: a fresh `CREATE TABLE` migration reports
//! nothing at all — no data loss, no failure on existing data, no lock on a table in use.

use migrate::lint::{lint, LintConfig};
use migrate::Dialect;
use std::path::Path;

#[test]
fn initial_prisma_migrations_report_nothing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/prisma_sql");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "the corpus is missing: {}", dir.display());
    let mut statements = 0;
    let mut reported = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let dialect = if name.ends_with(".postgres.sql") { Dialect::Postgres } else { Dialect::Sqlite };
        let sql = std::fs::read_to_string(path).unwrap();
        statements += sql.matches(";\n").count();
        for finding in lint(&sql, dialect, &LintConfig::default(), None) {
            reported.push(format!("{name}:{}: [{}] {}", finding.line, finding.rule, finding.message));
        }
    }
    println!("{} files, about {statements} statements, {} findings", files.len(), reported.len());
    assert!(reported.is_empty(), "findings on fresh migrations:\n{}", reported.join("\n"));
}

/// Everything Prisma generates parses: the golden migrations of every dialect give no
/// `parse-error`. One known exception: Prisma writes SQLite JSON defaults unquoted
/// (`DEFAULT {"a": 1}`), which is not SQL any parser accepts.
#[test]
fn generated_migrations_parse() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut checked = 0;
    let mut errors = Vec::new();
    for case in std::fs::read_dir(&dir).unwrap() {
        let case = case.unwrap().path();
        for (file, dialect) in
            [("postgres.sql", Dialect::Postgres), ("sqlite.sql", Dialect::Sqlite), ("mysql.sql", Dialect::Mysql)]
        {
            let Ok(sql) = std::fs::read_to_string(case.join(file)) else { continue };
            checked += 1;
            if sql.contains("DEFAULT {") {
                continue;
            }
            for f in lint(&sql, dialect, &LintConfig::default(), None).into_iter().filter(|f| f.rule == "parse-error") {
                errors.push(format!("{}/{file}:{}: {}", case.display(), f.line, f.message));
            }
        }
    }
    assert!(checked > 100, "golden files missing");
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
