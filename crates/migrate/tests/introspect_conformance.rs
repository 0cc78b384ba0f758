//! Conformance with Prisma's own introspection fixtures
//! (`migration-tests/sql-introspection-tests/tests/simple/`): each `.sql` file is applied to a
//! fresh database of every dialect its `-- tags=` name (postgres, mysql, sqlite; the MariaDB
//! test server stands in for `mysql`), described, introspected on top of the header Prisma's
//! harness uses, and compared with the expected schema in the file's last `/* … */` block.
//!
//! Prints a pass table; every case must pass.

#[path = "introspection/support.rs"]
mod support;

use sql_schema::Dialect;
use std::path::{Path, PathBuf};

struct Case {
    path: PathBuf,
    name: String,
    dialect: Dialect,
    preview_features: Vec<String>,
    schemas: Option<Vec<String>>,
    sql: String,
    expected: String,
}

fn header_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.lines().take_while(|l| l.starts_with("--") || l.trim().is_empty()).find_map(|l| {
        l.strip_prefix("--").map(str::trim).and_then(|l| l.strip_prefix(key)).and_then(|l| l.strip_prefix('='))
    })
}

fn list(value: Option<&str>) -> Vec<String> {
    value.map(|v| v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "sql") {
            out.push(path);
        }
    }
}

fn cases(root: &Path) -> Vec<Case> {
    let mut files = Vec::new();
    collect(root, &mut files);
    let mut cases = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let tags = list(header_value(&text, "tags"));
        let excluded = list(header_value(&text, "exclude"));
        let start = text.rfind("/*").expect("an expected schema block");
        let expected = text[start + 2..].strip_prefix('\n').unwrap_or(&text[start + 2..]);
        let expected = expected.strip_suffix("*/\n").or_else(|| expected.strip_suffix("*/")).unwrap_or(expected);
        for (tag, dialect) in [("postgres", Dialect::Postgres), ("mysql", Dialect::Mysql), ("sqlite", Dialect::Sqlite)]
        {
            if tags.iter().any(|t| t == tag) && !excluded.iter().any(|t| t == tag) {
                let name = path.strip_prefix(root).unwrap().display().to_string();
                cases.push(Case {
                    path: path.clone(),
                    name,
                    dialect,
                    preview_features: list(header_value(&text, "preview_features")),
                    schemas: header_value(&text, "schemas").map(|s| list(Some(s))),
                    sql: text.clone(),
                    expected: expected.to_owned(),
                });
            }
        }
    }
    cases
}

/// The configuration Prisma's introspection test harness re-introspects on.
fn header(case: &Case) -> String {
    let mut generator = String::from("generator js {\n  provider = \"prisma-client\"\n");
    if !case.preview_features.is_empty() {
        let features: Vec<String> = case.preview_features.iter().map(|f| format!("\"{f}\"")).collect();
        generator.push_str(&format!("  previewFeatures = [{}]\n", features.join(", ")));
    }
    generator.push_str("}\n");
    let mut datasource =
        format!("datasource db {{\n  provider = \"{}\"\n  url      = env(\"DATABASE_URL\")\n", case.dialect.provider());
    if let Some(schemas) = &case.schemas {
        let schemas: Vec<String> = schemas.iter().map(|s| format!("\"{s}\"")).collect();
        datasource.push_str(&format!("  schemas = [{}]\n", schemas.join(", ")));
    }
    datasource.push_str("}\n");
    format!("{generator}\n{datasource}")
}

#[tokio::test(flavor = "multi_thread")]
async fn prisma_introspection_fixtures() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let root = corpus.join("migration-tests/sql-introspection-tests/tests/simple");
    let cases = cases(&root);
    assert!(!cases.is_empty(), "no cases under {}", root.display());

    let mut rows = Vec::new();
    let mut passed = 0;
    for (i, case) in cases.iter().enumerate() {
        let previous = psl::validate(psl::SourceFile::new("schema.prisma", header(case)));
        assert!(previous.is_valid(), "{}", previous.render_diagnostics(false));
        let outcome =
            support::pull(case.dialect, &format!("conf{i}"), &case.sql, case.schemas.clone(), Some(&previous)).await;
        let (ok, detail) = match outcome {
            Ok(result) if result.schema_text == case.expected => (true, String::new()),
            Ok(result) => {
                println!(
                    "--- {} ({}):\n{}",
                    case.name,
                    case.dialect.provider(),
                    support::show_diff(&case.expected, &result.schema_text)
                );
                (false, support::first_difference(&case.expected, &result.schema_text))
            }
            Err(e) => (false, e),
        };
        if ok {
            passed += 1;
        }
        rows.push((case.name.clone(), case.dialect.provider(), ok, detail, case.path.clone()));
    }

    println!("\n{:<70} {:<11} result", "case", "provider");
    for (name, provider, ok, detail, _) in &rows {
        let result = if *ok { "pass".to_owned() } else { format!("FAIL {detail}") };
        println!("{name:<70} {provider:<11} {result}");
    }
    let share = passed as f64 * 100.0 / rows.len() as f64;
    println!("\nintrospection conformance: {passed}/{} passed ({share:.1}%)", rows.len());
    assert_eq!(passed, rows.len(), "introspection conformance: {passed}/{} passed", rows.len());
}
