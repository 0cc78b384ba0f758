//! The provider's own model rules (Prisma's `Connector::validate_model`).

use super::{mysql_keys, postgres_indexes};
use crate::config::Provider;
use crate::datamodel::{Model, ModelId};
use crate::validate::Worker;

/// Runs the current provider's model rules on `id`. Views get the
/// provider's view rules instead (`Connector::validate_view`), which no SQL
/// provider has: a `@@index` on a view is only reported as not allowed.
pub(crate) fn check_model(ctx: &mut Worker<'_, '_>, id: ModelId, model: &Model) {
    if model.is_view {
        return;
    }
    match ctx.config.provider() {
        Some(Provider::Postgres) => postgres_indexes::check_model(ctx, id, model),
        Some(Provider::Mysql) => mysql_keys::check_model(ctx, model),
        _ => {}
    }
}
