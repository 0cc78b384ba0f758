//! The lint fixtures: `tests/lint/<dialect>/<case>.sql`, each a migration file that carries
//! its expectations inside.
//!
//! Directives, as SQL comments (anywhere; they do not move the statements' lines):
//! - `-- expect: rule-id@line` — exactly these findings (rule and line) are reported;
//! - `-- config: key = value` — a line of the `[lint]` section of `strata.toml`;
//! - `-- table: Name rows=N | col TYPE [NULL] [nonnull=N], …` — a table of the live database,
//!   with its row count and non-null counts (`enum:Name` types a column with an enum);
//! - `-- enum: Name A B C` — an enum of the live database;
//! - `-- duplicates: Table(a, b) = N`, `-- orphans: Child(a) -> Parent(b) = N` — live counts.
//!
//! Any `table`/`enum`/`duplicates`/`orphans` directive makes the case lint with live facts.
//! The test prints a table of cases and fails on any difference, and checks that every rule is
//! exercised on every dialect it applies to.

use migrate::check::{ColumnsRef, Fact, ForeignKeyRef, LiveFacts, TableRef};
use migrate::lint::{lint, LintConfig, RULES};
use migrate::{Dialect, SqlSchema};
use sql_schema::{ColumnSpec, ColumnTypeFamily};
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

struct Case {
    path: PathBuf,
    dialect: Dialect,
    sql: String,
    config: LintConfig,
    facts: Option<LiveFacts>,
    expected: BTreeSet<(String, usize)>,
}

fn directive<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    line.trim().strip_prefix("--")?.trim().strip_prefix(name)?.strip_prefix(':').map(str::trim)
}

/// `Name(a, b)` → (table, columns).
fn table_columns(text: &str) -> (TableRef, Vec<String>) {
    let (name, rest) = text.trim().split_once('(').expect("Table(columns)");
    let cols = rest.trim_end_matches(')').split(',').map(|c| c.trim().to_owned()).collect();
    (TableRef::new(name.trim()), cols)
}

fn family_of(native: &str) -> ColumnTypeFamily {
    let upper = native.to_ascii_uppercase();
    if upper.starts_with("BIGINT") {
        ColumnTypeFamily::BigInt
    } else if upper.contains("INT") {
        ColumnTypeFamily::Int
    } else {
        ColumnTypeFamily::String
    }
}

fn load(path: &Path, dialect: Dialect) -> Case {
    let sql = std::fs::read_to_string(path).unwrap();
    let mut toml = String::from("[lint]\n");
    let mut expected = BTreeSet::new();
    let mut facts = LiveFacts::none();
    let mut builder = SqlSchema::builder();
    if dialect == Dialect::Postgres {
        builder = builder.namespace("public");
    }
    let mut has_facts = false;
    for line in sql.lines() {
        if let Some(e) = directive(line, "expect") {
            let (rule, at) = e.rsplit_once('@').expect("rule@line");
            expected.insert((rule.to_owned(), at.parse().expect("line number")));
        } else if let Some(c) = directive(line, "config") {
            toml.push_str(c);
            toml.push('\n');
        } else if let Some(e) = directive(line, "enum") {
            has_facts = true;
            let mut words = e.split_whitespace();
            let name = words.next().unwrap();
            let values: Vec<&str> = words.collect();
            builder = builder.enum_type(name, &values);
        } else if let Some(t) = directive(line, "table") {
            has_facts = true;
            let (head, columns) = t.split_once('|').unwrap_or((t, ""));
            let mut head = head.split_whitespace();
            let table = TableRef::new(head.next().unwrap());
            for attr in head {
                if let Some(n) = attr.strip_prefix("rows=") {
                    facts.set(Fact::RowCount(table.clone()), n.parse().unwrap());
                }
            }
            let mut specs = Vec::new();
            for column in columns.split(',').map(str::trim).filter(|c| !c.is_empty()) {
                let mut words = column.split_whitespace();
                let name = words.next().unwrap().to_owned();
                let tpe = words.next().unwrap();
                let mut spec = match tpe.strip_prefix("enum:") {
                    Some(e) => ColumnSpec::enum_type(e),
                    None => ColumnSpec::new(family_of(tpe), tpe),
                };
                for attr in words {
                    if attr == "NULL" {
                        spec = spec.nullable();
                    } else if let Some(n) = attr.strip_prefix("nonnull=") {
                        facts.set(Fact::NonNullCount(table.column(name.clone())), n.parse().unwrap());
                    }
                }
                specs.push((name, spec));
            }
            builder = builder.table(&table.name, |t| {
                for (name, spec) in specs {
                    t.column(&name, spec);
                }
            });
        } else if let Some(d) = directive(line, "duplicates") {
            has_facts = true;
            let (cols, n) = d.split_once('=').unwrap();
            let (table, columns) = table_columns(cols);
            facts.set(Fact::DuplicateCount(ColumnsRef { table, columns }), n.trim().parse().unwrap());
        } else if let Some(o) = directive(line, "orphans") {
            has_facts = true;
            let (fk, n) = o.split_once('=').unwrap();
            let (child, parent) = fk.split_once("->").unwrap();
            let (table, columns) = table_columns(child);
            let (referenced_table, referenced_columns) = table_columns(parent);
            let fk = ForeignKeyRef { table, columns, referenced_table, referenced_columns };
            facts.set(Fact::OrphanCount(fk), n.trim().parse().unwrap());
        }
    }
    facts.schema = Some(builder.build());
    let config = LintConfig::from_strata_toml(&toml).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Case { path: path.to_owned(), dialect, sql, config, facts: has_facts.then_some(facts), expected }
}

fn cases() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lint");
    let mut cases = Vec::new();
    for (dir, dialect) in [("postgres", Dialect::Postgres), ("mysql", Dialect::Mysql), ("sqlite", Dialect::Sqlite)] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "sql"))
            .collect();
        files.sort();
        cases.extend(files.iter().map(|p| load(p, dialect)));
    }
    cases
}

#[test]
fn lint_fixtures() {
    let cases = cases();
    let mut failures = Vec::new();
    let mut covered: HashSet<(String, Dialect)> = HashSet::new();
    let mut expectations = 0;
    println!("{:<44} {:>8} {:>6} {:>6}  result", "case", "dialect", "expect", "found");
    for case in &cases {
        let findings = lint(&case.sql, case.dialect, &case.config, case.facts.as_ref());
        let found: BTreeSet<(String, usize)> = findings.iter().map(|f| (f.rule.to_owned(), f.line)).collect();
        let name = case.path.file_name().unwrap().to_string_lossy();
        let ok = found == case.expected;
        println!(
            "{:<44} {:>8} {:>6} {:>6}  {}",
            name,
            case.dialect.provider(),
            case.expected.len(),
            found.len(),
            if ok { "pass" } else { "FAIL" }
        );
        expectations += case.expected.len();
        covered.extend(case.expected.iter().map(|(rule, _)| (rule.clone(), case.dialect)));
        if !ok {
            let missing: Vec<_> = case.expected.difference(&found).collect();
            let extra: Vec<_> =
                findings.iter().filter(|f| !case.expected.contains(&(f.rule.to_owned(), f.line))).collect();
            failures.push(format!("{}:\n  missing: {missing:?}\n  unexpected: {extra:#?}", case.path.display()));
        }
    }
    let passed = cases.len() - failures.len();
    println!("{passed} of {} fixtures pass, {expectations} expected findings", cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let mut uncovered = Vec::new();
    for rule in RULES {
        for dialect in rule.dialects {
            if !covered.contains(&(rule.id.to_owned(), *dialect)) {
                uncovered.push(format!("{} on {}", rule.id, dialect.provider()));
            }
        }
    }
    assert!(uncovered.is_empty(), "rules without a fixture: {uncovered:#?}");
}
