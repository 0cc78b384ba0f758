//! `@@schema` against the datasource's `schemas` and the provider.

use crate::ast::Attribute;
use crate::datamodel::{EnumId, Model, ModelId};
use crate::messages::config as msg;
use crate::span::Span;
use crate::validate::{Context, Worker};

/// The `@@schema` argument's span, if the block has the attribute.
fn schema_span(attributes: &[Attribute]) -> Option<Span> {
    let attribute = attributes.iter().find(|a| a.name.name == "schema")?;
    Some(attribute.arguments.arguments.first().map_or(attribute.span, |a| a.value.span()))
}

/// What is wrong with one block's `@@schema`, if anything.
enum Problem {
    NotDefined(Span),
    NotSupported(Span),
    Missing,
}

fn problem(ctx: &Context<'_>, schema: Option<&str>, span: Option<Span>) -> Option<Problem> {
    let datasource = ctx.config.datasource();
    let supported = datasource.is_some_and(|d| d.active_provider.supports_multi_schema());
    match (schema, span, datasource) {
        (Some(name), Some(span), Some(ds)) if supported && !ds.has_schema(name) => Some(Problem::NotDefined(span)),
        (Some(_), Some(span), _) if !supported => Some(Problem::NotSupported(span)),
        (None, _, Some(ds)) if supported && ds.schemas_span.is_some() => Some(Problem::Missing),
        _ => None,
    }
}

/// Checks a model's or view's `@@schema`.
pub(crate) fn check_model(ctx: &mut Worker<'_, '_>, id: ModelId, model: &Model) {
    let ast = ctx.model_ast(id);
    let span = schema_span(&ast.attributes);
    let schema = model.schema.as_deref().or(span.and(Some("")));
    match problem(ctx, schema, span) {
        Some(Problem::NotDefined(span)) => ctx.diagnostics.push_error(msg::schema_not_defined(), span),
        Some(Problem::NotSupported(span)) => ctx.diagnostics.push_error(msg::schema_attribute_not_supported(), span),
        Some(Problem::Missing) => {
            let container = if model.is_view { "view" } else { "model" };
            let message = msg::model_schema_missing(container, &model.name);
            ctx.diagnostics.push_error(message, ast.span);
        }
        None => {}
    }
}

/// Checks an enum's `@@schema`.
pub(crate) fn check_enum(ctx: &mut Worker<'_, '_>, id: EnumId) {
    let ast = ctx.enum_ast(id);
    let Some(enm) = ctx.datamodel.enums.get(id.0 as usize) else { return };
    let span = schema_span(&ast.attributes);
    let schema = enm.schema.as_deref().or(span.and(Some("")));
    match problem(ctx, schema, span) {
        Some(Problem::NotDefined(span)) => ctx.diagnostics.push_error(msg::schema_not_defined(), span),
        Some(Problem::NotSupported(span)) => ctx.diagnostics.push_error(msg::schema_attribute_not_supported(), span),
        Some(Problem::Missing) => ctx.diagnostics.push_error(msg::enum_schema_missing(), ast.span),
        None => {}
    }
}
