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
use crate::datamodel::{EnumId, ModelId};
use crate::messages::model as msg;
use visitor::AttributeSet;

pub(crate) use default::is_known_function;

/// Interprets every attribute except `@relation` into the datamodel.
///
/// Models and enums are visited independently (on several threads for a
/// large schema) and written into the datamodel afterwards, in source order.
/// Composite types (MongoDB) are written as they are visited, because the
/// models after them read what their attributes say; a schema with
/// composite types is therefore visited sequentially.
pub(crate) fn resolve(ctx: &mut Context<'_>) {
    let names = TypeNames::new(&ctx.tops);
    let blocks = super::types::block_ids(&ctx.tops);
    let visit = |w: &mut super::Worker<'_, '_>, block: &Option<Named>| match *block {
        Some(Named::Model(id)) => {
            Update::Model(id, model::model(w.shared(), id, &names, &mut w.diagnostics).map(Box::new))
        }
        Some(Named::Enum(id)) => Update::Enum(id, enum_attributes(w.shared(), id, &mut w.diagnostics)),
        Some(Named::Composite(_)) | None => Update::None,
    };
    if ctx.composite_tops.is_empty() {
        let updates = super::per_item(ctx, blocks.len(), Context::top_weight, |w, i| visit(w, &blocks[i]));
        // Models are written on several threads (each update touches its own
        // model only), enums here.
        let mut model_updates: Vec<Option<Box<model::ModelUpdate>>> = Vec::new();
        for update in updates {
            match update {
                Update::Model(id, update) => {
                    let i = id.0 as usize;
                    if model_updates.len() <= i {
                        model_updates.resize_with(i + 1, || None);
                    }
                    model_updates[i] = update;
                }
                other => apply(ctx, other),
            }
        }
        crate::parallel::update_each(&mut ctx.datamodel.models, model_updates, 256, |m, update| {
            if let Some(update) = update {
                model::apply(m, *update);
            }
        });
        return;
    }
    for block in &blocks {
        if let Some(Named::Composite(id)) = *block {
            field::composite_type(ctx, id, &names);
        } else {
            let update = super::on_worker(ctx, |w| visit(w, block));
            apply(ctx, update);
        }
    }
}

/// What the attributes of one block say.
enum Update {
    Model(ModelId, Option<Box<model::ModelUpdate>>),
    Enum(EnumId, EnumUpdate),
    None,
}

fn apply(ctx: &mut Context<'_>, update: Update) {
    match update {
        Update::Model(id, Some(update)) => {
            if let Some(m) = ctx.datamodel.models.get_mut(id.0 as usize) {
                model::apply(m, *update);
            }
        }
        Update::Enum(id, update) => {
            let Some(e) = ctx.datamodel.enums.get_mut(id.0 as usize) else { return };
            e.mapped_name = update.mapped_name;
            e.schema = update.schema;
            for (value, mapped) in e.values.iter_mut().zip(update.value_maps) {
                value.mapped_name = mapped;
            }
        }
        Update::Model(_, None) | Update::None => {}
    }
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
