//! Enums: which database enums are rendered, in which order, with which names.

use super::context::Context;
use super::names::{needs_sanitation, sanitize, Name, TopName};
use super::render::{Block, Line};
use super::warnings::Warnings;
use sql_schema::{Dialect, EnumId, TableId};

/// The name of a database enum value: from the previous enum, else sanitized (`""` is
/// `EMPTY_ENUM_VALUE`). An empty `name` means the value has no valid character.
pub(crate) fn variant_name(ctx: &Context<'_>, enum_id: EnumId, value: &str) -> Name {
    let previous = ctx
        .existing_enums
        .get(&enum_id)
        .and_then(|i| ctx.datamodel().map(|dm| &dm.enums[*i]))
        .and_then(|e| e.values.iter().find(|v| v.database_name() == value));
    if let Some(v) = previous {
        return Name { name: v.name.as_str().to_owned(), mapped: v.mapped_name.clone() };
    }
    if value.is_empty() {
        return Name { name: "EMPTY_ENUM_VALUE".into(), mapped: Some(String::new()) };
    }
    if needs_sanitation(value) {
        return Name { name: sanitize(value), mapped: Some(value.to_owned()) };
    }
    Name::plain(value)
}

/// The enums to render, in Prisma's order: enums of the previous schema in its order, then the
/// others in database order.
pub(crate) fn enum_order(ctx: &Context<'_>) -> Vec<EnumId> {
    let mut ids = database_order(ctx);
    ids.sort_by_key(|id| ctx.existing_enums.get(id).map_or(usize::MAX, |i| *i));
    if ctx.dialect == Dialect::Mysql {
        // Several MySQL columns may share one previous enum: it is rendered once.
        let mut seen = std::collections::HashSet::new();
        ids.retain(|id| ctx.existing_enums.get(id).is_none_or(|i| seen.insert(*i)));
    }
    ids
}

/// The database's enums in the order Prisma's describer reads them.
pub(crate) fn database_order(ctx: &Context<'_>) -> Vec<EnumId> {
    let schema = ctx.schema;
    let mut ids: Vec<EnumId> = schema.enum_walkers().map(|e| e.id).collect();
    if ctx.dialect == Dialect::Mysql {
        // MySQL enums are the columns' inline enums, in the order Prisma reads columns: by
        // position in their table, then table.
        // The first column of each enum and its position in its table, in one pass over the
        // columns (a table's columns are in declaration order).
        let mut positions: std::collections::HashMap<EnumId, (usize, usize)> = std::collections::HashMap::new();
        let mut next_position: std::collections::HashMap<TableId, usize> = std::collections::HashMap::new();
        for c in schema.column_walkers() {
            let table = c.table().id;
            let counter = next_position.entry(table).or_default();
            let pos = *counter;
            *counter += 1;
            if let Some(e) = c.enum_type() {
                positions.entry(e.id).or_insert((pos, ctx.rank[table.index()]));
            }
        }
        ids.retain(|id| positions.contains_key(id));
        ids.sort_by_key(|id| positions[id]);
    } else {
        ids.sort_by(|a, b| {
            let (a, b) = (schema.walk(*a), schema.walk(*b));
            let (na, nb) = (ctx.namespace_of(a.namespace_name()), ctx.namespace_of(b.namespace_name()));
            (na, a.name()).cmp(&(nb, b.name()))
        });
    }
    ids
}

/// Renders one enum and collects its warnings.
pub(crate) fn render_enum(ctx: &Context<'_>, id: EnumId, warnings: &mut Warnings) -> Block {
    let sql_enum = ctx.schema.walk(id);
    let name: &TopName = &ctx.enum_names[id.index()];
    let prisma_name = name.prisma_name();
    let previous = ctx.existing_enums.get(&id).and_then(|i| ctx.datamodel().map(|dm| &dm.enums[*i]));
    let mut block = Block::new("enum", &prisma_name);
    if let Some(doc) = previous.and_then(|e| e.documentation.as_deref()) {
        block.documentation(doc);
    }
    for value in sql_enum.values() {
        let variant = variant_name(ctx, id, value);
        let display = if variant.name.is_empty() { value.to_owned() } else { variant.name.clone() };
        let mut line = Line::new(display.clone());
        if let Some(doc) = previous
            .and_then(|e| e.values.iter().find(|v| v.database_name() == value))
            .and_then(|v| v.documentation.as_deref())
        {
            line.documentation(doc);
        }
        if let Some(mapped) = &variant.mapped {
            line.attribute(format!("@map({})", super::render::string_literal(mapped)));
        }
        let from_psl = previous.is_some_and(|e| e.values.iter().any(|v| v.database_name() == value));
        if needs_sanitation(&display) {
            line.comment_out();
            warnings.enum_values_with_empty_names.push(format!("Enum: \"{prisma_name}\", value: \"{display}\""));
        } else if from_psl && variant.mapped.is_some() {
            warnings.remapped_values.push(format!("Enum: \"{prisma_name}\", value: \"{display}\""));
        }
        block.push_line(line);
    }
    if let Some(mapped) = name.mapped_name() {
        block.push_attribute(format!("@@map({})", super::render::string_literal(&mapped)));
    }
    if ctx.uses_namespaces {
        if let Some(ns) = ctx.namespace_of(sql_enum.namespace_name()) {
            block.push_attribute(format!("@@schema({})", super::render::string_literal(ns)));
        }
    }
    if matches!(name, TopName::FromPsl(n) if n.mapped.is_some()) {
        warnings.remapped_enums.push(format!("\"{prisma_name}\""));
    }
    if previous.is_none() && !ctx.name_is_unique(sql_enum.name()) {
        warnings.duplicate_names.push(format!("Type: \"enum\", name: \"{prisma_name}\""));
    }
    block
}

/// SQLite has no enums: the previous schema's enums are kept as they are written (names and
/// documentation; `@map`s need a database enum to match and are dropped, as in Prisma).
pub(crate) fn render_previous_enum(enm: &psl::datamodel::Enum) -> Block {
    let mut block = Block::new("enum", &enm.name);
    if let Some(doc) = enm.documentation.as_deref() {
        block.documentation(doc);
    }
    for value in &enm.values {
        let mut line = Line::new(value.name.clone());
        if let Some(doc) = value.documentation.as_deref() {
            line.documentation(doc);
        }
        block.push_line(line);
    }
    block
}
