//! `migrate status` on PostgreSQL, MariaDB and SQLite: Prisma's verdict (and exit code) plus
//! what Strata adds — modified migrations, rows missing locally, failed migrations behind
//! pending ones, a non-empty database without history.

mod deploy_common;

use deploy_common::{Project, DIALECTS, FAILING, OK1, OK2};
use engine::status::{status, MigrationStatus, PrismaStatus};
use sql_schema::Dialect;

#[tokio::test]
async fn reports_every_state_on_every_dialect() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "status_all").await;

        // No history table, no migrations: not managed.
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.prisma, PrismaStatus::NotManaged, "{dialect:?}");
        assert_eq!(report.exit_code(), 1);

        // No history table, one migration: pending (and the database is empty).
        p.add("20240101000000_init", OK1);
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.prisma, PrismaStatus::Pending { unapplied: vec!["20240101000000_init".into()] });
        assert!(!report.not_empty_without_history);

        // Applied: up to date.
        p.deploy_ok().await;
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.prisma, PrismaStatus::UpToDate, "{dialect:?}");
        assert_eq!(report.exit_code(), 0);

        // Edited after it was applied: Prisma still says up to date; Strata lists it.
        p.add("20240101000000_init", &format!("{OK1}-- edited\n"));
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.prisma, PrismaStatus::UpToDate);
        assert_eq!(report.modified(), ["20240101000000_init"]);

        // A failed migration behind a pending one: Prisma shows the pending one only.
        p.add("20240102000000_second", FAILING);
        p.add("20240103000000_third", OK2);
        p.deploy().await.expect_err("second fails");
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.prisma, PrismaStatus::Pending { unapplied: vec!["20240103000000_third".into()] });
        assert_eq!(report.state.failed.iter().map(|f| f.name.as_str()).collect::<Vec<_>>(), ["20240102000000_second"]);
        assert!(report.state.failed[0].logs.as_deref().unwrap().contains("Nope"));

        // Only the failed one left: Prisma's failed report.
        p.remove("20240103000000_third");
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.prisma, PrismaStatus::Failed { failed: vec!["20240102000000_second".into()] });

        // The folder of an applied migration is gone: Strata lists it (Prisma only with pending).
        p.db.conn()
            .raw_cmd("DELETE FROM _prisma_migrations WHERE migration_name = '20240102000000_second'")
            .await
            .unwrap();
        p.remove("20240102000000_second");
        p.add("20240101000000_init", OK1);
        p.remove("20240101000000_init");
        let report = status(&p.target()).await.unwrap();
        assert_eq!(report.state.missing_locally.len(), 1);
        assert_eq!(report.state.missing_locally[0].name, "20240101000000_init");
        assert_eq!(report.prisma, PrismaStatus::UpToDate, "{dialect:?}");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_non_empty_database_without_history_is_flagged() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "status_p3005").await;
        p.add("20240101000000_init", OK1);
        p.db.conn().raw_cmd("CREATE TABLE existing (id INTEGER PRIMARY KEY)").await.unwrap();
        let report = status(&p.target()).await.unwrap();
        assert!(report.not_empty_without_history, "{dialect:?}");
        assert!(!report.state.has_history_table);
        assert_eq!(report.state.migrations[0].status, MigrationStatus::Pending);
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_missing_sqlite_file_is_p1003() {
    let p = Project::new(Dialect::Sqlite, "status_p1003").await;
    let target = p.target();
    let database::ConnectionInfo::Sqlite(sqlite) = &target.info else { unreachable!() };
    std::fs::remove_file(&sqlite.path).unwrap();
    let err = status(&target).await.unwrap_err();
    assert_eq!(err.code(), Some("P1003"), "{err}");
    p.cleanup().await;
}
