//! `strata migrate check` as CI runs it: a clean project passes (exit 0), and each kind of
//! problem is found and named (exit 1): a missing migration, an applied migration edited since,
//! a lint finding at `--deny`, a `down.sql` that does not round-trip, a migration that fails on
//! the shadow database, a lock file for another provider. Exit 2 when it cannot run.

use std::path::{Path, PathBuf};
use test_support::TestDb;

mod common;
use common::{strata, text};

fn dir(hint: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-check-{hint}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    dir
}

fn write_schema(dir: &Path, provider: &str, url: &str, models: &str) {
    let schema = format!("datasource db {{\n  provider = \"{provider}\"\n  url      = \"{url}\"\n}}\n\n{models}");
    std::fs::write(dir.join("prisma/schema.prisma"), schema).unwrap();
}

fn add_migration(dir: &Path, name: &str, up: &str, down: Option<&str>) {
    let folder = dir.join("prisma/migrations").join(name);
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("migration.sql"), up).unwrap();
    if let Some(down) = down {
        std::fs::write(folder.join("down.sql"), down).unwrap();
    }
}

fn only_migration(dir: &Path) -> PathBuf {
    let entries = std::fs::read_dir(dir.join("prisma/migrations")).unwrap();
    entries.filter_map(Result::ok).map(|e| e.path()).find(|p| p.is_dir()).unwrap()
}

fn check(dir: &Path, args: &[&str]) -> (Option<i32>, String, serde_json::Value) {
    let mut human = vec!["migrate", "check"];
    human.extend_from_slice(args);
    let out = strata(dir, &human);
    let stdout = text(&out.stdout) + &text(&out.stderr);
    human.push("--json");
    let json = strata(dir, &human);
    let value = serde_json::from_slice(&json.stdout).unwrap_or(serde_json::Value::Null);
    assert_eq!(json.status.code(), out.status.code(), "--json and text agree on the exit code: {stdout}");
    (out.status.code(), stdout, value)
}

fn kinds(json: &serde_json::Value) -> Vec<String> {
    json["problems"].as_array().unwrap().iter().map(|p| p["kind"].as_str().unwrap().to_owned()).collect()
}

const USER: &str = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";
const USER_POST: &str = "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n\n\
                         model Post {\n  id    Int    @id\n  title String\n\n  @@index([title])\n}\n";

#[test]
fn sqlite_clean_then_each_problem_named() {
    let dir = dir("sqlite");
    write_schema(&dir, "sqlite", "file:./dev.db", USER);
    let out = strata(&dir, &["migrate", "dev", "--name", "init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let init = only_migration(&dir);

    // Clean: in sync, history intact, lint clean, the round trip (down.sql or generated) passes.
    let (code, stdout, json) = check(&dir, &[]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.starts_with("Checked 1 migration in prisma/migrations (sqlite)\n"), "{stdout}");
    assert!(stdout.contains("\u{2714} schema and migrations are in sync\n"), "{stdout}");
    assert!(stdout.contains("\u{2714} no applied migration was edited, failed or removed"), "{stdout}");
    assert!(stdout.contains("\u{2714} up → down → up round-trips (1 checked"), "{stdout}");
    assert!(stdout.ends_with("\nNo problems found.\n"), "{stdout}");
    assert_eq!(json["ok"], true);
    assert_eq!(json["roundTrips"][0]["ok"], true);

    // A missing migration: the schema has a column no migration creates.
    write_schema(&dir, "sqlite", "file:./dev.db", &USER.replace("@unique\n", "@unique\n  bio   String?\n"));
    let (code, stdout, json) = check(&dir, &["--no-round-trips"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(
        stdout.contains("\u{2718} A migration is missing: the schema at prisma/schema.prisma has changes"),
        "{stdout}"
    );
    assert!(stdout.contains("[+] Added column `bio`"), "{stdout}");
    assert!(stdout.ends_with("\n1 problem found.\n"), "{stdout}");
    assert_eq!(kinds(&json), ["missing-migration"]);
    write_schema(&dir, "sqlite", "file:./dev.db", USER);

    // An applied migration edited since.
    let script = std::fs::read_to_string(init.join("migration.sql")).unwrap();
    std::fs::write(init.join("migration.sql"), format!("{script}\n-- edited\n")).unwrap();
    let (code, stdout, json) = check(&dir, &["--no-round-trips"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("was modified after it was applied"), "{stdout}");
    assert_eq!(kinds(&json), ["modified-migration"]);
    std::fs::write(init.join("migration.sql"), script).unwrap();

    // A lint finding: over the threshold only with --deny warning. The pending migration is
    // linted with the database's counts: it deletes a row there.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let info = database::ConnectionInfo::parse("file:./prisma/dev.db", &dir).unwrap();
        let mut conn = database::Connection::connect(&info).await.unwrap();
        conn.raw_cmd("INSERT INTO \"User\" (\"email\") VALUES ('a')").await.unwrap();
        let _ = conn.close().await;
    });
    add_migration(&dir, "20990101000000_cleanup", "DELETE FROM \"User\";\n", None);
    let (code, stdout, _) = check(&dir, &["--no-round-trips"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(
        stdout.contains(
            "lint: 1 (0 errors, 1 warning, 0 infos; none at or above `error`; 1 pending migration with live counts)"
        ),
        "{stdout}"
    );
    let (code, stdout, json) = check(&dir, &["--no-round-trips", "--deny", "warning"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("migration.sql:1: warning [delete-without-where]"), "{stdout}");
    assert_eq!(kinds(&json), ["lint"]);
    assert_eq!(json["problems"][0]["migration"], "20990101000000_cleanup");
    std::fs::remove_dir_all(dir.join("prisma/migrations/20990101000000_cleanup")).unwrap();

    // A down.sql that misses a step: the table it should drop is still there.
    write_schema(&dir, "sqlite", "file:./dev.db", USER_POST);
    add_migration(
        &dir,
        "20990102000000_post",
        "CREATE TABLE \"Post\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"title\" TEXT NOT NULL);\n\
         CREATE INDEX \"Post_title_idx\" ON \"Post\"(\"title\");\n",
        Some("DROP INDEX \"Post_title_idx\";\n"),
    );
    let (code, stdout, json) = check(&dir, &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert!(stdout.contains("20990102000000_post: up → down.sql → up does not round-trip"), "{stdout}");
    assert!(stdout.contains("Post"), "{stdout}");
    // The history is replayed again after the failure: the sync check still runs and passes.
    assert_eq!(kinds(&json), ["down-round-trip"]);
    assert!(stdout.contains("\u{2714} schema and migrations are in sync"), "{stdout}");
    assert_eq!(json["roundTrips"][1]["down"], "down.sql");
    assert_eq!(json["roundTrips"][1]["ok"], false);

    // Fixed down.sql: clean again.
    std::fs::write(
        dir.join("prisma/migrations/20990102000000_post/down.sql"),
        "DROP INDEX \"Post_title_idx\";\nDROP TABLE \"Post\";\n",
    )
    .unwrap();
    let (code, stdout, _) = check(&dir, &[]);
    assert_eq!(code, Some(0), "{stdout}");

    // A migration that fails on the shadow database; a lock file for another provider.
    add_migration(&dir, "20990103000000_broken", "ALTER TABLE \"Nope\" ADD COLUMN \"x\" INTEGER;\n", None);
    std::fs::write(dir.join("prisma/migrations/migration_lock.toml"), "provider = \"postgresql\"\n").unwrap();
    let (code, stdout, json) = check(&dir, &[]);
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(kinds(&json), ["lock-provider", "replay-failed"]);
    assert!(stdout.contains("20990103000000_broken"), "{stdout}");
    assert!(stdout.contains("- schema and migrations are in sync: not checked"), "{stdout}");

    // Cannot run: no schema.
    let empty = self::dir("empty");
    let (code, _, json) = check(&empty, &[]);
    assert_eq!(code, Some(2));
    assert_eq!(json["ok"], false);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&empty);
}

/// On PostgreSQL and MySQL the shadow database is a temporary one on the server: a project made
/// by `migrate dev` passes, then a schema change without its migration is named.
#[test]
fn postgres_and_mysql_clean_then_missing_migration() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    for provider in ["postgresql", "mysql"] {
        let mut db = runtime.block_on(async {
            if provider == "postgresql" {
                TestDb::postgres("check").await
            } else {
                TestDb::mysql("check").await
            }
        });
        let dir = dir(&format!("server-{provider}"));
        write_schema(&dir, provider, db.url(), USER);
        let out = strata(&dir, &["migrate", "dev", "--name", "init"]);
        assert_eq!(out.status.code(), Some(0), "{provider}: {}", text(&out.stderr));
        write_schema(&dir, provider, db.url(), USER_POST);
        let out = strata(&dir, &["migrate", "dev", "--name", "post"]);
        assert_eq!(out.status.code(), Some(0), "{provider}: {}", text(&out.stderr));

        let (code, stdout, json) = check(&dir, &[]);
        assert_eq!(code, Some(0), "{provider}: {stdout}");
        assert!(stdout.contains(&format!("({provider})\n")), "{provider}: {stdout}");
        assert!(json["roundTrips"].as_array().unwrap().iter().all(|r| r["ok"] == true), "{provider}: {json}");

        write_schema(&dir, provider, db.url(), &USER_POST.replace("title String\n", "title String\n  body  String?\n"));
        let (code, stdout, json) = check(&dir, &["--no-round-trips"]);
        assert_eq!(code, Some(1), "{provider}: {stdout}");
        assert!(stdout.contains("[+] Added column `body`"), "{provider}: {stdout}");
        assert_eq!(kinds(&json), ["missing-migration"], "{provider}");

        // A pending migration that cannot run on the rows the database holds: an error, counted.
        let q = |name: &str| if provider == "mysql" { format!("`{name}`") } else { format!("\"{name}\"") };
        let insert = format!("INSERT INTO {} ({}) VALUES ('a'), ('b')", q("User"), q("email"));
        runtime.block_on(db.conn().raw_cmd(&insert)).unwrap();
        let age = format!("ALTER TABLE {} ADD COLUMN {} INTEGER NOT NULL;\n", q("User"), q("age"));
        add_migration(&dir, "20990101000000_age", &age, None);
        write_schema(
            &dir,
            provider,
            db.url(),
            &USER_POST.replace("email String @unique\n", "email String @unique\n  age   Int\n"),
        );
        let (code, stdout, json) = check(&dir, &["--no-round-trips"]);
        assert_eq!(code, Some(1), "{provider}: {stdout}");
        assert_eq!(kinds(&json), ["lint"], "{provider}: {stdout}");
        assert!(
            stdout.contains("There are 2 rows in this table, it is not possible to execute this step."),
            "{stdout}"
        );
        assert_eq!(json["lintLiveCounts"][0], "20990101000000_age", "{provider}");
        runtime.block_on(db.cleanup());
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// With the round trips, lint knows the schema before each migration: the column a SQLite
/// redefinition leaves behind is a `drop-column` warning (without them, only the redefinition
/// is reported).
#[test]
fn lint_knows_the_schema_before_each_migration() {
    let dir = dir("lint-before");
    write_schema(&dir, "sqlite", "file:./dev.db", USER);
    assert_eq!(strata(&dir, &["migrate", "dev", "--name", "init"]).status.code(), Some(0));
    write_schema(&dir, "sqlite", "file:./dev.db", "model User {\n  id Int @id @default(autoincrement())\n}\n");
    let out = strata(&dir, &["migrate", "dev", "--name", "drop_email"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let (code, stdout, json) = check(&dir, &["--deny", "warning"]);
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(kinds(&json), ["lint"]);
    let message = json["problems"][0]["message"].as_str().unwrap();
    assert!(message.contains("warning [drop-column] You are about to drop the column `email`"), "{message}");
    assert!(json["problems"][0]["migration"].as_str().unwrap().ends_with("_drop_email"));

    let (code, stdout, _) = check(&dir, &["--deny", "warning", "--no-round-trips"]);
    assert_eq!(code, Some(0), "{stdout}");
    assert!(stdout.contains("lint: 1 (0 errors, 0 warnings, 1 info;"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
