//! `migrate reset` on PostgreSQL, MariaDB and SQLite: everything in the schema is dropped (tables,
//! views, enums, the history), every migration is applied again, the seed command runs unless
//! skipped; and `database::reset` leaves other schemas and databases alone.

mod dev_common;

use dev_common::{Project, DIALECTS, USER};
use engine::reset::{self, ResetRequest};
use sql_schema::Dialect;

fn request(p: &Project, skip_seed: bool) -> ResetRequest {
    ResetRequest { schema: Some(p.schema()), url: Some(p.db.url().to_owned()), skip_seed, cwd: p.dir.clone() }
}

#[tokio::test]
async fn drops_everything_and_reapplies_every_migration() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "reset_all").await;
        p.write_schema(USER);
        p.dev_ok(Some("init")).await;
        p.exec("INSERT INTO \"User\" (\"email\") VALUES ('a@example.com')").await;
        p.exec("CREATE TABLE \"Stray\" (id INTEGER PRIMARY KEY)").await;
        p.exec("CREATE VIEW \"Emails\" AS SELECT \"email\" FROM \"User\"").await;
        std::fs::write(p.dir.join("strata.toml"), "[seed]\ncommand = \"echo seeded > seeded.txt\"\n").unwrap();

        let report = reset::reset(&request(&p, false)).await.unwrap_or_else(|e| panic!("{dialect:?}: {e}"));
        assert_eq!(report.applied, ["20300101000001_init"], "{dialect:?}");
        assert_eq!(p.tables().await, ["User"], "{dialect:?}: the stray table and the view are gone");
        assert_eq!(p.count("User").await, 0);
        assert_eq!(p.applied().await, ["20300101000001_init"], "{dialect:?}: a fresh history");
        assert!(report.seed.is_some_and(|s| s.success));
        assert!(p.dir.join("seeded.txt").exists(), "the seed command ran in the project folder");

        std::fs::remove_file(p.dir.join("seeded.txt")).unwrap();
        let report = reset::reset(&request(&p, true)).await.unwrap();
        assert!(report.seed.is_none() && !p.dir.join("seeded.txt").exists(), "--skip-seed");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn postgres_enums_and_other_schemas() {
    let mut p = Project::new(Dialect::Postgres, "reset_pg").await;
    p.write_schema(USER);
    p.exec("CREATE TYPE \"Mood\" AS ENUM ('happy'); CREATE SCHEMA \"elsewhere\"; CREATE TABLE \"elsewhere\".\"Kept\" (id INTEGER)").await;
    reset::reset(&request(&p, true)).await.unwrap();
    let enums = p.db.conn().query_rows("SELECT typname FROM pg_type WHERE typname = 'Mood'", &[]).await.unwrap();
    assert!(enums.is_empty(), "the enum of the public schema is gone");
    let kept = p.db.conn().query_rows("SELECT 1 AS x FROM \"elsewhere\".\"Kept\"", &[]).await;
    assert!(kept.is_ok(), "another schema is left alone");
    p.cleanup().await;
}

#[tokio::test]
async fn mysql_routines_go_too() {
    let mut p = Project::new(Dialect::Mysql, "reset_my").await;
    p.exec("CREATE TABLE a (id INT PRIMARY KEY)").await;
    p.exec("CREATE TABLE b (id INT PRIMARY KEY, a_id INT, FOREIGN KEY (a_id) REFERENCES a (id))").await;
    p.exec("CREATE PROCEDURE hello() SELECT 1").await;
    let report = database::reset::reset(p.db.conn(), &[]).await.unwrap();
    assert_eq!(report.objects, ["table a", "table b", "procedure hello"]);
    assert!(p.tables().await.is_empty());
    p.cleanup().await;
}
