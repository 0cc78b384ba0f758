//! The lint API around the rules: severities and live facts, silencing, renderers, and the
//! queries the engine runs to gather facts.

use migrate::check::{Fact, LiveFacts, TableRef};
use migrate::lint::{lint, needed_facts, render_github, render_human, render_json, LintConfig, Severity, RULES};
use migrate::{Dialect, SqlSchema};
use sql_schema::{ColumnSpec, ColumnTypeFamily};

const ADD_REQUIRED: &str = "SET lock_timeout = '5s';\nALTER TABLE \"User\" ADD COLUMN \"x\" INTEGER NOT NULL;\n";

#[test]
fn proven_failures_are_errors_in_prismas_words() {
    let config = LintConfig::default();
    let hedged = lint(ADD_REQUIRED, Dialect::Postgres, &config, None);
    assert_eq!(hedged.len(), 1);
    assert_eq!(hedged[0].severity, Severity::Warning);
    assert_eq!(
        hedged[0].message,
        "Added the required column `x` to the `User` table without a default value. This is not possible if the table is not empty."
    );

    let mut facts = LiveFacts::none();
    facts.set(Fact::RowCount(TableRef::new("User")), 2);
    let proven = lint(ADD_REQUIRED, Dialect::Postgres, &config, Some(&facts));
    assert_eq!(proven[0].severity, Severity::Error);
    assert_eq!(
        proven[0].message,
        "Added the required column `x` to the `User` table without a default value. There are 2 rows in this table, it is not possible to execute this step."
    );
    assert_eq!(proven[0].line, 2);

    facts.set(Fact::RowCount(TableRef::new("User")), 0);
    assert!(lint(ADD_REQUIRED, Dialect::Postgres, &config, Some(&facts)).is_empty());
}

#[test]
fn data_loss_counts_use_prismas_wording() {
    let sql = "SET lock_timeout = '1s';\nDROP TABLE \"Post\";\nALTER TABLE \"User\" DROP COLUMN \"bio\";\n";
    let mut facts = LiveFacts::none();
    facts.set(Fact::RowCount(TableRef::new("Post")), 3);
    facts.set(Fact::NonNullCount(TableRef::new("User").column("bio")), 42);
    let messages: Vec<String> =
        lint(sql, Dialect::Postgres, &LintConfig::default(), Some(&facts)).into_iter().map(|f| f.message).collect();
    assert_eq!(
        messages,
        [
            "You are about to drop the `Post` table, which is not empty (3 rows).",
            "You are about to drop the column `bio` on the `User` table, which still contains 42 non-null values.",
        ]
    );
}

#[test]
fn configuration_and_inline_silencing() {
    let sql = "-- strata-lint: allow drop-table\nDROP TABLE a;\nDROP TABLE b;\nALTER TABLE c RENAME TO d;\n";
    let all = lint(sql, Dialect::Sqlite, &LintConfig::default(), None);
    assert_eq!(all.iter().map(|f| (f.rule, f.line)).collect::<Vec<_>>(), [("drop-table", 3), ("rename-table", 4)]);

    let config =
        LintConfig::from_strata_toml("[lint]\nmin-severity = \"warning\"\n[lint.severity]\ndrop-table = \"error\"\n")
            .unwrap();
    let strict = lint(sql, Dialect::Sqlite, &config, None);
    assert_eq!(strict.len(), 1);
    assert_eq!((strict[0].rule, strict[0].severity), ("drop-table", Severity::Error));

    let config = LintConfig::from_strata_toml("[lint]\nallow = [\"drop-table\", \"rename-table\"]\n").unwrap();
    assert!(lint(sql, Dialect::Sqlite, &config, None).is_empty());
}

#[test]
fn parse_errors_do_not_stop_the_file() {
    let sql = "DROP TABLE a;\nALTER TABLE b\n  FROBNICATE c;\nDROP TABLE d;\n";
    let findings = lint(sql, Dialect::Sqlite, &LintConfig::default(), None);
    let found: Vec<_> = findings.iter().map(|f| (f.rule, f.line)).collect();
    assert_eq!(found, [("drop-table", 1), ("parse-error", 3), ("drop-table", 4)]);
    assert!(findings[1].message.contains("FROBNICATE"), "{}", findings[1].message);
}

#[test]
fn renderers() {
    let findings = lint("DROP TABLE \"Post\";\n", Dialect::Sqlite, &LintConfig::default(), None);
    assert_eq!(
        render_human("m.sql", &findings),
        "m.sql:1: warning [drop-table] You are about to drop the `Post` table. If the table is not empty, all the data it contains will be lost.\n  help: Back up or archive the rows first; drop the table only after no deployed code reads it.\n"
    );
    assert_eq!(
        render_json("m.sql", &findings),
        "[{\"file\":\"m.sql\",\"line\":1,\"rule\":\"drop-table\",\"severity\":\"warning\",\"message\":\"You are about to drop the `Post` table. If the table is not empty, all the data it contains will be lost.\",\"help\":\"Back up or archive the rows first; drop the table only after no deployed code reads it.\"}]"
    );
    assert_eq!(render_json("m.sql", &[]), "[]");
    let github = render_github("migrations/1_x/migration.sql", &findings);
    assert!(
        github
            .starts_with("::warning file=migrations/1_x/migration.sql,line=1,title=drop-table::You are about to drop"),
        "{github}"
    );
    let info = lint("ALTER TABLE a RENAME TO b;", Dialect::Sqlite, &LintConfig::default(), None);
    assert!(render_github("a,b:c.sql", &info).starts_with("::notice file=a%2Cb%3Ac.sql,line=1,title=rename-table::"));
}

#[test]
fn facts_the_engine_gathers_for_a_file() {
    let sql = "SET lock_timeout = '5s';\n\
               DROP TABLE \"Post\";\n\
               ALTER TABLE \"User\" DROP COLUMN \"bio\", ALTER COLUMN \"nick\" SET NOT NULL;\n\
               CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n\
               ALTER TABLE \"Comment\" ADD CONSTRAINT \"c_fkey\" FOREIGN KEY (\"postId\") REFERENCES \"Gone\"(\"id\");\n";
    let mut request = needed_facts(sql, Dialect::Postgres, &LintConfig::default());
    // The engine keeps what exists (here `Gone` does not), then runs one query per table.
    let live = SqlSchema::builder()
        .namespace("public")
        .table("Post", |t| {
            t.column("id", ColumnSpec::int());
        })
        .table("User", |t| {
            t.column("id", ColumnSpec::int())
                .column("bio", ColumnSpec::text().nullable())
                .column("nick", ColumnSpec::text().nullable())
                .column("email", ColumnSpec::new(ColumnTypeFamily::String, "TEXT"));
        })
        .table("Comment", |t| {
            t.column("postId", ColumnSpec::int());
        })
        .build();
    request.retain_existing(&live);
    let queries = request.queries(Dialect::Postgres);
    let sql: Vec<&str> = queries.iter().map(|q| q.sql.as_str()).collect();
    assert_eq!(
        sql,
        [
            "SELECT COUNT(*) FROM \"Post\"",
            "SELECT COUNT(*), COUNT(\"bio\"), COUNT(\"nick\"), (SELECT COUNT(*) FROM (SELECT 1 AS x FROM \"User\" WHERE \"email\" IS NOT NULL GROUP BY \"email\" HAVING COUNT(*) > 1) AS strata_duplicates) FROM \"User\"",
        ]
    );
    // Rows come back; the lint then speaks with counts.
    let mut facts = LiveFacts { schema: Some(live), ..LiveFacts::none() };
    facts.record(&queries[0], &[0]).unwrap();
    facts.record(&queries[1], &[4, 4, 1, 2]).unwrap();
    let findings = lint(sql_file(), Dialect::Postgres, &LintConfig::default(), Some(&facts));
    let by_rule = |id: &str| findings.iter().find(|f| f.rule == id).map(|f| (f.severity, f.message.clone()));
    assert_eq!(by_rule("drop-table"), None, "Post is empty");
    assert_eq!(
        by_rule("set-not-null-over-nulls"),
        Some((
            Severity::Error,
            "Made the column `nick` on table `User` required, but there are 3 existing NULL values.".into()
        ))
    );
    assert_eq!(by_rule("unique-index-over-duplicates").unwrap().0, Severity::Error);
}

fn sql_file() -> &'static str {
    "SET lock_timeout = '5s';\n\
     DROP TABLE \"Post\";\n\
     ALTER TABLE \"User\" DROP COLUMN \"bio\", ALTER COLUMN \"nick\" SET NOT NULL;\n\
     CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n"
}

#[test]
fn every_rule_is_documented() {
    assert!(RULES.len() >= 25, "{} rules", RULES.len());
    for rule in RULES {
        assert!(!rule.dialects.is_empty(), "{}", rule.id);
        assert!(!rule.summary.is_empty() && !rule.help.is_empty(), "{}", rule.id);
    }
}
