//! Pass 3: field and block attributes (`@id`, `@unique`, `@default`, `@map`, `@@index`, …).

use super::Context;

/// Interprets every attribute except `@relation` into the datamodel.
pub(crate) fn resolve(_ctx: &mut Context<'_>) {}
