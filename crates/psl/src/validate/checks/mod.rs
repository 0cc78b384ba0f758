//! Pass 6: provider-specific checks on a schema with no errors so far.

pub(crate) mod constraint_namespace;
pub(crate) mod datasource;
pub(crate) mod enums;
pub(crate) mod index_rules;
pub(crate) mod models;
pub(crate) mod multi_schema;
pub(crate) mod mysql_keys;
pub(crate) mod native_types;
pub(crate) mod postgres_indexes;
pub(crate) mod provider_model;
pub(crate) mod relations;

use super::Context;

/// Runs the checks; each reports into the context.
pub(crate) fn run(ctx: &mut Context<'_>) {
    let ns = constraint_namespace::ConstraintNamespace::new(&ctx.datamodel, ctx.config.provider());
    models::run(ctx, &ns);
    enums::run(ctx);
    relations::run(ctx, &ns);
}
