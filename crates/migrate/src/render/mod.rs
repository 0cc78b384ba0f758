//! `render`: migration steps to SQL text, as Prisma writes `migration.sql`.
//!
//! [`render_script`] lays out the script (warnings block, one `-- StepName` header per step,
//! statements terminated by `;`, a blank line between steps); each dialect's module turns one
//! step into statements. Dispatch is an exhaustive `match` on [`Dialect`] and on
//! [`MigrationStep`], so a new step or dialect does not compile until every pair renders.

mod mysql;
mod postgres;
mod sqlite;

use crate::{pair::Pair, step::MigrationStep};
use sql_schema::{Dialect, SqlSchema};

/// A line of the `Warnings:` comment at the top of a script (a destructive or possibly
/// failing change), without the leading `- `.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Warning(pub String);

/// Renders `steps` (from [`crate::diff()`] of `from` → `to`) as a complete migration script.
///
/// `warnings` are listed in a comment block first, in the given order. An empty migration is
/// `-- This is an empty migration.`. The script ends with the last statement's `;\n`.
pub fn render_script(
    steps: &[MigrationStep],
    from: &SqlSchema,
    to: &SqlSchema,
    dialect: Dialect,
    warnings: &[Warning],
) -> String {
    if steps.is_empty() {
        return "-- This is an empty migration.".to_owned();
    }
    let schemas = Pair::new(from, to);
    let mut script = String::with_capacity(64 * steps.len());

    if !warnings.is_empty() {
        script.push_str("/*\n  Warnings:\n\n");
        for warning in warnings {
            script.push_str("  - ");
            script.push_str(&warning.0);
            script.push('\n');
        }
        script.push_str("\n*/\n");
    }

    let mut first = true;
    for step in steps {
        let statements = render_statements(step, schemas, dialect);
        if statements.is_empty() {
            continue;
        }
        // A newline *before* each step but the first: no blank line at the end of the file.
        if !first {
            script.push('\n');
        }
        first = false;
        script.push_str("-- ");
        script.push_str(step.description());
        script.push('\n');
        for statement in statements {
            script.push_str(&statement);
            script.push_str(";\n");
        }
    }
    script
}

/// The SQL statements (without terminating `;`) of one step.
pub fn render_statements(step: &MigrationStep, schemas: Pair<&SqlSchema>, dialect: Dialect) -> Vec<String> {
    match dialect {
        Dialect::Postgres => postgres::render_step(step, schemas),
        Dialect::Sqlite => sqlite::render_step(step, schemas),
        Dialect::Mysql => mysql::render_step(step, schemas),
    }
}

/// Lowercase hex of bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// `name` between two `quote`s, without the formatting machinery (identifiers are most of a
/// script's pieces).
pub(crate) fn quoted(quote: char, name: &str) -> String {
    let mut s = String::with_capacity(name.len() + 2);
    s.push(quote);
    s.push_str(name);
    s.push(quote);
    s
}

/// `'value'` with single quotes doubled.
pub(crate) fn quote_string(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}
