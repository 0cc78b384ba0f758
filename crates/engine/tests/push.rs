//! `db push` on PostgreSQL, MariaDB and SQLite: a first push, "already in sync", a data-losing
//! change refused with the true row counts (and nothing touched), then applied with
//! `--accept-data-loss` or a person's yes; `--force-reset`; no history is written.

mod dev_common;

use dev_common::{Project, Scripted, DIALECTS, USER, USER_BIO_POST};
use engine::push::{self, PushError, PushRequest};
use sql_schema::Dialect;

fn request(p: &Project) -> PushRequest {
    PushRequest {
        schema: Some(p.schema()),
        url: Some(p.db.url().to_owned()),
        accept_data_loss: false,
        force_reset: false,
        cwd: p.dir.clone(),
    }
}

#[tokio::test]
async fn pushes_refuses_data_loss_with_true_counts_then_accepts() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "push").await;
        p.write_schema(USER_BIO_POST);
        let first =
            push::push(&request(&p), &mut Scripted::default()).await.unwrap_or_else(|e| panic!("{dialect:?}: {e}"));
        assert!(first.executed_steps > 0 && !first.already_in_sync());
        assert_eq!(p.tables().await, ["Post", "User"], "{dialect:?}");
        let again = push::push(&request(&p), &mut Scripted::default()).await.unwrap();
        assert!(again.already_in_sync(), "{dialect:?}: {}", again.script);

        p.exec("INSERT INTO \"User\" (\"email\", \"bio\") VALUES ('a@example.com', 'x'), ('b@example.com', NULL), ('c@example.com', 'z')").await;
        p.write_schema(&USER_BIO_POST.replace("  bio   String?\n", ""));
        let error = push::push(&request(&p), &mut Scripted::default()).await.expect_err("data loss");
        let PushError::NeedsAcceptDataLoss { warnings } = &error else { panic!("{dialect:?}: {error}") };
        assert_eq!(
            warnings,
            &["You are about to drop the column `bio` on the `User` table, which still contains 2 non-null values."],
            "{dialect:?}"
        );
        assert!(error.to_string().contains("--accept-data-loss"));
        let count_bios = p.sql("SELECT COUNT(\"bio\") AS n FROM \"User\"");
        let bios = p.db.conn().query_rows(&count_bios, &[]).await;
        assert_eq!(bios.unwrap()[0].int("n"), Some(2), "{dialect:?}: nothing touched");

        // A person who says no, then one who says yes.
        let mut no = Scripted::answering(&[false]);
        assert!(matches!(push::push(&request(&p), &mut no).await, Err(PushError::Cancelled { .. })));
        let mut yes = Scripted::answering(&[true]);
        push::push(&request(&p), &mut yes).await.unwrap();
        assert_eq!(yes.asked.len(), 1);
        // Unquoted on SQLite, which reads an unknown "bio" as a string literal.
        let select_bio = match dialect {
            Dialect::Sqlite => "SELECT bio FROM User".to_owned(),
            _ => p.sql("SELECT \"bio\" FROM \"User\""),
        };
        assert!(p.db.conn().query_rows(&select_bio, &[]).await.is_err(), "{dialect:?}: bio is gone");

        // The flag.
        p.write_schema(USER);
        let mut accept = request(&p);
        accept.accept_data_loss = true;
        let report = push::push(&accept, &mut Scripted::default()).await.unwrap();
        assert!(report.warnings.is_empty(), "{dialect:?}: the Post table is empty: {:?}", report.warnings);
        assert_eq!(p.tables().await, ["User"]);
        assert_eq!(p.count("User").await, 3, "{dialect:?}: rows kept");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn force_reset_empties_the_database_first_and_no_history_is_written() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "push_reset").await;
        p.exec("CREATE TABLE \"Old\" (id INTEGER PRIMARY KEY)").await;
        p.exec("INSERT INTO \"Old\" (id) VALUES (1)").await;
        p.write_schema(USER);
        let error = push::push(&request(&p), &mut Scripted::default()).await.expect_err("data loss");
        assert!(matches!(error, PushError::NeedsAcceptDataLoss { .. }), "{dialect:?}: {error}");
        let mut forced = request(&p);
        forced.force_reset = true;
        let report = push::push(&forced, &mut Scripted::default()).await.unwrap();
        assert!(report.reset.as_deref().is_some_and(|l| l.ends_with("was successfully reset.")), "{:?}", report.reset);
        assert!(report.warnings.is_empty());
        assert_eq!(p.tables().await, ["User"], "{dialect:?}");
        let history = p.db.conn().query_rows("SELECT 1 AS x FROM _prisma_migrations", &[]).await;
        assert!(history.is_err(), "{dialect:?}: db push writes no history");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn unexecutable_steps_stop_the_push() {
    let mut p = Project::new(Dialect::Postgres, "push_unexec").await;
    p.write_schema(USER);
    push::push(&request(&p), &mut Scripted::default()).await.unwrap();
    p.exec("INSERT INTO \"User\" (\"email\") VALUES ('a@example.com')").await;
    p.write_schema(&USER.replace("  name  String?\n", "  name  String?\n  age   Int\n"));
    let mut accept = request(&p);
    accept.accept_data_loss = true;
    let error = push::push(&accept, &mut Scripted::default()).await.expect_err("unexecutable");
    let PushError::Unexecutable { unexecutable } = &error else { panic!("{error}") };
    assert!(unexecutable[0].contains("Added the required column `age` to the `User` table without a default value. There are 1 rows in this table"), "{unexecutable:?}");
    assert!(error.to_string().contains("--force-reset"));
    p.cleanup().await;
}
