//! `migrate deploy` on PostgreSQL, MariaDB and SQLite: the rows Prisma writes, failures (what
//! stays in the database, the failed row and its logs), P3005/P3009/P3015, SQLite's table
//! redefinitions, and every real migration history of the corpus.

mod deploy_common;

use deploy_common::{Project, DIALECTS, FAILING, FIXED, OK1, OK2};
use engine::deploy::MigrateError;
use engine::execute::ApplyMode;
use engine::resolve::{resolve, ResolveAction};
use sql_schema::Dialect;

#[tokio::test]
async fn applies_pending_migrations_in_order_with_prismas_rows() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "deploy_ok").await;
        p.add("20240102000000_tags", OK2);
        p.add("20240101000000_init", OK1);
        assert_eq!(p.deploy_ok().await, ["20240101000000_init", "20240102000000_tags"], "{dialect:?}");
        let rows: Vec<String> = p.rows().await.iter().map(|r| r.transcript_line()).collect();
        // transcripts/{pg,sqlite}/deploy_success.txt
        let expected = [
            "20240101000000_init | a380b09d0315f55cf24d9f8b135a5156667e50954c955a0eddd3fe81b518f984 | <set> | NULL | 1 | NULL",
            "20240102000000_tags | 1995a3db2020a33c083183777be524decc484cac5200744f2f6ce6a106279a0d | <set> | NULL | 1 | NULL",
        ];
        let expected = expected.map(|line| {
            line.replace("a380b09d0315f55cf24d9f8b135a5156667e50954c955a0eddd3fe81b518f984", &p.checksum(OK1))
                .replace("1995a3db2020a33c083183777be524decc484cac5200744f2f6ce6a106279a0d", &p.checksum(OK2))
        });
        assert_eq!(rows, expected, "{dialect:?}");
        assert_eq!(p.tables().await, ["Tag", "User"], "{dialect:?}");
        assert!(p.deploy_ok().await.is_empty(), "nothing left to apply on {dialect:?}");
        assert_eq!(p.rows().await.len(), 2);
        p.cleanup().await;
    }
}

#[tokio::test]
async fn an_empty_folder_creates_the_history_table_only() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "deploy_empty").await;
        let report = p.deploy().await.unwrap_or_else(|f| panic!("{}", f.error));
        assert!(report.created_history_table && report.applied.is_empty());
        assert!(p.rows().await.is_empty());
        assert!(p.tables().await.is_empty());
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_failed_migration_leaves_a_failed_row_and_on_postgres_and_sqlite_none_of_its_statements() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "deploy_fail").await;
        p.add("20240101000000_init", OK1);
        p.add("20240102000000_second", FAILING);
        p.add("20240103000000_third", OK2);
        let failure = p.deploy().await.expect_err("the second migration fails");
        assert_eq!(failure.applied.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["20240101000000_init"]);
        let MigrateError::MigrationFailed { ref migration_name, ref database_error, mode, statements, .. } =
            failure.error
        else {
            panic!("expected P3018, got {}", failure.error)
        };
        assert_eq!(failure.error.code(), Some("P3018"));
        assert_eq!(migration_name, "20240102000000_second");
        assert!(database_error.contains("Nope"), "{database_error}");
        let rows = p.rows().await;
        assert_eq!(rows.len(), 2, "{dialect:?}: third is not attempted");
        let failed = &rows[1];
        assert_eq!((failed.finished, failed.rolled_back, failed.steps), (false, false, 0), "{dialect:?}");
        let logs = failed.logs.as_deref().unwrap();
        assert!(logs.starts_with("A migration failed to apply."), "{logs}");
        assert!(logs.contains("Migration name: 20240102000000_second") && logs.contains("Nope"), "{logs}");
        match dialect {
            Dialect::Postgres => {
                assert_eq!(mode, ApplyMode::SingleTransaction);
                assert_eq!(p.tables().await, ["User"], "nothing of the failed script stays");
            }
            Dialect::Sqlite => {
                assert_eq!(mode, ApplyMode::Transaction);
                assert_eq!(p.tables().await, ["User"], "nothing of the failed script stays");
            }
            Dialect::Mysql => {
                assert_eq!(mode, ApplyMode::StatementByStatement);
                assert_eq!(statements, Some((1, 3)));
                assert!(logs.contains("Statements applied before the failure: 1 of 3."), "{logs}");
                assert_eq!(p.tables().await, ["Post", "User"], "MySQL keeps the statements before the failure");
            }
        }

        // Deploy again: P3009 names the failed migration.
        let again = p.deploy().await.expect_err("P3009");
        assert_eq!(again.error.code(), Some("P3009"));
        let text = again.error.to_string();
        assert!(text.contains("The `20240102000000_second` migration started at "), "{text}");

        // Prisma's recipe: roll back, fix, deploy.
        resolve(&p.target(), ResolveAction::RolledBack("20240102000000_second".into())).await.unwrap();
        p.add("20240102000000_second", FIXED);
        if dialect == Dialect::Mysql {
            p.db.conn().raw_cmd("DROP TABLE `Post`").await.unwrap();
        }
        assert_eq!(p.deploy_ok().await, ["20240102000000_second", "20240103000000_third"]);
        let lines: Vec<String> = p.rows().await.iter().map(|r| r.transcript_line()).collect();
        assert_eq!(lines.len(), 4);
        if dialect != Dialect::Mysql {
            assert_eq!(p.checksum(FAILING), "3eb938399f85a341d5a340692419396172219a610748f25a822a78d891e2c772");
            assert_eq!(p.checksum(FIXED), "48e58b841d29e1a012e2dda338e10b73976020d1e788bafe7d074cf18a17bb7b");
        }
        let failed_line =
            format!("20240102000000_second | {} | NULL | <set> | 0 | A migration failed", p.checksum(FAILING));
        assert!(lines[1].starts_with(&failed_line), "{}", lines[1]);
        assert_eq!(lines[2], format!("20240102000000_second | {} | <set> | NULL | 1 | NULL", p.checksum(FIXED)));
        assert_eq!(p.tables().await, ["Post", "Tag", "User"]);
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_non_empty_database_without_history_is_p3005() {
    for dialect in DIALECTS {
        let mut p = Project::new(dialect, "deploy_p3005").await;
        p.add("20240101000000_init", OK1);
        p.db.conn().raw_cmd("CREATE TABLE existing (id INTEGER PRIMARY KEY)").await.unwrap();
        let failure = p.deploy().await.expect_err("P3005");
        assert_eq!(failure.error.code(), Some("P3005"));
        assert_eq!(
            failure.error.to_string(),
            "The database schema is not empty. Read more about how to baseline an existing production database: \
             https://pris.ly/d/migrate-baseline"
        );
        assert_eq!(p.tables().await, ["existing"], "no history table created on {dialect:?}");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_folder_without_migration_sql_is_p3015_before_anything_runs() {
    let mut p = Project::new(Dialect::Sqlite, "deploy_p3015").await;
    p.add("20240101000000_init", OK1);
    std::fs::create_dir_all(p.migrations().join("20240102000000_empty")).unwrap();
    let failure = p.deploy().await.expect_err("P3015");
    assert_eq!(failure.error.code(), Some("P3015"));
    assert!(failure.error.to_string().contains("20240102000000_empty/migration.sql"), "{}", failure.error);
    assert!(p.rows().await.is_empty(), "Strata refuses before applying anything");
    p.cleanup().await;
}

#[tokio::test]
async fn modified_migrations_are_reported_not_rerun() {
    let p = Project::new(Dialect::Postgres, "deploy_modified").await;
    p.add("20240101000000_init", OK1);
    p.deploy_ok().await;
    p.add("20240101000000_init", &format!("{OK1}-- edited\n"));
    p.add("20240103000000_more", "CREATE TABLE \"More\" (id INTEGER);\n");
    let report = p.deploy().await.unwrap_or_else(|f| panic!("{}", f.error));
    assert_eq!(report.modified, ["20240101000000_init"]);
    assert_eq!(report.applied.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["20240103000000_more"]);
    p.cleanup().await;
}

#[tokio::test]
async fn a_provider_mismatch_in_migration_lock_toml_is_p3019() {
    let p = Project::new(Dialect::Sqlite, "deploy_p3019").await;
    std::fs::write(p.migrations().join("migration_lock.toml"), "provider = \"mysql\"\n").unwrap();
    let err = p.target().check_provider().unwrap_err();
    assert_eq!(err.code(), Some("P3019"));
    p.cleanup().await;
}

/// Prisma's SQLite redefinition of a parent table (`PRAGMA foreign_keys=OFF` inside the
/// script). In a transaction the pragma is a no-op, and with foreign keys on the `DROP TABLE`
/// would cascade into the children: Strata switches them off around the transaction.
#[tokio::test]
async fn sqlite_redefinitions_keep_child_rows_and_fail_atomically() {
    const REDEFINE: &str = "-- RedefineTables\nPRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n\
        CREATE TABLE \"new_User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"age\" INTEGER);\n\
        INSERT INTO \"new_User\" (\"id\") SELECT \"id\" FROM \"User\";\nDROP TABLE \"User\";\n\
        ALTER TABLE \"new_User\" RENAME TO \"User\";\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n";
    let mut p = Project::new(Dialect::Sqlite, "deploy_redefine").await;
    p.add(
        "20240101000000_init",
        "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY);\nCREATE TABLE \"Post\" (\"id\" INTEGER NOT \
         NULL PRIMARY KEY, \"userId\" INTEGER NOT NULL, CONSTRAINT \"Post_userId_fkey\" FOREIGN KEY (\"userId\") \
         REFERENCES \"User\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE);\n",
    );
    p.deploy_ok().await;
    p.db.conn().raw_cmd("INSERT INTO \"User\" VALUES (1); INSERT INTO \"Post\" VALUES (1, 1), (2, 1);").await.unwrap();

    // A redefinition that fails at its last statement: nothing of it stays.
    p.add("20240102000000_age", &format!("{REDEFINE}CREATE INDEX \"x\" ON \"Nope\"(\"id\");\n"));
    let failure = p.deploy().await.expect_err("fails");
    let MigrateError::MigrationFailed { mode, .. } = failure.error else { panic!("{}", failure.error) };
    assert_eq!(mode, ApplyMode::TransactionForeignKeysOff);
    let columns = p.db.conn().query_rows("SELECT name FROM pragma_table_info('User')", &[]).await.unwrap();
    assert_eq!(columns.len(), 1, "the redefinition was rolled back");
    assert!(!p.tables().await.contains(&"new_User".to_owned()));

    // Fixed: applied, and the children's rows are still there.
    resolve(&p.target(), ResolveAction::RolledBack("20240102000000_age".into())).await.unwrap();
    p.add("20240102000000_age", REDEFINE);
    assert_eq!(p.deploy_ok().await, ["20240102000000_age"]);
    let posts = p.db.conn().query_rows("SELECT count(*) AS n FROM \"Post\"", &[]).await.unwrap();
    assert_eq!(posts[0].int("n"), Some(2), "no cascade from the DROP TABLE of the redefinition");
    let fk = p.db.conn().query_rows("PRAGMA foreign_keys", &[]).await.unwrap();
    assert_eq!(fk[0].int("foreign_keys"), Some(1));
    p.cleanup().await;
}

/// Every real migration history of the corpus deploys on its provider — except
/// `VILSON55__KaraokeBar`, written on Windows MySQL (`lower_case_table_names=1`), whose later
/// migrations name tables in lower case: on a server with case-sensitive table names (this
/// MariaDB) it fails with a clear P3018 naming the table, and the failed row is recorded.
#[tokio::test]
async fn real_histories_deploy_on_their_provider() {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return;
    };
    let histories = corpus.join("histories");
    let manifest = std::fs::read_to_string(histories.join("manifest.tsv")).unwrap();
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (dir, provider, count) = (fields[0], fields[4], fields[5].parse::<usize>().unwrap());
        let dialect = Dialect::from_provider(provider).unwrap();
        let mut p = Project::new(dialect, &format!("hist_{}", &dir[..dir.len().min(10)])).await;
        copy_dir(&histories.join(dir).join("migrations"), &p.migrations());
        let lower_case_names = dialect == Dialect::Mysql && {
            let rows = p.db.conn().query_rows("SELECT @@lower_case_table_names AS v", &[]).await.unwrap();
            rows[0].int("v") != Some(0)
        };
        let result = p.deploy().await;
        if dir == "VILSON55__KaraokeBar" && !lower_case_names {
            let failure = result.expect_err("case-sensitive table names: this history cannot replay");
            let MigrateError::MigrationFailed { migration_name, database_error_code, database_error, .. } =
                &failure.error
            else {
                panic!("{dir}: expected P3018, got {}", failure.error)
            };
            assert_eq!(database_error_code, "1146", "{dir}: {database_error}");
            assert!(database_error.contains("doesn't exist"), "{database_error}");
            let rows = p.rows().await;
            let last = rows.last().unwrap();
            assert_eq!((&last.name, last.finished), (migration_name, false));
            println!("{dir}: {} of {count} applied, then (as expected) {database_error}", failure.applied.len());
        } else {
            let report = result.unwrap_or_else(|f| panic!("{dir}: {}", f.error));
            assert_eq!(report.applied.len(), count, "{dir}");
            assert!(p.rows().await.iter().all(|r| r.finished && r.steps == 1 && r.logs.is_none()), "{dir}");
            println!("{dir}: {count} migrations applied on {provider}");
        }
        checked += 1;
        p.cleanup().await;
    }
    assert!(checked >= 4, "every history of the manifest was tried");
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
