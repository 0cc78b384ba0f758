//! MySQL / MariaDB statements.

use super::{hex, quote_string};
use crate::{
    pair::Pair,
    step::{AlterTable, MigrationStep, TableChange},
};
use sql_schema::{
    ColumnTypeFamily, ColumnWalker, DefaultValue, IndexColumnWalker, IndexKind, IndexWalker, NativeType, SqlSchema,
    TableWalker, Value,
};

const INDENT: &str = "    ";

pub(super) fn render_step(step: &MigrationStep, schemas: Pair<&SqlSchema>) -> Vec<String> {
    match step {
        // MySQL has no schemas in the IR, inline enums only, unnamed-rename-less foreign keys,
        // and alters every table in place: `diff` never produces these steps for it.
        MigrationStep::CreateSchema { .. }
        | MigrationStep::CreateExtension { .. }
        | MigrationStep::CreateEnum { .. }
        | MigrationStep::AlterEnum(_)
        | MigrationStep::DropEnum { .. }
        | MigrationStep::RenameForeignKey { .. }
        | MigrationStep::RedefineTables(_) => Vec::new(),
        MigrationStep::DropForeignKey { foreign_key } => {
            let fk = schemas.previous.walk(*foreign_key);
            vec![format!(
                "ALTER TABLE {} DROP FOREIGN KEY {}",
                ident(fk.table().name()),
                ident(fk.constraint_name().unwrap_or_default())
            )]
        }
        MigrationStep::DropIndex { index } => vec![drop_index(schemas.previous.walk(*index))],
        MigrationStep::AlterTable(alter) => alter_table(alter, schemas),
        MigrationStep::DropTable { table } => {
            vec![format!("DROP TABLE {}", ident(schemas.previous.walk(*table).name()))]
        }
        MigrationStep::CreateTable { table } => vec![create_table(schemas.next.walk(*table))],
        MigrationStep::CreateIndex { index, .. } => vec![create_index(schemas.next.walk(*index))],
        MigrationStep::AddForeignKey { foreign_key } => {
            let fk = schemas.next.walk(*foreign_key);
            let columns: Vec<String> = fk.constrained_columns().map(|c| ident(c.name())).collect();
            let referenced: Vec<String> = fk.referenced_columns().map(|c| ident(c.name())).collect();
            let constraint = fk.constraint_name().map(|n| format!("CONSTRAINT {} ", ident(n))).unwrap_or_default();
            vec![format!(
                "ALTER TABLE {} ADD {constraint}FOREIGN KEY ({}) REFERENCES {}({}) ON DELETE {} ON UPDATE {}",
                ident(fk.table().name()),
                columns.join(", "),
                ident(fk.referenced_table().name()),
                referenced.join(", "),
                fk.on_delete().as_sql(),
                fk.on_update().as_sql()
            )]
        }
        MigrationStep::RenameIndex { index } => {
            let indexes = schemas.walk(*index);
            vec![format!(
                "ALTER TABLE {} RENAME INDEX {} TO {}",
                ident(indexes.previous.table().name()),
                ident(indexes.previous.name()),
                ident(indexes.next.name())
            )]
        }
        MigrationStep::RedefineIndex { index } => {
            // Create first: a foreign key may rely on the old index until the new one exists.
            let indexes = schemas.walk(*index);
            vec![create_index(indexes.next), drop_index(indexes.previous)]
        }
    }
}

fn ident(name: &str) -> String {
    super::quoted('`', name)
}

fn index_column(c: IndexColumnWalker<'_>) -> String {
    let mut rendered = ident(c.name());
    if let Some(length) = c.length() {
        rendered.push_str(&format!("({length})"));
    }
    if let Some(order) = c.sort_order() {
        rendered.push(' ');
        rendered.push_str(order.as_sql());
    }
    rendered
}

fn index_kind(kind: IndexKind) -> &'static str {
    match kind {
        IndexKind::Normal => "",
        IndexKind::Unique => "UNIQUE ",
        IndexKind::Fulltext => "FULLTEXT ",
    }
}

fn drop_index(index: IndexWalker<'_>) -> String {
    format!("DROP INDEX {} ON {}", ident(index.name()), ident(index.table().name()))
}

fn create_index(index: IndexWalker<'_>) -> String {
    let columns: Vec<String> = index.columns().map(index_column).collect();
    format!(
        "CREATE {}INDEX {} ON {}({})",
        index_kind(index.kind()),
        ident(index.name()),
        ident(index.table().name()),
        columns.join(", ")
    )
}

fn create_table(table: TableWalker<'_>) -> String {
    let mut sql = String::with_capacity(128 + 48 * table.columns().len());
    sql.push_str("CREATE TABLE ");
    sql.push_str(&ident(table.name()));
    sql.push_str(" (\n");
    for (i, column) in table.columns().enumerate() {
        if i > 0 {
            sql.push_str(",\n");
        }
        sql.push_str(INDENT);
        sql.push_str(&render_column(column));
    }
    let has_pk = table.primary_key().is_some_and(|pk| !pk.columns.is_empty());
    let has_indexes = table.indexes().len() > 0;
    if has_indexes || has_pk {
        sql.push_str(",\n\n");
    }
    for (i, index) in table.indexes().enumerate() {
        if i > 0 {
            sql.push_str(",\n");
        }
        sql.push_str(INDENT);
        sql.push_str(index_kind(index.kind()));
        sql.push_str("INDEX ");
        sql.push_str(&ident(index.name()));
        sql.push('(');
        for (j, column) in index.columns().enumerate() {
            if j > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&index_column(column));
        }
        sql.push(')');
    }
    if has_pk {
        if has_indexes {
            sql.push_str(",\n");
        }
        let cols: Vec<String> = table.primary_key_columns().map(index_column).collect();
        sql.push_str(&format!("{INDENT}PRIMARY KEY ({})", cols.join(", ")));
    }
    sql.push_str("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    sql
}

fn render_column(column: ColumnWalker<'_>) -> String {
    let mut sql = format!("{} {}", ident(column.name()), column_type(column));
    sql.push_str(if column.arity().is_required() { " NOT NULL" } else { " NULL" });
    if column.is_autoincrement() {
        sql.push_str(" AUTO_INCREMENT");
    }
    if let Some(default) = column_default(column) {
        sql.push_str(" DEFAULT ");
        sql.push_str(&default);
    }
    sql
}

/// The default as rendered in a column definition: MySQL cannot store JSON defaults, nor
/// binary literals (expressions are fine).
fn column_default(column: ColumnWalker<'_>) -> Option<String> {
    let default = column.default()?;
    match (column.family(), default) {
        (_, DefaultValue::Sequence(_) | DefaultValue::DbGenerated(None)) => None,
        (ColumnTypeFamily::Json, _) => None,
        (ColumnTypeFamily::Binary, d) if !matches!(d, DefaultValue::DbGenerated(_)) => None,
        _ => render_default(column, default),
    }
}

fn column_type(column: ColumnWalker<'_>) -> String {
    match column.family() {
        ColumnTypeFamily::Enum(id) => {
            let values: Vec<String> = column.walk(*id).values().map(quote_string).collect();
            format!("ENUM({})", values.join(", "))
        }
        ColumnTypeFamily::Unsupported(text) => text.clone(),
        _ => column.native_type().to_owned(),
    }
}

fn render_default(column: ColumnWalker<'_>, default: &DefaultValue) -> Option<String> {
    Some(match default {
        DefaultValue::DbGenerated(Some(expr)) => expr.clone(),
        DefaultValue::DbGenerated(None) | DefaultValue::Sequence(_) => return None,
        DefaultValue::Now => {
            let native = NativeType::parse(column.native_type());
            let precision = match native.name {
                "DATETIME" | "TIMESTAMP" => native.first_arg().unwrap_or(0),
                _ => 3,
            };
            format!("CURRENT_TIMESTAMP({precision})")
        }
        DefaultValue::Value(Value::String(s) | Value::Enum(s) | Value::DateTime(s)) => quote_string(s),
        DefaultValue::Value(Value::Bytes(b)) => format!("0x{}", hex(b)),
        DefaultValue::Value(other) => other.to_string(),
    })
}

fn alter_table(alter: &AlterTable, schemas: Pair<&SqlSchema>) -> Vec<String> {
    let tables = schemas.walk(alter.table);
    let mut lines = Vec::new();
    for change in &alter.changes {
        match change {
            TableChange::DropPrimaryKey => lines.push("DROP PRIMARY KEY".to_owned()),
            // MySQL primary keys have no name to rename.
            TableChange::RenamePrimaryKey => (),
            TableChange::AddPrimaryKey => {
                let cols: Vec<String> = tables.next.primary_key_columns().map(index_column).collect();
                lines.push(format!("ADD PRIMARY KEY ({})", cols.join(", ")));
            }
            TableChange::AddColumn { column } => {
                lines.push(format!("ADD COLUMN {}", render_column(schemas.next.walk(*column))))
            }
            TableChange::DropColumn { column } => {
                lines.push(format!("DROP COLUMN {}", ident(schemas.previous.walk(*column).name())))
            }
            TableChange::AlterColumn(alter_column) => {
                let columns = schemas.walk(alter_column.column);
                let changes = alter_column.changes;
                if changes.only_default_changed() && columns.next.default().is_none() {
                    lines.push(format!("ALTER COLUMN {} DROP DEFAULT", ident(columns.previous.name())));
                } else {
                    lines.push(modify(columns));
                }
            }
            TableChange::DropAndRecreateColumn { column, .. } => {
                let columns = schemas.walk(*column);
                lines.push(format!("DROP COLUMN {}", ident(columns.previous.name())));
                lines.push(format!("ADD COLUMN {}", render_column(columns.next)));
            }
        }
    }
    if lines.is_empty() {
        return Vec::new();
    }
    vec![format!("ALTER TABLE {} {}", ident(tables.previous.name()), lines.join(",\n    "))]
}

/// `MODIFY`: MySQL re-states the whole column. `SET DEFAULT` is avoided because it cannot
/// take expressions on most versions.
fn modify(columns: Pair<ColumnWalker<'_>>) -> String {
    let next = columns.next;
    // `dbgenerated()` without an expression keeps the database's current expression.
    let default = match (columns.previous.default(), next.default()) {
        (Some(DefaultValue::DbGenerated(Some(previous))), Some(DefaultValue::DbGenerated(n)))
            if n.as_deref().unwrap_or("").is_empty() && !previous.is_empty() =>
        {
            Some(previous.clone())
        }
        (_, Some(d)) => render_default(next, d).filter(|d| !d.is_empty()),
        (_, None) => None,
    };
    format!(
        "MODIFY {} {}{}{}{}",
        ident(next.name()),
        column_type(next),
        if next.arity().is_required() { " NOT NULL" } else { " NULL" },
        default.map(|d| format!(" DEFAULT {d}")).unwrap_or_default(),
        if next.is_autoincrement() { " AUTO_INCREMENT" } else { "" }
    )
}
