//! `strata migrate lint` as a user runs it: human, JSON and GitHub output, `--deny` and exit
//! codes, `strata.toml` silencing, the dialect from `--provider`, live counts (with the true
//! count) from PostgreSQL and MySQL for migrations the database has not applied, `--pending`;
//! and lint findings on stderr from `db push`, `migrate diff` and `migrate dev`.

use std::path::PathBuf;
use test_support::TestDb;

mod common;
use common::{strata, text};

/// A project folder with these files.
fn project(hint: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-lint-{hint}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (path, content) in files {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, content).unwrap();
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn schema(provider: &str, url: &str, models: &str) -> String {
    format!("datasource db {{\n  provider = \"{provider}\"\n  url      = \"{url}\"\n}}\n\n{models}")
}

const USER: &str = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";
const INIT_SQLITE: &str =
    "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \"email\" TEXT NOT \
                           NULL, \"bio\" TEXT);\nCREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n";
const DROP_BIO: &str = "-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"bio\";\n";
const DROP_FILE: &str = "prisma/migrations/20240102000000_drop_bio/migration.sql";

fn sqlite_project(hint: &str, extra: &[(&str, &str)]) -> PathBuf {
    let schema = schema("sqlite", "file:./dev.db", USER);
    let mut files = vec![
        ("prisma/schema.prisma", schema.as_str()),
        ("prisma/migrations/migration_lock.toml", "provider = \"sqlite\"\n"),
        ("prisma/migrations/20240101000000_init/migration.sql", INIT_SQLITE),
        (DROP_FILE, DROP_BIO),
    ];
    files.extend_from_slice(extra);
    project(hint, &files)
}

const HEDGED: &str =
    "You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.";
const HELP: &str = "Stop reading and writing the column in a release first, back the values up, then drop it.";

#[test]
fn human_json_github_and_exit_codes() {
    let dir = sqlite_project("formats", &[]);
    let out = strata(&dir, &["migrate", "lint"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.starts_with(&format!("{DROP_FILE}:2: warning [drop-column] {HEDGED}\n  help: {HELP}\n")),
        "{stdout}"
    );
    assert!(stdout.contains("\nLinted 2 files as sqlite: 0 errors, 1 warning, 0 infos.\n"), "{stdout}");

    // --deny decides the exit code.
    let out = strata(&dir, &["migrate", "lint", "--deny", "warning"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).ends_with("1 finding at or above `warning`.\n"), "{}", text(&out.stdout));
    assert_eq!(strata(&dir, &["migrate", "lint", "--deny", "never"]).status.code(), Some(0));

    // JSON.
    let out = strata(&dir, &["migrate", "lint", "--json", "--deny", "warning"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(json["provider"], "sqlite");
    assert_eq!(json["counts"]["warning"], 1);
    assert_eq!(json["files"].as_array().unwrap().len(), 2);
    let finding = &json["files"][1]["findings"][0];
    assert_eq!(finding["rule"], "drop-column");
    assert_eq!(finding["line"], 2);
    assert_eq!(finding["file"], DROP_FILE);
    assert_eq!(finding["message"], HEDGED);
    assert_eq!(json["files"][1]["migration"], "20240102000000_drop_bio");

    // GitHub annotations: stdout holds only workflow commands, the summary goes to stderr.
    let out = strata(&dir, &["migrate", "lint", "--format", "github", "--deny", "warning"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!("::warning file={DROP_FILE},line=2,title=drop-column::{HEDGED} Help: {HELP}\n")
    );
    assert!(text(&out.stderr).contains("Linted 2 files"));

    // One file, or one migration folder.
    let out = strata(&dir, &["migrate", "lint", DROP_FILE]);
    assert!(text(&out.stdout).contains("Linted 1 file as sqlite: 0 errors, 1 warning"), "{}", text(&out.stdout));
    let out = strata(&dir, &["migrate", "lint", "prisma/migrations/20240101000000_init"]);
    assert!(text(&out.stdout).starts_with("\nLinted 1 file as sqlite: 0 errors, 0 warnings, 0 infos.\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn strata_toml_silences_rules_and_typos_stop_the_lint() {
    let dir = sqlite_project("config", &[("strata.toml", "[lint]\nallow = [\"drop-column\"]\n")]);
    let out = strata(&dir, &["migrate", "lint", "--deny", "info"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("0 errors, 0 warnings, 0 infos"));
    assert!(text(&out.stdout).contains("Configuration: "));

    // Beside the schema wins over the project root; a severity override changes the exit code.
    std::fs::write(dir.join("prisma/strata.toml"), "[lint.severity]\ndrop-column = \"error\"\n").unwrap();
    let out = strata(&dir, &["migrate", "lint"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains(":2: error [drop-column]"), "{}", text(&out.stdout));

    // Inline silencing.
    std::fs::write(dir.join(DROP_FILE), format!("-- strata-lint: allow drop-column\n{DROP_BIO}")).unwrap();
    assert_eq!(strata(&dir, &["migrate", "lint", "--deny", "info"]).status.code(), Some(0));

    std::fs::write(dir.join("prisma/strata.toml"), "[lint]\nallow = [\"drop-colum\"]\n").unwrap();
    let out = strata(&dir, &["migrate", "lint"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("strata.toml: invalid [lint] configuration: unknown rule `drop-colum`"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_dialect_comes_from_the_provider_flag_or_the_lock_file() {
    let sql = "CREATE INDEX \"Post_title_idx\" ON \"Post\"(\"title\");\n";
    let dir = project("dialect", &[("change.sql", sql)]);
    let out = strata(&dir, &["migrate", "lint", "change.sql"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Cannot tell which database the SQL is for: pass --provider"));

    let out = strata(&dir, &["migrate", "lint", "change.sql", "--provider", "postgresql"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("change.sql:1: warning [create-index-non-concurrently]"), "{stdout}");
    assert!(stdout.contains("change.sql:1: warning [missing-lock-timeout]"), "{stdout}");
    // SQLite builds indexes without these concerns.
    let out = strata(&dir, &["migrate", "lint", "change.sql", "--provider", "sqlite"]);
    assert!(text(&out.stdout).contains("0 errors, 0 warnings, 0 infos"), "{}", text(&out.stdout));

    std::fs::write(dir.join("migration_lock.toml"), "provider = \"mysql\"\n").unwrap();
    let out = strata(&dir, &["migrate", "lint", "change.sql"]);
    assert!(text(&out.stdout).contains("Linted 1 file as mysql"), "{}", text(&out.stdout));

    assert_eq!(strata(&dir, &["migrate", "lint", "missing.sql", "--provider", "mysql"]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Live counts come from the database for the migration it has not applied, with the true
/// count, and `--pending` lints only that one.
#[test]
fn live_counts_on_postgres_and_mysql() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for provider in ["postgresql", "mysql"] {
        let mut db = runtime.block_on(async {
            if provider == "postgresql" {
                TestDb::postgres("lint_live").await
            } else {
                TestDb::mysql("lint_live").await
            }
        });
        let q = |name: &str| if provider == "mysql" { format!("`{name}`") } else { format!("\"{name}\"") };
        let init = format!(
            "CREATE TABLE {} ({} INTEGER NOT NULL, {} TEXT, PRIMARY KEY ({}));\n",
            q("User"),
            q("id"),
            q("bio"),
            q("id")
        );
        let drop = format!("ALTER TABLE {} DROP COLUMN {};\n", q("User"), q("bio"));
        let dir = project(
            &format!("live-{provider}"),
            &[
                ("prisma/schema.prisma", &schema(provider, db.url(), "")),
                ("prisma/migrations/20240101000000_init/migration.sql", &init),
                ("prisma/migrations/20240102000000_drop_bio/migration.sql", &drop),
            ],
        );
        runtime.block_on(async {
            db.conn().raw_cmd(&init).await.unwrap();
            let mut rows: Vec<String> = (1..=42).map(|i| format!("({i}, 'b')")).collect();
            rows.extend((43..=45).map(|i| format!("({i}, NULL)")));
            let insert = format!("INSERT INTO {} ({}, {}) VALUES {}", q("User"), q("id"), q("bio"), rows.join(", "));
            db.conn().raw_cmd(&insert).await.unwrap();
        });
        let out = strata(&dir, &["migrate", "resolve", "--applied", "20240101000000_init"]);
        assert_eq!(out.status.code(), Some(0), "{provider}: {}", text(&out.stderr));

        let out = strata(&dir, &["migrate", "lint", "--live", "--json"]);
        assert_eq!(out.status.code(), Some(0), "{provider}: {}", text(&out.stdout));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(json["databaseNote"], serde_json::Value::Null, "{provider}: {json}");
        assert_eq!(json["files"][0]["liveCounts"], false, "{provider}: the applied migration has no counts");
        assert_eq!(json["files"][1]["liveCounts"], true, "{provider}");
        assert_eq!(
            json["files"][1]["findings"][0]["message"],
            "You are about to drop the column `bio` on the `User` table, which still contains 42 non-null values.",
            "{provider}: {json}"
        );

        let out = strata(&dir, &["migrate", "lint", "--pending", "--url", db.url()]);
        let stdout = text(&out.stdout);
        assert!(stdout.contains("which still contains 42 non-null values."), "{provider}: {stdout}");
        assert!(stdout.contains("Linted 1 file as"), "{provider}: {stdout}");
        assert!(stdout.contains("Skipped 1 applied migration."), "{provider}: {stdout}");
        assert!(!stdout.contains(":password@") && stdout.contains("Live counts from "), "{provider}: {stdout}");

        // Without a database, --pending cannot run.
        assert_eq!(strata(&dir, &["migrate", "lint", "--pending"]).status.code(), Some(2));
        runtime.block_on(db.cleanup());
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// `db push` and `migrate diff` print lint findings on stderr; stdout stays Prisma's.
#[test]
fn push_and_diff_print_lint_findings_on_stderr() {
    let with_bio =
        "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  bio   String?\n}\n";
    let dir = project("push", &[("prisma/schema.prisma", &schema("sqlite", "file:./dev.db", with_bio))]);
    let out = strata(&dir, &["db", "push"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let info = database::ConnectionInfo::parse("file:./prisma/dev.db", &dir).unwrap();
        let mut conn = database::Connection::connect(&info).await.unwrap();
        conn.raw_cmd("INSERT INTO \"User\" (\"email\", \"bio\") VALUES ('a', 'x'), ('b', 'y'), ('c', NULL)")
            .await
            .unwrap();
        let _ = conn.close().await;
    });

    // diff --script: the SQL alone on stdout.
    std::fs::write(dir.join("next.prisma"), schema("sqlite", "file:./prisma/dev.db", USER)).unwrap();
    let out = strata(
        &dir,
        &["migrate", "diff", "--from-schema", "prisma/schema.prisma", "--to-schema", "next.prisma", "--script"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("-- RedefineTables\n") && !text(&out.stdout).contains("Lint"));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("\nLint (0 errors, 1 warning, 1 info):\n"), "{stderr}");
    assert!(stderr.contains("script:8: info [sqlite-table-redefinition]"), "{stderr}");
    assert!(stderr.contains(&format!("script:8: warning [drop-column] {HEDGED}")), "{stderr}");

    // db push: counts from the database (2 values in `bio`, 3 rows).
    std::fs::write(dir.join("prisma/schema.prisma"), schema("sqlite", "file:./dev.db", USER)).unwrap();
    let out = strata(&dir, &["db", "push", "--accept-data-loss"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("Lint"));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("db push script:8: info [sqlite-table-redefinition] The `User` table (3 rows)"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "db push script:8: warning [drop-column] You are about to drop the column `bio` on the `User` table, which \
             still contains 2 non-null values."
        ),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `migrate dev` lints the migration it creates (PostgreSQL: an index on an existing table).
#[test]
fn dev_prints_lint_findings_of_the_new_migration() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let db = runtime.block_on(TestDb::postgres("lint_dev"));
    let dir = project("dev", &[("prisma/schema.prisma", &schema("postgresql", db.url(), USER))]);
    let out = strata(&dir, &["migrate", "dev", "--name", "init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("Lint"), "a fresh migration reports nothing: {}", text(&out.stderr));

    let indexed = USER.replace("@unique\n}", "@unique\n  name  String?\n\n  @@index([name])\n}");
    std::fs::write(dir.join("prisma/schema.prisma"), schema("postgresql", db.url(), &indexed)).unwrap();
    let out = strata(&dir, &["migrate", "dev", "--name", "name_index"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(!text(&out.stdout).contains("Lint"));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("_name_index/migration.sql:"), "{stderr}");
    assert!(stderr.contains("warning [create-index-non-concurrently]"), "{stderr}");
    runtime.block_on(db.cleanup());
    let _ = std::fs::remove_dir_all(&dir);
}
