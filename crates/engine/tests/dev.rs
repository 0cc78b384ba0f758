//! `migrate dev` on PostgreSQL, MariaDB and SQLite: a first migration, a second after a schema
//! change, `--create-only`, "already in sync", pending migrations applied first, drift explained
//! (and a non-interactive run that touches nothing), a reset with consent, data-loss warnings
//! with live counts, names, and P3006 for a history that does not replay.

mod dev_common;

use dev_common::{Project, Scripted, DIALECTS, USER, USER_BIO_POST};
use engine::dev::{DevError, DevOutcome};
use sql_schema::Dialect;

#[tokio::test]
async fn creates_and_applies_a_first_then_a_second_migration() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "dev_two").await;
        p.write_schema(USER);
        let first = p.dev_ok(Some("init")).await;
        assert_eq!(first.outcome, DevOutcome::CreatedAndApplied, "{dialect:?}");
        assert_eq!(p.migrations(), ["20300101000001_init"], "{dialect:?}");
        assert!(p.script("20300101000001_init").contains("CREATE TABLE"), "{dialect:?}");
        let lock = std::fs::read_to_string(p.migrations_dir().join("migration_lock.toml")).unwrap();
        assert!(lock.ends_with(&format!("provider = \"{}\"\n", dialect.provider())));
        assert_eq!(p.tables().await, ["User"]);
        assert_eq!(p.applied().await, ["20300101000001_init"]);

        p.write_schema(USER_BIO_POST);
        let second = p.dev_ok(Some("Add bio and posts!")).await;
        assert_eq!(second.outcome, DevOutcome::CreatedAndApplied, "{dialect:?}");
        assert_eq!(p.migrations(), ["20300101000001_init", "20300101000002_add_bio_and_posts"]);
        let script = p.script("20300101000002_add_bio_and_posts");
        assert!(script.contains("bio"), "{dialect:?}: {script}");
        assert!(script.contains("Post"), "{dialect:?}: {script}");
        assert_eq!(p.tables().await, ["Post", "User"]);
        assert_eq!(p.applied().await, ["20300101000001_init", "20300101000002_add_bio_and_posts"]);
        assert!(second.warnings.is_empty() && second.reset.is_none());

        // Nothing changed: nothing written.
        let third = p.dev_ok(Some("nothing")).await;
        assert_eq!(third.outcome, DevOutcome::AlreadyInSync, "{dialect:?}");
        assert!(third.created.is_none());
        assert_eq!(p.migrations().len(), 2);
        p.cleanup().await;
    }
}

#[tokio::test]
async fn create_only_writes_without_applying_and_the_next_run_applies_it() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "dev_create_only").await;
        p.write_schema(USER);
        let mut request = p.request(Some("init"));
        request.create_only = true;
        let report = engine::dev::dev(&request, &mut Scripted::default()).await.unwrap();
        assert_eq!(report.outcome, DevOutcome::Created);
        assert_eq!(p.migrations(), ["20300101000001_init"]);
        assert!(p.tables().await.is_empty(), "{dialect:?}: not applied");

        // The pending migration is applied first, then nothing is left to create.
        let next = p.dev_ok(Some("again")).await;
        assert_eq!(next.applied, ["20300101000001_init"], "{dialect:?}");
        assert_eq!(next.outcome, DevOutcome::NowInSync);
        assert_eq!(p.migrations(), ["20300101000001_init"]);
        assert_eq!(p.tables().await, ["User"]);

        // --create-only without a change: an empty migration, as Prisma writes it.
        let mut request = p.request(Some("empty"));
        request.create_only = true;
        let report = engine::dev::dev(&request, &mut Scripted::default()).await.unwrap();
        let created = report.created.expect("a draft migration");
        assert_eq!(created.script, "-- This is an empty migration.");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn drift_is_explained_and_a_non_interactive_run_touches_nothing() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "dev_drift").await;
        p.write_schema(USER);
        p.dev_ok(Some("init")).await;
        p.exec("INSERT INTO \"User\" (\"email\") VALUES ('a@example.com'), ('b@example.com')").await;
        p.exec("ALTER TABLE \"User\" ADD COLUMN \"bio\" VARCHAR(100)").await;

        let error = p.dev(Some("next"), &mut Scripted::default()).await.expect_err("drift");
        let DevError::NeedsReset { reason, target } = &error else { panic!("{dialect:?}: {error}") };
        assert!(
            reason.starts_with("Drift detected: Your database schema is not in sync with your migration history."),
            "{reason}"
        );
        assert!(reason.contains("\n[*] Changed the `User` table\n  [+] Added column `bio`\n"), "{dialect:?}: {reason}");
        assert!(target.starts_with("We need to reset the "), "{target}");
        let text = error.to_string();
        assert!(text.contains("You may use `strata migrate reset` to drop the development database."), "{text}");
        // Nothing was touched: the rows, the column, the history, the folder.
        assert_eq!(p.count("User").await, 2);
        assert_eq!(p.migrations(), ["20300101000001_init"]);
        assert_eq!(p.applied().await, ["20300101000001_init"]);

        // A person who says no: still nothing touched.
        let mut no = Scripted::answering(&[false]);
        assert!(matches!(p.dev(Some("next"), &mut no).await, Err(DevError::ResetCancelled)));
        assert!(no.asked[0].starts_with("reset: Drift detected"), "{:?}", no.asked);
        assert_eq!(p.count("User").await, 2);

        // A person who says yes: reset, history re-applied, then in sync.
        let mut yes = Scripted::answering(&[true]);
        let report = p.dev(Some("next"), &mut yes).await.unwrap_or_else(|e| panic!("{dialect:?}: {e}"));
        assert!(report.reset.is_some());
        assert_eq!(report.applied, ["20300101000001_init"]);
        assert_eq!(report.outcome, DevOutcome::NowInSync, "{dialect:?}");
        assert_eq!(p.count("User").await, 0);
        assert_eq!(yes.events, ["Reset", "Applied([\"20300101000001_init\"])"]);
        p.cleanup().await;
    }
}

#[tokio::test]
async fn modified_and_failed_migrations_need_a_reset() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "dev_modified").await;
        p.write_schema(USER);
        p.dev_ok(Some("init")).await;
        let path = p.migrations_dir().join("20300101000001_init/migration.sql");
        let script = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{script}\n-- edited\n")).unwrap();
        let error = p.dev(None, &mut Scripted::default()).await.expect_err("modified");
        let DevError::NeedsReset { reason, .. } = error else { panic!("{error}") };
        assert_eq!(reason, "The migration `20300101000001_init` was modified after it was applied.");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn data_loss_needs_consent_with_live_counts() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "dev_warnings").await;
        p.write_schema(USER_BIO_POST);
        p.dev_ok(Some("init")).await;
        p.exec("INSERT INTO \"User\" (\"email\", \"bio\") VALUES ('a@example.com', 'x'), ('b@example.com', 'y'), ('c@example.com', NULL)").await;
        p.exec("INSERT INTO \"Post\" (\"title\", \"authorId\") SELECT 'hello', MIN(\"id\") FROM \"User\"").await;
        p.write_schema(USER);

        let error = p.dev(Some("drop"), &mut Scripted::default()).await.expect_err("warnings");
        let DevError::NonInteractiveWarnings { warnings } = &error else { panic!("{dialect:?}: {error}") };
        assert!(
            warnings.contains(
                &"You are about to drop the column `bio` on the `User` table, which still contains 2 non-null values."
                    .to_owned()
            ),
            "{dialect:?}: {warnings:?}"
        );
        assert!(
            warnings.contains(&"You are about to drop the `Post` table, which is not empty (1 rows).".to_owned()),
            "{warnings:?}"
        );
        assert!(error.to_string().contains("non-interactive"));
        assert_eq!(p.migrations().len(), 1, "nothing written");

        let mut no = Scripted::answering(&[false]);
        assert!(matches!(p.dev(Some("drop"), &mut no).await, Err(DevError::Cancelled)));
        assert_eq!(p.migrations().len(), 1, "nothing written");

        let mut yes = Scripted::answering(&[true]);
        let report = p.dev(Some("drop"), &mut yes).await.unwrap_or_else(|e| panic!("{dialect:?}: {e}"));
        assert_eq!(report.outcome, DevOutcome::CreatedAndApplied);
        assert_eq!(p.tables().await, ["User"]);
        assert_eq!(p.count("User").await, 3);
        // migration.sql carries Prisma's warnings without counts, as Prisma writes them.
        let script = p.script(&report.created.unwrap().name);
        assert!(
            script.contains(
                "You are about to drop the column `bio` on the `User` table. All the data in the column will be lost."
            ),
            "{script}"
        );
        p.cleanup().await;
    }
}

#[tokio::test]
async fn steps_that_cannot_run_stop_the_command() {
    let mut p = Project::new(Dialect::Postgres, "dev_unexecutable").await;
    p.write_schema(USER);
    p.dev_ok(Some("init")).await;
    p.exec("INSERT INTO \"User\" (\"email\") VALUES ('a@example.com')").await;
    p.write_schema(&USER.replace("  name  String?\n", "  name  String?\n  age   Int\n"));
    let error = p.dev(Some("age"), &mut Scripted::default()).await.expect_err("unexecutable");
    let DevError::Unexecutable { unexecutable } = &error else { panic!("{error}") };
    assert!(unexecutable[0].1.contains("Added the required column `age`"), "{unexecutable:?}");
    assert!(error.to_string().contains("strata migrate dev --create-only"));
    // --create-only writes it anyway, for the user to edit.
    let mut request = p.request(Some("age"));
    request.create_only = true;
    let report = engine::dev::dev(&request, &mut Scripted::default()).await.unwrap();
    assert_eq!(report.outcome, DevOutcome::Created);
    assert_eq!(report.unexecutable.len(), 1);
    p.cleanup().await;
}

#[tokio::test]
async fn names_come_from_the_flag_a_prompt_or_the_timestamp_alone() {
    let mut p = Project::new(Dialect::Sqlite, "dev_names").await;
    p.write_schema(USER);
    // Non-interactive and no --name: the folder is the timestamp alone, as Prisma names it.
    let report = p.dev(None, &mut Scripted::default()).await.unwrap();
    assert_eq!(report.created.unwrap().name, "20300101000001");
    // Interactive: asked, and sanitised.
    p.write_schema(USER_BIO_POST);
    let mut person = Scripted { interactive: true, name: Some("Posts & Bios".into()), ..Scripted::default() };
    let report = p.dev(None, &mut person).await.unwrap();
    assert_eq!(report.created.unwrap().name, "20300101000002_posts_and_bios");
    assert_eq!(person.asked, ["name"]);
    p.cleanup().await;
}

#[tokio::test]
async fn a_migration_that_does_not_replay_is_p3006() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "dev_p3006").await;
        p.write_schema(USER);
        p.add_migration(
            "20240101000000_broken",
            &p.sql("CREATE TABLE \"A\" (id INTEGER);\nCREATE TABLE \"A\" (id INTEGER);\n"),
        );
        let error = p.dev(Some("x"), &mut Scripted::default()).await.expect_err("P3006");
        assert_eq!(error.code(), Some("P3006"), "{dialect:?}: {error}");
        let text = error.to_string();
        assert!(
            text.starts_with(
                "Migration `20240101000000_broken` failed to apply cleanly to the shadow database. \nError:\n"
            ),
            "{text}"
        );
        assert!(p.tables().await.is_empty(), "{dialect:?}: the development database is untouched");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn the_first_run_on_an_existing_database_explains_the_drift() {
    let mut p = Project::new(Dialect::Postgres, "dev_existing").await;
    p.exec("CREATE TABLE \"Legacy\" (id INTEGER PRIMARY KEY)").await;
    p.write_schema(USER);
    let error = p.dev(Some("init"), &mut Scripted::default()).await.expect_err("drift");
    let DevError::NeedsReset { reason, target } = error else { panic!("{error}") };
    assert!(reason.contains("If you are running this the first time on an existing database"), "{reason}");
    assert!(reason.contains("[+] Added tables\n  - Legacy\n"), "{reason}");
    assert_eq!(target, "We need to reset the \"public\" schema at \"127.0.0.1:5432\"");
    p.cleanup().await;
}

#[tokio::test]
async fn the_urls_postgres_schema_is_the_one_migrated() {
    let mut p = Project::new(Dialect::Postgres, "dev_url_schema").await;
    p.write_schema(USER);
    let url = format!("{}?schema=app", p.db.url());
    let mut request = p.request(Some("init"));
    request.url = Some(url.clone());
    let report = engine::dev::dev(&request, &mut Scripted::default()).await.unwrap();
    assert_eq!(report.outcome, DevOutcome::CreatedAndApplied);
    let script = report.created.unwrap().script;
    assert!(!script.contains("CREATE SCHEMA"), "{script}");
    let tables = p.db.conn().query_rows("SELECT tablename FROM pg_tables WHERE schemaname = 'app'", &[]).await.unwrap();
    let mut names: Vec<String> = tables.iter().map(|r| r.string("tablename")).collect();
    names.sort();
    assert_eq!(names, ["User", "_prisma_migrations"]);
    let mut again = p.request(Some("again"));
    again.url = Some(url);
    let report = engine::dev::dev(&again, &mut Scripted::default()).await.unwrap();
    assert_eq!(report.outcome, DevOutcome::AlreadyInSync);
    p.cleanup().await;
}
