//! `strata migrate reset` as a user runs it: refused without a terminal unless `--force`
//! (exit 1, nothing touched); with `--force`, everything dropped, every migration applied again,
//! Prisma's output, and the seed command run unless `--skip-seed`.

use database::{Connection, ConnectionInfo};
use std::path::{Path, PathBuf};

mod common;
use common::{strata, text};

const SCHEMA: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel User {\n  \
                      id    Int     @id @default(autoincrement())\n  email String  @unique\n}\n";

/// A SQLite project with one migration applied and one row in `User`.
fn project(hint: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-reset-{hint}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    std::fs::write(dir.join("prisma/schema.prisma"), SCHEMA).unwrap();
    let out = strata(&dir, &["migrate", "dev", "--name", "init"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    exec(&dir, "INSERT INTO \"User\" (\"email\") VALUES ('a@example.com'); CREATE TABLE \"Stray\" (id INTEGER)");
    dir
}

fn exec(dir: &Path, sql: &str) {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = Connection::connect(&ConnectionInfo::parse("file:./prisma/dev.db", dir).unwrap()).await.unwrap();
        conn.raw_cmd(sql).await.unwrap();
        conn.close().await.unwrap();
    });
}

fn tables(dir: &Path) -> Vec<String> {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = Connection::connect(&ConnectionInfo::parse("file:./prisma/dev.db", dir).unwrap()).await.unwrap();
        let rows = conn
            .query_rows(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
                &[],
            )
            .await
            .unwrap();
        rows.iter().map(|r| r.string("name")).collect()
    })
}

#[test]
fn refuses_without_force_when_nobody_can_answer() {
    let dir = project("refuse");
    let out = strata(&dir, &["migrate", "reset"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("has detected that the environment is non-interactive"), "{stderr}");
    assert!(stderr.contains("Use --force to run this command without user interaction."), "{stderr}");
    assert_eq!(tables(&dir), ["Stray", "User", "_prisma_migrations"], "nothing touched");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn force_resets_reapplies_and_seeds() {
    let dir = project("force");
    std::fs::write(dir.join("strata.toml"), "[seed]\ncommand = \"echo seeded > seeded.txt\"\n").unwrap();
    let out = strata(&dir, &["migrate", "reset", "--force"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    let migration = std::fs::read_dir(dir.join("prisma/migrations"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().is_dir())
        .unwrap()
        .file_name()
        .to_string_lossy()
        .into_owned();
    assert!(
        stdout.contains(&format!(
            "Database reset successful\n\nThe following migration(s) have been applied:\n\nmigrations/\n  └─ {migration}/\n    └─ migration.sql\n"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("Running seed command `echo seeded > seeded.txt` ..."), "{stdout}");
    assert!(dir.join("seeded.txt").is_file());
    assert_eq!(tables(&dir), ["User", "_prisma_migrations"]);

    std::fs::remove_file(dir.join("seeded.txt")).unwrap();
    let out = strata(&dir, &["migrate", "reset", "-f", "--skip-seed"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!dir.join("seeded.txt").exists());
    assert!(!text(&out.stdout).contains("Running seed command"));
    let _ = std::fs::remove_dir_all(&dir);
}
