//! Checks on implicit many-to-many relations.

use super::{connector_name, container, names, provider_and_mode};
use crate::config::Provider;
use crate::datamodel::{ModelId, Relation};
use crate::messages::relation as msg;
use crate::validate::relations::RelationStore;
use crate::validate::{Context, Worker};

/// Views, provider support, single-field ids on both sides, no actions, no `references`.
pub(super) fn check_implicit(ctx: &mut Worker<'_, '_>, store: &RelationStore, relation: &Relation) {
    let (Some(field_a), Some(field_b)) = (relation.field_a, relation.field_b) else { return };
    let sides = [(relation.model_a, field_a), (relation.model_b, field_b)];
    let span = |ctx: &Context<'_>, (m, f): (ModelId, usize)| ctx.datamodel.models[m.0 as usize].fields[f].span;

    // Supported at all?
    let touches_view = sides.iter().any(|(m, _)| ctx.datamodel.models[m.0 as usize].is_view);
    let (provider, _) = provider_and_mode(ctx);
    if touches_view {
        for side in sides {
            let s = span(ctx, side);
            ctx.diagnostics.push_error(msg::validation_error(msg::many_to_many_with_view()), s);
        }
    } else if provider == Some(Provider::MongoDb) {
        let message = msg::many_to_many_not_supported(connector_name(provider));
        for side in sides {
            let s = span(ctx, side);
            ctx.diagnostics.push_error(msg::validation_error(&message), s);
        }
    }

    // A single-field id on the other side, referenced (if at all) as such.
    for (m, f) in sides {
        let Some(attrs) = store.get(m, f) else { continue };
        let model = &ctx.datamodel.models[m.0 as usize];
        let related = &ctx.datamodel.models[attrs.target.0 as usize];
        let pk: Option<Vec<usize>> = related.primary_key.as_ref().map(|pk| pk.fields.iter().map(|x| x.field).collect());
        let field_name = &model.fields[f].name;
        if pk.as_ref().is_none_or(|pk| pk.len() != 1) {
            let container = container(related);
            let message = msg::many_to_many_needs_single_id(container, field_name, &model.name, &related.name);
            let error = msg::field_validation_error(container, &model.name, field_name, &message);
            let s = span(ctx, (m, f));
            ctx.diagnostics.push_error(error, s);
            continue;
        }
        let references_id = match &attrs.references {
            None => true,
            Some(refs) => refs.len() == 1 && pk.as_deref() == Some(&refs[..]),
        };
        if !references_id {
            let refs = attrs.references.clone().unwrap_or_default();
            let message = msg::many_to_many_references_not_id(&related.name, &names(related, &refs));
            let s = span(ctx, (m, f));
            ctx.diagnostics.push_error(msg::validation_error(&message), s);
        }
    }

    // No referential actions.
    for (m, f) in sides {
        let Some(attrs) = store.get(m, f) else { continue };
        let spans: Vec<_> = [attrs.on_delete, attrs.on_update].into_iter().flatten().map(|(_, s)| s).collect();
        for s in spans {
            ctx.diagnostics.push_error(msg::validation_error(msg::many_to_many_actions()), s);
        }
    }

    // No `references`.
    for (m, f) in sides {
        if store.get(m, f).is_some_and(|a| a.references.is_some()) {
            let s = span(ctx, (m, f));
            ctx.diagnostics.push_error(msg::relation_attribute_error(msg::many_to_many_references()), s);
        }
    }
}
