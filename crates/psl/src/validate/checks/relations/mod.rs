//! Relation rules, checked on schemas without errors, in Prisma's order:
//!
//! - per model (models first, then views), per relation field
//!   ([`fields`]): ambiguity (stops all further checks), ignored related
//!   model, referential actions the provider supports, `map:`, the
//!   `relationMode = "prisma"` missing-index warning; plus MySQL's
//!   `SetDefault` warning, which Prisma runs with the model's connector
//!   checks;
//! - then per relation: the rules of 1:1 and 1:n ([`inline`]) and m:n
//!   ([`many_to_many`]).

mod fields;
mod inline;
mod many_to_many;

use super::constraint_namespace::ConstraintNamespace;
use crate::config::{Provider, RelationMode};
use crate::datamodel::{FieldKind, IndexField, IndexKind, Model, ModelId, Relation, RelationKind};
use crate::validate::relations::RelationStore;
use crate::validate::Context;

/// Runs every relation check in Prisma's order. Stops after an ambiguity
/// error.
///
/// The relation fields' attributes and the relations are only read from
/// here on: they are held beside the context while the checks run, so the
/// checks can report into the context without copying them.
pub(crate) fn run(ctx: &mut Context<'_>, ns: &ConstraintNamespace) {
    let store = std::mem::take(&mut ctx.relations);
    let relations = std::mem::take(&mut ctx.datamodel.relations);
    run_checks(ctx, &store, &relations, ns);
    ctx.relations = store;
    ctx.datamodel.relations = relations;
}

fn run_checks(ctx: &mut Context<'_>, store: &RelationStore, relations: &[Relation], ns: &ConstraintNamespace) {
    // Models are checked independently, on several threads for a large schema.
    let order = model_order(ctx);
    let checked = crate::validate::per_item_until_break(
        ctx,
        order.len(),
        |c, i| c.model_weight(order[i].0 as usize),
        |w, i| {
            // Warnings Prisma emits from the connector's model checks (MySQL `SetDefault`).
            fields::set_default_warnings(w, store, order[i]);
            fields::check(w, store, order[i])
        },
    );
    if checked.is_break() {
        return;
    }
    // Relations are checked independently too; some checks run only while
    // no error has been reported, hence the speculative split.
    crate::validate::per_item_speculative(ctx, relations.len(), |w, i| match relations[i].kind {
        RelationKind::OneToOne | RelationKind::OneToMany => inline::check(w, store, relations, i, ns),
        RelationKind::ImplicitManyToMany => many_to_many::check_implicit(w, store, &relations[i]),
        RelationKind::TwoWayEmbeddedManyToMany => {}
    });
}

/// Model ids in Prisma's checking order: models, then views, each in source order.
fn model_order(ctx: &Context<'_>) -> Vec<ModelId> {
    let models = &ctx.datamodel.models;
    let ids = |view: bool| (0..models.len()).filter(move |i| models[*i].is_view == view).map(|i| ModelId(i as u32));
    ids(false).chain(ids(true)).collect()
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
/// each as its fields in declaration order.
pub(super) fn unique_criterias(model: &Model) -> impl Iterator<Item = &[IndexField]> + '_ {
    let pk = model.primary_key.iter().map(|pk| pk.fields.as_slice());
    let uniques = model.indexes.iter().filter(|i| i.kind == IndexKind::Unique).map(|i| i.fields.as_slice());
    pk.chain(uniques)
}

/// Whether `criteria` holds exactly `fields`, in the same order.
pub(super) fn same_fields(criteria: &[IndexField], fields: &[usize]) -> bool {
    criteria.len() == fields.len() && criteria.iter().zip(fields).all(|(c, f)| c.field == *f)
}

/// Whether no field of the criteria is optional or `Unsupported`.
pub(super) fn is_strict(model: &Model, criteria: &[IndexField]) -> bool {
    criteria.iter().map(|f| f.field).all(|i| {
        model.fields.get(i).is_some_and(|f| {
            f.arity != crate::ast::FieldArity::Optional
                && !matches!(&f.kind, FieldKind::Scalar(s) if matches!(s.ty, crate::datamodel::ScalarFieldType::Unsupported(_)))
        })
    })
}

/// Field names of `model` at `indexes`.
pub(super) fn names<'m>(model: &'m Model, indexes: &[usize]) -> Vec<&'m str> {
    indexes.iter().filter_map(|i| model.fields.get(*i)).map(|f| f.name.as_str()).collect()
}
