//! SQLite statements.

use super::{hex, quote_string};
use crate::{
    pair::Pair,
    step::{AlterTable, MigrationStep, RedefineTable, TableChange},
};
use sql_schema::{ColumnTypeFamily, ColumnWalker, DefaultValue, IndexWalker, SqlSchema, TableWalker, Value};

const INDENT: &str = "    ";

pub(super) fn render_step(step: &MigrationStep, schemas: Pair<&SqlSchema>) -> Vec<String> {
    match step {
        // SQLite has no schemas, enum types, named or alterable foreign keys: `diff` never
        // produces these steps for it, and they render to nothing.
        MigrationStep::CreateSchema { .. }
        | MigrationStep::CreateExtension { .. }
        | MigrationStep::CreateEnum { .. }
        | MigrationStep::AlterEnum(_)
        | MigrationStep::DropEnum { .. }
        | MigrationStep::DropForeignKey { .. }
        | MigrationStep::AddForeignKey { .. }
        | MigrationStep::RenameForeignKey { .. }
        | MigrationStep::RenameIndex { .. } => Vec::new(),
        MigrationStep::DropIndex { index } => vec![drop_index(schemas.previous.walk(*index))],
        MigrationStep::AlterTable(alter) => alter_table(alter, schemas),
        MigrationStep::DropTable { table } => {
            // Turning foreign keys off is safe: validation forbids foreign keys to a missing
            // table, and it is the only way to drop tables with cyclic references in any order.
            vec![
                "PRAGMA foreign_keys=off".to_owned(),
                format!("DROP TABLE {}", ident(schemas.previous.walk(*table).name())),
                "PRAGMA foreign_keys=on".to_owned(),
            ]
        }
        MigrationStep::CreateTable { table } => {
            let table = schemas.next.walk(*table);
            vec![create_table(table, table.name())]
        }
        MigrationStep::RedefineTables(tables) => redefine_tables(tables, schemas),
        MigrationStep::CreateIndex { index, .. } => vec![create_index(schemas.next.walk(*index))],
        MigrationStep::RedefineIndex { index } => {
            let indexes = schemas.walk(*index);
            vec![drop_index(indexes.previous), create_index(indexes.next)]
        }
    }
}

fn ident(name: &str) -> String {
    super::quoted('"', name)
}

fn drop_index(index: IndexWalker<'_>) -> String {
    format!("DROP INDEX {}", ident(index.name()))
}

fn create_index(index: IndexWalker<'_>) -> String {
    let columns: Vec<String> = index
        .columns()
        .map(|c| match c.sort_order() {
            Some(order) => format!("{} {}", ident(c.name()), order.as_sql()),
            None => ident(c.name()),
        })
        .collect();
    let statement = format!(
        "CREATE {}INDEX {} ON {}({})",
        if index.is_unique() { "UNIQUE " } else { "" },
        ident(index.name()),
        ident(index.table().name()),
        columns.join(", ")
    );
    // Names starting with `sqlite_` are reserved; Prisma writes them through writable_schema.
    if index.name().starts_with("sqlite_") {
        format!("Pragma writable_schema=1;\n{statement};\nPragma writable_schema=0")
    } else {
        statement
    }
}

fn create_table(table: TableWalker<'_>, name: &str) -> String {
    let mut sql = String::with_capacity(64 + 48 * table.columns().len());
    sql.push_str("CREATE TABLE ");
    sql.push_str(&ident(name));
    sql.push_str(" (\n");
    for (i, column) in table.columns().enumerate() {
        if i > 0 {
            sql.push_str(",\n");
        }
        sql.push_str(INDENT);
        sql.push_str(&render_column(column));
    }

    if !table.columns().any(|c| c.is_single_primary_key()) && table.primary_key().is_some() {
        let cols: Vec<String> = table.primary_key_columns().map(|c| ident(c.name())).collect();
        sql.push_str(&format!(",\n\n{INDENT}PRIMARY KEY ({})", cols.join(", ")));
    }
    for fk in table.foreign_keys() {
        let constraint = fk.constraint_name().map(|n| format!("CONSTRAINT {} ", ident(n))).unwrap_or_default();
        let columns: Vec<String> = fk.constrained_columns().map(|c| ident(c.name())).collect();
        let referenced: Vec<String> = fk.referenced_columns().map(|c| ident(c.name())).collect();
        sql.push_str(&format!(
            ",\n{INDENT}{constraint}FOREIGN KEY ({}) REFERENCES {} ({}) ON DELETE {} ON UPDATE {}",
            columns.join(", "),
            ident(fk.referenced_table().name()),
            referenced.join(", "),
            fk.on_delete().as_sql(),
            fk.on_update().as_sql()
        ));
    }
    sql.push_str("\n)");
    sql
}

fn render_column(column: ColumnWalker<'_>) -> String {
    let is_pk = column.is_single_primary_key();
    let tpe = match column.family() {
        ColumnTypeFamily::Unsupported(text) => text.as_str(),
        // Enums are plain text on SQLite.
        ColumnTypeFamily::Enum(_) if column.native_type().is_empty() => "TEXT",
        _ => column.native_type(),
    };
    let mut sql = format!("{} {tpe}", ident(column.name()));
    if !column.arity().is_nullable() {
        sql.push_str(" NOT NULL");
    }
    if is_pk {
        sql.push_str(" PRIMARY KEY");
        // An INTEGER single-column primary key is the rowid: Prisma always makes it
        // AUTOINCREMENT.
        if matches!(column.family(), ColumnTypeFamily::Int) {
            sql.push_str(" AUTOINCREMENT");
        }
    }
    if let Some(default) = column.default().and_then(render_default) {
        sql.push_str(" DEFAULT ");
        sql.push_str(&default);
    }
    sql
}

fn render_default(default: &DefaultValue) -> Option<String> {
    Some(match default {
        DefaultValue::DbGenerated(Some(expr)) => expr.clone(),
        DefaultValue::DbGenerated(None) | DefaultValue::Sequence(_) => return None,
        DefaultValue::Now => "CURRENT_TIMESTAMP".to_owned(),
        DefaultValue::Value(Value::String(s) | Value::Enum(s) | Value::DateTime(s)) => quote_string(s),
        DefaultValue::Value(Value::Bytes(b)) => quote_string(&hex(b)),
        DefaultValue::Value(other) => other.to_string(),
    })
}

fn alter_table(alter: &AlterTable, schemas: Pair<&SqlSchema>) -> Vec<String> {
    let table = schemas.previous.walk(alter.table.previous);
    alter
        .changes
        .iter()
        .filter_map(|change| match change {
            TableChange::AddColumn { column } => Some(format!(
                "ALTER TABLE {} ADD COLUMN {}",
                ident(table.name()),
                render_column(schemas.next.walk(*column))
            )),
            // Everything else redefines the table on SQLite.
            _ => None,
        })
        .collect()
}

fn redefine_tables(tables: &[RedefineTable], schemas: Pair<&SqlSchema>) -> Vec<String> {
    // "Making Other Kinds Of Table Schema Changes" (https://www.sqlite.org/lang_altertable.html),
    // with foreign key checks deferred to the end of the transaction.
    let mut result = vec!["PRAGMA defer_foreign_keys=ON".to_owned(), "PRAGMA foreign_keys=OFF".to_owned()];
    for redefine in tables {
        let tables = schemas.walk(redefine.table);
        let tmp = format!("new_{}", tables.next.name());
        result.push(create_table(tables.next, &tmp));
        if !redefine.column_pairs.is_empty() {
            let destination: Vec<String> =
                redefine.column_pairs.iter().map(|(ids, _)| ident(schemas.next.walk(ids.next).name())).collect();
            let source: Vec<String> = redefine
                .column_pairs
                .iter()
                .map(|(ids, changes)| {
                    let columns = schemas.walk(*ids);
                    let name = ident(columns.previous.name());
                    // SQLite has no DEFAULT in INSERT ... SELECT: a column made required with a
                    // default takes the default where it was NULL.
                    match columns.next.default().and_then(render_default) {
                        Some(default) if changes.arity && columns.next.arity().is_required() => {
                            format!("coalesce({name}, {default}) AS {name}")
                        }
                        _ => name,
                    }
                })
                .collect();
            result.push(format!(
                "INSERT INTO {} ({}) SELECT {} FROM {}",
                ident(&tmp),
                destination.join(", "),
                source.join(", "),
                ident(tables.previous.name())
            ));
        }
        result.push(format!("DROP TABLE {}", ident(tables.previous.name())));
        result.push(format!("ALTER TABLE {} RENAME TO {}", ident(&tmp), ident(tables.next.name())));
        result.extend(tables.next.indexes().map(create_index));
    }
    result.push("PRAGMA foreign_keys=ON".to_owned());
    result.push("PRAGMA defer_foreign_keys=OFF".to_owned());
    result
}
