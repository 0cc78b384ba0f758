//! Pass 3: field and block attributes (`@id`, `@unique`, `@default`, `@map`, `@@index`, …).
//!
//! Prisma's order, which decides the order of diagnostics: the attributes
//! of relation fields come first (`relations::resolve_attributes`), then each
//! block in source order — for a model, its scalar fields' attributes in field order,
//! then its block attributes (`@@ignore`, `@@id`, `@@map`, `@@schema`, every
//! `@@index`, every `@@unique`, every `@@fulltext`, `@@shardKey`). Attributes
//! nobody asked for are reported as unknown at the end of each set.
//!
//! Relation fields and their attributes belong to the relations pass.

pub(crate) mod coerce;
mod default;
mod field;
pub(crate) mod fields;
mod model;
pub(crate) mod visitor;

use super::types::{Named, TypeNames};
use super::Context;
use crate::datamodel::EnumId;
use crate::messages::model as msg;
use visitor::AttributeSet;

pub(crate) use default::is_known_function;

/// Interprets every attribute except `@relation` into the datamodel.
///
/// In a schema without composite types, the models' attributes were already
/// validated by the types pass, each model right after its field types (see
/// [`model_with_types`]): their diagnostics are reported here, in block
/// order with the enums', which are validated here. Composite types (MongoDB)
/// are written as they are visited, because the models after them read what
/// their attributes say; a schema with composite types is therefore visited
/// here, block by block.
pub(crate) fn resolve(ctx: &mut Context<'_>) {
    let names = TypeNames::new(&ctx.tops);
    let blocks = super::types::block_ids(&ctx.tops);
    let mut pending = std::mem::take(&mut ctx.model_attribute_diagnostics);
    for block in &blocks {
        match *block {
            Some(Named::Composite(id)) => field::composite_type(ctx, id, &names),
            Some(Named::Model(id)) => {
                if let Some(diagnostics) = pending.get_mut(id.0 as usize) {
                    ctx.diagnostics.extend(std::mem::take(diagnostics));
                    continue;
                }
                let i = id.0 as usize;
                let update = super::on_worker(ctx, |w| {
                    let shared = w.shared();
                    let dm = shared.datamodel.models.get(i)?;
                    Some(model::model(shared, shared.model_ast(id), dm, &names, &mut w.diagnostics))
                });
                if let (Some(update), Some(m)) = (update, ctx.datamodel.models.get_mut(i)) {
                    model::apply(m, update);
                }
            }
            Some(Named::Enum(id)) => {
                let update = super::on_worker(ctx, |w| enum_attributes(w.shared(), id, &mut w.diagnostics));
                let Some(e) = ctx.datamodel.enums.get_mut(id.0 as usize) else { continue };
                e.mapped_name = update.mapped_name;
                e.schema = update.schema;
                for (value, mapped) in e.values.iter_mut().zip(update.value_maps) {
                    value.mapped_name = mapped;
                }
            }
            None => {}
        }
    }
}

/// Validates the attributes of model `ast` right after the types pass has
/// built its datamodel entry `dm` (while both are fresh in the cache), and
/// writes what they say into `dm`. Returns the diagnostics, which
/// [`resolve`] reports later, in Prisma's order. Only for a schema without
/// composite types (their attributes must be known first).
pub(crate) fn model_with_types(
    ctx: &Context<'_>,
    ast: &crate::ast::Model,
    dm: &mut crate::datamodel::Model,
    names: &TypeNames<'_>,
) -> crate::diagnostics::Diagnostics {
    let mut diagnostics = crate::diagnostics::Diagnostics::new();
    let update = model::model(ctx, ast, dm, names, &mut diagnostics);
    model::apply(dm, update);
    diagnostics
}

/// What the attributes of one enum say.
struct EnumUpdate {
    mapped_name: Option<String>,
    schema: Option<String>,
    value_maps: Vec<Option<String>>,
}

/// `@map` on values, then `@@map` and `@@schema` on the enum.
fn enum_attributes(ctx: &Context<'_>, id: EnumId, d: &mut crate::diagnostics::Diagnostics) -> EnumUpdate {
    let ast = ctx.enum_ast(id);
    let mut value_maps = Vec::with_capacity(ast.values.len());
    for value in &ast.values {
        let mut set = AttributeSet::new(&value.attributes);
        let mut mapped = None;
        if let Some(mut args) = set.single("map", d) {
            mapped = map_argument(&mut args, d);
            args.finish(d);
        }
        value_maps.push(mapped);
        set.finish(d);
    }

    let mut set = AttributeSet::new(&ast.attributes);
    let mut mapped_name = None;
    if let Some(mut args) = set.single("map", d) {
        mapped_name = map_argument(&mut args, d);
        args.finish(d);
    }
    let mut schema = None;
    if let Some(mut args) = set.single("schema", d) {
        schema = schema_argument(&mut args, d);
        args.finish(d);
    }
    set.finish(d);
    EnumUpdate { mapped_name, schema: schema.map(|(s, _)| s), value_maps }
}

/// The `name` (default) argument of `@map`/`@@map`.
fn map_argument(args: &mut visitor::Args<'_>, d: &mut crate::diagnostics::Diagnostics) -> Option<String> {
    let value = args.default_arg("name", d)?;
    coerce::string(value, d).map(str::to_string)
}

/// The `map` (default) argument of `@@schema`, with its span.
fn schema_argument(
    args: &mut visitor::Args<'_>,
    d: &mut crate::diagnostics::Diagnostics,
) -> Option<(String, crate::span::Span)> {
    let value = args.default_arg("map", d)?;
    coerce::string(value, d).map(|s| (s.to_string(), value.span()))
}

/// Reports an empty `map:`/`name:` and returns the non-empty value.
fn non_empty(
    args: &visitor::Args<'_>,
    value: Option<&str>,
    empty_message: &str,
    d: &mut crate::diagnostics::Diagnostics,
) -> Option<String> {
    match value {
        Some("") => {
            args.error(d, empty_message);
            None
        }
        other => other.map(str::to_string),
    }
}

/// `map:` of an id, unique or index.
fn constraint_map(args: &mut visitor::Args<'_>, d: &mut crate::diagnostics::Diagnostics) -> Option<String> {
    let value = args.optional("map").and_then(|m| coerce::string(m, d));
    non_empty(args, value, msg::EMPTY_MAP, d)
}

/// `name:` of an id, unique or index.
fn client_name(args: &mut visitor::Args<'_>, d: &mut crate::diagnostics::Diagnostics) -> Option<String> {
    let value = args.optional("name").and_then(|m| coerce::string(m, d));
    non_empty(args, value, msg::EMPTY_NAME, d)
}

/// `sort:` of a field-level `@id`/`@unique`.
fn sort_argument(
    args: &mut visitor::Args<'_>,
    d: &mut crate::diagnostics::Diagnostics,
) -> Option<crate::datamodel::SortOrder> {
    match args.optional("sort").and_then(|s| coerce::constant(s, d)) {
        Some("Asc") => Some(crate::datamodel::SortOrder::Asc),
        Some("Desc") => Some(crate::datamodel::SortOrder::Desc),
        Some(other) => {
            args.error(d, &msg::bad_sort(other));
            None
        }
        None => None,
    }
}

/// `length:` of a field-level `@id`/`@unique`.
fn length_argument(args: &mut visitor::Args<'_>, d: &mut crate::diagnostics::Diagnostics) -> Option<u32> {
    args.optional("length").and_then(|l| coerce::integer(l, d)).map(|l| l as u32)
}

/// `clustered:`.
fn clustered_argument(args: &mut visitor::Args<'_>, d: &mut crate::diagnostics::Diagnostics) -> Option<bool> {
    args.optional("clustered").and_then(|c| coerce::boolean(c, d))
}
