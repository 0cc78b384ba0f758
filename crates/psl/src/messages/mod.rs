//! Diagnostic wording, as named constructors, one file per area.
//!
//! Every message a user can see is built here, with Prisma's exact text, so
//! wording is reviewed in one place and never drifts between call sites.

pub(crate) mod config;
pub(crate) mod model;
pub(crate) mod relation;
