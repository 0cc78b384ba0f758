//! `migrate diff` with live databases (`--from-url`/`--to-url`) and migrations folders
//! (`--from-migrations`/`--to-migrations`) on PostgreSQL, MariaDB and SQLite, combined with the
//! schema and empty sides: empty where the sides agree, Prisma's shadow database rule, and every
//! real history of the corpus against its own schema.

mod dev_common;

use dev_common::{corpus_histories, fresh_db, Project, DIALECTS, USER, USER_BIO_POST};
use engine::diff::{diff, DiffError, DiffOptions, DiffSide};
use engine::shadow::ShadowError;
use sql_schema::Dialect;

#[tokio::test]
async fn migrations_url_and_schema_agree_after_migrate_dev() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "diff_sources").await;
        p.write_schema(USER);
        p.dev_ok(Some("init")).await;
        p.write_schema(USER_BIO_POST);
        p.dev_ok(Some("posts")).await;
        let shadow = fresh_db(dialect, "diff_shadow").await;
        let options = DiffOptions { shadow_database_url: Some(shadow.url().to_owned()) };
        let schema = DiffSide::Schema(p.schema());
        let migrations = DiffSide::Migrations(p.migrations_dir());
        let url = DiffSide::Url(p.db.url().to_owned());

        let mut pairs = vec![(&migrations, &schema), (&url, &schema), (&migrations, &url), (&url, &migrations)];
        // MySQL indexes its foreign keys itself; like Prisma's differ, Strata's drops such an
        // index with its foreign key but creates it when the other side has it, so a schema
        // (without it) → database (with it) diff is not empty there.
        if dialect != Dialect::Mysql {
            pairs.push((&schema, &url));
        }
        for (from, to) in pairs {
            let report =
                diff(from, to, &options, &p.dir).await.unwrap_or_else(|e| panic!("{dialect:?} {from:?} → {to:?}: {e}"));
            assert!(report.is_empty(), "{dialect:?} {from:?} → {to:?}:\n{}", report.script);
            assert_eq!(report.summary_text(), "No difference detected.\n");
        }

        // Against an empty side, the whole schema.
        let report = diff(&DiffSide::Empty, &url, &options, &p.dir).await.unwrap();
        assert!(report.summary.contains("\n[+] Added tables\n  - Post\n  - User\n"), "{dialect:?}: {}", report.summary);
        let from_empty = diff(&DiffSide::Empty, &schema, &options, &p.dir).await.unwrap();
        assert_eq!(report.steps.len(), from_empty.steps.len(), "{dialect:?}");

        // A change in the schema shows against the history and the database alike.
        p.write_schema(USER);
        for from in [&migrations, &url] {
            let report = diff(from, &schema, &options, &p.dir).await.unwrap();
            assert!(report.summary.contains("[-] Removed tables\n  - Post\n"), "{dialect:?}: {}", report.summary);
            let user_change = match dialect {
                // SQLite cannot drop a column: the table is redefined.
                Dialect::Sqlite => "[*] Redefined table `User`",
                _ => "[-] Removed column `bio`",
            };
            assert!(report.summary.contains(user_change), "{dialect:?}: {}", report.summary);
        }
        shadow.cleanup().await;
        p.cleanup().await;
    }
}

#[tokio::test]
async fn migrations_need_a_shadow_database_url_except_on_sqlite() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "diff_no_shadow").await;
        p.write_schema(USER);
        p.dev_ok(Some("init")).await;
        let result = diff(
            &DiffSide::Migrations(p.migrations_dir()),
            &DiffSide::Schema(p.schema()),
            &DiffOptions::default(),
            &p.dir,
        )
        .await;
        match dialect {
            Dialect::Sqlite => assert!(result.unwrap().is_empty()),
            _ => {
                let error = result.expect_err("needs a shadow database");
                assert!(matches!(error, DiffError::Shadow(ShadowError::NeedsShadowUrl)), "{dialect:?}: {error}");
                assert_eq!(
                    error.to_string(),
                    "You must pass the --shadow-database-url if you want to diff a migrations directory."
                );
            }
        }
        // The schema's shadowDatabaseUrl counts as the flag.
        if dialect != Dialect::Sqlite {
            let shadow = fresh_db(dialect, "diff_schema_shadow").await;
            p.write_schema_with(USER, &format!("  shadowDatabaseUrl = \"{}\"\n", shadow.url()));
            let report = diff(
                &DiffSide::Migrations(p.migrations_dir()),
                &DiffSide::Schema(p.schema()),
                &DiffOptions::default(),
                &p.dir,
            )
            .await
            .unwrap_or_else(|e| panic!("{dialect:?}: {e}"));
            assert!(report.is_empty());
            // Never the database that is also a side of the diff.
            let same = DiffOptions { shadow_database_url: Some(p.db.url().to_owned()) };
            let error =
                diff(&DiffSide::Migrations(p.migrations_dir()), &DiffSide::Url(p.db.url().to_owned()), &same, &p.dir)
                    .await
                    .expect_err("same database");
            assert!(matches!(error, DiffError::Shadow(ShadowError::SameAsMain)), "{error}");
            shadow.cleanup().await;
        }
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_folder_without_lock_file_needs_another_side_for_its_provider() {
    let dir = std::env::temp_dir().join(format!("strata_diff_nolock_{}", std::process::id()));
    std::fs::create_dir_all(dir.join("migrations/1_init")).unwrap();
    std::fs::write(dir.join("migrations/1_init/migration.sql"), "CREATE TABLE a (id INTEGER);").unwrap();
    let error = diff(&DiffSide::Migrations(dir.join("migrations")), &DiffSide::Empty, &DiffOptions::default(), &dir)
        .await
        .expect_err("no provider");
    assert!(
        error.to_string().starts_with("Could not determine the connector from the migrations directory"),
        "{error}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn real_histories_against_their_schema() {
    let Some(histories) = corpus_histories() else { return };
    for (history, dialect) in histories {
        let name = history.file_name().unwrap().to_string_lossy().into_owned();
        let shadow = fresh_db(dialect, "diff_corpus").await;
        let options = DiffOptions { shadow_database_url: Some(shadow.url().to_owned()) };
        let result = diff(
            &DiffSide::Migrations(history.join("migrations")),
            &DiffSide::Schema(history.join("schema.prisma")),
            &options,
            &history,
        )
        .await;
        match name.as_str() {
            "marefpceo__blog-api" => {
                let report = result.unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(!report.is_empty(), "{name}: the schema has moved on from the history");
                assert!(
                    report.script.contains("ADD COLUMN     \"role\" TEXT NOT NULL DEFAULT 'user'"),
                    "{name}: {}",
                    report.script
                );
                assert!(
                    report.script.contains("CREATE UNIQUE INDEX \"User_username_key\""),
                    "{name}: {}",
                    report.script
                );
            }
            "VILSON55__KaraokeBar" => match result {
                Ok(report) => assert!(report.is_empty(), "{name}:\n{}", report.script),
                Err(error) => {
                    assert_eq!(error.code(), Some("P3006"), "{name}: {error}");
                    assert!(error.hint().unwrap_or_default().contains("lower_case_table_names"), "{name}: {error}");
                }
            },
            _ => {
                let report = result.unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(report.is_empty(), "{name} ({dialect:?}):\n{}", report.script);
            }
        }
        println!("{name}: ok");
        shadow.cleanup().await;
    }
}
