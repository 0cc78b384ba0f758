//! Relations: foreign keys of one-to-one and one-to-many relations, and the join tables of
//! implicit many-to-many relations.

use super::{field_column, is_table, relation_field, Context};
use psl::config::RelationMode;
use psl::datamodel::{ReferentialAction, RelationKind};
use sql_schema::{Column, ForeignKey, ForeignKeyAction, Index, IndexColumn, IndexKind, PrimaryKey, Table, TableId};

/// Foreign keys of inline relations (the side with `fields:`), in relation order.
pub(super) fn inline_foreign_keys(ctx: &Context<'_>, out: &mut Vec<(TableId, ForeignKey)>) {
    let datamodel = ctx.datamodel;
    for relation in &datamodel.relations {
        if !matches!(relation.kind, RelationKind::OneToOne | RelationKind::OneToMany) {
            continue;
        }
        let Some(field_a) = relation.field_a else { continue };
        let model = datamodel.model(relation.model_a);
        let Some(rf) = relation_field(model, field_a) else { continue };
        if rf.fields.is_empty() || !is_table(ctx, relation.model_a) || !is_table(ctx, rf.target) {
            continue;
        }
        let (Some(table), Some(referenced_table)) =
            (ctx.table_ids[relation.model_a.0 as usize], ctx.table_ids[rf.target.0 as usize])
        else {
            continue;
        };
        let columns: Option<Vec<_>> =
            rf.fields.iter().map(|f| field_column(ctx, relation.model_a.0 as usize, *f)).collect();
        let referenced: Option<Vec<_>> =
            rf.references.iter().map(|f| field_column(ctx, rf.target.0 as usize, *f)).collect();
        let (Some(columns), Some(referenced_columns)) = (columns, referenced) else { continue };
        let constraint_name = rf.mapped_name.clone().unwrap_or_else(|| {
            let names: Vec<&str> =
                rf.fields.iter().filter_map(|f| model.fields.get(*f)).map(|f| f.database_name()).collect();
            psl::constraint_names::foreign_key_name(model.database_name(), &names, Some(ctx.provider))
        });
        let on_delete = rf.effective_on_delete(model.referential_arity(field_a), Some(ctx.provider), ctx.relation_mode);
        out.push((
            table,
            ForeignKey {
                constraint_name: Some(constraint_name),
                columns,
                referenced_table,
                referenced_columns,
                on_delete: action(on_delete),
                on_update: action(rf.effective_on_update()),
            },
        ));
    }
}

fn action(action: ReferentialAction) -> ForeignKeyAction {
    match action {
        ReferentialAction::Cascade => ForeignKeyAction::Cascade,
        ReferentialAction::Restrict => ForeignKeyAction::Restrict,
        ReferentialAction::NoAction => ForeignKeyAction::NoAction,
        ReferentialAction::SetNull => ForeignKeyAction::SetNull,
        ReferentialAction::SetDefault => ForeignKeyAction::SetDefault,
    }
}

/// The first `n` characters of `s`.
fn take_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// `_{relation}` tables with columns `A` and `B` typed like the two models' ids, a primary key
/// (PostgreSQL) or unique index (elsewhere) on `(A, B)`, an index on `B`, and cascading
/// foreign keys. The table lives in the namespace of model A.
pub(super) fn push_join_tables(ctx: &mut Context<'_>, foreign_keys: &mut Vec<(TableId, ForeignKey)>) {
    let datamodel = ctx.datamodel;
    let max = ctx.provider.max_identifier_length();
    for relation in &datamodel.relations {
        if relation.kind != RelationKind::ImplicitManyToMany {
            continue;
        }
        let (Some(table_a), Some(table_b)) =
            (ctx.table_ids[relation.model_a.0 as usize], ctx.table_ids[relation.model_b.0 as usize])
        else {
            continue;
        };
        let (Some(id_a), Some(id_b)) = (first_pk_column(ctx, table_a), first_pk_column(ctx, table_b)) else {
            continue;
        };
        let full_name = format!("_{}", relation.name);
        let name = take_chars(&full_name, max).to_owned();
        let namespace = ctx.schema.tables[table_a.index()].namespace;
        let table = ctx.schema.push_table(Table { name: name.clone(), namespace, primary_key: None });
        let column_type = |id| ctx.schema.walk(id).column_type().clone();
        let (type_a, type_b) = (column_type(id_a), column_type(id_b));
        let a = ctx
            .schema
            .push_column(table, Column { name: "A".into(), tpe: type_a, default: None, auto_increment: false });
        let b = ctx
            .schema
            .push_column(table, Column { name: "B".into(), tpe: type_b, default: None, auto_increment: false });
        let plain = |column| IndexColumn { column, sort_order: None, length: None, operator_class: None };

        // Prisma 6 made (A, B) the primary key on PostgreSQL; elsewhere it is a unique index.
        if ctx.dialect.has_named_primary_keys() {
            let suffix = "_AB_pkey";
            let constraint_name = format!("{}{suffix}", take_chars(&name, max - suffix.len()));
            ctx.schema.tables[table.index()].primary_key =
                Some(PrimaryKey { constraint_name: Some(constraint_name), columns: vec![plain(a), plain(b)] });
        } else {
            let suffix = "_AB_unique";
            ctx.schema.push_index(
                table,
                Index {
                    name: format!("{}{suffix}", take_chars(&name, max - suffix.len())),
                    kind: IndexKind::Unique,
                    columns: vec![plain(a), plain(b)],
                    algorithm: None,
                },
            );
        }
        ctx.schema.push_index(
            table,
            Index {
                name: format!("{}_B_index", take_chars(&name, max - 8)),
                kind: IndexKind::Normal,
                columns: vec![plain(b)],
                algorithm: None,
            },
        );

        if ctx.relation_mode == RelationMode::ForeignKeys {
            // Prisma's own naming here: the table name is cut so that no two join tables'
            // constraint names can collide.
            let cut = max - "_fkey".len() - 2;
            let base = |strictly_longer: bool| {
                let too_long = if strictly_longer { name.len() > cut } else { name.len() >= cut };
                if too_long {
                    &name[..floor_char_boundary(&name, cut)]
                } else {
                    name.as_str()
                }
            };
            let fk = |constraint_name: String, column, referenced_table, referenced| ForeignKey {
                constraint_name: Some(constraint_name),
                columns: vec![column],
                referenced_table,
                referenced_columns: vec![referenced],
                on_delete: ForeignKeyAction::Cascade,
                on_update: ForeignKeyAction::Cascade,
            };
            foreign_keys.push((table, fk(format!("{}_A_fkey", base(true)), a, table_a, id_a)));
            foreign_keys.push((table, fk(format!("{}_B_fkey", base(false)), b, table_b, id_b)));
        }
    }
}

fn first_pk_column(ctx: &Context<'_>, table: TableId) -> Option<sql_schema::ColumnId> {
    ctx.schema.tables[table.index()].primary_key.as_ref()?.columns.first().map(|c| c.column)
}

fn floor_char_boundary(s: &str, mut index: usize) -> usize {
    if index >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(index) {
        index -= 1;
    }
    index
}
