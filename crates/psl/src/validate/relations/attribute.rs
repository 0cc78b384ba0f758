//! The attributes of relation fields: `@relation` parsed into
//! [`RelationFieldAttributes`], `@ignore` honoured, and the attributes a
//! relation field cannot carry reported, in Prisma's visiting order.

use super::arguments::{self, Arguments};
use super::{RelationFieldAttributes, RelationStore};
use crate::ast::{self, Attribute, Expression};
use crate::datamodel::{FieldKind, ModelId, ReferentialAction};
use crate::diagnostics::Diagnostics;
use crate::messages::relation as msg;
use crate::validate::{Context, Worker};

/// Visits the attributes of every relation field, before any other attribute.
pub(crate) fn resolve_attributes(ctx: &mut Context<'_>) {
    // Models are visited independently, on several threads for a large schema.
    let per_model =
        crate::validate::per_item(ctx, ctx.datamodel.models.len(), Context::model_weight, |w, model_index| {
            let model_id = ModelId(model_index as u32);
            let ast_model = w.model_ast(model_id);
            let targets: Vec<(usize, ModelId)> = w.datamodel.models[model_index]
                .fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| f.as_relation().map(|rf| (i, rf.target)))
                .collect();
            let mut visited = Vec::with_capacity(targets.len());
            for (field_index, target) in targets {
                // The datamodel has one field per AST field, at the same index.
                let Some(ast_field) = ast_model.fields.get(field_index) else { continue };
                visited.push((field_index, visit_field(w, model_id, ast_field, target)));
            }
            visited
        });
    ctx.relations = RelationStore::from_models(per_model);
}

/// The attribute names visited on relation fields, in Prisma's order.
const VISITED: [&str; 6] = ["relation", "id", "ignore", "default", "map", "unique"];

fn visit_field<'a>(
    ctx: &mut Worker<'_, 'a>,
    model: ModelId,
    field: &'a ast::Field,
    target: ModelId,
) -> RelationFieldAttributes {
    let mut out = RelationFieldAttributes {
        target,
        attribute_span: None,
        name: None,
        fields: None,
        references: None,
        on_delete: None,
        on_update: None,
        map: None,
        is_ignored: false,
    };
    for name in VISITED {
        let Some(attribute) = single(&field.attributes, name, &mut ctx.diagnostics) else { continue };
        let Some(mut args) = Arguments::start(attribute, &mut ctx.diagnostics) else { continue };
        let display = || format!("@{name}");
        match name {
            "relation" => {
                visit_relation(ctx, model, target, attribute, &mut args, &mut out);
                args.finish(&mut ctx.diagnostics);
            }
            "id" => ctx.diagnostics.push_error(
                msg::attribute_error(&display(), &msg::id_on_relation_field(&field.name.name)),
                attribute.span,
            ),
            "ignore" => {
                out.is_ignored = true;
                args.finish(&mut ctx.diagnostics);
            }
            "default" => ctx
                .diagnostics
                .push_error(msg::attribute_error(&display(), msg::default_on_relation_field()), attribute.span),
            "map" => {
                ctx.diagnostics
                    .push_error(msg::attribute_error(&display(), msg::map_on_relation_field()), attribute.span);
                if let Err((message, span)) = args.default_argument("name") {
                    ctx.diagnostics.push_error(message, span);
                }
            }
            _ => {
                let model_fields = &ctx.datamodel.models[model.0 as usize].fields;
                let suggested: Vec<&str> =
                    out.fields.iter().flatten().filter_map(|i| model_fields.get(*i)).map(|f| f.name.as_str()).collect();
                let message = msg::unique_on_relation_field(&field.name.name, &suggested);
                ctx.diagnostics.push_error(msg::attribute_error(&display(), &message), attribute.span);
            }
        }
    }
    for attribute in &field.attributes {
        if !VISITED.contains(&attribute.name.name.as_str()) {
            ctx.diagnostics.push_error(msg::attribute_not_known(&attribute.name.name), attribute.span);
        }
    }
    out
}

/// The only attribute named `name`; duplicates are all reported and skipped.
fn single<'a>(attributes: &'a [Attribute], name: &str, diagnostics: &mut Diagnostics) -> Option<&'a Attribute> {
    let mut matching = attributes.iter().filter(|a| a.name.name == name);
    let first = matching.next()?;
    if matching.next().is_none() {
        return Some(first);
    }
    for a in attributes.iter().filter(|a| a.name.name == name) {
        diagnostics.push_error(msg::duplicate_attribute(&a.name.name), a.span);
    }
    None
}

fn visit_relation<'a>(
    ctx: &mut Worker<'_, 'a>,
    model: ModelId,
    target: ModelId,
    attribute: &'a Attribute,
    args: &mut Arguments<'a>,
    out: &mut RelationFieldAttributes,
) {
    out.attribute_span = Some(attribute.span);

    if let Some(expr) = args.optional("fields") {
        let resolved = resolve_fields(ctx, model, expr, attribute);
        out.fields = Some(match resolved {
            Resolved::Ok(fields) => fields,
            Resolved::DealtWith => Vec::new(),
            Resolved::Problems { unknown, relation } => {
                if !unknown.is_empty() {
                    ctx.diagnostics.push_error(msg::validation_error(&msg::unknown_fields(&unknown)), expr.span());
                }
                if !relation.is_empty() {
                    ctx.diagnostics
                        .push_error(msg::validation_error(&msg::fields_are_relation_fields(&relation)), expr.span());
                }
                Vec::new()
            }
        });
    }

    if let Some(expr) = args.optional("references") {
        let resolved = resolve_fields(ctx, target, expr, attribute);
        out.references = Some(match resolved {
            Resolved::Ok(fields) => fields,
            Resolved::DealtWith => Vec::new(),
            Resolved::Problems { unknown, relation } => {
                let target_name = ctx.datamodel.models[target.0 as usize].name.clone();
                if !unknown.is_empty() {
                    let message = msg::unknown_references(&target_name, &unknown);
                    ctx.diagnostics.push_error(msg::validation_error(&message), attribute.span);
                }
                if !relation.is_empty() {
                    let message = msg::references_are_relation_fields(&target_name, &relation);
                    ctx.diagnostics.push_error(msg::validation_error(&message), attribute.span);
                }
                Vec::new()
            }
        });
    }

    if let Ok(expr) = args.default_argument("name") {
        match arguments::string(expr, &mut ctx.diagnostics) {
            Some("") => {
                ctx.diagnostics.push_error(msg::relation_attribute_error(msg::empty_relation_name()), attribute.span)
            }
            Some(name) => out.name = Some(name.to_string()),
            None => {}
        }
    }

    out.on_delete = args.optional("onDelete").and_then(|e| action(e, &mut ctx.diagnostics));
    out.on_update = args.optional("onUpdate").and_then(|e| action(e, &mut ctx.diagnostics));

    if let Some(expr) = args.optional("map") {
        match arguments::string(expr, &mut ctx.diagnostics) {
            Some("") => ctx.diagnostics.push_error(msg::relation_attribute_error(msg::empty_map()), attribute.span),
            Some(name) => out.map = Some(name.to_string()),
            None => {}
        }
    }
}

fn action(expr: &Expression, diagnostics: &mut Diagnostics) -> Option<(ReferentialAction, crate::Span)> {
    let name = arguments::constant(expr, diagnostics)?;
    match ReferentialAction::from_name(name) {
        Some(action) => Some((action, expr.span())),
        None => {
            diagnostics.push_error(msg::relation_attribute_error(&msg::unknown_referential_action(name)), expr.span());
            None
        }
    }
}

enum Resolved<'a> {
    Ok(Vec<usize>),
    DealtWith,
    Problems { unknown: Vec<&'a str>, relation: Vec<&'a str> },
}

/// Resolves a `[a, b]` argument to scalar fields of `model`.
fn resolve_fields<'a>(
    ctx: &mut Worker<'_, 'a>,
    model: ModelId,
    expr: &'a Expression,
    attribute: &Attribute,
) -> Resolved<'a> {
    let Some(names) = arguments::constant_list(expr, &mut ctx.diagnostics) else { return Resolved::DealtWith };
    let ast_model = ctx.model_ast(model);
    let dm_model = &ctx.datamodel.models[model.0 as usize];
    let mut found = Vec::with_capacity(names.len());
    let mut unknown = Vec::new();
    let mut relation = Vec::new();
    for name in names {
        if name.contains('.') {
            unknown.push(name);
            continue;
        }
        let Some(index) = ast_model.fields.iter().position(|f| f.name.name == name) else {
            unknown.push(name);
            continue;
        };
        let ast_field = &ast_model.fields[index];
        // The datamodel has one field per AST field, at the same index.
        if !matches!(dm_model.fields.get(index).map(|f| &f.kind), Some(FieldKind::Scalar(_))) {
            relation.push(ast_field.name.name.as_str());
            continue;
        }
        if found.contains(&index) {
            let message = msg::field_listed_twice(&ast_field.name.name);
            ctx.diagnostics.push_error(msg::model_validation_error("model", &dm_model.name, &message), attribute.span);
            return Resolved::DealtWith;
        }
        found.push(index);
    }
    if unknown.is_empty() && relation.is_empty() {
        Resolved::Ok(found)
    } else {
        Resolved::Problems { unknown, relation }
    }
}
