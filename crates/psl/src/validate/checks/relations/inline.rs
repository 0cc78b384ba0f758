//! Checks on one-to-one and one-to-many relations.

use super::super::constraint_namespace::{ConstraintKind, ConstraintNamespace};
use super::{container, names, provider_and_mode, same_fields, unique_criterias};
use crate::ast::FieldArity;
use crate::config::{Provider, RelationMode};
use crate::datamodel::{Model, ModelId, ReferentialAction, Relation, RelationKind, ScalarFieldType};
use crate::hash::FxHashSet;
use crate::messages::relation as msg;
use crate::span::Span;
use crate::validate::relations::{RelationFieldAttributes, RelationStore};
use crate::validate::{Context, Worker};
use std::borrow::Cow;

/// One side of a relation: model, field index, its attributes.
#[derive(Clone, Copy)]
struct Side<'c> {
    model: ModelId,
    field: usize,
    attrs: &'c RelationFieldAttributes,
}

/// Runs the 1:1 / 1:n rules on relation `index`.
pub(super) fn check(
    ctx: &mut Worker<'_, '_>,
    store: &RelationStore,
    relations: &[Relation],
    index: usize,
    ns: &ConstraintNamespace,
) {
    let relation = &relations[index];
    let side =
        |m: ModelId, f: Option<usize>| f.and_then(|f| store.get(m, f).map(|attrs| Side { model: m, field: f, attrs }));
    let forward = side(relation.model_a, relation.field_a);
    let back = side(relation.model_b, relation.field_b);

    if let (Some(f), Some(_)) = (forward, back) {
        cycles(ctx, relations, relation, f);
    }
    if let Some(f) = forward {
        references_unique_fields(ctx, relation, f);
        same_length(ctx, f);
        field_arity(ctx, f);
        scalar_field_types(ctx, relation, f);
        unique_constraint_name(ctx, ns, f);
        set_null_on_required(ctx, f);
    }
    if relation.kind == RelationKind::OneToOne {
        one_to_one(ctx, relation, forward, back);
    } else {
        one_to_many(ctx, forward, back);
    }
}

fn model<'c>(ctx: &'c Context<'_>, id: ModelId) -> &'c Model {
    &ctx.datamodel.models[id.0 as usize]
}

fn field_span(ctx: &Context<'_>, side: Side<'_>) -> Span {
    model(ctx, side.model).fields[side.field].span
}

fn field_name<'c>(ctx: &'c Context<'_>, side: Side<'_>) -> &'c str {
    &model(ctx, side.model).fields[side.field].name
}

fn is_empty(list: &Option<Vec<usize>>) -> bool {
    list.as_ref().is_none_or(|l| l.is_empty())
}

fn pick<'s>(side: Side<'s>, argument: &str) -> &'s Option<Vec<usize>> {
    if argument == "fields" {
        &side.attrs.fields
    } else {
        &side.attrs.references
    }
}

fn has_actions(side: Side<'_>) -> bool {
    side.attrs.on_delete.is_some() || side.attrs.on_update.is_some()
}

/// `references`, or the first strict unique criteria of the referenced model.
fn referenced_fields<'c>(ctx: &Context<'_>, relation: &Relation, forward: Side<'c>) -> Cow<'c, [usize]> {
    if let Some(refs) = &forward.attrs.references {
        return Cow::Borrowed(refs);
    }
    let target = model(ctx, relation.model_b);
    let strict = unique_criterias(target).find(|c| super::is_strict(target, c));
    Cow::Owned(strict.map(|c| c.iter().map(|f| f.field).collect()).unwrap_or_default())
}

fn references_unique_fields(ctx: &mut Worker<'_, '_>, relation: &Relation, forward: Side<'_>) {
    let Some(refs) = forward.attrs.references.as_ref().filter(|r| !r.is_empty()) else { return };
    let target = model(ctx, relation.model_b);
    // The same fields in any order (field names are unique, and so are the
    // fields listed in `references`).
    let matches =
        unique_criterias(target).any(|c| c.len() == refs.len() && refs.iter().all(|r| c.iter().any(|f| f.field == *r)));
    if matches {
        let (provider, _) = provider_and_mode(ctx);
        // Only SQL Server (and the schema without datasource) insist on the criteria's order.
        let arbitrary_order = !matches!(provider, None | Some(Provider::SqlServer));
        if refs.len() <= 1 || arbitrary_order || unique_criterias(target).any(|c| same_fields(c, refs)) {
            return;
        }
        let message = msg::references_wrong_order(&target.name, &names(target, refs));
        let span = field_span(ctx, forward);
        ctx.diagnostics.push_error(msg::validation_error(&message), span);
        return;
    }
    let message = msg::references_not_unique(&names(target, refs), &target.name);
    let span = field_span(ctx, forward);
    ctx.diagnostics.push_error(msg::relation_attribute_error(&message), span);
}

fn same_length(ctx: &mut Worker<'_, '_>, forward: Side<'_>) {
    if let (Some(fields), Some(refs)) = (&forward.attrs.fields, &forward.attrs.references) {
        if fields.len() != refs.len() {
            let span = forward.attrs.attribute_span.unwrap_or_else(|| field_span(ctx, forward));
            ctx.diagnostics.push_error(msg::validation_error(msg::fields_references_length()), span);
        }
    }
}

fn field_arity(ctx: &mut Worker<'_, '_>, forward: Side<'_>) {
    let m = model(ctx, forward.model);
    if m.fields[forward.field].arity != FieldArity::Required {
        return;
    }
    let Some(fields) = &forward.attrs.fields else { return };
    if fields.iter().all(|i| m.fields.get(*i).is_some_and(|f| f.arity != FieldArity::Optional)) {
        return;
    }
    let message = msg::required_relation_over_optional_fields(field_name(ctx, forward), &names(m, fields));
    let span = field_span(ctx, forward);
    ctx.diagnostics.push_error(msg::validation_error(&message), span);
}

fn scalar_field_types(ctx: &mut Worker<'_, '_>, relation: &Relation, forward: Side<'_>) {
    let Some(fields) = &forward.attrs.fields else { return };
    let referenced = referenced_fields(ctx, relation, forward);
    let (m, target) = (model(ctx, forward.model), model(ctx, relation.model_b));
    let mut messages = Vec::new();
    for (a, b) in fields.iter().zip(referenced.iter()) {
        let (Some(fa), Some(fb)) = (m.fields.get(*a), target.fields.get(*b)) else { continue };
        let (Some(sa), Some(sb)) = (fa.as_scalar(), fb.as_scalar()) else { continue };
        let same = match (&sa.ty, &sb.ty) {
            (ScalarFieldType::Unsupported(x), ScalarFieldType::Unsupported(y)) => x == y,
            (x, y) => x == y,
        };
        if !same {
            messages.push(msg::field_types_differ(&fa.name, &m.name, &fb.name, &target.name));
        }
    }
    let span = field_span(ctx, forward);
    for message in messages {
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), span);
    }
}

fn set_null_on_required(ctx: &mut Worker<'_, '_>, forward: Side<'_>) {
    let m = model(ctx, forward.model);
    let none_required = forward
        .attrs
        .fields
        .as_ref()
        .map(|fields| fields.iter().all(|i| m.fields.get(*i).is_none_or(|f| f.arity != FieldArity::Required)))
        .unwrap_or(false);
    if none_required {
        return;
    }
    let span = field_span(ctx, forward);
    let (provider, mode) = provider_and_mode(ctx);
    let warn = provider == Some(Provider::Postgres) && mode == RelationMode::ForeignKeys;
    for (action, kind) in [(forward.attrs.on_delete, "onDelete"), (forward.attrs.on_update, "onUpdate")] {
        if !matches!(action, Some((ReferentialAction::SetNull, _))) {
            continue;
        }
        if warn {
            ctx.diagnostics.push_warning(msg::set_null_on_required_warning(kind), span);
        } else {
            ctx.diagnostics.push_error(msg::relation_attribute_error(&msg::set_null_on_required_error(kind)), span);
        }
    }
}

fn one_to_one(ctx: &mut Worker<'_, '_>, relation: &Relation, forward: Option<Side<'_>>, back: Option<Side<'_>>) {
    let Some(forward) = forward else { return };
    let fm = model(ctx, forward.model);
    let Some(back) = back else {
        let related = &model(ctx, forward.attrs.target).name;
        let message = msg::missing_opposite_field(container(fm), field_name(ctx, forward), &fm.name, related);
        let error = msg::field_validation_error(container(fm), &fm.name, field_name(ctx, forward), &message);
        let span = field_span(ctx, forward);
        ctx.diagnostics.push_error(error, span);
        unique_fields(ctx, relation, forward);
        return;
    };
    let f = (field_name(ctx, forward).to_string(), fm.name.clone());
    let b = (field_name(ctx, back).to_string(), model(ctx, back.model).name.clone());
    let (f, b) = ((f.0.as_str(), f.1.as_str()), (b.0.as_str(), b.1.as_str()));
    let (fs, bs) = (field_span(ctx, forward), field_span(ctx, back));
    let mut push =
        |message: String, span: Span| ctx.diagnostics.push_error(msg::relation_attribute_error(&message), span);

    for argument in ["fields", "references"] {
        if is_empty(pick(forward, argument)) && is_empty(pick(back, argument)) {
            push(msg::one_to_one_argument_missing(argument, f, b), fs);
            push(msg::one_to_one_argument_missing(argument, b, f), bs);
        }
    }
    for argument in ["references", "fields"] {
        if !is_empty(pick(forward, argument)) && !is_empty(pick(back, argument)) {
            push(msg::one_to_one_argument_on_both_sides(argument, f, b), fs);
            push(msg::one_to_one_argument_on_both_sides(argument, f, b), bs);
        }
    }
    if has_actions(forward) && has_actions(back) {
        push(msg::one_to_one_argument_on_both_sides("onDelete` or `onUpdate", b, f), bs);
        push(msg::one_to_one_argument_on_both_sides("onDelete` or `onUpdate", f, b), fs);
    } else if has_actions(back) {
        push(msg::one_to_one_actions_on_back_side(b, f), bs);
    }
    unique_fields(ctx, relation, forward);

    if ctx.has_errors() {
        return;
    }
    let mut push =
        |message: String, span: Span| ctx.diagnostics.push_error(msg::relation_attribute_error(&message), span);
    if !is_empty(&forward.attrs.fields) && !is_empty(&back.attrs.references) {
        let message = msg::fields_references_mixup("fields", "references", f, b);
        push(message.clone(), fs);
        push(message, bs);
    }
    if !is_empty(&forward.attrs.references) && !is_empty(&back.attrs.fields) {
        push(msg::fields_references_mixup("references", "fields", f, b), fs);
    }
    if ctx.has_errors() {
        return;
    }
    let back_arity = model(ctx, back.model).fields[back.field].arity;
    if back_arity == FieldArity::Required {
        let message = msg::one_to_one_back_side_required(b, f.1);
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), bs);
    }
    if ctx.has_errors() {
        return;
    }
    let forward_arity = model(ctx, forward.model).fields[forward.field].arity;
    if forward_arity == FieldArity::Required && (back.attrs.fields.is_some() || back.attrs.references.is_some()) {
        let message = msg::one_to_one_arguments_on_wrong_side(b, f);
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), bs);
    }
}

/// The referencing side of a 1:1 must be exactly a unique criteria.
fn unique_fields(ctx: &mut Worker<'_, '_>, _relation: &Relation, forward: Side<'_>) {
    let Some(fields) = &forward.attrs.fields else { return };
    let m = model(ctx, forward.model);
    if unique_criterias(m).any(|c| same_fields(c, fields)) {
        return;
    }
    let message = msg::one_to_one_fields_not_unique(&names(m, fields));
    let span = field_span(ctx, forward);
    ctx.diagnostics.push_error(msg::relation_attribute_error(&message), span);
}

fn one_to_many(ctx: &mut Worker<'_, '_>, forward: Option<Side<'_>>, back: Option<Side<'_>>) {
    let lone = match (forward, back) {
        (Some(f), None) | (None, Some(f)) => Some(f),
        _ => None,
    };
    if let Some(side) = lone {
        let m = model(ctx, side.model);
        let related = &model(ctx, side.attrs.target).name;
        let message = msg::missing_opposite_field(container(m), field_name(ctx, side), &m.name, related);
        let error = msg::field_validation_error(container(m), &m.name, field_name(ctx, side), &message);
        let span = field_span(ctx, side);
        ctx.diagnostics.push_error(error, span);
    }
    let (Some(forward), Some(back)) = (forward, back) else { return };
    let wrong = [
        is_empty(&forward.attrs.fields),
        is_empty(&forward.attrs.references),
        !is_empty(&back.attrs.fields) || !is_empty(&back.attrs.references),
        has_actions(back),
    ];
    if !wrong.contains(&true) {
        return;
    }
    let (fm, bm) = (model(ctx, forward.model).name.clone(), model(ctx, back.model).name.clone());
    let (fname, bname) = (field_name(ctx, forward).to_string(), field_name(ctx, back).to_string());
    let (fs, bs) = (field_span(ctx, forward), field_span(ctx, back));
    if is_empty(&forward.attrs.fields) {
        let message = msg::one_to_many_fields_missing(&fname, &fm);
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), fs);
    }
    if is_empty(&forward.attrs.references) {
        let message = msg::one_to_many_references_missing(&fname, &fm);
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), fs);
    }
    if !is_empty(&back.attrs.fields) || !is_empty(&back.attrs.references) {
        let message = msg::one_to_many_arguments_on_back_side((&bname, &bm), (&fname, &fm));
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), bs);
    }
    if has_actions(back) {
        let message = msg::one_to_many_actions_on_back_side((&bname, &bm), (&fname, &fm));
        ctx.diagnostics.push_error(msg::relation_attribute_error(&message), bs);
    }
}

/// A complete inline relation: (referencing model, forward field, referenced model).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Link {
    model: ModelId,
    field: usize,
    target: ModelId,
}

fn complete_links_from(relations: &[Relation], from: ModelId) -> Vec<Link> {
    let mut links: Vec<(ModelId, usize, Link)> = relations
        .iter()
        .enumerate()
        .filter(|(_, r)| matches!(r.kind, RelationKind::OneToOne | RelationKind::OneToMany))
        .filter(|(_, r)| r.model_a == from && r.field_b.is_some())
        .filter_map(|(i, r)| Some((r.model_b, i, Link { model: r.model_a, field: r.field_a?, target: r.model_b })))
        .collect();
    links.sort_by_key(|(b, i, _)| (*b, *i));
    links.into_iter().map(|(_, _, l)| l).collect()
}

fn effective_actions(ctx: &Context<'_>, link: Link) -> (ReferentialAction, ReferentialAction) {
    let (provider, mode) = provider_and_mode(ctx);
    let m = model(ctx, link.model);
    match m.fields[link.field].as_relation() {
        Some(rf) => (rf.effective_on_delete(m.referential_arity(link.field), provider, mode), rf.effective_on_update()),
        None => (ReferentialAction::NoAction, ReferentialAction::NoAction),
    }
}

fn triggers(action: ReferentialAction) -> bool {
    !matches!(action, ReferentialAction::NoAction | ReferentialAction::Restrict)
}

/// Cascading cycles (self relations included), checked with `relationMode = "prisma"` (and on SQL Server).
fn cycles(ctx: &mut Worker<'_, '_>, relations: &[Relation], relation: &Relation, forward: Side<'_>) {
    let (provider, mode) = provider_and_mode(ctx);
    if provider != Some(Provider::SqlServer) && mode == RelationMode::ForeignKeys {
        return;
    }
    let root = Link { model: forward.model, field: forward.field, target: relation.model_b };
    let mut visited = FxHashSet::default();
    let mut stack = vec![(root, vec![root])];
    while let Some((next, path)) = stack.pop() {
        visited.insert((next.model, next.field));
        let (on_delete, on_update) = effective_actions(ctx, next);
        if !(triggers(on_delete) || triggers(on_update)) {
            continue;
        }
        let message = if next.model == next.target {
            msg::self_relation_cycle().to_string()
        } else if next.target == root.model {
            let path: Vec<String> = path
                .iter()
                .map(|l| format!("{}.{}", model(ctx, l.model).name, model(ctx, l.model).fields[l.field].name))
                .collect();
            msg::relation_cycle(&path.join(" → "))
        } else {
            for link in complete_links_from(relations, next.target) {
                if !visited.contains(&(link.model, link.field)) {
                    let mut p = path.clone();
                    p.push(link);
                    stack.push((link, p));
                }
            }
            continue;
        };
        let (d, u) = effective_actions(ctx, root);
        let implicit_delete = (forward.attrs.on_delete.is_none() && triggers(d)).then_some(d);
        let implicit_update = (forward.attrs.on_update.is_none() && triggers(u)).then_some(u);
        let message = msg::with_cycle_defaults(&message, implicit_delete, implicit_update);
        let span = field_span(ctx, forward);
        ctx.diagnostics.push_error(msg::validation_error(&message), span);
        return;
    }
}

/// The foreign key's name must be unique in the provider's namespaces.
fn unique_constraint_name(ctx: &mut Worker<'_, '_>, ns: &ConstraintNamespace, forward: Side<'_>) {
    let Some(name) = ns.foreign_key_name(forward.model, forward.field) else { return };
    let scopes = ns.violations(forward.model, ConstraintKind::Relation, name);
    if scopes.is_empty() {
        return;
    }
    let span = super::fields::argument_span(ctx, forward.model, forward.field, "map")
        .unwrap_or_else(|| field_span(ctx, forward));
    let model_name = &model(ctx, forward.model).name;
    let messages: Vec<String> = scopes
        .iter()
        .map(|scope| {
            let message = crate::validate::checks::models::constraint_clash(name, &scope.description(model_name));
            msg::attribute_error("@relation", &message)
        })
        .collect();
    for message in messages {
        ctx.diagnostics.push_error(message, span);
    }
}
