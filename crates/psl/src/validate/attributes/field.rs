//! Field attributes: on scalar fields (`@map`, `@ignore`, `@id`,
//! `@updatedAt`, `@default`, `@db.*`, `@unique`, `@shardKey`) and on
//! composite type fields (`@db.*`, `@map`, `@default`).

use super::default::{self, FieldInfo};
use super::model::ModelState;
use super::visitor::AttributeSet;
use super::{clustered_argument, constraint_map, length_argument, map_argument, sort_argument};
use crate::ast::{self, Attribute, FieldArity};
use crate::datamodel::*;
use crate::diagnostics::Diagnostics;
use crate::messages::model as msg;
use crate::validate::types::TypeNames;
use crate::validate::Context;

/// The attributes of one scalar field of a model, collected into `state`.
pub(super) fn scalar_field(
    ctx: &Context<'_>,
    ast_model: &ast::Model,
    dm_model: &Model,
    field: usize,
    state: &mut ModelState,
    d: &mut Diagnostics,
) {
    let Some(ast_field) = ast_model.fields.get(field) else { return };
    let Some(FieldKind::Scalar(scalar)) = dm_model.fields.get(field).map(|f| &f.kind) else { return };
    let ty = scalar.ty.clone();
    let container = if ast_model.is_view { "view" } else { "model" };
    let mut set = AttributeSet::new(&ast_field.attributes);

    if let Some(mut args) = set.single("map", d) {
        if let Some(mapped) = map_argument(&mut args, d) {
            check_mapped_field_name(ast_model, field, &mapped, state, container, d);
            state.field_values.maps.push((field, mapped));
        }
        args.finish(d);
    }

    if let Some(args) = set.single("ignore", d) {
        if matches!(ty, ScalarFieldType::Unsupported(_)) {
            args.error(d, msg::IGNORE_ON_UNSUPPORTED);
        } else {
            state.fields[field].ignored = true;
        }
        args.finish(d);
    }

    if let Some(args) = set.single("relation", d) {
        args.error(d, msg::RELATION_ON_SCALAR);
        args.finish(d);
    }

    if let Some(mut args) = set.single("id", d) {
        if state.primary_key.is_some() {
            d.push_error(msg::model_error("model", &ast_model.name.name, msg::ONE_ID_FIELD), ast_model.span);
        } else {
            let mapped_name = constraint_map(&mut args, d);
            let length = length_argument(&mut args, d);
            let sort_order = sort_argument(&mut args, d);
            let clustered = clustered_argument(&mut args, d);
            state.pk_source_field = Some(field);
            state.primary_key = Some(PrimaryKey {
                fields: vec![IndexField { field, path: Vec::new(), sort_order, length, operator_class: None }],
                name: None,
                mapped_name,
                clustered,
                defined_on_field: true,
                span: args.span(),
            });
        }
        args.finish(d);
    }

    if let Some(args) = set.single("updatedAt", d) {
        if ty != ScalarFieldType::BuiltIn(ScalarType::DateTime) {
            args.error(d, msg::UPDATED_AT_TYPE);
        }
        if ast_field.arity == FieldArity::List {
            args.error(d, msg::UPDATED_AT_LIST);
        }
        state.fields[field].updated_at = true;
        args.finish(d);
    }

    if let Some(mut args) = set.single("default", d) {
        let enum_values = enum_values(ctx.tops.as_slice(), &ctx.enum_tops, &ty);
        let info =
            FieldInfo { ty: &ty, arity: ast_field.arity, enum_values, composite: composite_names(ctx, &ty, ast_field) };
        if let Some(value) = default::model_field(&mut args, &info, d) {
            state.field_values.defaults.push((field, value));
        }
        args.finish(d);
    }

    if let ScalarFieldType::BuiltIn(_) = ty {
        if let Some(attr) = set.datasource_scoped(d) {
            state.field_values.native_types.push((field, native_type(attr)));
        }
    }

    if let Some(mut args) = set.single("unique", d) {
        let mapped_name = constraint_map(&mut args, d);
        let length = length_argument(&mut args, d);
        let sort_order = sort_argument(&mut args, d);
        let clustered = clustered_argument(&mut args, d);
        state.field_uniques.push(Index {
            kind: IndexKind::Unique,
            fields: vec![IndexField { field, path: Vec::new(), sort_order, length, operator_class: None }],
            name: None,
            mapped_name,
            algorithm: None,
            clustered,
            defined_on_field: Some(field),
            span: args.span(),
        });
        args.finish(d);
    }

    if let Some(args) = set.single("shardKey", d) {
        if state.shard_key.is_some() {
            d.push_error(msg::model_error("model", &ast_model.name.name, msg::ONE_SHARD_KEY_FIELD), ast_model.span);
        } else {
            state.shard_key_source_field = Some(field);
            state.shard_key = Some(ShardKey { fields: vec![field], defined_on_field: true, span: args.span() });
        }
        args.finish(d);
    }

    set.finish(d);
}

/// `@map` on a scalar field must not give it the name of another field.
fn check_mapped_field_name(
    ast_model: &ast::Model,
    field: usize,
    mapped: &str,
    state: &mut ModelState,
    container: &str,
    d: &mut Diagnostics,
) {
    let ast_field = &ast_model.fields[field];
    let error = || msg::duplicate_field(&ast_model.name.name, &ast_field.name.name, container);
    if state.mapped_field_names.insert(mapped.to_string(), field).is_some() {
        d.push_error(error(), ast_field.span);
    }
    let Some(other) = ast_model.fields.iter().rposition(|f| f.name.name == mapped) else { return };
    if other == field || !state.fields[other].is_scalar {
        return;
    }
    match state.field_values.map(other) {
        Some(other_mapped) if other_mapped != mapped => {}
        _ => d.push_error(error(), ast_field.span),
    }
}

fn enum_values<'a>(tops: &[&'a crate::ast::Top], enum_tops: &[usize], ty: &ScalarFieldType) -> &'a [ast::EnumValue] {
    let ScalarFieldType::Enum(e) = ty else { return &[] };
    match enum_tops.get(e.0 as usize).and_then(|i| tops.get(*i)) {
        Some(crate::ast::Top::Enum(e)) => &e.values,
        _ => &[],
    }
}

fn composite_names<'a>(ctx: &Context<'a>, ty: &ScalarFieldType, field: &'a ast::Field) -> Option<(&'a str, &'a str)> {
    let ScalarFieldType::CompositeType(c) = ty else { return None };
    match ctx.composite_tops.get(c.0 as usize).and_then(|i| ctx.tops.get(*i)) {
        Some(crate::ast::Top::CompositeType(ct)) => Some((ct.name.name.as_str(), field.name.name.as_str())),
        _ => None,
    }
}

/// `@db.VarChar(191)` → scope `db`, name `VarChar`, args `["191"]`.
fn native_type(attr: &Attribute) -> NativeType {
    let (scope, name) = attr.name.name.split_once('.').unwrap_or(("", attr.name.name.as_str()));
    NativeType {
        scope: crate::ast::SmolStr::new(scope),
        name: crate::ast::SmolStr::new(name),
        args: attr.arguments.arguments.iter().map(|a| super::coerce::expression_text(&a.value)).collect(),
        span: attr.span,
    }
}

/// The attributes of a composite type's fields.
pub(super) fn composite_type(ctx: &mut Context<'_>, id: CompositeTypeId, names: &TypeNames<'_>) {
    let Some(top) = ctx.composite_tops.get(id.0 as usize).and_then(|i| ctx.tops.get(*i)).copied() else { return };
    let crate::ast::Top::CompositeType(ct) = top else { return };
    let mut mapped: crate::hash::FxHashMap<String, usize> = crate::hash::FxHashMap::default();
    let mut field_maps: Vec<Option<String>> = vec![None; ct.fields.len()];
    for (fi, ast_field) in ct.fields.iter().enumerate() {
        if !names.resolves(ast_field) {
            continue;
        }
        let Some(FieldKind::Scalar(scalar)) =
            ctx.datamodel.composite_types.get(id.0 as usize).and_then(|c| c.fields.get(fi)).map(|f| &f.kind)
        else {
            continue;
        };
        let ty = scalar.ty.clone();
        let d = &mut ctx.diagnostics;
        let mut set = AttributeSet::new(&ast_field.attributes);
        let mut native = None;
        if let ScalarFieldType::BuiltIn(_) = ty {
            native = set.datasource_scoped(d).map(native_type);
        }
        if let Some(mut args) = set.single("map", d) {
            if let Some(name) = map_argument(&mut args, d) {
                field_maps[fi] = Some(name.clone());
                if mapped.insert(name.clone(), fi).is_some() {
                    d.push_error(msg::duplicate_field(&ct.name.name, &name, "composite type"), ast_field.span);
                }
                if let Some(other) = ct.fields.iter().position(|f| f.name.name == name) {
                    if field_maps[other].is_none() {
                        d.push_error(
                            msg::duplicate_field(&ct.name.name, &ast_field.name.name, "composite type"),
                            ast_field.span,
                        );
                    }
                }
            }
            args.finish(d);
        }
        let mut default_value = None;
        if let Some(mut args) = set.single("default", d) {
            let enum_values = enum_values(ctx.tops.as_slice(), &ctx.enum_tops, &ty);
            let info = FieldInfo {
                ty: &ty,
                arity: ast_field.arity,
                enum_values,
                composite: composite_names(ctx, &ty, ast_field),
            };
            let d = &mut ctx.diagnostics;
            default_value = default::composite_field(&mut args, &info, d);
            args.finish(d);
        }
        set.finish(&mut ctx.diagnostics);
        if let Some(f) = ctx.datamodel.composite_types.get_mut(id.0 as usize).and_then(|c| c.fields.get_mut(fi)) {
            f.mapped_name = field_maps[fi].clone();
            if let FieldKind::Scalar(s) = &mut f.kind {
                s.native_type = native.map(Box::new);
                s.default = default_value;
            }
        }
    }
}
