//! `strata migrate dev` as a user runs it, without a terminal (as in CI): Prisma's output, the
//! migration folder, "Already in sync", `--create-only`, drift and data-loss warnings failing
//! with their explanation (exit 1) without touching anything, the URL from `.env`, and
//! `migrate diff --from-migrations` agreeing afterwards.

use database::{Connection, ConnectionInfo};
use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{strata, text};

const USER: &str = "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n}\n";
const USER_BIO: &str =
    "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  bio   String?\n}\n";

/// A project folder with a SQLite schema (`file:./dev.db`).
fn project(hint: &str, models: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-dev-{hint}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    write_schema(&dir, "sqlite", "\"file:./dev.db\"", models);
    dir
}

fn write_schema(dir: &Path, provider: &str, url: &str, models: &str) {
    let schema = format!("datasource db {{\n  provider = \"{provider}\"\n  url      = {url}\n}}\n\n{models}");
    std::fs::write(dir.join("prisma/schema.prisma"), schema).unwrap();
}

fn migrations(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("prisma/migrations"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

async fn sqlite(dir: &Path) -> Connection {
    let info = ConnectionInfo::parse("file:./prisma/dev.db", dir).unwrap();
    Connection::connect(&info).await.unwrap()
}

#[test]
fn creates_applies_then_is_already_in_sync() {
    let dir = project("init", USER);
    let out = strata(&dir, &["migrate", "dev", "--name", "init"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    let db = dir.join("prisma/dev.db");
    assert!(
        stdout.starts_with(&format!("Datasource \"db\": SQLite database \"dev.db\" at \"file:{}\"\n\n", db.display())),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("SQLite database dev.db created at file:{}\n", db.display())), "{stdout}");
    let names = migrations(&dir);
    assert_eq!(names.len(), 1);
    assert!(names[0].ends_with("_init") && names[0].len() == 19, "{names:?}");
    assert!(stdout.contains(&format!(
        "The following migration(s) have been created and applied from new schema changes:\n\nprisma/migrations/\n  └─ {}/\n    └─ migration.sql\n\nYour database is now in sync with your schema.\n",
        names[0]
    )), "{stdout}");
    assert!(dir.join("prisma/migrations/migration_lock.toml").is_file());

    let out = strata(&dir, &["migrate", "dev"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).ends_with("\nAlready in sync, no schema change or pending migration was found.\n"),
        "{}",
        text(&out.stdout)
    );

    // The history and the schema agree for `migrate diff` too.
    let out = strata(
        &dir,
        &[
            "migrate",
            "diff",
            "--from-migrations",
            "prisma/migrations",
            "--to-schema",
            "prisma/schema.prisma",
            "--exit-code",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));
    assert_eq!(text(&out.stdout), "No difference detected.\n\n");
    let out = strata(
        &dir,
        &[
            "migrate",
            "diff",
            "--from-url",
            "file:./prisma/dev.db",
            "--to-schema",
            "prisma/schema.prisma",
            "--exit-code",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}{}", text(&out.stdout), text(&out.stderr));

    // A change: a second migration, named by the timestamp alone without --name (no terminal).
    write_schema(&dir, "sqlite", "\"file:./dev.db\"", USER_BIO);
    let out = strata(
        &dir,
        &[
            "migrate",
            "diff",
            "--from-migrations",
            "prisma/migrations",
            "--to-schema",
            "prisma/schema.prisma",
            "--exit-code",
        ],
    );
    assert_eq!(out.status.code(), Some(2), "a difference");
    let out = strata(&dir, &["migrate", "dev"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let names = migrations(&dir);
    assert_eq!(names.len(), 2);
    assert_eq!(names[1].len(), 14, "{names:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn create_only_writes_and_does_not_apply() {
    let dir = project("create-only", USER);
    let out = strata(&dir, &["migrate", "dev", "--create-only", "--name", "Add users"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let names = migrations(&dir);
    assert!(names[0].ends_with("_add_users"), "{names:?}");
    assert!(text(&out.stdout).contains(&format!(
        "Strata created the following migration without applying it {}\n\nYou can now edit it and apply it by running `strata migrate dev`.\n",
        names[0]
    )));
    let tables = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = sqlite(&dir).await;
        conn.query_rows("SELECT name FROM sqlite_master WHERE name = 'User'", &[]).await.unwrap().len()
    });
    assert_eq!(tables, 0, "not applied");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn drift_fails_with_its_explanation_and_touches_nothing() {
    let dir = project("drift", USER);
    assert_eq!(strata(&dir, &["migrate", "dev", "--name", "init"]).status.code(), Some(0));
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = sqlite(&dir).await;
        conn.raw_cmd(
            "INSERT INTO \"User\" (\"email\") VALUES ('a@example.com'); ALTER TABLE \"User\" ADD COLUMN \"bio\" TEXT",
        )
        .await
        .unwrap();
        conn.close().await.unwrap();
    });
    let out = Command::new(env!("CARGO_BIN_EXE_strata"))
        .args(["migrate", "dev", "--name", "next"])
        .current_dir(&dir)
        .env("CI", "true")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("Drift detected: Your database schema is not in sync with your migration history.\n"),
        "{stderr}"
    );
    assert!(stderr.contains("\n[*] Changed the `User` table\n  [+] Added column `bio`\n"), "{stderr}");
    assert!(stderr.contains("We need to reset the SQLite database \"dev.db\""), "{stderr}");
    assert!(
        stderr.ends_with(
            "You may use `strata migrate reset` to drop the development database.\nAll data will be lost.\n"
        ),
        "{stderr}"
    );
    assert_eq!(migrations(&dir).len(), 1);
    let rows = tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = sqlite(&dir).await;
        conn.query_rows("SELECT COUNT(*) AS n FROM \"User\"", &[]).await.unwrap()[0].int("n")
    });
    assert_eq!(rows, Some(1), "the data is untouched");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn data_loss_warnings_fail_without_a_terminal() {
    let dir = project("warnings", USER_BIO);
    assert_eq!(strata(&dir, &["migrate", "dev", "--name", "init"]).status.code(), Some(0));
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = sqlite(&dir).await;
        conn.raw_cmd(
            "INSERT INTO \"User\" (\"email\", \"bio\") VALUES ('a@example.com', 'hi'), ('b@example.com', NULL)",
        )
        .await
        .unwrap();
        conn.close().await.unwrap();
    });
    write_schema(&dir, "sqlite", "\"file:./dev.db\"", USER);
    let out = strata(&dir, &["migrate", "dev", "--name", "drop_bio"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("⚠️  Warnings for the current datasource:\n\n  • You are about to drop the column `bio` on the `User` table, which still contains 1 non-null values.\n"), "{stdout}");
    assert!(
        text(&out.stderr).contains("has detected that the environment is non-interactive"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(migrations(&dir).len(), 1, "nothing written");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh database on the test server of `var` (`STRATA_TEST_POSTGRES_URL`, …), as a URL.
fn fresh_database(runtime: &tokio::runtime::Runtime, var: &str, name: &str) -> (String, ConnectionInfo) {
    let server = std::env::var(var).unwrap_or_else(|_| panic!("{var} is not set: run the tests through scripts/test"));
    let base = server.rsplit_once('/').map_or(server.as_str(), |(base, _)| base).to_owned();
    let url = format!("{base}/{name}_{}", std::process::id());
    let info = ConnectionInfo::parse(&url, Path::new("/")).unwrap();
    runtime.block_on(async {
        database::drop_database(&info).await.unwrap();
        database::create_database(&info).await.unwrap();
    });
    (url, info)
}

#[test]
fn postgres_and_mysql_with_the_url_from_dotenv() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for (provider, var) in [("postgresql", "STRATA_TEST_POSTGRES_URL"), ("mysql", "STRATA_TEST_MYSQL_URL")] {
        let (url, info) = fresh_database(&runtime, var, "strata_cli_dev");
        let dir = project(&format!("server-{provider}"), "");
        write_schema(&dir, provider, "env(\"DATABASE_URL\")", USER);
        std::fs::write(dir.join(".env"), format!("DATABASE_URL=\"{url}\"\n")).unwrap();
        let out = strata(&dir, &["migrate", "dev", "--name", "init"]);
        assert_eq!(out.status.code(), Some(0), "{provider}: {}{}", text(&out.stdout), text(&out.stderr));
        write_schema(&dir, provider, "env(\"DATABASE_URL\")", USER_BIO);
        let out = strata(&dir, &["migrate", "dev", "--name", "bio"]);
        assert_eq!(out.status.code(), Some(0), "{provider}: {}", text(&out.stderr));
        assert!(text(&out.stdout)
            .contains("_bio/\n    └─ migration.sql\n\nYour database is now in sync with your schema.\n"));
        let out = strata(&dir, &["migrate", "dev"]);
        assert!(
            text(&out.stdout).ends_with("Already in sync, no schema change or pending migration was found.\n"),
            "{provider}"
        );
        runtime.block_on(database::drop_database(&info)).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }
}
