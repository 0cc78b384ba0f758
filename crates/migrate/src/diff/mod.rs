//! `diff`: two [`SqlSchema`]s in, the [`MigrationStep`]s from one to the other out.
//!
//! Tables, columns, enums and namespaces are matched by name. Steps are collected per kind,
//! then sorted: the step enum's variant order is execution order, and ties are broken by ids,
//! which follow the schemas' declaration order. The result is deterministic.

mod columns;
mod db;

use crate::{
    pair::Pair,
    step::{AlterColumn, AlterEnum, AlterTable, ColumnTypeChange, MigrationStep, RedefineTable, TableChange},
};
use db::{DifferDatabase, TableDiffer};
use sql_schema::{ColumnId, Dialect, ForeignKeyWalker, IndexId, SqlSchema};
use std::collections::BTreeSet;

/// The steps that migrate a database from `from` to `to` on `dialect`, in execution order.
/// `diff(a, a, d)` is empty.
pub fn diff(from: &SqlSchema, to: &SqlSchema, dialect: Dialect) -> Vec<MigrationStep> {
    let db = DifferDatabase::new(Pair::new(from, to), dialect);
    let mut steps = Vec::new();

    push_created_namespace_steps(&mut steps, &db);
    push_created_extension_steps(&mut steps, &db);
    push_created_table_steps(&mut steps, &db);
    push_dropped_table_steps(&mut steps, &db);
    push_dropped_index_steps(&mut steps, &db);
    push_created_index_steps(&mut steps, &db);
    push_altered_table_steps(&mut steps, &db);
    push_redefined_table_steps(&mut steps, &db);
    push_enum_steps(&mut steps, &db);

    steps.sort();
    move_dropped_unique_indexes_after_created_primary_keys(&mut steps, &db);
    steps
}

fn push_created_namespace_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    // As Prisma does, a namespace is only created if a table or a new enum lives in it: an
    // unused `schemas = [...]` entry, or the default schema of a schema without models, is not.
    // Objects without a namespace live in the dialect's default schema.
    let in_namespace = |ns: Option<&str>, name: &str| ns.or(db.dialect.default_schema()) == Some(name);
    let is_used = |name: &str| {
        [db.schemas.previous, db.schemas.next]
            .iter()
            .any(|schema| schema.table_walkers().any(|t| in_namespace(t.namespace_name(), name)))
            || db.created_enums().any(|e| in_namespace(e.namespace_name(), name))
    };
    steps.extend(
        db.created_namespaces()
            .filter(|ns| is_used(db.schemas.next.walk(*ns).name()))
            .map(|namespace| MigrationStep::CreateSchema { namespace }),
    );
}

/// Extensions asked for and not there yet. As Prisma does, existing extensions are never
/// altered (another schema or version) nor dropped.
fn push_created_extension_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    if !db.dialect.supports_extensions() {
        return;
    }
    let (previous, next) = (db.schemas.previous, db.schemas.next);
    steps.extend(
        (0..next.extensions.len() as u32)
            .map(sql_schema::ExtensionId)
            .filter(|id| previous.find_extension(&next.extensions[id.index()].name).is_none())
            .map(|extension| MigrationStep::CreateExtension { extension }),
    );
}

fn push_created_table_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    for table in db.created_tables() {
        steps.push(MigrationStep::CreateTable { table: table.id });

        if !db.dialect.foreign_keys_inline_in_create_table() {
            for fk in table.foreign_keys() {
                steps.push(MigrationStep::AddForeignKey { foreign_key: fk.id });
            }
        }

        if !db.dialect.indexes_inline_in_create_table() {
            for index in table.indexes() {
                steps.push(MigrationStep::CreateIndex {
                    table: (None, table.id),
                    index: index.id,
                    from_drop_and_recreate: false,
                });
            }
        }
    }
}

fn push_dropped_table_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    for table in db.dropped_tables() {
        steps.push(MigrationStep::DropTable { table: table.id });

        // Drop the foreign keys of dropped tables first, so the tables can be dropped in any
        // order.
        if db.dialect.drops_foreign_keys_before_tables() {
            for fk in table.foreign_keys() {
                steps.push(MigrationStep::DropForeignKey { foreign_key: fk.id });
            }
        }
    }
}

fn push_dropped_index_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    let mut dropped = BTreeSet::new();

    for tables in db.non_redefined_table_pairs() {
        for index in tables.dropped_indexes() {
            // On MySQL, foreign keys create their own indexes; those go with the foreign key.
            if db.dialect.foreign_keys_own_indexes() && index_covers_fk(tables.previous(), index.id) {
                continue;
            }
            dropped.insert(index.id);
        }
    }

    // On SQLite, redefined tables re-create their indexes, and index names are global: the
    // indexes of dropped tables must go first.
    if !db.tables_to_redefine.is_empty() && db.dialect.drops_indexes_of_dropped_tables() {
        for table in db.dropped_tables() {
            dropped.extend(table.indexes().map(|i| i.id));
        }
    }

    steps.extend(dropped.into_iter().map(|index| MigrationStep::DropIndex { index }));
}

/// Whether the index's columns start with the columns of one of the table's foreign keys.
fn index_covers_fk(table: sql_schema::TableWalker<'_>, index: IndexId) -> bool {
    let index = table.walk(index);
    table.foreign_keys().any(|fk| {
        let fk_columns: Vec<&str> = fk.constrained_columns().map(|c| c.name()).collect();
        index.columns().len() >= fk_columns.len() && index.column_names().zip(&fk_columns).all(|(a, b)| a == *b)
    })
}

fn push_created_index_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    for tables in db.non_redefined_table_pairs() {
        for index in tables.created_indexes() {
            steps.push(MigrationStep::CreateIndex {
                table: (Some(tables.ids.previous), tables.ids.next),
                index: index.id,
                from_drop_and_recreate: false,
            });
        }

        if db.dialect.drops_indexes_with_columns() {
            let recreated: Vec<ColumnId> = tables
                .column_pairs()
                .filter(|cols| db.column_changes(cols.map(|c| c.id)).type_change == Some(ColumnTypeChange::NotCastable))
                .map(|cols| cols.next.id)
                .collect();
            if recreated.is_empty() {
                continue;
            }
            for index in tables.index_pairs() {
                if index.next.columns().any(|c| recreated.contains(&c.as_column().id)) {
                    steps.push(MigrationStep::CreateIndex {
                        table: (Some(tables.ids.previous), tables.ids.next),
                        index: index.next.id,
                        from_drop_and_recreate: true,
                    });
                }
            }
        }
    }
}

fn push_altered_table_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    for table in db.non_redefined_table_pairs() {
        for fk in table.created_foreign_keys() {
            steps.push(MigrationStep::AddForeignKey { foreign_key: fk.id });
        }
        for fk in table.dropped_foreign_keys() {
            steps.push(MigrationStep::DropForeignKey { foreign_key: fk.id });
        }
        for fks in table.foreign_key_pairs() {
            push_foreign_key_pair_changes(fks, steps, db);
        }

        for index in table.index_pairs().filter(|i| i.previous.name() != i.next.name()) {
            let index = index.map(|i| i.id);
            steps.push(if db.dialect.can_rename_index() {
                MigrationStep::RenameIndex { index }
            } else {
                MigrationStep::RedefineIndex { index }
            });
        }

        // Order matters: drop the primary key first, add the new one last.
        let mut changes = Vec::new();
        if dropped_primary_key(&table) {
            changes.push(TableChange::DropPrimaryKey);
        }
        if renamed_primary_key(&table) {
            changes.push(TableChange::RenamePrimaryKey);
        }
        changes.extend(table.dropped_columns().map(|c| TableChange::DropColumn { column: c.id }));
        changes.extend(table.added_columns().map(|c| TableChange::AddColumn { column: c.id }));
        changes.extend(alter_columns(&table));
        if added_primary_key(&table) {
            changes.push(TableChange::AddPrimaryKey);
        }

        if changes.is_empty() {
            continue;
        }
        steps.push(MigrationStep::AlterTable(AlterTable { table: table.ids, changes }));
    }
}

fn alter_columns(table: &TableDiffer<'_, '_>) -> Vec<TableChange> {
    let mut changes: Vec<TableChange> = table
        .column_pairs()
        .filter_map(|cols| {
            let column = cols.map(|c| c.id);
            let changes = table.db.column_changes(column);
            if !changes.differs_in_something() {
                return None;
            }
            Some(match changes.type_change {
                Some(ColumnTypeChange::NotCastable) => TableChange::DropAndRecreateColumn { column, changes },
                _ => TableChange::AlterColumn(AlterColumn { column, changes }),
            })
        })
        .collect();
    changes.sort_by_key(|c| match c {
        TableChange::AlterColumn(a) => a.column,
        TableChange::DropAndRecreateColumn { column, .. } => *column,
        _ => unreachable!("only column changes here"),
    });
    changes
}

fn dropped_primary_key(table: &TableDiffer<'_, '_>) -> bool {
    table.dropped_primary_key() || table.primary_key_changed()
}

fn added_primary_key(table: &TableDiffer<'_, '_>) -> bool {
    table.created_primary_key() || table.primary_key_changed()
}

fn renamed_primary_key(table: &TableDiffer<'_, '_>) -> bool {
    let t = table.tables();
    match (t.previous.primary_key(), t.next.primary_key()) {
        (Some(p), Some(n)) => p.constraint_name != n.constraint_name,
        _ => false,
    }
}

fn push_foreign_key_pair_changes(
    fks: Pair<ForeignKeyWalker<'_>>,
    steps: &mut Vec<MigrationStep>,
    db: &DifferDatabase<'_>,
) {
    if !db.dialect.has_named_foreign_keys() {
        return;
    }
    if fks.previous.constraint_name() == fks.next.constraint_name() {
        return;
    }
    // Implicit many-to-many join tables used to have unnamed foreign keys; Prisma does not
    // rename theirs, and neither do we.
    if is_implicit_m2m_fk(fks.previous) && is_implicit_m2m_fk(fks.next) {
        return;
    }
    if db.dialect.can_rename_foreign_key() {
        steps.push(MigrationStep::RenameForeignKey { foreign_key: fks.map(|fk| fk.id) });
    } else {
        steps.push(MigrationStep::AddForeignKey { foreign_key: fks.next.id });
        steps.push(MigrationStep::DropForeignKey { foreign_key: fks.previous.id });
    }
}

fn is_implicit_m2m_fk(fk: ForeignKeyWalker<'_>) -> bool {
    let table = fk.table();
    table.columns().len() == 2 && table.column("A").is_some() && table.column("B").is_some()
}

fn push_redefined_table_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    if db.tables_to_redefine.is_empty() {
        return;
    }
    let redefines = db
        .table_pairs()
        .filter(|t| db.tables_to_redefine.contains(&t.ids))
        .map(|t| RedefineTable {
            table: t.ids,
            column_pairs: db.column_pairs(t.ids).map(|ids| (ids, db.column_changes(ids))).collect(),
            added_columns: t.added_columns().map(|c| c.id).collect(),
            dropped_columns: t.dropped_columns().map(|c| c.id).collect(),
            dropped_primary_key: dropped_primary_key(&t),
        })
        .collect();
    steps.push(MigrationStep::RedefineTables(redefines));
}

fn push_enum_steps(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    if !db.dialect.supports_enums_as_types() {
        return;
    }
    for enums in db.enum_pairs() {
        let created_variants: Vec<String> =
            enums.next.values().filter(|v| !enums.previous.values().any(|p| p == *v)).map(String::from).collect();
        let dropped_variants: Vec<String> =
            enums.previous.values().filter(|v| !enums.next.values().any(|n| n == *v)).map(String::from).collect();
        if created_variants.is_empty() && dropped_variants.is_empty() {
            continue;
        }
        let mut alter_enum = AlterEnum {
            id: enums.map(|e| e.id),
            created_variants,
            dropped_variants,
            previous_usages_as_default: Vec::new(),
        };
        alter_enum.previous_usages_as_default = previous_usages_as_default(db, &alter_enum);
        steps.push(MigrationStep::AlterEnum(alter_enum));
    }
    steps.extend(db.created_enums().map(|e| MigrationStep::CreateEnum { enum_id: e.id }));
    steps.extend(db.dropped_enums().map(|e| MigrationStep::DropEnum { enum_id: e.id }));
}

/// Previous columns typed by the altered enum that have a default, with the next column when
/// it still has an enum default.
fn previous_usages_as_default(db: &DifferDatabase<'_>, alter_enum: &AlterEnum) -> Vec<(ColumnId, Option<ColumnId>)> {
    let enum_ids = alter_enum.id;
    let uses_enum =
        |c: sql_schema::ColumnWalker<'_>, id| c.enum_type().is_some_and(|e| e.id == id) && c.default().is_some();
    let mut usages = Vec::new();
    for table in db.dropped_tables() {
        for column in table.columns().filter(|c| uses_enum(*c, enum_ids.previous)) {
            usages.push((column.id, None));
        }
    }
    for tables in db.table_pairs() {
        for column in tables.dropped_columns().filter(|c| uses_enum(*c, enum_ids.previous)) {
            usages.push((column.id, None));
        }
        for cols in tables.column_pairs().filter(|c| uses_enum(c.previous, enum_ids.previous)) {
            let next = Some(cols.next).filter(|c| uses_enum(*c, enum_ids.next)).map(|c| c.id);
            usages.push((cols.previous.id, next));
        }
    }
    usages
}

/// A dropped unique index on a table without primary key must stay until the primary key
/// created on the same columns exists (Prisma's partial-order fix-up after sorting).
fn move_dropped_unique_indexes_after_created_primary_keys(steps: &mut Vec<MigrationStep>, db: &DifferDatabase<'_>) {
    let mut i = 0;
    while i < steps.len() {
        let MigrationStep::DropIndex { index } = steps[i] else {
            i += 1;
            continue;
        };
        let index = db.schemas.previous.walk(index);
        if !(index.is_unique() && index.table().primary_key().is_none()) {
            i += 1;
            continue;
        }
        let target = steps[i + 1..].iter().position(|step| {
            let MigrationStep::AlterTable(alter) = step else {
                return false;
            };
            let next_table = db.schemas.next.walk(alter.table.next);
            alter.table.previous == index.table().id
                && alter.changes.contains(&TableChange::AddPrimaryKey)
                && alter.changes.iter().all(|change| match change {
                    TableChange::DropColumn { column } => !index.contains_column(*column),
                    TableChange::DropAndRecreateColumn { column, .. } => !index.contains_column(column.previous),
                    _ => true,
                })
                && next_table.primary_key().is_some()
                && index.column_names().eq(next_table.primary_key_columns().map(|c| c.name()))
        });
        match target {
            Some(offset) => {
                let step = steps.remove(i);
                steps.insert(i + offset + 1, step);
            }
            None => i += 1,
        }
    }
}
