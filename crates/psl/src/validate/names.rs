//! Pass 1: top-level and field names — duplicates, reserved words, invalid identifiers.

use super::Context;

/// Reports name clashes between blocks and between fields of one block.
pub(crate) fn resolve(_ctx: &mut Context<'_>) {}
