//! Relation rules, checked on schemas without errors, in Prisma's order:
//!
//! - per model (models first, then views), per relation field:
//!   [`relation_field`] — ambiguity (stops all further checks), ignored
//!   related model, referential actions the provider supports, `map:`,
//!   the `relationMode = "prisma"` missing-index warning; plus
//!   [`model_warnings`] (MySQL's `SetDefault`), which Prisma runs with the
//!   model's connector checks;
//! - then per relation ([`relation`]): the rules of 1:1, 1:n and m:n.

mod fields;
mod inline;
mod many_to_many;

use super::constraint_namespace::ConstraintNamespace;
use crate::config::{Provider, RelationMode};
use crate::datamodel::{FieldKind, Model, ModelId, RelationKind};
use crate::validate::Context;
use std::ops::ControlFlow;

/// Runs every relation check in Prisma's order, for callers that have no
/// other per-model checks to interleave. Stops after an ambiguity error.
pub(crate) fn run(ctx: &mut Context<'_>, ns: &ConstraintNamespace) {
    for model in model_order(ctx) {
        model_warnings(ctx, model);
        if relation_field(ctx, model).is_break() {
            return;
        }
    }
    relation(ctx, ns);
}

/// Model ids in Prisma's checking order: models, then views, each in source order.
pub(crate) fn model_order(ctx: &Context<'_>) -> Vec<ModelId> {
    let models = &ctx.datamodel.models;
    let ids = |view: bool| (0..models.len()).filter(move |i| models[*i].is_view == view).map(|i| ModelId(i as u32));
    ids(false).chain(ids(true)).collect()
}

/// The checks on each relation field of `model`. `Break` after an
/// ambiguous relation: Prisma then stops validating altogether.
pub(crate) fn relation_field(ctx: &mut Context<'_>, model: ModelId) -> ControlFlow<()> {
    fields::check(ctx, model)
}

/// Warnings Prisma emits from the connector's model checks (MySQL `SetDefault`).
pub(crate) fn model_warnings(ctx: &mut Context<'_>, model: ModelId) {
    fields::set_default_warnings(ctx, model);
}

/// The checks on every relation, in the order relations were inferred.
pub(crate) fn relation(ctx: &mut Context<'_>, ns: &ConstraintNamespace) {
    for i in 0..ctx.datamodel.relations.len() {
        match ctx.datamodel.relations[i].kind {
            RelationKind::OneToOne | RelationKind::OneToMany => inline::check(ctx, i, ns),
            RelationKind::ImplicitManyToMany => many_to_many::check_implicit(ctx, i),
            RelationKind::TwoWayEmbeddedManyToMany => {}
        }
    }
}

/// The provider and relation mode in effect.
pub(super) fn provider_and_mode(ctx: &Context<'_>) -> (Option<Provider>, RelationMode) {
    (ctx.config.provider(), ctx.config.relation_mode())
}

/// How Prisma names the connector in messages.
pub(super) fn connector_name(provider: Option<Provider>) -> &'static str {
    match provider {
        Some(Provider::Postgres) => "Postgres",
        Some(Provider::Mysql) => "MySQL",
        Some(Provider::Sqlite) => "sqlite",
        Some(Provider::SqlServer) => "SQL Server",
        Some(Provider::MongoDb) => "MongoDB",
        Some(Provider::CockroachDb) => "CockroachDB",
        None => "Empty connector",
    }
}

/// `"view"` or `"model"`.
pub(super) fn container(model: &Model) -> &'static str {
    if model.is_view {
        "view"
    } else {
        "model"
    }
}

/// The unique criterias of a model: the primary key, then unique indexes,
/// each as field indexes in declaration order.
pub(super) fn unique_criterias(model: &Model) -> Vec<Vec<usize>> {
    let pk = model.primary_key.iter().map(|pk| pk.fields.iter().map(|f| f.field).collect());
    let uniques = model
        .indexes
        .iter()
        .filter(|i| i.kind == crate::datamodel::IndexKind::Unique)
        .map(|i| i.fields.iter().map(|f| f.field).collect());
    pk.chain(uniques).collect()
}

/// Whether no field of the criteria is optional or `Unsupported`.
pub(super) fn is_strict(model: &Model, criteria: &[usize]) -> bool {
    criteria.iter().all(|i| {
        model.fields.get(*i).is_some_and(|f| {
            f.arity != crate::ast::FieldArity::Optional
                && !matches!(&f.kind, FieldKind::Scalar(s) if matches!(s.ty, crate::datamodel::ScalarFieldType::Unsupported(_)))
        })
    })
}

/// Field names of `model` at `indexes`.
pub(super) fn names<'m>(model: &'m Model, indexes: &[usize]) -> Vec<&'m str> {
    indexes.iter().filter_map(|i| model.fields.get(*i)).map(|f| f.name.as_str()).collect()
}
