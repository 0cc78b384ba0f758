//! Eight `strata migrate deploy` processes started together on one database apply each
//! migration exactly once — PostgreSQL (advisory lock), MariaDB (`GET_LOCK`) and SQLite
//! (`BEGIN EXCLUSIVE` in exclusive locking mode).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use test_support::TestDb;

const PROCESSES: usize = 8;
const MIGRATIONS: usize = 6;

fn project(dir: &Path, provider: &str, quote: char) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("prisma/migrations")).unwrap();
    std::fs::write(dir.join("prisma/schema.prisma"), format!("datasource db {{\n  provider = \"{provider}\"\n}}\n"))
        .unwrap();
    for i in 0..MIGRATIONS {
        let folder = dir.join(format!("prisma/migrations/2024010100000{i}_m{i}"));
        std::fs::create_dir_all(&folder).unwrap();
        // Each migration creates its table (a second run would fail) and logs itself once.
        let log = if i == 0 {
            format!("CREATE TABLE {quote}applied_log{quote} (name VARCHAR(20) NOT NULL);\n")
        } else {
            String::new()
        };
        let sql = format!(
            "{log}CREATE TABLE {quote}t{i}{quote} (id INTEGER PRIMARY KEY);\nINSERT INTO {quote}applied_log{quote} \
             VALUES ('m{i}');\n"
        );
        std::fs::write(folder.join("migration.sql"), sql).unwrap();
    }
}

async fn run(mut db: TestDb, provider: &str, quote: char) {
    let dir: PathBuf = std::env::temp_dir().join(format!("strata_concurrency_{provider}_{}", std::process::id()));
    project(&dir, provider, quote);
    let children: Vec<_> = (0..PROCESSES)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_strata"))
                .args(["migrate", "deploy", "--json", "--url", db.url()])
                .current_dir(&dir)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start strata")
        })
        .collect();
    let mut applied = Vec::new();
    for child in children {
        let output = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(
            output.status.success(),
            "{provider}: a deployer failed\nstdout: {stdout}\nstderr: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let report: serde_json::Value = serde_json::from_str(stdout.trim()).unwrap();
        for migration in report["applied"].as_array().unwrap() {
            applied.push(migration["name"].as_str().unwrap().to_owned());
        }
    }
    applied.sort();
    let expected: Vec<String> = (0..MIGRATIONS).map(|i| format!("2024010100000{i}_m{i}")).collect();
    assert_eq!(applied, expected, "{provider}: each migration applied by exactly one process");

    let rows = db
        .conn()
        .query_rows("SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations", &[])
        .await
        .unwrap();
    assert_eq!(rows.len(), MIGRATIONS, "{provider}: one history row per migration");
    assert!(rows.iter().all(|r| r.bool("finished") == Some(true)));
    let log = format!("SELECT name FROM {quote}applied_log{quote}");
    assert_eq!(db.conn().query_rows(&log, &[]).await.unwrap().len(), MIGRATIONS, "{provider}: scripts ran once");
    let _ = std::fs::remove_dir_all(&dir);
    db.cleanup().await;
}

#[tokio::test]
async fn eight_deployers_on_postgres_apply_each_migration_once() {
    run(TestDb::postgres("concurrency").await, "postgresql", '"').await;
}

#[tokio::test]
async fn eight_deployers_on_mariadb_apply_each_migration_once() {
    run(TestDb::mysql("concurrency").await, "mysql", '`').await;
}

#[tokio::test]
async fn eight_deployers_on_sqlite_apply_each_migration_once() {
    run(TestDb::sqlite("concurrency").await, "sqlite", '"').await;
}
