//! Relation names and relation field names, as Prisma infers them from foreign keys and join
//! tables (before anything from the previous schema is applied).
//!
//! - A relation between two models is *ambiguous* when another relation (inline or
//!   many-to-many) joins the same two models, or when the field name it would get (the
//!   referenced model's name) is also the name of one of its foreign key's scalar fields.
//! - Unambiguous inline relations have no name (self-relations are named `{A}To{A}`); their
//!   forward field is named after the referenced model, the back field after the referencing
//!   model (`other_` prefixed on self-relations).
//! - Ambiguous inline relations are named `{Referencing}_{columns}To{Referenced}` and their
//!   fields `{Model}_{relation name}`.
//! - Join tables `_{Name}` give relations named `Name` (or none, when `Name` is the default
//!   `{A}To{B}`), fields named after the other model, suffixed with the table name when
//!   ambiguous and `_A`/`_B` on self-relations.
//!
//! A foreign key on the same columns, referencing the same columns, as an earlier foreign key of
//! its table is a duplicate and gives no relation.

use super::context::{Context, Direction};
use sql_schema::{ForeignKeyId, ForeignKeyWalker, TableId};
use std::collections::HashSet;

/// Fills the relation names and relation field positions of the context.
pub(crate) fn compute(ctx: &mut Context<'_>) {
    let ambiguous = find_ambiguous(ctx);
    let tables: Vec<TableId> = ctx.table_order.iter().copied().filter(|t| !ctx.hidden_tables[t.index()]).collect();
    for &table in &tables {
        if ctx.join_tables[table.index()] {
            let names = m2m_names(ctx, table, &ambiguous);
            ctx.m2m_names.insert(table, names);
        } else {
            let duplicates = duplicated_foreign_keys(ctx, table);
            for fk in ctx.foreign_keys(table) {
                if !duplicates.contains(&fk.id) {
                    let names = inline_names(ctx, fk, &ambiguous);
                    ctx.inline_names.insert(fk.id, names);
                }
            }
        }
    }
    for &table in &tables {
        if ctx.join_tables[table.index()] {
            let fks = ctx.foreign_keys(table);
            let (a, b) = if fks[0].constrained_columns().next().is_some_and(|c| c.name().eq_ignore_ascii_case("a")) {
                (fks[0], fks[1])
            } else {
                (fks[1], fks[0])
            };
            ctx.m2m_positions.push((a.referenced_table().id, b.id, Direction::Forward));
            ctx.m2m_positions.push((b.referenced_table().id, a.id, Direction::Back));
        } else {
            for fk in ctx.foreign_keys(table) {
                ctx.inline_positions.push((fk.table().id, fk.id, Direction::Forward));
                ctx.inline_positions.push((fk.referenced_table().id, fk.id, Direction::Back));
            }
        }
    }
}

/// The two tables of a relation, in Prisma's table order.
fn sorted_pair(ctx: &Context<'_>, a: TableId, b: TableId) -> [TableId; 2] {
    if ctx.rank[a.index()] <= ctx.rank[b.index()] {
        [a, b]
    } else {
        [b, a]
    }
}

fn m2m_pair(ctx: &Context<'_>, table: TableId) -> [TableId; 2] {
    let fks = ctx.foreign_keys(table);
    sorted_pair(ctx, fks[0].referenced_table().id, fks[1].referenced_table().id)
}

fn find_ambiguous(ctx: &Context<'_>) -> HashSet<[TableId; 2]> {
    let mut ambiguous = HashSet::new();
    for &table in ctx.table_order.iter().filter(|t| !ctx.hidden_tables[t.index()]) {
        if ctx.join_tables[table.index()] {
            let pair = m2m_pair(ctx, table);
            if ambiguous.contains(&pair) {
                continue;
            }
            for model_table in pair {
                for fk in ctx.foreign_keys(model_table) {
                    if sorted_pair(ctx, model_table, fk.referenced_table().id) == pair {
                        ambiguous.insert(pair);
                    }
                }
            }
            let other_join_table =
                ctx.table_order.iter().any(|&t| t != table && ctx.join_tables[t.index()] && m2m_pair(ctx, t) == pair);
            if other_join_table {
                ambiguous.insert(pair);
            }
        } else {
            for fk in ctx.foreign_keys(table) {
                let pair = sorted_pair(ctx, fk.table().id, fk.referenced_table().id);
                if ambiguous.contains(&pair) {
                    continue;
                }
                let mut others = ctx.foreign_keys(fk.table().id);
                others.extend(ctx.foreign_keys(fk.referenced_table().id));
                let clash = others
                    .iter()
                    .filter(|o| distinct(fk, **o))
                    .any(|o| sorted_pair(ctx, o.table().id, o.referenced_table().id) == pair);
                if clash {
                    ambiguous.insert(pair);
                    continue;
                }
                let default_field_name = &ctx.naive_model_names[fk.referenced_table().id.index()];
                if fk.constrained_columns().any(|c| &ctx.naive_column_names[c.id.index()] == default_field_name) {
                    ambiguous.insert(pair);
                }
            }
        }
    }
    ambiguous
}

/// Two foreign keys are distinct unless they are the same or have the same columns.
fn distinct(a: ForeignKeyWalker<'_>, b: ForeignKeyWalker<'_>) -> bool {
    if a.id == b.id {
        return false;
    }
    let (ca, cb) = (&a.get().columns, &b.get().columns);
    ca != cb
}

fn duplicated_foreign_keys(ctx: &Context<'_>, table: TableId) -> HashSet<ForeignKeyId> {
    let fks = ctx.foreign_keys(table);
    let mut duplicates = HashSet::new();
    for (i, fk) in fks.iter().enumerate() {
        let dup = fks[..i].iter().any(|earlier| {
            earlier.get().columns == fk.get().columns
                && fk.get().referenced_columns.iter().zip(&earlier.get().referenced_columns).all(|(a, b)| a == b)
        });
        if dup {
            duplicates.insert(fk.id);
        }
    }
    duplicates
}

fn inline_names(ctx: &Context<'_>, fk: ForeignKeyWalker<'_>, ambiguous: &HashSet<[TableId; 2]>) -> [String; 3] {
    let table = fk.table().id;
    let referenced = fk.referenced_table().id;
    let is_self = table == referenced;
    let referencing_name = &ctx.naive_model_names[table.index()];
    let referenced_name = &ctx.naive_model_names[referenced.index()];
    let prefix = if is_self { "other_" } else { "" };
    if !ambiguous.contains(&sorted_pair(ctx, table, referenced)) {
        let relation_name = if is_self { format!("{referencing_name}To{referenced_name}") } else { String::new() };
        return [relation_name, referenced_name.clone(), format!("{prefix}{referencing_name}")];
    }
    let columns: Vec<&str> = fk.constrained_columns().map(|c| ctx.naive_column_names[c.id.index()].as_str()).collect();
    let relation_name = format!("{referencing_name}_{}To{referenced_name}", columns.join("_"));
    let forward = format!("{referenced_name}_{relation_name}");
    let back = format!("{prefix}{referencing_name}_{relation_name}");
    [relation_name, forward, back]
}

fn m2m_names(ctx: &Context<'_>, table: TableId, ambiguous: &HashSet<[TableId; 2]>) -> [String; 3] {
    let ids = m2m_pair(ctx, table);
    let is_self = ids[0] == ids[1];
    let table_name = ctx.schema.walk(table).name();
    let found_name = &table_name[1..];
    let (relation_name, suffix) = if ambiguous.contains(&ids) {
        (found_name.to_owned(), table_name)
    } else {
        let default_name =
            format!("{}To{}", ctx.naive_model_names[ids[0].index()], ctx.naive_model_names[ids[1].index()]);
        let name = if found_name == default_name && !is_self { String::new() } else { found_name.to_owned() };
        (name, "")
    };
    let (a, b) = if is_self { ("_A", "_B") } else { ("", "") };
    [
        relation_name,
        format!("{}{suffix}{a}", ctx.naive_model_names[ids[1].index()]),
        format!("{}{suffix}{b}", ctx.naive_model_names[ids[0].index()]),
    ]
}
