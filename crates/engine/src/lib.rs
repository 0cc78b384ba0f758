//! # engine — Strata's use cases
//!
//! Each use case (validate, format, and later diff, dev, deploy, …) takes a
//! typed request, does its I/O, and returns a typed report. Nothing here
//! prints: the CLI and the studio decide how reports look.
//!
//! Glossary:
//! - **schema location** — the file or folder the schema is read from, found
//!   by [`schema::locate`] (`--schema`, then `./prisma/schema.prisma`, then
//!   `./schema.prisma`).
//! - **report** — the typed result of a use case.

pub mod check;
pub mod deploy;
pub mod dev;
pub mod diff;
pub mod down;
pub mod drift;
pub mod error;
pub mod execute;
pub mod format;
pub mod lint;
pub mod migrations_dir;
pub mod pull;
pub mod push;
pub mod reset;
pub mod resolve;
pub mod schema;
pub mod seed;
pub mod shadow;
pub mod status;
pub mod url;
pub mod validate;

pub use error::EngineError;
