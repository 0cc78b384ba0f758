//! The provider's own model rules (Prisma's `Connector::validate_model`).

use super::{mysql_keys, postgres_indexes};
use crate::config::Provider;
use crate::datamodel::ModelId;
use crate::validate::Context;

/// Runs the current provider's model rules on `id`.
pub(crate) fn check_model(ctx: &mut Context<'_>, id: ModelId) {
    match ctx.config.provider() {
        Some(Provider::Postgres) => postgres_indexes::check_model(ctx, id),
        Some(Provider::Mysql) => mysql_keys::check_model(ctx, id),
        _ => {}
    }
}
