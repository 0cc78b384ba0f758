//! Checks on each relation field of a model.

use super::{connector_name, container, provider_and_mode};
use crate::ast;
use crate::config::{Provider, RelationMode};
use crate::datamodel::{ModelId, ReferentialAction};
use crate::messages::relation as msg;
use crate::span::Span;
use crate::validate::relations::RelationStore;
use crate::validate::{Context, Worker};
use std::borrow::Cow;
use std::ops::ControlFlow;

/// Ambiguity, ignored related model, supported actions, `map:`, and the
/// missing-index warning, field by field.
pub(super) fn check(ctx: &mut Worker<'_, '_>, store: &RelationStore, model_id: ModelId) -> ControlFlow<()> {
    let (provider, mode) = provider_and_mode(ctx);
    let model_index = model_id.0 as usize;
    // Relation names are compared pairwise: compute them once per model.
    let names: Vec<(usize, Option<RelationName<'_>>)> = ctx.datamodel.models[model_index]
        .relation_fields()
        .map(|(i, _, _)| (i, relation_name(ctx, store, model_id, i)))
        .collect();
    for (field, name) in &names {
        let field = *field;
        if let Some((message, span)) = name.as_ref().and_then(|name| ambiguity(ctx, model_id, field, name, &names)) {
            ctx.diagnostics.push_error(message, span);
            return ControlFlow::Break(());
        }
        ignored_related_model(ctx, model_id, field);
        referential_actions(ctx, store, model_id, field, provider, mode);
        map(ctx, store, model_id, field, provider);
        missing_index(ctx, store, model_id, field, provider, mode);
    }
    ControlFlow::Continue(())
}

/// The relation name Prisma groups fields by (explicit, or `{A}To{B}`), the
/// related model, and whether the name is explicit.
type RelationName<'s> = (Cow<'s, str>, ModelId, bool);

fn relation_name<'s>(
    ctx: &Context<'_>,
    store: &'s RelationStore,
    model: ModelId,
    field: usize,
) -> Option<RelationName<'s>> {
    let attrs = store.get(model, field)?;
    let a = &ctx.datamodel.models[model.0 as usize].name;
    let b = &ctx.datamodel.models[attrs.target.0 as usize].name;
    Some(match &attrs.name {
        Some(name) => (Cow::Borrowed(name.as_str()), attrs.target, true),
        None if a < b => (Cow::Owned(format!("{a}To{b}")), attrs.target, false),
        None => (Cow::Owned(format!("{b}To{a}")), attrs.target, false),
    })
}

fn ambiguity(
    ctx: &Context<'_>,
    model_id: ModelId,
    field: usize,
    (name, target, explicit): &RelationName<'_>,
    names: &[(usize, Option<RelationName<'_>>)],
) -> Option<(String, Span)> {
    let model = &ctx.datamodel.models[model_id.0 as usize];
    let same = || names.iter().filter(|(_, other)| other.as_ref().is_some_and(|(n, t, _)| n == name && t == target));
    same().nth(1)?;
    let same: Vec<&str> = same().map(|(i, _)| model.fields[*i].name.as_str()).collect();
    let related = &ctx.datamodel.models[target.0 as usize].name;
    let message = msg::ambiguous_relation(&same, &model.name, related, *target == model_id, *explicit)?;
    let span = model.fields[field].span;
    Some((msg::model_validation_error(container(model), &model.name, &message), span))
}

fn ignored_related_model(ctx: &mut Worker<'_, '_>, model_id: ModelId, field: usize) {
    let model = &ctx.datamodel.models[model_id.0 as usize];
    let Some(f) = model.fields.get(field) else { return };
    let Some(rf) = f.as_relation() else { return };
    let related = &ctx.datamodel.models[rf.target.0 as usize];
    if !related.is_ignored || f.is_ignored || model.is_ignored {
        return;
    }
    let message = msg::related_model_ignored(&f.name, &model.name, &related.name);
    ctx.diagnostics.push_error(msg::attribute_error("@ignore", &message), f.span);
}

/// The span of `name: value` inside the field's `@relation`, if written.
pub(super) fn argument_span(ctx: &Context<'_>, model: ModelId, field: usize, name: &str) -> Option<Span> {
    let ast_field = ast_field(ctx, model, field)?;
    let attribute = ast_field.attributes.iter().find(|a| a.name.name == "relation")?;
    attribute.arguments.arguments.iter().find(|a| a.name.as_ref().is_some_and(|n| n.name == name)).map(|a| a.span)
}

/// The AST of a datamodel field (the datamodel has one field per AST field, at the same index).
fn ast_field<'a>(ctx: &Context<'a>, model: ModelId, field: usize) -> Option<&'a ast::Field> {
    ctx.model_ast(model).fields.get(field)
}

/// The field's `@relation` attribute span.
pub(super) fn attribute_span(ctx: &Context<'_>, model: ModelId, field: usize) -> Option<Span> {
    ast_field(ctx, model, field)?.attributes.iter().find(|a| a.name.name == "relation").map(|a| a.span)
}

fn referential_actions(
    ctx: &mut Worker<'_, '_>,
    store: &RelationStore,
    model: ModelId,
    field: usize,
    provider: Option<Provider>,
    mode: RelationMode,
) {
    let Some(attrs) = store.get(model, field) else { return };
    let allowed = ReferentialAction::supported(provider, mode);
    let field_span = ctx.datamodel.models[model.0 as usize].fields[field].span;
    for (action, argument) in [(attrs.on_delete, "onDelete"), (attrs.on_update, "onUpdate")] {
        let Some((action, _)) = action else { continue };
        if allowed.contains(&action) {
            continue;
        }
        let message = match mode {
            RelationMode::ForeignKeys => msg::action_not_supported(action, allowed),
            RelationMode::Prisma => msg::action_not_emulated(action, allowed, connector_name(provider)),
        };
        let span = argument_span(ctx, model, field, argument).unwrap_or(field_span);
        ctx.diagnostics.push_error(msg::validation_error(&message), span);
    }
}

fn map(ctx: &mut Worker<'_, '_>, store: &RelationStore, model: ModelId, field: usize, provider: Option<Provider>) {
    let Some(attrs) = store.get(model, field) else { return };
    if attrs.map.is_none() {
        return;
    }
    let named_foreign_keys =
        matches!(provider, Some(Provider::Postgres | Provider::Mysql | Provider::SqlServer | Provider::CockroachDb));
    if !named_foreign_keys {
        let span = attribute_span(ctx, model, field).unwrap_or_default();
        ctx.diagnostics.push_error(msg::relation_attribute_error(msg::named_foreign_keys_not_supported()), span);
    }
}

/// `relationMode = "prisma"`: the referencing fields should lead some index or the primary key.
fn missing_index(
    ctx: &mut Worker<'_, '_>,
    store: &RelationStore,
    model: ModelId,
    field: usize,
    provider: Option<Provider>,
    mode: RelationMode,
) {
    if mode != RelationMode::Prisma || matches!(provider, None | Some(Provider::MongoDb)) {
        return;
    }
    let Some(attrs) = store.get(model, field) else { return };
    let Some(fields) = &attrs.fields else { return };
    let m = &ctx.datamodel.models[model.0 as usize];
    let leads =
        |index_fields: Vec<usize>| index_fields.len() >= fields.len() && index_fields[..fields.len()] == fields[..];
    if m.indexes.iter().any(|i| leads(i.fields.iter().map(|f| f.field).collect())) {
        return;
    }
    if m.primary_key.as_ref().is_some_and(|pk| leads(pk.fields.iter().map(|f| f.field).collect())) {
        return;
    }
    let span = attribute_span(ctx, model, field).unwrap_or(m.fields[field].span);
    ctx.diagnostics.push_warning(msg::missing_index_on_emulated_relation(), span);
}

/// MySQL with foreign keys warns that `SetDefault` is not really supported.
pub(super) fn set_default_warnings(ctx: &mut Worker<'_, '_>, store: &RelationStore, model: ModelId) {
    let (provider, mode) = provider_and_mode(ctx);
    if provider != Some(Provider::Mysql) || mode != RelationMode::ForeignKeys {
        return;
    }
    let relation_fields: Vec<usize> =
        ctx.datamodel.models[model.0 as usize].relation_fields().map(|(i, _, _)| i).collect();
    for field in relation_fields {
        let Some(attrs) = store.get(model, field) else { continue };
        let field_span = ctx.datamodel.models[model.0 as usize].fields[field].span;
        for (action, argument) in [(attrs.on_delete, "onDelete"), (attrs.on_update, "onUpdate")] {
            if !matches!(action, Some((ReferentialAction::SetDefault, _))) {
                continue;
            }
            let span = argument_span(ctx, model, field, argument).unwrap_or(field_span);
            ctx.diagnostics.push_warning(msg::mysql_set_default(connector_name(provider)), span);
        }
    }
}
