//! `migrate resolve` on PostgreSQL, MariaDB and SQLite: Prisma's rules and error codes.

mod deploy_common;

use deploy_common::{Project, DIALECTS, FAILING, OK1};
use engine::resolve::{resolve, ResolveAction};
use engine::status::{status, PrismaStatus};

fn applied(name: &str) -> ResolveAction {
    ResolveAction::Applied(name.into())
}

fn rolled_back(name: &str) -> ResolveAction {
    ResolveAction::RolledBack(name.into())
}

#[tokio::test]
async fn prismas_rules_and_codes() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "resolve_rules").await;
        p.add("20240101000000_init", OK1);
        p.add("20240102000000_second", FAILING);
        p.deploy().await.expect_err("second fails");
        let t = p.target();
        let code = |r: Result<_, engine::deploy::MigrateError>| r.err().and_then(|e| e.code());
        assert_eq!(code(resolve(&t, applied("20240101000000_init")).await), Some("P3008"), "{dialect:?}");
        assert_eq!(code(resolve(&t, rolled_back("20240101000000_init")).await), Some("P3012"));
        assert_eq!(code(resolve(&t, rolled_back("20240109000000_never")).await), Some("P3011"));
        assert_eq!(code(resolve(&t, applied("20240109000000_never")).await), Some("P3017"));

        // The hotfix path: the failed row is rolled back and an applied row added.
        let report = resolve(&t, applied("20240102000000_second")).await.unwrap();
        assert_eq!((report.rolled_back_rows, report.inserted_applied_row), (1, true));
        let rows = p.rows().await;
        assert_eq!(rows.len(), 3);
        assert!(rows[1].rolled_back && !rows[1].finished);
        assert_eq!((rows[2].finished, rows[2].steps, rows[2].logs.as_deref()), (true, 0, Some("")));
        assert_eq!(status(&t).await.unwrap().prisma, PrismaStatus::UpToDate);
        assert_eq!(code(resolve(&t, applied("20240102000000_second")).await), Some("P3008"));
        // Nothing failed any more, but it has a rolled-back row: no-op success, as Prisma.
        let report = resolve(&t, rolled_back("20240102000000_second")).await.unwrap();
        assert_eq!(report.rolled_back_rows, 0);
        p.cleanup().await;
    }
}

#[tokio::test]
async fn rolling_back_without_history_is_p3011_and_p3019_guards_applied() {
    let p = Project::new(sql_schema::Dialect::Sqlite, "resolve_nohist").await;
    p.add("20240101000000_init", OK1);
    let err = resolve(&p.target(), rolled_back("20240101000000_init")).await.unwrap_err();
    assert_eq!(err.code(), Some("P3011"));
    std::fs::write(p.migrations().join("migration_lock.toml"), "provider = \"postgresql\"\n").unwrap();
    let err = resolve(&p.target(), applied("20240101000000_init")).await.unwrap_err();
    assert_eq!(err.code(), Some("P3019"));
    p.cleanup().await;
}
