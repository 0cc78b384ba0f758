//! Pass 4: `@relation` arguments and relation inference.

use super::Context;

/// Parses `@relation`, fills each [`crate::datamodel::RelationField`] and pairs fields into relations.
pub(crate) fn infer(_ctx: &mut Context<'_>) {}
