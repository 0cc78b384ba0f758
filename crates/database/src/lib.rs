//! The only crate that touches a database.
//!
//! - [`ConnectionInfo::parse`] reads a connection URL exactly as Prisma does
//!   (`postgresql://`, `mysql://`, `file:`), with Prisma's P1013 reasons for bad ones.
//! - [`Connection::connect`] opens one connection, with a connect timeout and a bounded retry
//!   for transient failures; errors carry Prisma's codes ([`Error::code`]).
//! - [`Connection::raw_cmd`] runs migration scripts; [`Connection::query_rows`] runs catalog
//!   and bookkeeping queries.
//! - [`describe()`] turns a live schema into a [`sql_schema::SqlSchema`] with a constant number
//!   of catalog queries.
//! - [`create_database`] / [`drop_database`] manage whole databases (shadow databases, tests);
//!   [`reset::reset`] empties one (`migrate reset`, `db push --force-reset`).
//!
//! Passwords never leave [`Password`]: `Display` and `Debug` of URLs, connections and errors
//! print `****` or nothing.
//!
//! # Glossary
//! - **Connection info**: a parsed URL ([`ConnectionInfo`]); its `Display` is safe to log.
//! - **Admin connection**: a short-lived connection to the same server without the target
//!   database (PostgreSQL's `postgres` maintenance database, MySQL without a database), used
//!   to create and drop databases.
//! - **Describe**: reading the catalogs into the IR; objects the IR cannot hold are listed as
//!   [`Unrepresentable`], never dropped silently.
//! - **Transient failure**: connection refused or reset, or a server still starting up: the
//!   only failures [`Connection::connect`] retries.

mod admin;
pub mod bulk;
mod connection;
pub mod describe;
mod error;
pub mod history;
pub mod lock;
pub mod reset;
mod row;
pub mod url;

pub use admin::{create_database, database_exists, drop_database};
pub use connection::{Connection, RetryPolicy};
pub use describe::{
    describe, DescribeOptions, DescribeStats, DescribedSchema, Unrepresentable, UnrepresentableKind, MIGRATIONS_TABLE,
};
pub use error::Error;
pub use row::{Param, Row, SqlValue};
pub use url::{ConnectionInfo, MysqlUrl, Password, PostgresUrl, SqliteUrl, SslAccept, SslMode};
