//! Down migrations on real databases (PostgreSQL, MariaDB, SQLite):
//!
//! - **golden round trip**: for every golden case (`crates/migrate/tests/golden/<case>`) on each
//!   provider it has SQL for: apply `from`, apply the up migration (as `migrate dev` writes it:
//!   described history → calculated schema), run the down migration `migrate dev` and
//!   `--create` write (described → described), and compare the catalog with `from`'s; apply up
//!   again and compare with the first `to`; run the down migration again and compare again;
//! - **corpus histories** (`$STRATA_CORPUS/histories`): deploy, then `migrate down` one
//!   migration at a time with computed scripts, comparing each state with the history replayed
//!   up to there, `deploy` back; then `--create` a down.sql for every migration, roll them all
//!   back in one `migrate down --steps N`, and deploy back;
//! - `migrate down` itself: data-loss refusal with the live counts, `status`/`deploy` after it,
//!   `--to`, the refusals, and a failing down script on each provider.

mod dev_common;

use dev_common::{Project, USER, USER_BIO_POST};
use engine::deploy::{self, DeployOptions};
use engine::down::{self, CreateDownRequest, DownError, DownRequest, DownSource, DownTarget};
use engine::shadow::{run_script, ShadowDb, ShadowSpec};
use engine::status::{status, PrismaStatus};
use migrate::down::{down_migration, DOWN_HEADER};
use migrate::{diff, render_script};
use sql_schema::{Dialect, SqlSchema};
use std::path::{Path, PathBuf};
use test_support::TestDb;

// ---------------------------------------------------------------------------------------------
// Helpers

async fn describe(conn: &mut database::Connection, namespaces: Option<Vec<String>>) -> SqlSchema {
    let options = database::describe::DescribeOptions { namespaces, include_migrations_table: false };
    conn.describe(&options).await.unwrap().schema
}

/// `Err` with the SQL of the difference when `actual` is not `expected`.
fn same(expected: &SqlSchema, actual: &SqlSchema, dialect: Dialect, when: &str) -> Result<(), String> {
    let steps = diff(expected, actual, dialect);
    if steps.is_empty() {
        return Ok(());
    }
    Err(format!("{when}: the catalog differs by:\n{}", render_script(&steps, expected, actual, dialect, &[])))
}

async fn apply(conn: &mut database::Connection, script: &str, what: &str) -> Result<(), String> {
    run_script(conn, script).await.map(drop).map_err(|f| format!("{what} failed: {}\n{script}", f.error))
}

async fn test_db(dialect: Dialect, hint: &str) -> TestDb {
    match dialect {
        Dialect::Postgres => TestDb::postgres(hint).await,
        Dialect::Mysql => TestDb::mysql(hint).await,
        Dialect::Sqlite => TestDb::sqlite(hint).await,
    }
}

// ---------------------------------------------------------------------------------------------
// Golden cases: up → down → up → down

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrate/tests/golden")
}

/// The schema text with the datasource's provider replaced (the cases say `postgresql`).
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
            let newline = if line.ends_with('\n') { "\n" } else { "" };
            out.push_str(&format!("  provider = \"{provider}\"{newline}"));
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Golden cases whose round trip is known not to return to the same catalog, with the reason.
/// Each must still fail (the test says so when one starts passing).
const KNOWN_EXCEPTIONS: &[(&str, Dialect, &str)] = &[
    (
        "json_default",
        Dialect::Sqlite,
        "the up migration itself does not run on SQLite: Prisma writes the JSON default unquoted \
         (`DEFAULT {\"a\": 1}`, as the case's sqlite.sql records), and Strata renders Prisma's SQL",
    ),
    (
        "pg_extensions",
        Dialect::Postgres,
        "the extensions the up migration created stay after the down migration: like Prisma's, \
         Strata's differ creates extensions and never drops them (other schemas may use them)",
    ),
];

async fn round_trip_case(
    conn: &mut database::Connection,
    dialect: Dialect,
    from: &str,
    to: &str,
) -> Result<(), String> {
    let validate =
        |text: &str| psl::validate(psl::SourceFile::new("schema.prisma", with_provider(text, dialect.provider())));
    let (from, to) = (validate(from), validate(to));
    let namespaces = engine::drift::namespaces(to.configuration.datasource());
    database::reset::reset(conn, namespaces.as_deref().unwrap_or_default()).await.map_err(|e| e.to_string())?;
    let from_calc = migrate::calculate::calculate(&from, dialect);
    let to_calc = migrate::calculate::calculate(&to, dialect);
    let empty = SqlSchema::new();
    let create = render_script(&diff(&empty, &from_calc, dialect), &empty, &from_calc, dialect, &[]);
    apply(conn, &create, "from.prisma").await?;
    let before = describe(conn, namespaces.clone()).await;
    // Up, as `migrate dev` writes it: the described history to the calculated schema.
    let up = render_script(&diff(&before, &to_calc, dialect), &before, &to_calc, dialect, &[]);
    apply(conn, &up, "up").await?;
    let after = describe(conn, namespaces.clone()).await;
    // Down, as `migrate dev` and `migrate down --create` write it: described → described.
    let down = down_migration(&before, &after, dialect);
    let with_scripts = |e: String| format!("{e}\nup:\n{up}\ndown.sql:\n{}", down.script);
    apply(conn, &down.script, "down").await?;
    same(&before, &describe(conn, namespaces.clone()).await, dialect, "after the down migration")
        .map_err(with_scripts)?;
    apply(conn, &up, "up again").await.map_err(with_scripts)?;
    same(&after, &describe(conn, namespaces.clone()).await, dialect, "after up again").map_err(with_scripts)?;
    apply(conn, &down.script, "down again").await.map_err(with_scripts)?;
    same(&before, &describe(conn, namespaces.clone()).await, dialect, "after down again").map_err(with_scripts)?;
    // PostgreSQL schemas of multiSchema cases must not linger (the next case resets its own).
    if let Some(namespaces) = &namespaces {
        database::reset::reset(conn, namespaces).await.map_err(|e| e.to_string())?;
    }
    Ok(())
}

/// Runs `cases` one after the other on a fresh database; returns how many passed and the
/// failures.
async fn golden_chunk(dialect: Dialect, cases: Vec<&PathBuf>) -> (usize, Vec<String>) {
    let mut db = test_db(dialect, "down_golden").await;
    let (mut passed, mut failures) = (0, Vec::new());
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let from = std::fs::read_to_string(case.join("from.prisma")).unwrap();
        let to = std::fs::read_to_string(case.join("to.prisma")).unwrap();
        let outcome = round_trip_case(db.conn(), dialect, &from, &to).await;
        let known = KNOWN_EXCEPTIONS.iter().find(|(c, d, _)| *c == name && *d == dialect);
        match (outcome, known) {
            (Ok(()), None) => passed += 1,
            (Ok(()), Some(_)) => failures.push(format!("{name}: listed in KNOWN_EXCEPTIONS but round-trips now")),
            (Err(why), None) => failures.push(format!("{name}: {why}")),
            (Err(_), Some((_, _, reason))) => println!("{name} on {dialect:?}: known exception: {reason}"),
        }
    }
    db.cleanup().await;
    (passed, failures)
}

async fn golden_round_trips(dialect: Dialect) {
    let expected_file = match dialect {
        Dialect::Postgres => "postgres.sql",
        Dialect::Sqlite => "sqlite.sql",
        Dialect::Mysql => "mysql.sql",
    };
    let mut cases: Vec<PathBuf> = std::fs::read_dir(golden_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join(expected_file).is_file())
        .collect();
    cases.sort();
    assert!(cases.len() > 50, "golden cases not found in {}", golden_dir().display());
    // Four databases, each taking every fourth case, run at once: the time goes into waiting
    // for DDL to commit (MySQL above all), which overlaps.
    let chunk = |k: usize| cases.iter().skip(k).step_by(4).collect::<Vec<_>>();
    let (a, b, c, d) = tokio::join!(
        golden_chunk(dialect, chunk(0)),
        golden_chunk(dialect, chunk(1)),
        golden_chunk(dialect, chunk(2)),
        golden_chunk(dialect, chunk(3)),
    );
    let (mut passed, mut failures) = (0, Vec::new());
    for (p, f) in [a, b, c, d] {
        passed += p;
        failures.extend(f);
    }
    println!("{dialect:?}: {passed} of {} golden cases round-trip up → down → up → down", cases.len());
    assert!(failures.is_empty(), "{dialect:?}:\n\n{}", failures.join("\n\n"));
}

#[tokio::test]
async fn golden_cases_round_trip_on_postgres() {
    golden_round_trips(Dialect::Postgres).await;
}

#[tokio::test]
async fn golden_cases_round_trip_on_mysql() {
    golden_round_trips(Dialect::Mysql).await;
}

#[tokio::test]
async fn golden_cases_round_trip_on_sqlite() {
    golden_round_trips(Dialect::Sqlite).await;
}

// ---------------------------------------------------------------------------------------------
// Corpus histories: every migration stepped down, and back up

/// Histories that cannot round-trip here, with the reason.
const KNOWN_HISTORY_EXCEPTIONS: &[(&str, &str)] = &[(
    "VILSON55__KaraokeBar",
    "its migrations were written where table names are case-insensitive and replay only with \
     lower_case_table_names=1; the test server compares them case-sensitively",
)];

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn down_request(project: &Project, target: DownTarget) -> DownRequest {
    DownRequest {
        schema: Some(project.schema()),
        url: Some(project.db.url().to_owned()),
        cwd: project.dir.clone(),
        target,
        accept_data_loss: true,
    }
}

fn create_request(project: &Project, migration: &str) -> CreateDownRequest {
    CreateDownRequest {
        schema: Some(project.schema()),
        url: Some(project.db.url().to_owned()),
        cwd: project.dir.clone(),
        migration: migration.to_owned(),
        force: false,
    }
}

async fn deploy_project(project: &Project) -> Vec<String> {
    let target = deploy::prepare(Some(&project.schema()), Some(project.db.url()), &project.dir).unwrap();
    let report = deploy::deploy(&target, &DeployOptions::default()).await.unwrap_or_else(|f| panic!("{}", f.error));
    report.applied.into_iter().map(|a| a.name).collect()
}

async fn history_round_trip(dir: &Path) -> Result<usize, String> {
    let lock = std::fs::read_to_string(dir.join("migrations/migration_lock.toml")).unwrap();
    let dialect = Dialect::ALL.into_iter().find(|d| lock.contains(&format!("\"{}\"", d.provider()))).unwrap();
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let mut project = Project::new(dialect, "down_corpus").await;
    // An existing shadow database (`shadowDatabaseUrl`) is reset, not created and dropped: each
    // `migrate down` and `--create` replays on it, much faster than a temporary database.
    let shadow_db = match dialect {
        Dialect::Sqlite => None,
        _ => Some(test_db(dialect, "down_corpus_shadow").await),
    };
    if let Some(shadow_db) = &shadow_db {
        project.write_schema_with("", &format!("  shadowDatabaseUrl = \"{}\"\n", shadow_db.url()));
    }
    let shadow_spec = match &shadow_db {
        Some(db) => ShadowSpec::External(db.info().clone()),
        None => ShadowSpec::for_database(project.db.info(), None).unwrap(),
    };
    copy_dir(&dir.join("migrations"), &project.migrations_dir());
    let names = project.migrations();
    let n = names.len();
    // The schema after each prefix of the history.
    let mut shadow = ShadowDb::open(&shadow_spec, None).await.unwrap();
    let mut states = vec![shadow.describe().await.unwrap()];
    let migrations = engine::migrations_dir::read(&project.migrations_dir()).unwrap();
    for migration in &migrations.migrations {
        shadow.apply([migration], &project.migrations_dir()).await.map_err(|e| format!("{name}: replay: {e}"))?;
        states.push(shadow.describe().await.unwrap());
    }
    shadow.close().await.unwrap();

    assert_eq!(deploy_project(&project).await.len(), n);
    // Computed down migrations, one at a time.
    for k in (1..=n).rev() {
        let report = down::down(&down_request(&project, DownTarget::Steps(1)))
            .await
            .map_err(|f| format!("{name}: down from {}: {}", names[k - 1], f.error))?;
        assert_eq!(report.rolled_back.len(), 1);
        assert_eq!(report.rolled_back[0].name, names[k - 1]);
        assert_eq!(report.rolled_back[0].source, DownSource::Computed);
        let live = describe(project.db.conn(), None).await;
        same(&states[k - 1], &live, dialect, &format!("{name}: after rolling back {}", names[k - 1]))
            .map_err(|e| format!("{e}\nscript:\n{}", report.rolled_back[0].script))?;
    }
    assert!(project.applied().await.is_empty());
    assert_eq!(deploy_project(&project).await, names, "{name}: deploy re-applies every rolled-back migration");
    same(&states[n], &describe(project.db.conn(), None).await, dialect, &format!("{name}: back up"))?;

    // down.sql files from `--create`, all rolled back at once.
    for migration in &names {
        let created = down::create_down_script(&create_request(&project, migration))
            .await
            .map_err(|e| format!("{name}: --create {migration}: {e}"))?;
        assert!(created.path.is_file() && !created.replaced);
    }
    let report = down::down(&down_request(&project, DownTarget::Steps(n)))
        .await
        .map_err(|f| format!("{name}: down --steps {n} with down.sql: {}", f.error))?;
    let order: Vec<&str> = report.rolled_back.iter().map(|r| r.name.as_str()).collect();
    let newest_first: Vec<&str> = names.iter().rev().map(String::as_str).collect();
    assert_eq!(order, newest_first);
    assert!(report.rolled_back.iter().all(|r| r.source == DownSource::File));
    same(&states[0], &describe(project.db.conn(), None).await, dialect, &format!("{name}: all rolled back"))?;
    assert_eq!(deploy_project(&project).await, names);
    same(&states[n], &describe(project.db.conn(), None).await, dialect, &format!("{name}: back up again"))?;
    project.cleanup().await;
    if let Some(db) = shadow_db {
        db.cleanup().await;
    }
    Ok(n)
}

#[tokio::test]
async fn corpus_histories_step_down_and_back_up() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("corpus histories (migrate down): {}", test_support::CORPUS_NOT_SET);
        return;
    };
    let root = corpus.join("histories");
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(&root).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no histories in {}", root.display());
    // Two at a time: each history has its own databases.
    let half = |k: usize| dirs.iter().skip(k).step_by(2).collect::<Vec<_>>();
    let (mut failures, more) = tokio::join!(histories(half(0)), histories(half(1)));
    failures.extend(more);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Runs [`history_round_trip`] on each of `dirs` in turn; returns the failures.
async fn histories(dirs: Vec<&PathBuf>) -> Vec<String> {
    let mut failures = Vec::new();
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let known = KNOWN_HISTORY_EXCEPTIONS.iter().find(|(h, _)| *h == name);
        match (history_round_trip(dir).await, known) {
            (Ok(n), None) => println!("{name}: {n} migrations stepped down and back up"),
            (Ok(_), Some(_)) => failures.push(format!("{name}: listed in KNOWN_HISTORY_EXCEPTIONS but passes now")),
            (Err(why), None) => failures.push(why),
            (Err(_), Some((_, reason))) => println!("{name}: known exception: {reason}"),
        }
    }
    failures
}

// ---------------------------------------------------------------------------------------------
// migrate down

/// `User`, then `User` + `bio` + `Post` with `migrate dev`; rows in both.
async fn two_migrations(dialect: Dialect, hint: &str) -> (Project, Vec<String>) {
    let mut project = Project::new(dialect, hint).await;
    project.write_schema(USER);
    project.dev_ok(Some("init")).await;
    project.write_schema(USER_BIO_POST);
    project.dev_ok(Some("posts")).await;
    let names = project.migrations();
    project
        .exec("INSERT INTO \"User\" (id, email, bio) VALUES (1, 'a@x', 'hi'), (2, 'b@x', NULL), (3, 'c@x', 'yo')")
        .await;
    project.exec("INSERT INTO \"Post\" (id, title, \"authorId\") VALUES (1, 'one', 1), (2, 'two', 3)").await;
    (project, names)
}

async fn refuses_data_loss_then_rolls_back(dialect: Dialect) {
    let (mut project, names) = two_migrations(dialect, "down_data_loss").await;
    let down_sql = std::fs::read_to_string(project.migrations_dir().join(&names[1]).join("down.sql")).unwrap();
    assert!(down_sql.starts_with(DOWN_HEADER), "{down_sql}");

    let mut request = down_request(&project, DownTarget::Steps(1));
    request.accept_data_loss = false;
    let refused = down::down(&request).await.unwrap_err();
    let DownError::DataLoss { warnings } = &refused.error else { panic!("{dialect:?}: {}", refused.error) };
    let mut messages: Vec<&str> = warnings
        .iter()
        .map(|(m, w)| {
            assert_eq!(m, &names[1]);
            w.as_str()
        })
        .collect();
    // In step order, which differs: SQLite drops the table before it redefines `User`.
    messages.sort();
    assert_eq!(
        messages,
        [
            "You are about to drop the `Post` table, which is not empty (2 rows).",
            "You are about to drop the column `bio` on the `User` table, which still contains 2 non-null values.",
        ],
        "{dialect:?}"
    );
    assert!(refused.error.to_string().contains("--accept-data-loss"));
    // Nothing was touched.
    assert_eq!(project.tables().await, ["Post", "User"]);
    assert_eq!(project.applied().await, names);

    // Accepted: rolled back with its down.sql, and Prisma's status says pending.
    let report = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap();
    assert_eq!(report.rolled_back.len(), 1);
    assert_eq!(report.rolled_back[0].source, DownSource::File);
    assert_eq!(report.accepted_warnings.len(), 2);
    assert_eq!(project.tables().await, ["User"]);
    assert_eq!(project.count("User").await, 3, "the rows of tables that stay are kept");
    assert_eq!(project.applied().await, names[..1]);
    let target = deploy::prepare(Some(&project.schema()), Some(project.db.url()), &project.dir).unwrap();
    let state = status(&target).await.unwrap();
    assert_eq!(state.prisma, PrismaStatus::Pending { unapplied: vec![names[1].clone()] }, "{dialect:?}");
    assert_eq!(state.state.migrations[1].rolled_back_attempts, 1);

    // Deploy applies it again (a second row), and the history is up to date.
    assert_eq!(deploy_project(&project).await, names[1..]);
    assert_eq!(project.tables().await, ["Post", "User"]);
    let state = status(&target).await.unwrap();
    assert_eq!(state.prisma, PrismaStatus::UpToDate, "{dialect:?}");
    let rows = project
        .db
        .conn()
        .query_rows(
            "SELECT migration_name, CASE WHEN rolled_back_at IS NULL THEN 0 ELSE 1 END AS rolled_back, \
             applied_steps_count AS steps FROM _prisma_migrations ORDER BY started_at",
            &[],
        )
        .await
        .unwrap();
    let rows: Vec<(String, i64, i64)> = rows
        .iter()
        .map(|r| (r.string("migration_name"), r.int("rolled_back").unwrap(), r.int("steps").unwrap()))
        .collect();
    assert_eq!(rows, [(names[0].clone(), 0, 1), (names[1].clone(), 1, 1), (names[1].clone(), 0, 1)], "{dialect:?}");
    project.cleanup().await;
}

#[tokio::test]
async fn refuses_data_loss_with_live_counts_then_rolls_back_on_postgres() {
    refuses_data_loss_then_rolls_back(Dialect::Postgres).await;
}

#[tokio::test]
async fn refuses_data_loss_with_live_counts_then_rolls_back_on_mysql() {
    refuses_data_loss_then_rolls_back(Dialect::Mysql).await;
}

#[tokio::test]
async fn refuses_data_loss_with_live_counts_then_rolls_back_on_sqlite() {
    refuses_data_loss_then_rolls_back(Dialect::Sqlite).await;
}

/// A down script that fails on its second statement: atomic on PostgreSQL and SQLite (nothing
/// changes), recorded as a failed migration on MySQL, which `resolve` settles.
async fn failing_down_script(dialect: Dialect) {
    let mut project = Project::new(dialect, "down_fails").await;
    project.add_migration("20240101000000_a", &project.sql("CREATE TABLE \"A\" (id INTEGER PRIMARY KEY);\n"));
    project.add_migration("20240102000000_b", &project.sql("CREATE TABLE \"B\" (id INTEGER PRIMARY KEY);\n"));
    std::fs::write(
        project.migrations_dir().join("20240102000000_b/down.sql"),
        project.sql("DROP TABLE \"B\";\nDROP TABLE \"Nope\";\n"),
    )
    .unwrap();
    deploy_project(&project).await;
    let failure = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap_err();
    let DownError::ScriptFailed { migration_name, partially_applied, .. } = &failure.error else {
        panic!("{dialect:?}: {}", failure.error)
    };
    assert_eq!(migration_name, "20240102000000_b");
    let target = deploy::prepare(Some(&project.schema()), Some(project.db.url()), &project.dir).unwrap();
    let state = status(&target).await.unwrap();
    match dialect {
        Dialect::Postgres | Dialect::Sqlite => {
            assert!(!partially_applied);
            assert_eq!(project.tables().await, ["A", "B"], "{dialect:?}: nothing changed");
            assert_eq!(state.prisma, PrismaStatus::UpToDate);
        }
        Dialect::Mysql => {
            assert!(partially_applied);
            assert!(failure.error.to_string().contains("Nope"));
            assert!(failure.error.hint().unwrap().contains("resolve --rolled-back"));
            assert_eq!(project.tables().await, ["A"]);
            assert_eq!(state.prisma, PrismaStatus::Failed { failed: vec!["20240102000000_b".into()] });
            // Another `down` refuses until it is resolved; resolving it rolled back makes it pending.
            let again = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap_err();
            assert!(matches!(again.error, DownError::FailedMigrations { .. }), "{}", again.error);
            engine::resolve::resolve(&target, engine::resolve::ResolveAction::RolledBack("20240102000000_b".into()))
                .await
                .unwrap();
            assert_eq!(
                status(&target).await.unwrap().prisma,
                PrismaStatus::Pending { unapplied: vec!["20240102000000_b".into()] }
            );
            assert_eq!(deploy_project(&project).await, ["20240102000000_b"]);
        }
    }
    project.cleanup().await;
}

#[tokio::test]
async fn a_failing_down_script_on_postgres_changes_nothing() {
    failing_down_script(Dialect::Postgres).await;
}

#[tokio::test]
async fn a_failing_down_script_on_sqlite_changes_nothing() {
    failing_down_script(Dialect::Sqlite).await;
}

#[tokio::test]
async fn a_failing_down_script_on_mysql_leaves_a_failed_migration() {
    failing_down_script(Dialect::Mysql).await;
}

#[tokio::test]
async fn to_steps_and_refusals() {
    let mut project = Project::new(Dialect::Sqlite, "down_to").await;
    for (i, table) in ["A", "B", "C"].iter().enumerate() {
        project.add_migration(
            &format!("2024010{}000000_{table}", i + 1),
            &format!("CREATE TABLE \"{table}\" (id INTEGER PRIMARY KEY);\n"),
        );
    }
    let none = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap_err();
    assert!(matches!(none.error, DownError::NoHistory), "{}", none.error);
    deploy_project(&project).await;
    let too_many = down::down(&down_request(&project, DownTarget::Steps(4))).await.unwrap_err();
    assert!(matches!(too_many.error, DownError::NotEnoughApplied { requested: 4, applied: 3 }), "{}", too_many.error);
    let unknown = down::down(&down_request(&project, DownTarget::To("20240109000000_Z".into()))).await.unwrap_err();
    assert!(matches!(unknown.error, DownError::NotApplied { .. }), "{}", unknown.error);
    // An applied migration whose folder is gone cannot be rolled back.
    let (c, away) = (project.migrations_dir().join("20240103000000_C"), project.dir.join("C"));
    std::fs::rename(&c, &away).unwrap();
    let missing = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap_err();
    assert!(
        matches!(&missing.error, DownError::MissingLocally { name, .. } if name == "20240103000000_C"),
        "{}",
        missing.error
    );
    std::fs::rename(&away, &c).unwrap();
    // `--to A` rolls back C then B; A stays.
    let report = down::down(&down_request(&project, DownTarget::To("20240101000000_A".into()))).await.unwrap();
    let order: Vec<&str> = report.rolled_back.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(order, ["20240103000000_C", "20240102000000_B"]);
    assert_eq!(project.tables().await, ["A"]);
    // Nothing after A any more: nothing to do.
    let report = down::down(&down_request(&project, DownTarget::To("20240101000000_A".into()))).await.unwrap();
    assert!(report.rolled_back.is_empty());
    // --create: refuses to overwrite without --force, and names an unknown migration.
    let created =
        down::create_down_script(&create_request(&project, "prisma/migrations/20240102000000_B/")).await.unwrap();
    assert_eq!(created.down.script, format!("{DOWN_HEADER}/*\n  Warnings:\n\n  - You are about to drop the `B` table. If the table is not empty, all the data it contains will be lost.\n\n*/\n-- DropTable\nPRAGMA foreign_keys=off;\nDROP TABLE \"B\";\nPRAGMA foreign_keys=on;\n"));
    let exists = down::create_down_script(&create_request(&project, "20240102000000_B")).await.unwrap_err();
    assert!(matches!(exists, DownError::DownExists { .. }), "{exists}");
    let mut force = create_request(&project, "20240102000000_B");
    force.force = true;
    assert!(down::create_down_script(&force).await.unwrap().replaced);
    let unknown = down::create_down_script(&create_request(&project, "nope")).await.unwrap_err();
    assert!(matches!(unknown, DownError::UnknownMigration { .. }), "{unknown}");
    project.cleanup().await;
}

#[tokio::test]
async fn migrate_dev_writes_a_down_migration_that_restores_structure_only() {
    let mut project = Project::new(Dialect::Postgres, "down_dev").await;
    project.write_schema(USER_BIO_POST);
    project.dev_ok(Some("init")).await;
    project.write_schema(USER);
    let mut scripted = dev_common::Scripted::answering(&[true]);
    project.dev(Some("drop_posts"), &mut scripted).await.unwrap();
    let names = project.migrations();
    let down_sql = std::fs::read_to_string(project.migrations_dir().join(&names[1]).join("down.sql")).unwrap();
    let expected_top = format!(
        "{DOWN_HEADER}-- Warning: this down migration restores structure only, not all data:\n\
         --   - the column `User`.`bio` was dropped by the migration: it comes back with NULL (or its default) in every row.\n\
         --   - the table `Post` and its rows were dropped by the migration: the table comes back empty.\n"
    );
    assert!(down_sql.starts_with(&expected_top), "{down_sql}");
    assert!(down_sql.contains("CREATE TABLE \"Post\""), "{down_sql}");
    // Prisma's checksum covers migration.sql only: status is up to date with down.sql beside it.
    let target = deploy::prepare(Some(&project.schema()), Some(project.db.url()), &project.dir).unwrap();
    assert_eq!(status(&target).await.unwrap().prisma, PrismaStatus::UpToDate);
    down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap();
    assert_eq!(project.tables().await, ["Post", "User"]);
    project.cleanup().await;
}

// ---------------------------------------------------------------------------------------------
// Prisma's verdict (tests/fixtures/prisma_interop/oracle/down_{pg,sqlite}.txt, produce_down.sh)

fn oracle_transcript(provider: &str) -> String {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/prisma_interop/oracle/down_{provider}.txt"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `_prisma_migrations` sections of a transcript, each sorted (rows written in the same
/// millisecond have no order on SQLite).
fn oracle_rows(text: &str) -> Vec<Vec<String>> {
    let mut sections = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in text.lines() {
        if line.starts_with("# _prisma_migrations") {
            current = Some(Vec::new());
        } else if line.is_empty() {
            if let Some(mut rows) = current.take() {
                rows.sort();
                sections.push(rows);
            }
        } else if let Some(rows) = current.as_mut() {
            rows.push(line.to_owned());
        }
    }
    sections
}

/// The migrations Prisma's `migrate status` listed as not yet applied, after `$ label`.
fn oracle_pending(text: &str, label: &str) -> Vec<String> {
    let start = text.find(&format!("$ {label}\n")).unwrap_or_else(|| panic!("no `$ {label}`"));
    let block = &text[start..];
    let block = &block[..block.find("[exit ").unwrap()];
    let Some(list) = block.split("have not yet been applied:\n").nth(1) else { return Vec::new() };
    list.lines().take_while(|l| !l.is_empty()).map(str::to_owned).collect()
}

async fn strata_rows(project: &mut Project) -> Vec<String> {
    let sql = "SELECT migration_name, checksum, CASE WHEN finished_at IS NULL THEN 'NULL' ELSE '<set>' END AS f, \
               CASE WHEN rolled_back_at IS NULL THEN 'NULL' ELSE '<set>' END AS r, applied_steps_count AS n, \
               CASE WHEN logs IS NULL THEN 'NULL' WHEN logs = '' THEN '''''' ELSE '<logs>' END AS l \
               FROM _prisma_migrations";
    let rows = project.db.conn().query_rows(sql, &[]).await.unwrap();
    let mut lines: Vec<String> = rows
        .iter()
        .map(|r| {
            let n = r.int("n").unwrap();
            format!(
                "{} | {} | {} | {} | {n} | {}",
                r.string("migration_name"),
                r.string("checksum"),
                r.string("f"),
                r.string("r"),
                r.string("l")
            )
        })
        .collect();
    lines.sort();
    lines
}

#[tokio::test]
async fn prisma_reads_the_rows_strata_down_leaves_as_its_own() {
    for (dialect, provider) in [(Dialect::Postgres, "pg"), (Dialect::Sqlite, "sqlite")] {
        let text = oracle_transcript(provider);
        let sections = oracle_rows(&text);
        assert_eq!(sections.len(), 4, "{provider}: the transcript's row sections");
        let mut project = Project::new(dialect, "down_oracle").await;
        copy_dir(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/prisma_interop/deploy_success"),
            &project.migrations_dir(),
        );
        let target = deploy::prepare(Some(&project.schema()), Some(project.db.url()), &project.dir).unwrap();
        deploy_project(&project).await;
        down::create_down_script(&create_request(&project, "20240102000000_tags")).await.unwrap();

        // One step, with down.sql: Prisma listed it as pending.
        down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap();
        assert_eq!(strata_rows(&mut project).await, sections[0], "{provider}: after migrate down");
        let pending = oracle_pending(&text, "prisma migrate status (after strata migrate down)");
        assert_eq!(pending, ["20240102000000_tags"], "{provider}: Prisma's verdict");
        assert_eq!(status(&target).await.unwrap().prisma, PrismaStatus::Pending { unapplied: pending });
        deploy_project(&project).await;
        assert_eq!(strata_rows(&mut project).await, sections[1], "{provider}: after deploy");

        // Two steps, the first without down.sql.
        down::down(&down_request(&project, DownTarget::Steps(2))).await.unwrap();
        assert_eq!(strata_rows(&mut project).await, sections[2], "{provider}: after migrate down --steps 2");
        let pending = oracle_pending(&text, "prisma migrate status (after strata migrate down --steps 2)");
        assert_eq!(pending, ["20240101000000_init", "20240102000000_tags"], "{provider}: Prisma's verdict");
        assert_eq!(status(&target).await.unwrap().prisma, PrismaStatus::Pending { unapplied: pending });
        deploy_project(&project).await;
        assert_eq!(strata_rows(&mut project).await, sections[3], "{provider}: after deploy");
        assert!(text.contains("$ prisma migrate status (after strata's deploy)\n"));
        assert_eq!(status(&target).await.unwrap().prisma, PrismaStatus::UpToDate);
        project.cleanup().await;
    }
}

/// A migration that only writes rows has no schema change to undo: its computed down script is
/// empty, runs, and marks it rolled back (the rows stay: a down migration reverses schema).
async fn data_only_migration(dialect: Dialect) {
    let mut project = Project::new(dialect, "down_data_only").await;
    project.add_migration("20240101000000_a", &project.sql("CREATE TABLE \"A\" (id INTEGER PRIMARY KEY);\n"));
    project.add_migration("20240102000000_rows", &project.sql("INSERT INTO \"A\" (id) VALUES (1), (2);\n"));
    deploy_project(&project).await;
    let report = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap();
    assert_eq!(report.rolled_back[0].source, DownSource::Computed);
    assert_eq!(report.rolled_back[0].script, format!("{DOWN_HEADER}-- This is an empty migration."));
    assert_eq!(project.applied().await, ["20240101000000_a"], "{dialect:?}");
    assert_eq!(project.count("A").await, 2);
    project.cleanup().await;
}

#[tokio::test]
async fn a_data_only_migration_rolls_back_with_an_empty_script() {
    for dialect in [Dialect::Sqlite, Dialect::Postgres, Dialect::Mysql] {
        data_only_migration(dialect).await;
    }
}

/// A computed down migration that re-adds a required column to a table with rows cannot run:
/// refused even with `--accept-data-loss`, nothing touched.
#[tokio::test]
async fn a_computed_down_that_cannot_run_is_refused() {
    for dialect in [Dialect::Sqlite, Dialect::Postgres] {
        let mut project = Project::new(dialect, "down_unexecutable").await;
        project.add_migration("20240101000000_a", "CREATE TABLE \"A\" (id INTEGER PRIMARY KEY, bio TEXT NOT NULL);\n");
        project.add_migration("20240102000000_b", "ALTER TABLE \"A\" DROP COLUMN bio;\n");
        deploy_project(&project).await;
        project.exec("INSERT INTO \"A\" (id) VALUES (1)").await;
        let refused = down::down(&down_request(&project, DownTarget::Steps(1))).await.unwrap_err();
        let DownError::Unexecutable { unexecutable } = &refused.error else { panic!("{dialect:?}: {}", refused.error) };
        assert_eq!(unexecutable.len(), 1, "{unexecutable:?}");
        assert!(unexecutable[0].1.contains("There are 1 rows in this table"), "{dialect:?}: {unexecutable:?}");
        assert!(refused.error.to_string().contains("down.sql by hand"));
        assert_eq!(project.applied().await.len(), 2, "{dialect:?}: nothing touched");
        project.cleanup().await;
    }
}
