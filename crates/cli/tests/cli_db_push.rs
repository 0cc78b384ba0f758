//! `strata db push` as a user runs it: Prisma's output, "already in sync", data loss refused
//! with the true count (exit 1, nothing touched) then accepted with `--accept-data-loss`,
//! `--force-reset`, and no migration history.

use database::{Connection, ConnectionInfo};
use std::path::{Path, PathBuf};

mod common;
use common::{strata, text};

const USER_BIO: &str =
    "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  bio   String?\n}\n";

fn project(hint: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("strata-cli-push-{hint}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    write_schema(&dir, USER_BIO);
    dir
}

fn write_schema(dir: &Path, models: &str) {
    let schema = format!("datasource db {{\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}}\n\n{models}");
    std::fs::write(dir.join("prisma/schema.prisma"), schema).unwrap();
}

fn query(dir: &Path, sql: &str) -> Vec<database::Row> {
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let mut conn = Connection::connect(&ConnectionInfo::parse("file:./prisma/dev.db", dir).unwrap()).await.unwrap();
        let rows = conn.query_rows(sql, &[]).await.unwrap();
        conn.close().await.unwrap();
        rows
    })
}

#[test]
fn pushes_refuses_data_loss_with_the_count_then_accepts_it() {
    let dir = project("loss");
    let out = strata(&dir, &["db", "push"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(stdout.starts_with("Datasource \"db\": SQLite database \"dev.db\""), "{stdout}");
    assert!(stdout.contains("Your database is now in sync with your Prisma schema. Done in "), "{stdout}");
    let out = strata(&dir, &["db", "push"]);
    assert!(
        text(&out.stdout).ends_with("\nThe database is already in sync with the Prisma schema.\n"),
        "{}",
        text(&out.stdout)
    );

    query(&dir, "INSERT INTO \"User\" (\"email\", \"bio\") VALUES ('a@example.com', 'x'), ('b@example.com', 'y'), ('c@example.com', NULL) RETURNING id");
    write_schema(&dir, &USER_BIO.replace("  bio   String?\n", ""));
    let out = strata(&dir, &["db", "push"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("⚠️  There might be data loss when applying the changes:\n\n  • You are about to drop the column `bio` on the `User` table, which still contains 2 non-null values.\n"), "{stdout}");
    assert!(
        text(&out.stderr).contains(
            "Use the --accept-data-loss flag to ignore the data loss warnings like `strata db push --accept-data-loss`"
        ),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(query(&dir, "SELECT COUNT(bio) AS n FROM User")[0].int("n"), Some(2), "nothing touched");

    let out = strata(&dir, &["db", "push", "--accept-data-loss"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Your database is now in sync with your Prisma schema."));
    let columns: Vec<String> = query(&dir, "SELECT name FROM pragma_table_info('User') ORDER BY cid")
        .iter()
        .map(|r| r.string("name"))
        .collect();
    assert_eq!(columns, ["id", "email"]);
    assert_eq!(query(&dir, "SELECT COUNT(*) AS n FROM User")[0].int("n"), Some(3), "rows kept");
    assert!(query(&dir, "SELECT name FROM sqlite_master WHERE name = '_prisma_migrations'").is_empty(), "no history");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn force_reset_empties_the_database_first() {
    let dir = project("reset");
    assert_eq!(strata(&dir, &["db", "push"]).status.code(), Some(0));
    query(&dir, "INSERT INTO \"User\" (\"email\") VALUES ('a@example.com') RETURNING id");
    let out = strata(&dir, &["db", "push", "--force-reset"]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!(
            "The SQLite database \"dev.db\" at \"file:{}\" was successfully reset.\n",
            dir.join("prisma/dev.db").display()
        )),
        "{stdout}"
    );
    assert_eq!(query(&dir, "SELECT COUNT(*) AS n FROM User")[0].int("n"), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}
