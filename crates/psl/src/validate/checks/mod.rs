//! Pass 6: provider-specific checks on a schema with no errors so far.

pub(crate) mod constraint_namespace;
pub(crate) mod enums;
pub(crate) mod models;

use super::Context;

/// Runs the checks; each reports into the context.
pub(crate) fn run(ctx: &mut Context<'_>) {
    models::run(ctx);
    enums::run(ctx);
}
