//! Drift detection on PostgreSQL, MariaDB and SQLite (`drift::check`, what `migrate status` and
//! the studio can show), and `migrate dev` on every real history of the corpus: a history that
//! matches its schema is "already in sync", `marefpceo__blog-api` explains its drift, and
//! `VILSON55__KaraokeBar` fails clearly where table names are case-sensitive.

mod dev_common;

use dev_common::{copy_history, corpus_histories, fresh_db, Project, Scripted, DIALECTS, USER};
use engine::deploy;
use engine::dev::{DevError, DevOutcome, DevRequest};
use engine::drift;
use engine::shadow::ShadowSpec;
use sql_schema::Dialect;

#[tokio::test]
async fn check_finds_no_drift_then_explains_added_tables_and_columns() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "drift_check").await;
        p.write_schema(USER);
        p.dev_ok(Some("init")).await;
        let target = deploy::prepare(Some(&p.schema()), Some(p.db.url()), &p.dir).unwrap();
        let shadow = ShadowSpec::Temporary(target.info.clone());
        let clean = drift::check(&target, &shadow, None).await.unwrap();
        assert!(clean.drift.is_none(), "{dialect:?}: {:?}", clean.drift.map(|d| d.summary));
        assert!(clean.reset_reasons().is_empty());

        p.exec("ALTER TABLE \"User\" ADD COLUMN \"bio\" TEXT").await;
        p.exec("CREATE TABLE \"Audit\" (id INTEGER PRIMARY KEY)").await;
        let drifted = drift::check(&target, &shadow, None).await.unwrap();
        let drift = drifted.drift.expect("drift");
        assert_eq!(
            drift.summary, "\n[+] Added tables\n  - Audit\n\n[*] Changed the `User` table\n  [+] Added column `bio`\n",
            "{dialect:?}"
        );
        p.cleanup().await;
    }
}

#[tokio::test]
async fn real_histories_replay_and_migrate_dev_agrees_with_prisma() {
    let Some(histories) = corpus_histories() else { return };
    let mut checked = 0;
    for (history, dialect) in histories {
        let name = history.file_name().unwrap().to_string_lossy().into_owned();
        let db = fresh_db(dialect, "drift_corpus").await;
        let dir = std::env::temp_dir().join(format!("strata_drift_corpus_{name}_{}", std::process::id()));
        copy_history(&history, &dir);
        let request = DevRequest {
            schema: Some(dir.join("schema.prisma")),
            url: Some(db.url().to_owned()),
            name: Some("next".into()),
            create_only: true,
            skip_seed: true,
            cwd: dir.clone(),
            now: None,
        };
        let result = engine::dev::dev(&request, &mut Scripted::default()).await;
        match name.as_str() {
            // The schema has moved on from the history: a new migration holds the difference.
            "marefpceo__blog-api" => {
                let report = result.unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(report.outcome, DevOutcome::Created, "{name}");
                let script = report.created.unwrap().script;
                assert!(script.contains("ADD COLUMN     \"role\" TEXT NOT NULL DEFAULT 'user'"), "{name}: {script}");
                assert!(script.contains("CREATE UNIQUE INDEX \"User_username_key\""), "{name}: {script}");
            }
            "VILSON55__KaraokeBar" if !case_insensitive(&db).await => {
                let error = result.expect_err("case-sensitive table names");
                assert_eq!(error.code(), Some("P3006"), "{name}: {error}");
                let hint = error.hint().unwrap_or_default();
                assert!(hint.contains("lower_case_table_names=1"), "{name}: {error}\n{hint}");
            }
            _ => {
                let report = result.unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(report.created.map(|c| c.script), Some("-- This is an empty migration.".into()), "{name}");
            }
        }
        println!("{name} ({dialect:?}): ok");
        checked += 1;
        let _ = std::fs::remove_dir_all(&dir);
        db.cleanup().await;
    }
    assert!(checked >= 4, "{checked}");
}

async fn case_insensitive(db: &test_support::TestDb) -> bool {
    let mut conn = database::Connection::connect(db.info()).await.unwrap();
    let rows = conn.query_rows("SELECT @@lower_case_table_names AS n", &[]).await.unwrap();
    rows[0].int("n").unwrap_or(0) != 0
}

#[tokio::test]
async fn blog_api_drift_is_explained_when_the_database_follows_the_schema() {
    // The database was pushed from the schema, the history lags behind: `migrate dev` explains
    // the drift between the history and the database column by column.
    let Some(histories) = corpus_histories() else { return };
    let Some((history, _)) = histories.into_iter().find(|(h, _)| h.ends_with("marefpceo__blog-api")) else {
        panic!("marefpceo__blog-api is in the corpus")
    };
    let db = fresh_db(Dialect::Postgres, "drift_blog_api").await;
    let dir = std::env::temp_dir().join(format!("strata_drift_blog_api_{}", std::process::id()));
    copy_history(&history, &dir);
    let schema = dir.join("schema.prisma");
    let target = deploy::prepare(Some(&schema), Some(db.url()), &dir).unwrap();
    deploy::deploy(&target, &deploy::DeployOptions::default()).await.unwrap();
    let push = engine::push::PushRequest {
        schema: Some(schema.clone()),
        url: Some(db.url().to_owned()),
        accept_data_loss: true,
        force_reset: false,
        cwd: dir.clone(),
    };
    engine::push::push(&push, &mut Scripted::default()).await.unwrap();
    let request = DevRequest {
        schema: Some(schema),
        url: Some(db.url().to_owned()),
        name: Some("next".into()),
        cwd: dir.clone(),
        ..DevRequest::default()
    };
    let error = engine::dev::dev(&request, &mut Scripted::default()).await.expect_err("drift");
    let DevError::NeedsReset { reason, .. } = error else { panic!("{error}") };
    assert!(reason.starts_with("Drift detected"), "{reason}");
    assert!(reason.contains("[*] Changed the `User` table\n  [+] Added column `role`"), "{reason}");
    assert!(reason.contains("[+] Added unique index on columns (username)"), "{reason}");
    let _ = std::fs::remove_dir_all(&dir);
    db.cleanup().await;
}
