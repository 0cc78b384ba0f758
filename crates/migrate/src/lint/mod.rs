//! `lint`: reviews any migration file, generated or hand-written, statement by statement.
//!
//! The file is split into statements (module `split`), each is parsed with `sqlparser` for the
//! dialect and read into small operations (module `model`), and the rules ([`rules::RULES`]) judge
//! each operation against what is known at that point: the live schema and row counts when the
//! engine passes [`LiveFacts`], and what earlier statements of the file did (a table created
//! above is empty; a SQLite `new_T` filled from `T` holds `T`'s rows). A statement that does not
//! parse gives one `parse-error` finding and the next statements are still linted.
//!
//! What a fresh migration of `CREATE TABLE`s (with their indexes and foreign keys) reports:
//! nothing. Every table it touches is created empty by the same file, so no data-loss,
//! will-fail or locking rule applies; that is what `tests/lint_prisma.rs` checks on the
//! initial migrations Prisma generates for real-world schemas.
//!
//! Findings are silenced per project ([`LintConfig`]: `allow`, severity overrides, minimum
//! severity) or per statement, with a comment on a line above it:
//! `-- strata-lint: allow drop-table, drop-column`.
//!
//! With live facts, the will-fail rules speak Prisma's counted language ("There are 2 rows in
//! this table, it is not possible to execute this step.") and are reported as errors when the
//! counts prove the failure; data-loss rules say how many rows or values are lost, and say
//! nothing when the table or column is empty.

//! The engine's part: [`needed_facts`] for the file, [`FactRequest::retain_existing`] with the
//! described live schema, [`FactRequest::queries`] run one by one, each row stored with
//! [`LiveFacts::record`], the described schema put in [`LiveFacts::schema`] (it tells column
//! types, nullability and enum values to the type-change and enum rules), then [`lint`].

mod analyze;
mod config;
mod model;
mod render;
pub mod rules;
mod split;
mod tracker;
mod types;

pub use config::{LintConfig, LintConfigError};
pub use render::{render_github, render_human, render_json};
pub use rules::{rule, Category, Rule, RULES};

use crate::check::{FactRequest, LiveFacts};
use sql_schema::Dialect;
use std::fmt;
use std::str::FromStr;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Review before deploying.
    Warning,
    /// Fails, or must not be deployed as is.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

impl FromStr for Severity {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        match s {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            _ => Err(()),
        }
    }
}

/// One problem found in a migration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's id.
    pub rule: &'static str,
    /// The severity, after configuration.
    pub severity: Severity,
    /// The 1-based line of the statement (of the error, for parse errors).
    pub line: usize,
    /// What is wrong here, with live counts when known.
    pub message: String,
    /// The safer alternative.
    pub help: &'static str,
}

/// Lints the SQL of one migration file. `facts` are what the live database holds (see
/// [`needed_facts`]); without them, messages are hedged as Prisma's are without a database.
/// Findings come in file order.
pub fn lint(sql: &str, dialect: Dialect, config: &LintConfig, facts: Option<&LiveFacts>) -> Vec<Finding> {
    let statements: Vec<model::Statement<'_>> =
        split::split(sql, dialect).into_iter().map(|raw| model::read(raw, dialect)).collect();
    let mut analyzer = analyze::Analyzer::new(dialect, config, facts);
    analyzer.run(&statements);
    let mut findings: Vec<Finding> = analyzer
        .findings
        .into_iter()
        .filter(|f| !statements[f.statement].allowed().iter().any(|id| id == f.rule.id))
        .filter_map(|f| {
            let severity = if f.proven { Severity::Error } else { f.rule.severity };
            let severity = config.effective_severity(f.rule.id, severity)?;
            Some(Finding { rule: f.rule.id, severity, line: f.line, message: f.message, help: f.rule.help })
        })
        .collect();
    findings.sort_by_key(|f| f.line);
    // One finding per rule and line (`DROP PRIMARY KEY, ADD PRIMARY KEY` is one change).
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| seen.insert((f.rule, f.line)));
    findings
}

/// [`needed_facts`], knowing the live schema: also the facts only the schema reveals (the values
/// of the columns a SQLite table redefinition leaves behind). The engine's choice when it has
/// described the database.
pub fn needed_facts_with_schema(
    sql: &str,
    dialect: Dialect,
    config: &LintConfig,
    schema: &sql_schema::SqlSchema,
) -> FactRequest {
    let statements: Vec<model::Statement<'_>> =
        split::split(sql, dialect).into_iter().map(|raw| model::read(raw, dialect)).collect();
    let mut known = LiveFacts::none();
    known.schema = Some(schema.clone());
    let mut analyzer = analyze::Analyzer::new(dialect, config, Some(&known));
    analyzer.run(&statements);
    analyzer.requested
}

/// The live facts that would sharpen the findings on `sql`: row counts of the tables it drops or
/// alters, non-null counts of the columns it drops or makes required, duplicates under the
/// unique indexes it adds, orphans under its foreign keys. Pass the result (after
/// [`FactRequest::retain_existing`] with the described schema) to [`FactRequest::queries`].
pub fn needed_facts(sql: &str, dialect: Dialect, config: &LintConfig) -> FactRequest {
    let statements: Vec<model::Statement<'_>> =
        split::split(sql, dialect).into_iter().map(|raw| model::read(raw, dialect)).collect();
    let mut analyzer = analyze::Analyzer::new(dialect, config, None);
    analyzer.run(&statements);
    analyzer.requested
}
