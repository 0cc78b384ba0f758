//! The history rules against what Prisma 7.10 actually did (`tests/fixtures/prisma_history/`,
//! recorded by its `produce.sh` and `gen_slugify.mjs`; see its README).

use migrate::history::{self, messages, table, Checksum, HistoryError, MigrationLock, PrismaStatus};
use migrate::Dialect;
use std::path::PathBuf;

fn fixture(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/prisma_history").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('\\') => out.push('\\'),
            other => panic!("bad escape \\{other:?} in {field:?}"),
        }
    }
    out
}

#[test]
fn names_are_sanitized_as_prisma_does() {
    let table = fixture("slugify.tsv");
    let mut checked = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let (input, expected) = line.split_once('\t').unwrap_or_else(|| panic!("no tab in {line:?}"));
        let (input, expected) = (unescape(input), unescape(expected));
        assert_eq!(history::name::sanitize(&input), expected, "sanitize({input:?})");
        checked += 1;
    }
    assert!(checked > 80, "{checked} names");
}

#[test]
fn history_table_ddl_is_prismas() {
    for (dialect, file) in [
        (Dialect::Postgres, "postgres.engine.sql"),
        (Dialect::Mysql, "mysql.engine.sql"),
        (Dialect::Sqlite, "sqlite.engine.sql"),
    ] {
        assert_eq!(history::history_table_ddl(dialect), fixture(&format!("ddl/{file}")), "{dialect:?}");
    }
    // SQLite keeps the statement as sent: the table Prisma created has exactly this text.
    let stored = fixture("ddl/sqlite.sqlite_master.sql");
    assert_eq!(stored.trim_end(), history::history_table_ddl(Dialect::Sqlite).trim_end());
    // PostgreSQL reports the same columns, types, defaults and key.
    let dumped = fixture("ddl/postgres.pg_dump.sql");
    for column in [
        "id character varying(36) NOT NULL",
        "checksum character varying(64) NOT NULL",
        "finished_at timestamp with time zone,",
        "migration_name character varying(255) NOT NULL",
        "logs text,",
        "rolled_back_at timestamp with time zone,",
        "started_at timestamp with time zone DEFAULT now() NOT NULL",
        "applied_steps_count integer DEFAULT 0 NOT NULL",
        "PRIMARY KEY (id)",
    ] {
        assert!(dumped.contains(column), "{column}");
    }
    assert_eq!(table::TABLE_NAME, "_prisma_migrations");
}

/// The `name | checksum | …` rows a transcript printed after its first history dump.
fn recorded_checksum(transcript: &str, migration: &str) -> String {
    let text = fixture(transcript);
    let line = text
        .lines()
        .find(|l| l.starts_with(&format!("{migration} | ")))
        .unwrap_or_else(|| panic!("{migration} not in {transcript}"));
    line.split(" | ").nth(1).unwrap().to_owned()
}

#[test]
fn checksums_are_what_prisma_records() {
    for provider in ["pg", "sqlite"] {
        let t = |name| format!("transcripts/{provider}/{name}.txt");
        let cases = [
            (t("deploy_success"), "20240101000000_init", "CREATE TABLE \"User\" (id INTEGER PRIMARY KEY);\n"),
            (t("line_endings"), "20240101000000_crlf", "CREATE TABLE \"User\" (\r\n  id INTEGER PRIMARY KEY\r\n);\r\n"),
            (t("line_endings"), "20240102000000_lf", "CREATE TABLE \"Tag\" (\n  id INTEGER PRIMARY KEY\n);\n"),
            (t("line_endings"), "20240103000000_bom", "\u{feff}CREATE TABLE \"Bom\" (\n  id INTEGER PRIMARY KEY\n);\n"),
        ];
        for (transcript, migration, script) in cases {
            let recorded = recorded_checksum(&transcript, migration);
            assert_eq!(Checksum::of(script).to_hex(), recorded, "{transcript} {migration}");
        }
        // What Prisma's diagnose called edited after each change (line_endings transcript).
        let crlf = "CREATE TABLE \"User\" (\r\n  id INTEGER PRIMARY KEY\r\n);\r\n";
        let bom = "\u{feff}CREATE TABLE \"Bom\" (\n  id INTEGER PRIMARY KEY\n);\n";
        let lf = "CREATE TABLE \"Tag\" (\n  id INTEGER PRIMARY KEY\n);\n";
        let rec = |s: &str| Checksum::of(s).to_hex();
        assert!(history::checksum::prisma_matches(&crlf.replace("\r\n", "\n"), &rec(crlf)));
        assert!(history::checksum::prisma_matches(&lf.replace('\n', "\r\n"), &rec(lf)));
        assert!(history::checksum::prisma_matches(
            "CREATE TABLE \"Tag\" (\r\n  id INTEGER PRIMARY KEY\n);\r\n",
            &rec(lf)
        ));
        assert!(!history::checksum::prisma_matches(bom.trim_start_matches('\u{feff}'), &rec(bom)), "Prisma: edited");
        assert!(history::checksum::matches(bom.trim_start_matches('\u{feff}'), &rec(bom)), "Strata: not modified");
        assert!(!history::checksum::matches(&format!("{crlf}\r\n"), &rec(crlf)), "a real edit");
    }
}

/// The message after `Error: CODE` and a blank line, in a transcript.
fn prisma_error(transcript: &str, code: &str) -> String {
    let text = fixture(transcript);
    let start = text.find(&format!("Error: {code}\n\n")).unwrap_or_else(|| panic!("{code} not in {transcript}"));
    let rest = &text[start + code.len() + 9..];
    rest[..rest.find("\n[exit ").unwrap()].to_owned()
}

#[test]
fn error_texts_are_prismas() {
    for provider in ["pg", "sqlite"] {
        let t = |name: &str| format!("transcripts/{provider}/{name}.txt");
        let schema_provider = if provider == "pg" { "postgresql" } else { "sqlite" };
        let cases: Vec<(String, &str, HistoryError)> = vec![
            (
                t("failed"),
                "P3008",
                HistoryError::MigrationAlreadyApplied { migration_name: "20240101000000_init".into() },
            ),
            (
                t("failed"),
                "P3012",
                HistoryError::CannotRollBackSucceeded { migration_name: "20240101000000_init".into() },
            ),
            (
                t("failed"),
                "P3011",
                HistoryError::CannotRollBackUnapplied { migration_name: "20240109000000_never".into() },
            ),
            (
                t("failed"),
                "P3017",
                HistoryError::MigrationToMarkAppliedNotFound { migration_name: "20240109000000_never".into() },
            ),
            (
                t("folder"),
                "P3015",
                HistoryError::MigrationFileNotFound {
                    migration_name: "20240102000000_empty".into(),
                    path: "migration.sql".into(),
                },
            ),
            (t("lock"), "P3019", MigrationLock::new("mysql").check(schema_provider).unwrap_err()),
        ];
        for (transcript, code, error) in cases {
            assert_eq!(error.code(), code);
            assert_eq!(error.to_string(), prisma_error(&transcript, code), "{transcript} {code}");
        }
        assert_eq!(prisma_error(&t("baseline"), "P3005"), messages::DATABASE_SCHEMA_NOT_EMPTY);

        // P3009: one line per failed row; the transcript normalised the time.
        let state = history::plan(&[], Some(&[failed_row("20240102000000_second")]));
        let text = state.deploy.unwrap_err().to_string();
        let text = text.replace("2024-01-02 03:04:05.678 UTC", "<TIMESTAMP>");
        assert_eq!(text.trim_end(), prisma_error(&t("failed"), "P3009"));
    }
}

fn failed_row(name: &str) -> history::HistoryRow {
    let at = history::Timestamp::from_utc(history::UtcDateTime {
        year: 2024,
        month: 1,
        day: 2,
        hour: 3,
        minute: 4,
        second: 5,
        micros: 678_000,
    })
    .unwrap();
    let mut row = history::HistoryRow::started("id", name, Checksum::of(""), at);
    row.fail("boom");
    row
}

#[test]
fn status_texts_are_prismas() {
    for provider in ["pg", "sqlite"] {
        let t = |name: &str| fixture(&format!("transcripts/{provider}/{name}.txt"));
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let pending = t("pending");
        assert!(pending.contains(&messages::status_pending("prisma", &names(&["20240101000000_init"]))));
        assert!(pending
            .contains(&messages::status_pending("prisma", &names(&["20240102000000_tags", "20240103000000_more"]))));
        assert!(pending.contains(&messages::status_found(3)));
        let diverged = t("missing_locally");
        assert!(diverged.contains(&messages::status_diverged(
            Some("20240101000000_init"),
            &names(&["20240103000000_more"]),
            &names(&["20240102000000_tags"]),
        )));
        assert!(diverged.contains(&messages::status_diverged(
            None,
            &names(&["20230101000000_older", "20240103000000_more"]),
            &names(&["20240102000000_tags"]),
        )));
        let empty = t("empty");
        assert!(empty.contains(messages::STATUS_NOT_MANAGED));
        assert!(empty.contains(&messages::status_found(0)));
        assert!(t("deploy_success").contains(messages::STATUS_UP_TO_DATE));
        assert!(t("resolve_applied").contains(&messages::status_failed("prisma", &names(&["20240102000000_second"]))));
        assert_eq!(PrismaStatus::UpToDate.exit_code(), 0);
    }
}
