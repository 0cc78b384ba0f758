//! `strata migrate down` as a user runs it (SQLite): `migrate dev` writes down.sql, `down`
//! refuses to lose data without `--accept-data-loss` (exit 1, the live count on stderr, nothing
//! touched), rolls back with it, `status` then lists the migration as pending (exit 1) and
//! `deploy` applies it again; `--create` writes a down.sql and refuses to overwrite one.

use database::{Connection, ConnectionInfo};
use std::path::{Path, PathBuf};

mod common;
use common::{strata, text};

fn schema(models: &str) -> String {
    format!("datasource db {{\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}}\n\n{models}")
}

const USER: &str = "model User {\n  id Int @id\n}\n";
const USER_POST: &str = "model User {\n  id Int @id\n}\n\nmodel Post {\n  id Int @id\n}\n";

fn exec(dir: &Path, sql: &str) {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = Connection::connect(&ConnectionInfo::parse("file:./prisma/dev.db", dir).unwrap()).await.unwrap();
        conn.raw_cmd(sql).await.unwrap();
        conn.close().await.unwrap();
    });
}

fn migrations(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("prisma/migrations"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn project() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-down-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    for (models, name) in [(USER, "init"), (USER_POST, "posts")] {
        std::fs::write(dir.join("prisma/schema.prisma"), schema(models)).unwrap();
        let out = strata(&dir, &["migrate", "dev", "--name", name]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    }
    dir
}

#[test]
fn down_refuses_data_loss_rolls_back_and_deploy_reapplies() {
    let dir = project();
    let names = migrations(&dir);
    assert!(dir.join("prisma/migrations").join(&names[1]).join("down.sql").is_file());
    exec(&dir, "INSERT INTO \"Post\" (id) VALUES (1), (2), (3)");

    let refused = strata(&dir, &["migrate", "down"]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = text(&refused.stderr);
    assert!(stderr.contains("You are about to drop the `Post` table, which is not empty (3 rows)."), "{stderr}");
    assert!(stderr.contains("--accept-data-loss"), "{stderr}");

    let done = strata(&dir, &["migrate", "down", "--accept-data-loss"]);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let stdout = text(&done.stdout);
    assert!(stdout.contains(&format!("  └─ {}/ (down.sql, ", names[1])), "{stdout}");

    let status = strata(&dir, &["migrate", "status"]);
    assert_eq!(status.status.code(), Some(1), "pending: {}", text(&status.stdout));
    assert!(text(&status.stdout).contains(&names[1]));
    let deploy = strata(&dir, &["migrate", "deploy"]);
    assert_eq!(deploy.status.code(), Some(0), "{}", text(&deploy.stderr));
    assert_eq!(strata(&dir, &["migrate", "status"]).status.code(), Some(0));

    // --create: refuses to overwrite, then replaces with --force.
    let exists = strata(&dir, &["migrate", "down", "--create", &names[1]]);
    assert_eq!(exists.status.code(), Some(1));
    assert!(text(&exists.stderr).contains("Pass --force to replace it."), "{}", text(&exists.stderr));
    let forced = strata(&dir, &["migrate", "down", "--create", &names[1], "--force", "--json"]);
    assert_eq!(forced.status.code(), Some(0), "{}", text(&forced.stderr));
    let json: serde_json::Value = serde_json::from_slice(&forced.stdout).unwrap();
    assert_eq!(json["replaced"], true);
    assert_eq!(json["migration"], names[1].as_str());
    let _ = std::fs::remove_dir_all(&dir);
}
