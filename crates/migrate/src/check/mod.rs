//! `check`: which steps of a migration lose data or cannot run, in Prisma's words.
//!
//! Three phases, the middle one being the engine's:
//! 1. [`plan_checks`] looks at the steps and both schemas and lists the checks (dropped tables
//!    and columns, risky casts, required columns added, unique indexes over existing rows,
//!    removed enum values, …) — exactly the checks of Prisma's destructive change checker.
//! 2. [`CheckPlan::needed_facts`] says what to count in the live database, and
//!    [`FactRequest::queries`] turns that into one `SELECT` per table; the engine runs them and
//!    stores each row with [`LiveFacts::record`].
//! 3. [`CheckPlan::evaluate`] renders the messages: with no facts, Prisma's hedged texts (what
//!    `migrate dev` writes into `migration.sql`); with facts, the counted texts, and nothing
//!    for steps the facts prove harmless (an empty table, a column of `NULL`s).
//!
//! The engine's part, in full (a database returns the rows; here they are zeros):
//! ```
//! use migrate::{check::LiveFacts, diff, plan_checks, render_script, Dialect, SqlSchema};
//! let (from, to, dialect) = (SqlSchema::new(), SqlSchema::new(), Dialect::Postgres);
//! let steps = diff(&from, &to, dialect);
//! let plan = plan_checks(&steps, &from, &to, dialect);
//! // `migration.sql` gets the no-database texts, as Prisma writes them:
//! let script = render_script(&steps, &from, &to, dialect, &plan.evaluate(&LiveFacts::none()).script_warnings());
//! // Before applying, ask the live database:
//! let mut facts = LiveFacts::none();
//! for query in plan.needed_facts().queries(dialect) {
//!     let row = vec![0_i64; query.facts.len()]; // run `query.sql`: one row of integers
//!     facts.record(&query, &row).unwrap();
//! }
//! let report = plan.evaluate(&facts);
//! assert!(report.is_empty() && script == "-- This is an empty migration.");
//! ```
//!
//! Beyond Prisma, and only when live counts are given: a unique index over duplicated values
//! and a foreign key over orphaned rows are reported as unexecutable, and a unique index over
//! no duplicate is not reported at all.

mod facts;
pub mod messages;
mod plan;
mod types;

pub use facts::{
    ColumnRef, ColumnsRef, Fact, FactQuery, FactRequest, FactRowMismatch, ForeignKeyRef, LiveFacts, TableRef,
};

use crate::{pair::Pair, render::Warning, step::MigrationStep};
pub(crate) use plan::Check;
use plan::Kind;
use sql_schema::{Dialect, SqlSchema};

/// One message of a check, with the index of the step it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckMessage {
    /// The message, e.g. "You are about to drop the `Post` table, which is not empty (3 rows)."
    pub message: String,
    /// The index of the step in the checked step list.
    pub step_index: usize,
}

/// The outcome of checking a migration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Changes that lose (or may lose) data.
    pub warnings: Vec<CheckMessage>,
    /// Changes that fail (or may fail) on the data the database holds.
    pub unexecutable: Vec<CheckMessage>,
}

impl CheckReport {
    /// Whether there is nothing to report.
    pub fn is_empty(&self) -> bool {
        self.warnings.is_empty() && self.unexecutable.is_empty()
    }

    /// The lines of the `Warnings:` block of `migration.sql`, as Prisma orders them: warnings,
    /// then unexecutable steps. Pass them to [`crate::render_script`].
    pub fn script_warnings(&self) -> Vec<Warning> {
        self.warnings.iter().chain(&self.unexecutable).map(|m| Warning(m.message.clone())).collect()
    }
}

/// The checks of a migration, before facts are known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckPlan {
    checks: Vec<(Check, usize)>,
}

impl CheckPlan {
    /// Marks added required columns whose default exists only in the Prisma schema
    /// (`@default(cuid())`, `uuid()`, `nanoid()`, …), which the SQL schema cannot show: Prisma
    /// words those differently. Columns are matched by table and column name.
    pub fn with_prisma_level_defaults<'a>(mut self, columns: impl IntoIterator<Item = &'a ColumnRef>) -> Self {
        let columns: Vec<&ColumnRef> = columns.into_iter().collect();
        for (check, _) in &mut self.checks {
            if let Check::AddedRequiredColumn { column, prisma_level_default } = check {
                if columns.iter().any(|c| c.table.name == column.table.name && c.column == column.column) {
                    *prisma_level_default = true;
                }
            }
        }
        self
    }

    /// The checks, in step order (for `down`).
    pub(crate) fn checks(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().map(|(check, _)| check)
    }

    /// Whether the migration has nothing to check.
    pub fn is_empty(&self) -> bool {
        self.checks.is_empty()
    }

    /// The live facts that would sharpen the messages.
    pub fn needed_facts(&self) -> FactRequest {
        let mut request = FactRequest::default();
        for (check, _) in &self.checks {
            check.request_facts(&mut request);
        }
        request
    }

    /// The messages, given what is known of the live database (`LiveFacts::none()` for none).
    pub fn evaluate(&self, facts: &LiveFacts) -> CheckReport {
        let mut report = CheckReport::default();
        for (check, step_index) in &self.checks {
            let Some((kind, message)) = check.evaluate(facts) else { continue };
            let message = CheckMessage { message, step_index: *step_index };
            match kind {
                Kind::Warning => report.warnings.push(message),
                Kind::Unexecutable => report.unexecutable.push(message),
            }
        }
        report
    }
}

/// Plans the checks of `steps` (from [`crate::diff()`] of `from` → `to` on `dialect`).
pub fn plan_checks(steps: &[MigrationStep], from: &SqlSchema, to: &SqlSchema, dialect: Dialect) -> CheckPlan {
    CheckPlan { checks: plan::plan(steps, Pair::new(from, to), dialect) }
}

/// Checks a migration without a database: Prisma's hedged messages, as `migrate dev` writes
/// them into `migration.sql`.
pub fn check(steps: &[MigrationStep], from: &SqlSchema, to: &SqlSchema, dialect: Dialect) -> CheckReport {
    plan_checks(steps, from, to, dialect).evaluate(&LiveFacts::none())
}

/// Checks a migration against what the live database holds.
pub fn check_with_facts(
    steps: &[MigrationStep],
    from: &SqlSchema,
    to: &SqlSchema,
    dialect: Dialect,
    facts: &LiveFacts,
) -> CheckReport {
    plan_checks(steps, from, to, dialect).evaluate(facts)
}
