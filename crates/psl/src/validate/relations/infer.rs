//! Relation inference, exactly as Prisma's parser-database does it.
//!
//! Every relation field is visited in (model, field) order. Its opposite is
//! the first relation field of the target model that points back and has the
//! same explicit name (or none). Each relation is created once, from the
//! side that decides its shape:
//!
//! - both sides lists: implicit many-to-many (MongoDB: two-way embedded when
//!   either side has `fields`), created from the model whose name sorts
//!   first (field names break ties in self relations);
//! - required + optional: one-to-one, forward side = the required one;
//! - both optional: one-to-one, forward side = the one with `fields`, or
//!   else the first by (model name, field name);
//! - singular + list: one-to-many, forward side = the singular one;
//! - a lone singular field: one-to-one when its `fields` are exactly a unique
//!   index, else one-to-many; a lone list field: one-to-many seen from the
//!   back.

use super::{RelationFieldAttributes, RelationStore};
use crate::ast::FieldArity;
use crate::datamodel::{Datamodel, FieldKind, IndexKind, ModelId, Relation, RelationId, RelationKind};
use crate::validate::Context;

/// Pairs relation fields into [`Datamodel::relations`] and fills every
/// [`crate::datamodel::RelationField`].
pub(crate) fn infer(ctx: &mut Context<'_>) {
    let relations = pair(&ctx.relations, &ctx.datamodel);
    fill(&ctx.relations, &mut ctx.datamodel, relations);
}

/// One relation field with what inference needs.
struct Side<'a> {
    model: ModelId,
    field: usize,
    arity: FieldArity,
    attrs: &'a RelationFieldAttributes,
}

fn pair(store: &RelationStore, dm: &Datamodel) -> Vec<Relation> {
    // Each relation field is looked at independently, on several threads
    // for a large schema; the relations come out in (model, field) order.
    let pieces = crate::parallel::weighted_ranges(
        dm.models.len(),
        crate::validate::MIN_ITEMS_PER_THREAD,
        |m| store.of_model(ModelId(m as u32)).len() + 1,
        |range| {
            range
                .flat_map(|m| {
                    let model = ModelId(m as u32);
                    store
                        .of_model(model)
                        .iter()
                        .filter_map(move |(field, attrs)| relation_of(store, dm, model, *field, attrs))
                })
                .collect::<Vec<_>>()
        },
    );
    pieces.into_iter().flatten().collect()
}

/// The relation that relation field `field` of `model` creates, if that
/// field is the side that creates it.
fn relation_of(
    store: &RelationStore,
    dm: &Datamodel,
    model: ModelId,
    field: usize,
    attrs: &RelationFieldAttributes,
) -> Option<Relation> {
    let arity =
        |m: ModelId, f: usize| dm.models[m.0 as usize].fields.get(f).map(|f| f.arity).unwrap_or(FieldArity::Optional);
    let model_name = |m: ModelId| dm.models[m.0 as usize].name.as_str();
    let field_name =
        |m: ModelId, f: usize| dm.models[m.0 as usize].fields.get(f).map(|f| f.name.as_str()).unwrap_or("");

    let this = Side { model, field, arity: arity(model, field), attrs };
    let target = attrs.target;
    let is_self = target == model;
    let opposite = store
        .of_model(target)
        .iter()
        .filter(|(_, o)| o.target == model)
        .filter(|(f, _)| !is_self || *f != field)
        .find(|(_, o)| o.name == attrs.name)
        .map(|(f, o)| Side { model: target, field: *f, arity: arity(target, *f), attrs: o });

    let first_by_names = |opp: &Side<'_>| {
        (model_name(model), field_name(model, field)) <= (model_name(opp.model), field_name(opp.model, opp.field))
    };

    use FieldArity::*;
    let (kind, forward, back) = match (this.arity, opposite) {
        (List, Some(opp)) if opp.arity == List => {
            if model_name(model) > model_name(target) {
                return None;
            }
            if is_self && field_name(model, field) > field_name(opp.model, opp.field) {
                return None;
            }
            let kind = if attrs.fields.is_some() || opp.attrs.fields.is_some() {
                RelationKind::TwoWayEmbeddedManyToMany
            } else {
                RelationKind::ImplicitManyToMany
            };
            (kind, Some(this), Some(opp))
        }
        (Required, Some(opp)) if opp.arity == Optional => (RelationKind::OneToOne, Some(this), Some(opp)),
        (Required, Some(opp)) if opp.arity == Required => {
            if !first_by_names(&opp) {
                return None;
            }
            (RelationKind::OneToOne, Some(this), Some(opp))
        }
        (Optional, Some(opp)) if opp.arity == Required => return None,
        (Optional, Some(opp)) if opp.arity == Optional => {
            if attrs.fields.is_some() {
                (RelationKind::OneToOne, Some(this), Some(opp))
            } else if opp.attrs.fields.is_none() {
                if !first_by_names(&opp) {
                    return None;
                }
                (RelationKind::OneToOne, Some(this), Some(opp))
            } else {
                return None;
            }
        }
        (List, Some(_)) => return None,
        (List, None) => (RelationKind::OneToMany, None, Some(this)),
        (_, Some(opp)) => (RelationKind::OneToMany, Some(this), Some(opp)),
        (_, None) => {
            let unique = attrs.fields.as_ref().is_some_and(|fields| {
                dm.models[model.0 as usize].indexes.iter().any(|idx| {
                    idx.kind == IndexKind::Unique
                        && idx.fields.len() == fields.len()
                        && idx.fields.iter().zip(fields).all(|(a, b)| a.field == *b)
                })
            });
            let kind = if unique { RelationKind::OneToOne } else { RelationKind::OneToMany };
            (kind, Some(this), None)
        }
    };

    let (model_a, model_b) = match &forward {
        Some(f) => (f.model, f.attrs.target),
        None => (target, model),
    };
    let name = attrs.name.clone();
    let (a, b) = (model_name(model_a), model_name(model_b));
    Some(Relation {
        is_named: name.is_some(),
        name: name.unwrap_or_else(|| if a < b { format!("{a}To{b}") } else { format!("{b}To{a}") }),
        kind,
        model_a,
        field_a: forward.map(|f| f.field),
        model_b,
        field_b: back.map(|b| b.field),
    })
}

/// Copies the attributes into the datamodel's relation fields and links them to their relation.
fn fill(store: &RelationStore, dm: &mut Datamodel, relations: Vec<Relation>) {
    for (i, relation) in relations.iter().enumerate() {
        let id = RelationId(i as u32);
        for (model, field) in [(relation.model_a, relation.field_a), (relation.model_b, relation.field_b)] {
            let Some(field) = field else { continue };
            if let Some(FieldKind::Relation(rf)) =
                dm.models[model.0 as usize].fields.get_mut(field).map(|f| &mut f.kind)
            {
                rf.relation = id;
            }
        }
    }
    // Each model's relation fields are filled in on their own (on several
    // threads for a large schema).
    let ids: Vec<ModelId> = (0..dm.models.len()).map(|m| ModelId(m as u32)).collect();
    crate::parallel::update_each(&mut dm.models, ids, 256, |model, id| {
        for (field, attrs) in store.of_model(id) {
            let Some(f) = model.fields.get_mut(*field) else { continue };
            f.is_ignored |= attrs.is_ignored;
            let FieldKind::Relation(rf) = &mut f.kind else { continue };
            rf.relation_name = attrs.name.clone();
            rf.fields = attrs.fields.clone().unwrap_or_default();
            rf.references = attrs.references.clone().unwrap_or_default();
            rf.on_delete = attrs.on_delete.map(|(a, _)| a);
            rf.on_update = attrs.on_update.map(|(a, _)| a);
            rf.mapped_name = attrs.map.clone();
        }
    });
    dm.relations = relations;
}
