//! Pass 6: provider-specific checks on a schema with no errors so far.

use super::Context;

/// Runs the checks; each reports into the context.
pub(crate) fn run(_ctx: &mut Context<'_>) {}
