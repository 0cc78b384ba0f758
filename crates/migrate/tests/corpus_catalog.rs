//! Real databases: the SQL Strata writes from an empty database builds the same catalog as
//! Prisma's.
//!
//! For every real-world schema of the corpus (`prisma-schemas/`) whose provider is `sqlite`,
//! `postgresql` or `mysql`:
//!
//! - our `migrate diff --from-empty --to-schema … --script` must apply cleanly to a fresh
//!   database of that provider (SQLite file, the PostgreSQL and MariaDB test servers);
//! - PostgreSQL and SQLite: Prisma 7.10's SQL for the same schema (committed in
//!   `tests/prisma_sql/`) is applied to another fresh database, and the two catalogs, as
//!   `database::describe` reads them (tables, columns, types, nullability, defaults, keys,
//!   indexes, foreign keys, enums, and what the IR cannot represent), must be equal;
//! - all providers: `diff(described database, calculated schema)` must be empty, which is what
//!   `db push` and drift detection rely on.
//!
//! There is no offline Prisma engine for MySQL, so for MariaDB the catalogs are compared on
//! Prisma's own MySQL expectations (`migration-tests/…/single_migration_tests/mysql`): their
//! expected SQL and ours are applied to two fresh databases.
//!
//! Every case not in [`KNOWN_EXCEPTIONS`] must pass, and every known exception must still fail
//! (so the list stays true). Cases run three at a time, each on databases of its own.

use database::{DescribeOptions, DescribedSchema};
use migrate::calculate::{calculate_with, CalculateOptions};
use migrate::{diff, render_script, Dialect, SqlSchema};
use std::path::{Path, PathBuf};
use test_support::TestDb;

/// Cases known to fail, with the reason. Keyed by `<provider>/<name>`.
const KNOWN_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "postgresql/formbricks__formbricks",
        "needs the pgvector extension (`CREATE EXTENSION \"vector\"`, `Unsupported(\"vector(1536)\")` columns), \
         which the test server does not have: neither script applies",
    ),
    (
        "postgresql/maybe-finance__maybe",
        "generated columns written as `@default(dbgenerated(\"CASE WHEN (type = …)\"))`: a default may not refer \
         to a column, so PostgreSQL refuses Prisma's script and ours alike (the project creates them as \
         `GENERATED ALWAYS AS` columns in hand-written migrations)",
    ),
];

/// SQL run on both fresh databases before the scripts: what the project's database has that its
/// schema does not declare (extensions created by hand in the project's migrations).
const PRELUDES: &[(&str, &str)] = &[
    // `@db.Citext` columns; the schema has no `extensions = [citext]`.
    ("postgresql/civitai__civitai", "CREATE EXTENSION IF NOT EXISTS citext"),
    // `ops: raw("gin_trgm_ops")` indexes; the schema has no `extensions = [pg_trgm]`.
    ("postgresql/Shelf-nu__shelf.nu", "CREATE EXTENSION IF NOT EXISTS pg_trgm"),
];

/// One schema to check on one provider.
struct Case {
    /// `<provider>/<name>`.
    key: String,
    dialect: Dialect,
    schema: psl::ValidatedSchema,
    /// Calculation options (Prisma 6.19's for the engine fixtures, Prisma 7's otherwise).
    options: CalculateOptions,
    /// Prisma's SQL for the schema, when there is one to compare with.
    prisma_sql: Option<String>,
}

/// What happened to one case.
#[derive(Default)]
struct Outcome {
    key: String,
    /// Our script equals Prisma's byte for byte (reported, not required here: `corpus_sql`
    /// and `prisma_conformance` hold that line).
    identical: Option<bool>,
    ours_applies: Option<bool>,
    prisma_applies: Option<bool>,
    catalogs_equal: Option<bool>,
    round_trip_empty: Option<bool>,
    problems: Vec<String>,
}

impl Outcome {
    fn passed(&self) -> bool {
        self.problems.is_empty()
    }
}

fn prisma_sql_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/prisma_sql")
}

fn file_suffix(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => "postgres",
        Dialect::Sqlite => "sqlite",
        Dialect::Mysql => "mysql",
    }
}

/// The corpus's real-world schemas of `dialect`, with Prisma's SQL where it was recorded.
fn real_world_cases(corpus: &Path, dialect: Dialect) -> Vec<Case> {
    let dir = corpus.join("prisma-schemas");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .collect();
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let schema = psl::validate(psl::SourceFile::new(path.display().to_string(), text));
        let Some(provider) = schema.configuration.datasource().map(|d| d.provider.clone()) else { continue };
        if Dialect::from_provider(&provider) != Some(dialect) {
            continue;
        }
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let prisma_sql =
            std::fs::read_to_string(prisma_sql_dir().join(format!("{stem}.{}.sql", file_suffix(dialect)))).ok();
        if dialect != Dialect::Mysql {
            assert!(prisma_sql.is_some(), "{stem}: no Prisma SQL in tests/prisma_sql (regenerate it with the oracle)");
        }
        cases.push(Case {
            key: format!("{}/{stem}", dialect.provider()),
            dialect,
            schema,
            options: CalculateOptions::default(),
            prisma_sql,
        });
    }
    cases
}

/// Prisma's MySQL fixtures: schema and the SQL Prisma's engine writes for it from empty.
fn mysql_fixture_cases(corpus: &Path) -> Vec<Case> {
    let dir = corpus.join("migration-tests/sql-migration-tests/tests/single_migration_tests/mysql");
    let mut paths = Vec::new();
    collect_prisma_files(&dir, &mut paths);
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            let (schema, expected) = split_fixture(&text)?;
            let name = path.strip_prefix(&dir).unwrap().with_extension("").display().to_string();
            Some(Case {
                key: format!("mysql-fixture/{name}"),
                dialect: Dialect::Mysql,
                schema: psl::validate(psl::SourceFile::new("schema.prisma", schema)),
                options: CalculateOptions::prisma_6_19(),
                prisma_sql: Some(expected),
            })
        })
        .collect()
}

fn collect_prisma_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_prisma_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "prisma") {
            out.push(path);
        }
    }
}

/// A single-migration fixture's schema and expected SQL (see the corpus README).
fn split_fixture(text: &str) -> Option<(String, String)> {
    let (schema, expectation) = text.split_once("\n// Expected Migration:\n")?;
    let expected = expectation
        .lines()
        .map(|l| l.strip_prefix("// ").or_else(|| l.strip_prefix("//")).unwrap_or(l))
        .fold(String::new(), |acc, l| acc + l + "\n");
    Some((format!("{schema}\n"), expected))
}

fn calculated(case: &Case) -> SqlSchema {
    calculate_with(&case.schema.datamodel, &case.schema.configuration, case.dialect, case.options)
}

fn describe_options(case: &Case) -> DescribeOptions {
    let schemas: Vec<String> = case
        .schema
        .configuration
        .datasource()
        .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect())
        .unwrap_or_default();
    DescribeOptions { namespaces: (!schemas.is_empty()).then_some(schemas), include_migrations_table: false }
}

async fn fresh_db(dialect: Dialect, hint: &str) -> TestDb {
    match dialect {
        Dialect::Postgres => TestDb::postgres(hint).await,
        Dialect::Mysql => TestDb::mysql(hint).await,
        Dialect::Sqlite => TestDb::sqlite(hint).await,
    }
}

/// Applies `script` to a fresh database and describes it.
async fn apply_and_describe(case: &Case, script: &str, hint: &str) -> Result<DescribedSchema, String> {
    let mut db = fresh_db(case.dialect, hint).await;
    let mut applied = Ok(());
    if let Some((_, prelude)) = PRELUDES.iter().find(|(k, _)| *k == case.key) {
        applied = db.conn().raw_cmd(prelude).await.map_err(|e| format!("prelude: {e}"));
    }
    if applied.is_ok() {
        applied = db.conn().raw_cmd(script).await.map_err(|e| e.to_string());
    }
    let result = match applied {
        Ok(()) => db.conn().describe(&describe_options(case)).await.map_err(|e| format!("describe: {e}")),
        Err(e) => Err(e),
    };
    db.cleanup().await;
    result
}

/// The first lines of the SQL that would turn `from` into `to`, to show how they differ.
fn sketch_difference(from: &SqlSchema, to: &SqlSchema, dialect: Dialect) -> String {
    let steps = diff(from, to, dialect);
    if steps.is_empty() {
        return "no migration step, but the descriptions differ".to_owned();
    }
    let script = render_script(&steps, from, to, dialect, &[]);
    let lines: Vec<&str> = script.lines().filter(|l| !l.is_empty() && !l.starts_with("--")).take(4).collect();
    format!("{} step(s): {}", steps.len(), lines.join(" ⏎ "))
}

async fn check(case: Case) -> Outcome {
    let mut outcome = Outcome { key: case.key.clone(), ..Outcome::default() };
    if !case.schema.is_valid() {
        outcome.problems.push("psl reports errors for the schema".to_owned());
    }
    let next = calculated(&case);
    let empty = SqlSchema::new();
    let ours = render_script(&diff(&empty, &next, case.dialect), &empty, &next, case.dialect, &[]);
    let hint = case.key.rsplit('/').next().unwrap_or("case").to_owned();
    outcome.identical = case.prisma_sql.as_ref().map(|prisma| *prisma == ours);

    let (ours_described, prisma_described) = match &case.prisma_sql {
        Some(prisma) => {
            let (ours_hint, prisma_hint) = (format!("ours_{hint}"), format!("prisma_{hint}"));
            let (a, b) = tokio::join!(
                apply_and_describe(&case, &ours, &ours_hint),
                apply_and_describe(&case, prisma, &prisma_hint)
            );
            (a, Some(b))
        }
        None => (apply_and_describe(&case, &ours, &format!("ours_{hint}")).await, None),
    };

    outcome.ours_applies = Some(ours_described.is_ok());
    if let Err(e) = &ours_described {
        outcome.problems.push(format!("our SQL fails: {}", first_line(e)));
    }
    if let Some(prisma) = &prisma_described {
        outcome.prisma_applies = Some(prisma.is_ok());
        if let Err(e) = prisma {
            outcome.problems.push(format!("Prisma's SQL fails: {}", first_line(e)));
        }
    }
    if let (Ok(ours), Some(Ok(prisma))) = (&ours_described, &prisma_described) {
        let equal = ours.schema == prisma.schema && ours.unrepresentable == prisma.unrepresentable;
        outcome.catalogs_equal = Some(equal);
        if !equal {
            outcome.problems.push(format!(
                "catalogs differ (Prisma's → ours: {})",
                sketch_difference(&prisma.schema, &ours.schema, case.dialect)
            ));
        }
    }
    if let Ok(ours) = &ours_described {
        let steps = diff(&ours.schema, &next, case.dialect);
        outcome.round_trip_empty = Some(steps.is_empty());
        if !steps.is_empty() {
            outcome.problems.push(format!(
                "describe → diff is not empty: {}",
                sketch_difference(&ours.schema, &next, case.dialect)
            ));
        }
    }
    outcome
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

/// Runs the cases three at a time (the databases do the work; one task is enough to wait).
async fn run_all(cases: Vec<Case>) -> Vec<Outcome> {
    let mut chunks: [Vec<Case>; 3] = Default::default();
    for (i, case) in cases.into_iter().enumerate() {
        chunks[i % chunks.len()].push(case);
    }
    let [a, b, c] = chunks;
    let (a, b, c) = tokio::join!(run_chunk(a), run_chunk(b), run_chunk(c));
    let mut outcomes: Vec<Outcome> = a.into_iter().chain(b).chain(c).collect();
    outcomes.sort_by(|a, b| a.key.cmp(&b.key));
    outcomes
}

async fn run_chunk(cases: Vec<Case>) -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for case in cases {
        outcomes.push(check(case).await);
    }
    outcomes
}

/// Prints the table and fails on regressions and on stale known exceptions.
fn report(title: &str, outcomes: &[Outcome]) {
    let mark = |v: Option<bool>| match v {
        Some(true) => "yes",
        Some(false) => "NO",
        None => "–",
    };
    println!("\n{title}\n");
    println!("| case | same SQL as Prisma | our SQL applies | Prisma's SQL applies | catalogs equal | describe → diff empty |");
    println!("|---|---|---|---|---|---|");
    for o in outcomes {
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            o.key,
            mark(o.identical),
            mark(o.ours_applies),
            mark(o.prisma_applies),
            mark(o.catalogs_equal),
            mark(o.round_trip_empty)
        );
    }
    let passed = outcomes.iter().filter(|o| o.passed()).count();
    println!("\n{passed}/{} cases pass", outcomes.len());

    let mut regressions = Vec::new();
    for o in outcomes {
        let known = KNOWN_EXCEPTIONS.iter().find(|(k, _)| *k == o.key).map(|(_, why)| *why);
        match (o.passed(), known) {
            (true, Some(_)) => {
                regressions.push(format!("{}: passes now; remove it from KNOWN_EXCEPTIONS", o.key));
            }
            (false, Some(why)) => println!("known exception {}: {} — {why}", o.key, o.problems.join("; ")),
            (false, None) => regressions.push(format!("{}: {}", o.key, o.problems.join("; "))),
            (true, None) => {}
        }
    }
    assert!(!outcomes.is_empty(), "{title}: no cases found");
    assert!(regressions.is_empty(), "{title}:\n{}", regressions.join("\n"));
}

async fn run_provider(dialect: Dialect) {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let cases = real_world_cases(&corpus, dialect);
    let outcomes = run_all(cases).await;
    report(&format!("real-world schemas on {}", dialect.provider()), &outcomes);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_catalogs_match_prisma() {
    run_provider(Dialect::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_catalogs_match_prisma() {
    run_provider(Dialect::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_schemas_apply_and_describe_back() {
    run_provider(Dialect::Mysql).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_catalogs_match_prisma_fixtures() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let outcomes = run_all(mysql_fixture_cases(&corpus)).await;
    report("Prisma's MySQL fixtures on MariaDB", &outcomes);
}
