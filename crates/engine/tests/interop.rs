//! Interoperability with Prisma, against what Prisma 7.10 recorded
//! (`crates/migrate/tests/fixtures/prisma_history/transcripts/`; Prisma itself is never run):
//!
//! - (a) the migration folders of the transcripts (`tests/fixtures/prisma_interop/`) deployed
//!   by Strata leave exactly the rows Prisma left: same names, checksums, `finished_at` set,
//!   `rolled_back_at` NULL, `applied_steps_count` 1, `logs` NULL — and after a failure, the
//!   same failed row shape (`finished_at` NULL, `applied_steps_count` 0, `logs` set);
//! - (b) a database deployed by Prisma (its rows recreated as Prisma writes them: PostgreSQL
//!   `TIMESTAMPTZ`, SQLite INTEGER milliseconds, RFC 3339 text and the column default's text)
//!   is up to date for Strata;
//! - (c) a failed row written by Prisma blocks Strata's deploy with P3009, reads as Prisma's
//!   status reads it, and resolves and re-deploys to Prisma's final rows.
//!
//! Prisma's own verdict on databases Strata wrote is recorded in
//! `tests/fixtures/prisma_interop/oracle/` (see the README there).

mod deploy_common;

use deploy_common::{fixture, Project};
use engine::deploy::{self, DeployOptions};
use engine::resolve::{resolve, ResolveAction};
use engine::status::{messages, status, PrismaStatus};
use sql_schema::Dialect;
use std::path::Path;

const INTEROP_DIALECTS: [(Dialect, &str); 2] = [(Dialect::Postgres, "pg"), (Dialect::Sqlite, "sqlite")];

fn transcript(provider: &str, scenario: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../migrate/tests/fixtures/prisma_history/transcripts")
        .join(provider)
        .join(format!("{scenario}.txt"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `_prisma_migrations` sections of a transcript, in order, each row with its logs
/// reduced to `NULL`, `''` or `<logs>`.
fn row_sections(text: &str) -> Vec<Vec<String>> {
    let mut sections = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in text.lines() {
        if line.starts_with("# _prisma_migrations") {
            current = Some(Vec::new());
        } else if line.starts_with("# tables") {
            sections.extend(current.take());
        } else if let Some(rows) = current.as_mut() {
            rows.push(normalise_logs(line));
        }
    }
    sections
}

fn normalise_logs(line: &str) -> String {
    let parts: Vec<&str> = line.splitn(6, " | ").collect();
    if parts.len() < 6 {
        return line.to_owned();
    }
    let logs = match parts[5] {
        "NULL" => "NULL",
        "''" => "''",
        _ => "<logs>",
    };
    format!("{} | {logs}", parts[..5].join(" | "))
}

async fn strata_rows(p: &mut Project) -> Vec<String> {
    p.rows().await.iter().map(|r| normalise_logs(&r.transcript_line())).collect()
}

fn copy_fixture(set: &str, p: &Project) {
    for entry in std::fs::read_dir(fixture(&format!("prisma_interop/{set}"))).unwrap() {
        let entry = entry.unwrap();
        let sql = std::fs::read_to_string(entry.path().join("migration.sql")).unwrap();
        p.add(entry.file_name().to_str().unwrap(), &sql);
    }
}

/// The text after `$ label` up to `[exit N]`, and N.
fn command_output(text: &str, label: &str) -> (String, i32) {
    let start = text.find(&format!("$ {label}\n")).unwrap_or_else(|| panic!("no `$ {label}`"));
    let rest = &text[start..];
    let body_start = rest.find('\n').unwrap() + 1;
    let end = rest.find("[exit ").unwrap();
    let code = rest[end + 6..].split(']').next().unwrap().parse().unwrap();
    (rest[body_start..end].to_owned(), code)
}

#[tokio::test]
async fn a_strata_deploy_of_prismas_folders_leaves_prismas_rows() {
    for (dialect, provider) in INTEROP_DIALECTS {
        let mut p = Project::new(dialect, "interop_a").await;
        copy_fixture("deploy_success", &p);
        p.deploy_ok().await;
        let expected = &row_sections(&transcript(provider, "deploy_success"))[0];
        assert_eq!(&strata_rows(&mut p).await, expected, "{provider}");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_strata_failure_leaves_prismas_failed_row_and_resolves_to_prismas_rows() {
    for (dialect, provider) in INTEROP_DIALECTS {
        let mut p = Project::new(dialect, "interop_fail").await;
        copy_fixture("failed", &p);
        let sections = row_sections(&transcript(provider, "failed"));
        let failure = p.deploy().await.expect_err("fails");
        assert_eq!(failure.error.code(), Some("P3018"));
        assert_eq!(strata_rows(&mut p).await, sections[0], "{provider}: after the failure");
        resolve(&p.target(), ResolveAction::RolledBack("20240102000000_second".into())).await.unwrap();
        assert_eq!(strata_rows(&mut p).await, sections[1], "{provider}: after resolve --rolled-back");
        copy_fixture("failed_fixed", &p);
        p.deploy_ok().await;
        assert_eq!(strata_rows(&mut p).await, sections[2], "{provider}: after the fixed migration");
        p.cleanup().await;
    }
}

/// Inserts a row the way Prisma's engine (or its driver adapter) stores it.
#[allow(clippy::too_many_arguments)]
async fn insert_prisma_row(
    p: &mut Project,
    name: &str,
    checksum: &str,
    started: &str,
    finished: Option<&str>,
    rolled_back: Option<&str>,
    steps: i32,
    logs: Option<&str>,
) {
    let quote = |s: Option<&str>| s.map_or("NULL".to_owned(), |s| format!("'{}'", s.replace('\'', "''")));
    let time = |s: Option<&str>| s.map_or("NULL".to_owned(), str::to_owned);
    let sql = format!(
        "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, \
         applied_steps_count) VALUES ('{}', '{checksum}', {}, '{name}', {}, {}, {started}, {steps})",
        deploy::new_id(),
        time(finished),
        quote(logs),
        time(rolled_back),
    );
    p.db.conn().raw_cmd(&sql).await.unwrap();
}

/// Prisma's time values: `now()` on PostgreSQL; on SQLite the native engine's INTEGER
/// milliseconds, the driver adapters' RFC 3339 text, or the column default's text.
fn prisma_time(dialect: Dialect, form: usize, offset_ms: i64) -> String {
    // In the past, so the rows Strata adds later sort after them.
    match (dialect, form) {
        (Dialect::Postgres, _) => format!("now() - interval '1 hour' + interval '{offset_ms} milliseconds'"),
        (_, 0) => (1_704_067_200_000 + offset_ms).to_string(),
        (_, 1) => format!("'2024-01-01T00:00:{:02}.{:03}+00:00'", offset_ms / 1000, offset_ms % 1000),
        _ => format!("'2024-01-01 00:00:{:02}'", offset_ms / 1000),
    }
}

async fn create_prisma_table(p: &mut Project) {
    let ddl = migrate::history::history_table_ddl(p.dialect);
    p.db.conn().raw_cmd(ddl).await.unwrap();
}

#[tokio::test]
async fn a_database_deployed_by_prisma_is_up_to_date_for_strata() {
    for (dialect, provider) in INTEROP_DIALECTS {
        // The final state of transcripts/*/failed.txt: applied, rolled back, re-applied.
        let mut p = Project::new(dialect, "interop_b").await;
        copy_fixture("failed", &p);
        copy_fixture("failed_fixed", &p);
        create_prisma_table(&mut p).await;
        let section = &row_sections(&transcript(provider, "failed"))[2];
        let logs =
            "external connector error\nNo such table: Nope\n   0: sql_schema_connector::apply_migration::apply_script";
        for (i, line) in section.iter().enumerate() {
            let f: Vec<&str> = line.split(" | ").collect();
            let (form, offset) = (i % 3, i as i64 * 1000);
            let started = prisma_time(dialect, form, offset);
            let later = prisma_time(dialect, form, offset + 500);
            let finished = (f[2] == "<set>").then_some(later.as_str());
            let rolled_back = (f[3] == "<set>").then_some(later.as_str());
            let logs = match f[5] {
                "NULL" => None,
                "''" => Some(""),
                _ => Some(logs),
            };
            insert_prisma_row(&mut p, f[0], f[1], &started, finished, rolled_back, f[4].parse().unwrap(), logs).await;
        }
        let user = p.sql("CREATE TABLE \"User\" (id INTEGER PRIMARY KEY)");
        p.db.conn().raw_cmd(&user).await.unwrap();
        let report = status(&p.target()).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.prisma, PrismaStatus::UpToDate, "{provider}");
        assert!(report.modified().is_empty() && report.state.missing_locally.is_empty());
        assert_eq!(report.state.rolled_back().collect::<Vec<_>>(), ["20240102000000_second"]);
        assert!(p.deploy_ok().await.is_empty(), "{provider}: nothing to apply");
        p.cleanup().await;
    }
}

#[tokio::test]
async fn a_failed_row_written_by_prisma_blocks_deploy_and_resolves() {
    for (dialect, provider) in INTEROP_DIALECTS {
        let text = transcript(provider, "failed");
        let sections = row_sections(&text);
        let mut p = Project::new(dialect, "interop_c").await;
        copy_fixture("failed", &p);
        create_prisma_table(&mut p).await;
        p.db.conn().raw_cmd("CREATE TABLE \"User\" (id INTEGER PRIMARY KEY)").await.unwrap();
        // Prisma's rows after the failure, its logs text included.
        let raw_logs = text
            .lines()
            .find(|l| l.starts_with("20240102000000_second | 3eb9"))
            .map(|l| l.splitn(6, " | ").nth(5).unwrap().replace("\\n", "\n"))
            .unwrap();
        for (i, line) in sections[0].iter().enumerate() {
            let f: Vec<&str> = line.split(" | ").collect();
            let started = prisma_time(dialect, 0, i as i64 * 1000);
            let finished = prisma_time(dialect, 0, i as i64 * 1000 + 500);
            let finished = (f[2] == "<set>").then_some(finished.as_str());
            let logs = (f[5] == "<logs>").then_some(raw_logs.as_str());
            insert_prisma_row(&mut p, f[0], f[1], &started, finished, None, f[4].parse().unwrap(), logs).await;
        }

        // Status: what Prisma printed ("Following migration have not yet been applied: …").
        let report = status(&p.target()).await.unwrap();
        let (prisma_out, prisma_code) = command_output(&text, "migrate status (failed)");
        let PrismaStatus::Pending { unapplied } = &report.prisma else { panic!("{:?}", report.prisma) };
        assert!(prisma_out.ends_with(&messages::status_pending("prisma", unapplied)), "{prisma_out}");
        assert_eq!(report.exit_code(), prisma_code);
        assert_eq!(report.state.failed.len(), 1, "Strata also lists the failed migration");

        // Deploy: P3009, Prisma's text (the time normalised as in the transcript).
        let failure = deploy::deploy(&p.target(), &DeployOptions::default()).await.expect_err("P3009");
        let (prisma_out, _) = command_output(&text, "migrate deploy again (P3009)");
        let ours = format!("Error: {}\n\n{}", failure.error.code().unwrap(), failure.error);
        let ours = normalise_time(&ours);
        assert!(prisma_out.contains(&ours), "Prisma:\n{prisma_out}\nStrata:\n{ours}");

        // Resolve and re-deploy: Prisma's rows.
        resolve(&p.target(), ResolveAction::RolledBack("20240102000000_second".into())).await.unwrap();
        assert_eq!(strata_rows(&mut p).await, sections[1], "{provider}");
        copy_fixture("failed_fixed", &p);
        assert_eq!(p.deploy_ok().await, ["20240102000000_second", "20240103000000_third"]);
        assert_eq!(strata_rows(&mut p).await, sections[2], "{provider}");
        p.cleanup().await;
    }
}

/// `2024-01-31 12:00:00.123 UTC` → `<TIMESTAMP>`, as `produce.sh` normalises.
fn normalise_time(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(" UTC") {
        let head = &rest[..i];
        match head.rfind(" started at ") {
            Some(j) => {
                out.push_str(&head[..j + 12]);
                out.push_str("<TIMESTAMP>");
            }
            None => out.push_str(head),
        }
        rest = &rest[i + 4..];
    }
    out.push_str(rest);
    out
}

/// The baseline scenario: `resolve --applied` on a database without history creates the table
/// and Prisma's row (`logs` '', `applied_steps_count` 0).
#[tokio::test]
async fn baselining_writes_prismas_row() {
    for (dialect, provider) in INTEROP_DIALECTS {
        let mut p = Project::new(dialect, "interop_baseline").await;
        copy_fixture("deploy_success", &p);
        p.remove("20240102000000_tags");
        p.db.conn().raw_cmd("CREATE TABLE \"User\" (id INTEGER PRIMARY KEY)").await.unwrap();
        let err = p.deploy().await.expect_err("P3005");
        assert_eq!(err.error.code(), Some("P3005"));
        resolve(&p.target(), ResolveAction::Applied("20240101000000_init".into())).await.unwrap();
        // transcripts/pg/baseline.txt (Prisma's SQLite adapter fails there with P1014).
        let expected = &row_sections(&transcript("pg", "baseline"))[0];
        assert_eq!(&strata_rows(&mut p).await, expected, "{provider}");
        assert_eq!(status(&p.target()).await.unwrap().prisma, PrismaStatus::UpToDate);
        p.cleanup().await;
    }
}
