//! The dialect-neutral SQL schema IR.
//!
//! Every state Strata compares — the desired schema calculated from `schema.prisma`, a live
//! database described through its catalogs, and the migration history replayed on a shadow
//! database — becomes one [`SqlSchema`]. Diffing two of them is then one algorithm (in the
//! `migrate` crate), whatever they came from.
//!
//! The IR is an *arena*: every kind of object lives in one flat `Vec` of the schema, and refers
//! to the objects it belongs to or points at through small typed ids ([`TableId`],
//! [`ColumnId`], …). Ids are indexes into those vectors, so they are cheap, `Copy`, ordered and
//! deterministic: the same input always gives the same ids. Read-only navigation goes through
//! *walkers* ([`Walker`]), e.g. `schema.walk(table_id).columns()`.
//!
//! This crate is pure: no I/O, no clock, no randomness, no dependencies.
//!
//! # Glossary
//! - **Namespace**: a PostgreSQL schema (`public`, or one of `schemas = [...]` with
//!   multiSchema). SQLite and MySQL have none in the IR.
//! - **Table / column**: as in SQL. Columns belong to exactly one table and keep their
//!   declaration order.
//! - **Column type family**: the dialect-neutral kind of a column ([`ColumnTypeFamily`]); the
//!   **native type** is the dialect's full type text as rendered in DDL (`VARCHAR(191)`,
//!   `TIMESTAMP(3)`, `DOUBLE PRECISION`).
//! - **Arity**: required (`NOT NULL`), nullable, or list (a PostgreSQL array).
//! - **Default**: a literal value, `now()`, a sequence (`nextval`), or a database expression
//!   (`dbgenerated("...")`). Prisma-level defaults (`cuid()`, `uuid()`) never reach the IR.
//! - **Primary key**: part of its table; it has columns (with sort order and length) and, where
//!   the dialect names constraints, a name.
//! - **Index**: a normal, unique or fulltext index of a table, with per-column sort order,
//!   length (MySQL prefix) and operator class (PostgreSQL), and an algorithm (PostgreSQL).
//! - **Foreign key**: constrained columns of one table, referenced columns of another, and
//!   `ON DELETE` / `ON UPDATE` actions.
//! - **Enum**: a PostgreSQL type (`CREATE TYPE … AS ENUM`), a MySQL inline `ENUM(...)` column
//!   type, a plain `TEXT` column on SQLite.
//! - **Extension**: a PostgreSQL extension the schema asks for (`extensions = [...]`), created
//!   when missing and otherwise left alone.
//! - **Dialect**: the closed set of SQL databases Strata speaks ([`Dialect`]). Differences
//!   between them are named capability methods, never `if dialect == X` in an algorithm.

mod builder;
mod dialect;
mod native_type;
mod schema;
mod view;
mod walkers;

pub use builder::{ColumnSpec, IndexColumnSpec, SchemaBuilder, TableBuilder};
pub use dialect::{Dialect, TableChangeSummary};
pub use native_type::NativeType;
pub use schema::*;
pub use view::View;
pub use walkers::{
    ColumnWalker, EnumWalker, ForeignKeyWalker, IndexColumnWalker, IndexWalker, NamespaceWalker, TableWalker, Walker,
};
