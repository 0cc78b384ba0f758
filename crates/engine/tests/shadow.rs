//! The shadow database on PostgreSQL, MariaDB and SQLite: a temporary database is created, used
//! and dropped — also when a migration fails, also when the handle is dropped without closing;
//! an external one (`shadowDatabaseUrl`) is reset before use and never dropped; the development
//! database is never used as a shadow database.

mod dev_common;

use database::ConnectionInfo;
use dev_common::{fresh_db, DIALECTS};
use engine::shadow::{self, ShadowDb, ShadowError, ShadowSpec};
use migrate::history::LocalMigration;
use sql_schema::Dialect;
use std::path::Path;

fn sql(dialect: Dialect, text: &str) -> String {
    match dialect {
        Dialect::Mysql => text.replace('"', "`"),
        _ => text.to_owned(),
    }
}

async fn exists(info: &ConnectionInfo) -> bool {
    database::database_exists(info).await.unwrap()
}

#[tokio::test]
async fn a_temporary_shadow_database_is_dropped_after_success_failure_and_drop() {
    for dialect in DIALECTS {
        let server = fresh_db(dialect, "shadow_tmp").await;
        let spec = ShadowSpec::Temporary(server.info().clone());
        let ok = [
            LocalMigration::new("1_a", sql(dialect, "CREATE TABLE \"A\" (id INTEGER PRIMARY KEY);")),
            LocalMigration::new("2_b", sql(dialect, "CREATE TABLE \"B\" (id INTEGER PRIMARY KEY, name TEXT);")),
        ];

        let mut db = ShadowDb::open(&spec, None).await.unwrap();
        let info = db.info().clone();
        assert!(info.database_name().starts_with("prisma_migrate_shadow_db_"), "{info}");
        assert!(exists(&info).await, "{dialect:?}: created");
        db.apply(&ok, Path::new("migrations")).await.unwrap();
        let schema = db.describe().await.unwrap();
        let names: Vec<&str> = schema.table_walkers().map(|t| t.name()).collect();
        assert_eq!(names, ["A", "B"], "{dialect:?}");
        db.close().await.unwrap();
        assert!(!exists(&info).await, "{dialect:?}: dropped after close");

        // A failing migration: P3006, and the database is dropped all the same.
        let failing = [LocalMigration::new("1_bad", "CREATE TABLE nope (")];
        let error = shadow::replay(&spec, &failing, Path::new("migrations"), None).await.expect_err("P3006");
        assert_eq!(error.code(), Some("P3006"), "{dialect:?}: {error}");
        assert!(error.to_string().starts_with("Migration `1_bad` failed to apply cleanly to the shadow database."));

        // Dropped without closing (a panic, a `?`): `Drop` drops the database.
        let db = ShadowDb::open(&spec, None).await.unwrap();
        let info = db.info().clone();
        drop(db);
        assert!(!exists(&info).await, "{dialect:?}: dropped by Drop");
        server.cleanup().await;
    }
}

#[tokio::test]
async fn an_external_shadow_database_is_reset_first_and_kept() {
    for dialect in DIALECTS {
        let mut external = fresh_db(dialect, "shadow_ext").await;
        external.conn().raw_cmd(&sql(dialect, "CREATE TABLE \"Leftover\" (id INTEGER)")).await.unwrap();
        let spec = ShadowSpec::External(external.info().clone());
        let migrations = [LocalMigration::new("1_a", sql(dialect, "CREATE TABLE \"A\" (id INTEGER PRIMARY KEY);"))];
        let schema = shadow::replay(&spec, &migrations, Path::new("migrations"), None).await.unwrap();
        let names: Vec<&str> = schema.table_walkers().map(|t| t.name()).collect();
        assert_eq!(names, ["A"], "{dialect:?}: the leftover table was dropped first");
        assert!(exists(external.info()).await, "{dialect:?}: never dropped");
        external.cleanup().await;
    }
}

#[tokio::test]
async fn the_development_database_is_refused_as_shadow_database() {
    let main = ConnectionInfo::parse("mysql://root@127.0.0.1:3306/app", Path::new("/")).unwrap();
    let same = ConnectionInfo::parse("mysql://other@127.0.0.1:3306/app", Path::new("/")).unwrap();
    let error = ShadowSpec::for_database(&main, Some(same)).expect_err("same database");
    assert!(matches!(error, ShadowError::SameAsMain));
    assert!(error.to_string().contains("appears to be the same as the main database"));
}

#[tokio::test]
async fn a_folder_without_a_script_is_p3015() {
    let spec = ShadowSpec::sqlite();
    let error = shadow::replay(&spec, &[LocalMigration::without_script("1_empty")], Path::new("/p/migrations"), None)
        .await
        .expect_err("P3015");
    assert_eq!(error.code(), Some("P3015"));
    assert!(error.to_string().contains("/p/migrations/1_empty/migration.sql"), "{error}");
}
