//! Round trip of every real-world schema of the corpus (`$STRATA_CORPUS/prisma-schemas`)
//! through a live database of its provider (MySQL schemas on the MariaDB test server):
//!
//! 1. `sql`: `migrate diff --from-empty --to-schema` gives the schema's SQL;
//! 2. `apply`: the SQL runs on a fresh database;
//! 3. `db = schema`: `migrate diff --from-url … --to-schema corpus.prisma` is empty (describe
//!    reads back what calculate produced);
//! 4. `pull valid`: `db pull` of that database (no previous schema) validates without errors;
//! 5. `db = pulled`: `migrate diff --from-url … --to-schema pulled.prisma` is empty.
//!
//! Everything goes through the engine's library API, as the CLI calls it. Prints a pass table
//! per provider. A failing step fails the test unless it is in [`KNOWN`] with its reason, and a
//! known exception that passes fails it too, so the list stays true. Schemas of providers Strata
//! does not migrate are listed with the reason, never skipped silently.

use engine::diff::{diff, DiffOptions, DiffSide};
use engine::pull::{pull, PullRequest};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::Poll;
use test_support::TestDb;
use tokio::sync::Semaphore;

/// The steps of a round trip, in order.
const STEPS: [&str; 5] = ["sql", "apply", "db = schema", "pull valid", "db = pulled"];

/// Steps expected to fail, with the reason: (schema file stem, step, reason).
const KNOWN: &[(&str, &str, &str)] = &[
    (
        "formbricks__formbricks",
        "apply",
        "needs PostgreSQL's `vector` extension (pgvector), which the test server does not have",
    ),
    (
        "maybe-finance__maybe",
        "apply",
        "a `dbgenerated` default refers to another column, which PostgreSQL refuses: Prisma's SQL fails the same way",
    ),
    (
        "triggerdotdev__trigger.dev",
        "db = pulled",
        "`db pull` leaves out the operator class of a B-tree index (`text_pattern_ops`), as Prisma's does, so the \
         pulled schema's index differs from the database's and the diff recreates it",
    ),
];

/// How many schemas of one provider run at the same time.
const PARALLEL: usize = 3;

/// The provider named in a schema's datasource block.
fn provider_of(text: &str) -> Option<String> {
    let start = text.find("datasource ")?;
    let block = &text[start..];
    let block = &block[..block.find('}')?];
    block.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "provider").then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// The corpus schemas of `provider`, sorted, as (stem, path).
fn corpus_schemas(corpus: &Path, provider: &str) -> Vec<(String, PathBuf)> {
    let dir = corpus.join("prisma-schemas");
    let mut schemas: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "prisma"))
        .filter(|p| provider_of(&std::fs::read_to_string(p).unwrap()).as_deref() == Some(provider))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    schemas.sort();
    schemas
}

/// Extensions the schemas' SQL uses without creating them (`gin_trgm_ops`, `citext` columns):
/// a Prisma user creates them by hand, so the test does too.
fn setup_sql(script: &str) -> String {
    let mut setup = String::new();
    if script.contains("gin_trgm_ops") {
        setup.push_str("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n");
    }
    if script.to_ascii_lowercase().contains("citext") {
        setup.push_str("CREATE EXTENSION IF NOT EXISTS citext;\n");
    }
    setup
}

/// A step's result: `Ok` or the reason it failed.
type StepResult = Result<(), String>;

/// Runs the round trip of one schema; returns one result per step reached.
async fn round_trip(provider: &'static str, stem: String, path: PathBuf, index: usize) -> (String, Vec<StepResult>) {
    let mut results = Vec::new();
    let dir = std::env::temp_dir().join(format!("strata_roundtrip_{}_{provider}_{index}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let options = DiffOptions::default();
    let schema = DiffSide::Schema(path.clone());

    let script = match diff(&DiffSide::Empty, &schema, &options, &dir).await {
        Ok(report) => {
            results.push(Ok(()));
            report.script
        }
        Err(e) => {
            results.push(Err(first_line(&e.to_string())));
            return (stem, results);
        }
    };

    let hint = format!("rt{index}");
    let mut db = match provider {
        "postgresql" => TestDb::postgres(&hint).await,
        "mysql" => TestDb::mysql(&hint).await,
        _ => TestDb::sqlite(&hint).await,
    };
    let url = db.url().to_owned();
    let script = format!("{}{script}", setup_sql(&script));
    let applied = db.conn().raw_cmd(&script).await.map_err(|e| first_line(&e.to_string()));
    let ok = applied.is_ok();
    results.push(applied);
    if ok {
        results.push(empty_diff(&url, &schema, &dir).await);
        let pulled = dir.join("pulled.prisma");
        let request = PullRequest {
            schema: Some(pulled.clone()),
            url: Some(url.clone()),
            print: false,
            force: false,
            cwd: dir.clone(),
        };
        match pull(request).await {
            Ok(report) => {
                let validated = psl::validate(psl::SourceFile::new("pulled.prisma", report.schema));
                if validated.is_valid() {
                    results.push(Ok(()));
                    results.push(empty_diff(&url, &DiffSide::Schema(pulled), &dir).await);
                } else {
                    results.push(Err(first_line(&validated.render_diagnostics(false))));
                }
            }
            Err(e) => results.push(Err(first_line(&e.to_string()))),
        }
    }
    db.cleanup().await;
    let _ = std::fs::remove_dir_all(&dir);
    (stem, results)
}

/// `migrate diff --from-url URL --to-schema …` must be empty.
async fn empty_diff(url: &str, to: &DiffSide, cwd: &Path) -> StepResult {
    match diff(&DiffSide::Url(url.to_owned()), to, &DiffOptions::default(), cwd).await {
        Ok(report) if report.is_empty() => Ok(()),
        Ok(report) => {
            let first = report.script.lines().find(|l| !l.is_empty() && !l.starts_with("--")).unwrap_or_default();
            Err(format!("{} step(s), first: {}", report.steps.len(), shorten(first)))
        }
        Err(e) => Err(first_line(&e.to_string())),
    }
}

fn first_line(text: &str) -> String {
    shorten(text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default())
}

fn shorten(text: &str) -> String {
    let text = text.trim();
    match text.char_indices().nth(110) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_owned(),
    }
}

/// Polls all `futures` until each has finished; their outputs in the same order.
async fn join_all<F: Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pending: Vec<Pin<Box<F>>> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        for (future, output) in pending.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                if let Poll::Ready(value) = future.as_mut().poll(cx) {
                    *output = Some(value);
                }
            }
        }
        if outputs.iter().all(Option::is_some) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    outputs.into_iter().map(|o| o.expect("every future finished")).collect()
}

/// Runs every corpus schema of `provider`, prints the table and checks it against [`KNOWN`].
async fn run(provider: &'static str) {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let schemas = corpus_schemas(&corpus, provider);
    assert!(!schemas.is_empty(), "no {provider} schemas in the corpus");

    // Concurrently on this task (the engine's futures need not be `Send`), at most PARALLEL at once.
    let permits = Semaphore::new(PARALLEL);
    let permits = &permits;
    let runs = schemas.into_iter().enumerate().map(|(index, (stem, path))| async move {
        let _permit = permits.acquire().await.expect("the semaphore is never closed");
        round_trip(provider, stem, path, index).await
    });
    let mut outcomes = join_all(runs.collect()).await;
    outcomes.sort_by(|a, b| a.0.cmp(&b.0));

    println!("\n{provider} round trip");
    println!("{:<56} {}", "schema", STEPS.map(|s| format!("{s:<12}")).join(""));
    let mut problems = Vec::new();
    let mut passed = 0;
    for (stem, results) in &outcomes {
        let cells: Vec<String> = STEPS
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let known = KNOWN.iter().find(|(s, st, _)| s == stem && st == step);
                let cell = match (results.get(i), known) {
                    (Some(Ok(())), None) => "ok",
                    (Some(Ok(())), Some(_)) => {
                        problems.push(format!("{stem}: `{step}` passes now; remove it from KNOWN"));
                        "ok (known?)"
                    }
                    (Some(Err(_)), Some(_)) => "known",
                    (Some(Err(e)), None) => {
                        problems.push(format!("{stem}: `{step}` failed: {e}"));
                        "FAIL"
                    }
                    (None, _) => "-",
                };
                format!("{cell:<12}")
            })
            .collect();
        if results.len() == STEPS.len() && results.iter().all(Result::is_ok) {
            passed += 1;
        }
        println!("{stem:<56} {}", cells.join(""));
        for (i, result) in results.iter().enumerate() {
            if let Err(e) = result {
                let reason = KNOWN
                    .iter()
                    .find(|(s, st, _)| s == stem && *st == STEPS[i])
                    .map_or(String::new(), |k| format!(" [known: {}]", k.2));
                println!("    {}: {e}{reason}", STEPS[i]);
            }
        }
    }
    println!("{provider}: {passed}/{} schemas round-trip completely", outcomes.len());
    assert!(problems.is_empty(), "{provider} round trip:\n{}", problems.join("\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_corpus_round_trip() {
    run("sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgresql_corpus_round_trip() {
    run("postgresql").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mysql_corpus_round_trip() {
    run("mysql").await;
}

/// The corpus schemas of providers Strata does not migrate, named with the reason.
#[test]
fn other_providers_are_listed() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let mut others = Vec::new();
    for entry in std::fs::read_dir(corpus.join("prisma-schemas")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "prisma") {
            continue;
        }
        let provider = provider_of(&std::fs::read_to_string(&path).unwrap()).unwrap_or_default();
        if !["sqlite", "postgresql", "mysql"].contains(&provider.as_str()) {
            others.push((path.file_stem().unwrap().to_string_lossy().into_owned(), provider));
        }
    }
    others.sort();
    println!("\nnot round-tripped (provider):");
    for (stem, provider) in &others {
        let reason = match provider.as_str() {
            "cockroachdb" => "CockroachDB is planned, not a provider Strata migrates yet",
            "sqlserver" | "mongodb" => "parsed and validated, but refused for SQL work by design",
            _ => "unknown provider",
        };
        println!("{stem:<56} {provider:<12} {reason}");
        assert_ne!(reason, "unknown provider", "{stem}: a provider this test does not know");
    }
}
