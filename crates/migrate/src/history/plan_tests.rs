use super::*;
use crate::history::{resolve_applied, resolve_rolled_back, Checksum};

const INIT: &str = "CREATE TABLE \"User\" (id INTEGER PRIMARY KEY);\n";
const TAGS: &str = "CREATE TABLE \"Tag\" (id INTEGER PRIMARY KEY);\n";
const FAILING: &str = "CREATE TABLE \"Post\" (id INTEGER);\nINSERT INTO \"Nope\" VALUES (1);\n";
const A: &str = "20240101000000_init";
const B: &str = "20240102000000_second";
const C: &str = "20240103000000_third";
const FIXED: &str = "CREATE TABLE \"Post\" (id INTEGER);\n";

/// A history row in compact form: migration name, what happened, and the script it recorded.
#[derive(Clone, Copy)]
enum Attempt {
    Applied(&'static str, &'static str),
    Failed(&'static str, &'static str),
    RolledBack(&'static str, &'static str),
    MarkedApplied(&'static str, &'static str),
}

/// Rows in `started_at` order, one second apart.
fn rows(attempts: &[Attempt]) -> Vec<HistoryRow> {
    attempts
        .iter()
        .enumerate()
        .map(|(i, attempt)| {
            let at = Timestamp::from_unix_micros(1_700_000_000_000_000 + i as i64 * 1_000_000);
            let (name, script) = match *attempt {
                Attempt::Applied(n, s) | Attempt::Failed(n, s) | Attempt::RolledBack(n, s) => (n, s),
                Attempt::MarkedApplied(n, s) => (n, s),
            };
            let id = format!("id-{i}");
            match attempt {
                Attempt::MarkedApplied(..) => HistoryRow::marked_applied(id, name, Checksum::of(script), at),
                _ => {
                    let mut row = HistoryRow::started(id, name, Checksum::of(script), at);
                    match attempt {
                        Attempt::Applied(..) => row.finish(at),
                        Attempt::Failed(..) => row.fail("boom"),
                        Attempt::RolledBack(..) => {
                            row.fail("boom");
                            row.roll_back(at);
                        }
                        Attempt::MarkedApplied(..) => unreachable!(),
                    }
                    row
                }
            }
        })
        .collect()
}

/// Local folders: name and `migration.sql` (None: the folder has none).
fn local(folders: &[(&str, Option<&str>)]) -> Vec<LocalMigration> {
    folders
        .iter()
        .map(|&(name, script)| match script {
            Some(script) => LocalMigration::new(name, script),
            None => LocalMigration::without_script(name),
        })
        .collect()
}

struct Case {
    name: &'static str,
    local: Vec<LocalMigration>,
    history: Option<Vec<HistoryRow>>,
    applied: &'static [&'static str],
    pending: &'static [&'static str],
    failed: &'static [&'static str],
    modified: &'static [&'static str],
    rolled_back: &'static [&'static str],
    missing_locally: &'static [&'static str],
    /// `Ok(to_apply)` or `Err(code)`.
    deploy: Result<&'static [&'static str], &'static str>,
    status: Result<PrismaStatus, &'static str>,
}

impl Default for Case {
    fn default() -> Self {
        Case {
            name: "",
            local: Vec::new(),
            history: Some(Vec::new()),
            applied: &[],
            pending: &[],
            failed: &[],
            modified: &[],
            rolled_back: &[],
            missing_locally: &[],
            deploy: Ok(&[]),
            status: Ok(PrismaStatus::UpToDate),
        }
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn plan_rules() {
    use Attempt::*;
    let cases = vec![
        Case {
            name: "empty folder, no history table",
            history: None,
            status: Ok(PrismaStatus::NotManaged),
            ..Case::default()
        },
        Case { name: "empty folder, empty history table", ..Case::default() },
        Case {
            name: "no history table: everything pending",
            local: local(&[(A, Some(INIT)), (B, Some(TAGS))]),
            history: None,
            pending: &[A, B],
            deploy: Ok(&[A, B]),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[A, B]) }),
            ..Case::default()
        },
        Case {
            name: "all applied",
            local: local(&[(A, Some(INIT)), (B, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT), Applied(B, TAGS)])),
            applied: &[A, B],
            ..Case::default()
        },
        Case {
            name: "one pending",
            local: local(&[(A, Some(INIT)), (B, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT)])),
            applied: &[A],
            pending: &[B],
            deploy: Ok(&[B]),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[B]) }),
            ..Case::default()
        },
        Case {
            name: "failed: deploy stops (P3009), status reports pending first",
            local: local(&[(A, Some(INIT)), (B, Some(FAILING)), (C, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT), Failed(B, FAILING)])),
            applied: &[A],
            pending: &[C],
            failed: &[B],
            deploy: Err("P3009"),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[C]) }),
            ..Case::default()
        },
        Case {
            name: "failed, nothing pending",
            local: local(&[(A, Some(INIT)), (B, Some(FAILING))]),
            history: Some(rows(&[Applied(A, INIT), Failed(B, FAILING)])),
            applied: &[A],
            failed: &[B],
            deploy: Err("P3009"),
            status: Ok(PrismaStatus::Failed { failed: names(&[B]) }),
            ..Case::default()
        },
        Case {
            name: "rolled back: pending again",
            local: local(&[(A, Some(INIT)), (B, Some(FAILING)), (C, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT), RolledBack(B, FAILING)])),
            applied: &[A],
            pending: &[B, C],
            rolled_back: &[B],
            deploy: Ok(&[B, C]),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[B, C]) }),
            ..Case::default()
        },
        Case {
            name: "re-applied after a rolled-back attempt: two rows, the live one counts",
            local: local(&[(A, Some(INIT)), (B, Some(FIXED))]),
            history: Some(rows(&[Applied(A, INIT), RolledBack(B, FAILING), Applied(B, FIXED)])),
            applied: &[A, B],
            rolled_back: &[B],
            ..Case::default()
        },
        Case {
            name: "marked applied over a failed attempt",
            local: local(&[(A, Some(INIT)), (B, Some(FAILING))]),
            history: Some(rows(&[Applied(A, INIT), RolledBack(B, FAILING), MarkedApplied(B, FAILING)])),
            applied: &[A, B],
            rolled_back: &[B],
            ..Case::default()
        },
        Case {
            name: "modified after applying: reported, but deploy and Prisma's status ignore it",
            local: local(&[(A, Some("CREATE TABLE \"User\" (id INTEGER PRIMARY KEY);\n-- edited\n")), (B, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT)])),
            applied: &[A],
            pending: &[B],
            modified: &[A],
            deploy: Ok(&[B]),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[B]) }),
            ..Case::default()
        },
        Case {
            name: "modified failed migration: failed and modified",
            local: local(&[(A, Some(INIT)), (B, Some(FIXED))]),
            history: Some(rows(&[Applied(A, INIT), Failed(B, FAILING)])),
            applied: &[A],
            failed: &[B],
            modified: &[B],
            deploy: Err("P3009"),
            status: Ok(PrismaStatus::Failed { failed: names(&[B]) }),
            ..Case::default()
        },
        Case {
            name: "line endings and BOM are not modifications",
            local: local(&[(A, Some(&INIT.replace('\n', "\r\n"))), (B, Some(&format!("\u{feff}{TAGS}")))]),
            history: Some(rows(&[Applied(A, INIT), Applied(B, TAGS)])),
            applied: &[A, B],
            ..Case::default()
        },
        Case {
            name: "applied but missing locally: Prisma's status says up to date",
            local: local(&[(A, Some(INIT))]),
            history: Some(rows(&[Applied(A, INIT), Applied(B, TAGS)])),
            applied: &[A],
            missing_locally: &[B],
            ..Case::default()
        },
        Case {
            name: "missing locally and pending: histories diverge",
            local: local(&[(A, Some(INIT)), (C, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT), Applied(B, TAGS)])),
            applied: &[A],
            pending: &[C],
            missing_locally: &[B],
            deploy: Ok(&[C]),
            status: Ok(PrismaStatus::Diverged {
                last_common: Some(A.to_owned()),
                unapplied: names(&[C]),
                missing_locally: names(&[B]),
            }),
            ..Case::default()
        },
        Case {
            name: "diverged at the first local migration: no common migration",
            local: local(&[("20230101000000_older", Some(TAGS)), (A, Some(INIT))]),
            history: Some(rows(&[Applied(A, INIT), Applied(B, TAGS)])),
            applied: &[A],
            pending: &["20230101000000_older"],
            missing_locally: &[B],
            deploy: Ok(&["20230101000000_older"]),
            status: Ok(PrismaStatus::Diverged {
                last_common: None,
                unapplied: names(&["20230101000000_older"]),
                missing_locally: names(&[B]),
            }),
            ..Case::default()
        },
        Case {
            name: "a rolled-back row missing locally is ignored",
            local: local(&[(A, Some(INIT))]),
            history: Some(rows(&[Applied(A, INIT), RolledBack(B, FAILING)])),
            applied: &[A],
            ..Case::default()
        },
        Case {
            name: "a failed row missing locally still blocks deploy",
            local: local(&[(A, Some(INIT))]),
            history: Some(rows(&[Applied(A, INIT), Failed(B, FAILING)])),
            applied: &[A],
            failed: &[B],
            missing_locally: &[B],
            deploy: Err("P3009"),
            status: Ok(PrismaStatus::Failed { failed: names(&[B]) }),
            ..Case::default()
        },
        Case {
            name: "folders are ordered by name, whatever the input order",
            local: local(&[(C, Some(TAGS)), (A, Some(INIT)), (B, Some(FIXED))]),
            history: Some(rows(&[Applied(A, INIT)])),
            applied: &[A],
            pending: &[B, C],
            deploy: Ok(&[B, C]),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[B, C]) }),
            ..Case::default()
        },
        Case {
            name: "a pending folder without migration.sql: listed, and deploy refuses (P3015)",
            local: local(&[(A, Some(INIT)), (B, None), (C, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT)])),
            applied: &[A],
            pending: &[B, C],
            deploy: Err("P3015"),
            status: Ok(PrismaStatus::Pending { unapplied: names(&[B, C]) }),
            ..Case::default()
        },
        Case {
            name: "an applied folder without migration.sql: status fails (P3015), deploy does not read it",
            local: local(&[(A, None), (B, Some(TAGS))]),
            history: Some(rows(&[Applied(A, INIT)])),
            applied: &[A],
            pending: &[B],
            deploy: Ok(&[B]),
            status: Err("P3015"),
            ..Case::default()
        },
    ];

    for case in cases {
        let state = plan(&case.local, case.history.as_deref());
        let n = case.name;
        let list = |it: &mut dyn Iterator<Item = &str>| it.map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(list(&mut state.applied()), names(case.applied), "{n}: applied");
        assert_eq!(list(&mut state.pending()), names(case.pending), "{n}: pending");
        assert_eq!(state.failed.iter().map(|f| f.name.clone()).collect::<Vec<_>>(), names(case.failed), "{n}: failed");
        assert_eq!(list(&mut state.modified()), names(case.modified), "{n}: modified");
        assert_eq!(list(&mut state.rolled_back()), names(case.rolled_back), "{n}: rolled back");
        let missing: Vec<String> = state.missing_locally.iter().map(|m| m.name.clone()).collect();
        assert_eq!(missing, names(case.missing_locally), "{n}: missing locally");
        match (&state.deploy, case.deploy) {
            (Ok(deploy), Ok(to_apply)) => {
                assert_eq!(deploy.to_apply, names(to_apply), "{n}: deploy");
                assert_eq!(deploy.create_history_table, case.history.is_none(), "{n}: create table");
            }
            (Err(err), Err(code)) => assert_eq!(err.code(), code, "{n}: deploy error {err}"),
            (got, expected) => panic!("{n}: deploy {got:?}, expected {expected:?}"),
        }
        match (state.prisma_status(), &case.status) {
            (Ok(status), Ok(expected)) => assert_eq!(&status, expected, "{n}: status"),
            (Err(err), Err(code)) => assert_eq!(err.code(), *code, "{n}: status error {err}"),
            (got, expected) => panic!("{n}: status {got:?}, expected {expected:?}"),
        }
        assert_eq!(state.has_history_table, case.history.is_some(), "{n}");
        let clean = case.pending.is_empty()
            && case.failed.is_empty()
            && case.modified.is_empty()
            && case.missing_locally.is_empty()
            && !(state.migrations.iter().any(|m| m.status != MigrationStatus::Applied));
        assert_eq!(state.is_clean(), clean, "{n}: clean");
    }
}

#[test]
fn the_live_row_decides_modified_not_the_rolled_back_one() {
    let local = local(&[("20240102000000_second", Some(FIXED))]);
    let history = rows(&[
        Attempt::RolledBack("20240102000000_second", FAILING),
        Attempt::Applied("20240102000000_second", FIXED),
    ]);
    let state = plan(&local, Some(&history));
    assert_eq!(state.migrations[0].status, MigrationStatus::Applied);
    assert!(!state.migrations[0].modified);
    assert_eq!(state.migrations[0].rolled_back_attempts, 1);
}

#[test]
fn p3009_lists_failed_rows_oldest_first() {
    let history = rows(&[Attempt::Failed("20240102000000_b", FAILING), Attempt::Failed("20240101000000_a", FAILING)]);
    let state = plan(&[], Some(&history));
    let err = state.deploy.unwrap_err();
    assert_eq!(
        err.to_string(),
        "migrate found failed migrations in the target database, new migrations will not be applied. Read more about \
         how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\
         The `20240102000000_b` migration started at 2023-11-14 22:13:20 UTC failed\n\
         The `20240101000000_a` migration started at 2023-11-14 22:13:21 UTC failed\n"
    );
    let HistoryError::FailedMigrations { failed } = err else { panic!() };
    assert_eq!(failed[0].logs.as_deref(), Some("boom"));
    assert_eq!(failed[0].id, "id-0");
}

#[test]
fn deploy_writes_what_prisma_writes() {
    let at = Timestamp::from_unix_millis(1_700_000_000_000);
    let mut row = HistoryRow::started("id", "20240101000000_init", Checksum::of(INIT), at);
    assert_eq!((row.finished_at, row.logs.as_deref(), row.applied_steps_count), (None, None, 0));
    assert!(row.is_failed());
    row.finish(at);
    assert_eq!((row.finished_at, row.applied_steps_count), (Some(at), 1));
    assert!(row.is_applied());
    let marked = HistoryRow::marked_applied("id2", "20240101000000_init", Checksum::of(INIT), at);
    assert_eq!((marked.started_at, marked.finished_at, marked.logs.as_deref()), (at, Some(at), Some("")));
    assert_eq!(marked.applied_steps_count, 0);
    assert_eq!(marked.checksum, "a380b09d0315f55cf24d9f8b135a5156667e50954c955a0eddd3fe81b518f984");
}

#[test]
fn resolve_rolled_back_rules() {
    use Attempt::*;
    let name = "20240102000000_second";
    type Expected = Result<Vec<&'static str>, &'static str>;
    let cases: Vec<(&str, Option<Vec<HistoryRow>>, Expected)> = vec![
        ("no history table", None, Err("P3011")),
        ("never applied", Some(rows(&[Applied("20240101000000_init", INIT)])), Err("P3011")),
        ("succeeded", Some(rows(&[Applied(name, FIXED)])), Err("P3012")),
        ("failed", Some(rows(&[Failed(name, FAILING)])), Ok(vec!["id-0"])),
        ("already rolled back: nothing to write", Some(rows(&[RolledBack(name, FAILING)])), Ok(vec![])),
        (
            "rolled back then failed again",
            Some(rows(&[RolledBack(name, FAILING), Failed(name, FAILING)])),
            Ok(vec!["id-1"]),
        ),
        ("rolled back then applied", Some(rows(&[RolledBack(name, FAILING), Applied(name, FIXED)])), Ok(vec![])),
    ];
    for (label, history, expected) in cases {
        let got = resolve_rolled_back(name, history.as_deref());
        match (got, expected) {
            (Ok(mark), Ok(ids)) => assert_eq!(mark.row_ids, ids, "{label}"),
            (Err(err), Err(code)) => assert_eq!(err.code(), code, "{label}"),
            (got, expected) => panic!("{label}: {got:?}, expected {expected:?}"),
        }
    }
}

#[test]
fn resolve_applied_rules() {
    use Attempt::*;
    let name = "20240102000000_second";
    let folder = local(&[("20240101000000_init", Some(INIT)), (name, Some(FIXED))]);
    let no_script = local(&[(name, None)]);
    let mut rolled_back_by_hand = rows(&[Applied(name, FIXED)]);
    rolled_back_by_hand[0].roll_back(Timestamp::from_unix_micros(0));
    /// `Ok((create_history_table, roll_back_row_ids))` or `Err(code)`.
    type Expected = Result<(bool, Vec<&'static str>), &'static str>;
    type Rows = Option<Vec<HistoryRow>>;
    let cases: Vec<(&str, &[LocalMigration], Rows, Expected)> = vec![
        ("baseline: no history table", &folder, None, Ok((true, vec![]))),
        ("not in the folder", &folder[..1], Some(vec![]), Err("P3017")),
        ("no migration.sql", &no_script, Some(vec![]), Err("P3017")),
        ("already applied", &folder, Some(rows(&[Applied(name, FIXED)])), Err("P3008")),
        ("applied, then rolled back by hand", &folder, Some(rolled_back_by_hand), Err("P3008")),
        (
            "failed: rolled back, then marked applied",
            &folder,
            Some(rows(&[Failed(name, FAILING)])),
            Ok((false, vec!["id-0"])),
        ),
        ("only rolled-back attempts", &folder, Some(rows(&[RolledBack(name, FAILING)])), Ok((false, vec![]))),
    ];
    for (label, local, history, expected) in cases {
        match (resolve_applied(name, local, history.as_deref()), expected) {
            (Ok(mark), Ok((create, ids))) => {
                assert_eq!(mark.create_history_table, create, "{label}");
                assert_eq!(mark.roll_back_row_ids, ids, "{label}");
                assert_eq!(mark.checksum, Checksum::of(FIXED), "{label}");
                assert_eq!(mark.migration_name, name, "{label}");
            }
            (Err(err), Err(code)) => assert_eq!(err.code(), code, "{label}"),
            (got, expected) => panic!("{label}: {got:?}, expected {expected:?}"),
        }
    }
}
