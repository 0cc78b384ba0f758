//! Where the schema language meets SQL.
//!
//! Today this crate holds the dialect-neutral half of the pipeline:
//! [`diff()`] compares two [`SqlSchema`]s and returns [`MigrationStep`]s, whose order is their
//! execution order, and [`render_script`] turns steps into the SQL text Prisma would write to
//! `migration.sql` for the same change, statement for statement and byte for byte.
//! `calculate` (Datamodel → SqlSchema), `check`, `plan` and `introspect` come later.
//!
//! Everything here is pure: no I/O, no clock, no randomness.
//!
//! # Glossary
//! - **Pair**: a `previous` (from) and `next` (to) value of the same thing ([`Pair`]); steps
//!   refer to objects by id, previous ids into the *from* schema, next ids into the *to* schema.
//! - **Step**: one unit of migration work ([`MigrationStep`]), rendered under one
//!   `-- StepName` comment header.
//! - **Redefinition**: SQLite's way to change what `ALTER TABLE` cannot: create `new_T`, copy
//!   the rows, drop `T`, rename `new_T` to `T`.
//! - **Cast**: how a column type change moves data ([`ColumnTypeChange`]): safely, riskily,
//!   or not at all (the column is dropped and re-created).

pub mod calculate;
pub mod check;
mod diff;
pub mod down;
pub mod history;
pub mod introspect;
pub mod lint;
mod pair;
mod render;
mod step;

pub use check::{check, check_with_facts, plan_checks, CheckReport, LiveFacts};
pub use diff::diff;
pub use lint::{lint, Finding, LintConfig, Severity};
pub use pair::Pair;
pub use render::{render_script, render_statements, Warning};
pub use sql_schema::{Dialect, SqlSchema};
pub use step::*;
