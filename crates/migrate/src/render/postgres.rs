//! PostgreSQL statements.

use super::{hex, quote_string};
use crate::{
    pair::Pair,
    step::{AlterColumn, AlterEnum, AlterTable, MigrationStep, RedefineTable, TableChange},
};
use sql_schema::{
    ColumnArity, ColumnTypeFamily, ColumnWalker, DefaultValue, EnumWalker, ForeignKeyWalker, IndexAlgorithm,
    IndexWalker, SqlSchema, TableWalker, Value,
};

const INDENT: &str = "    ";

pub(super) fn render_step(step: &MigrationStep, schemas: Pair<&SqlSchema>) -> Vec<String> {
    match step {
        MigrationStep::CreateSchema { namespace } => {
            vec![format!("CREATE SCHEMA IF NOT EXISTS {}", ident(schemas.next.walk(*namespace).name()))]
        }
        MigrationStep::CreateExtension { extension } => {
            vec![create_extension(&schemas.next.extensions[extension.index()])]
        }
        MigrationStep::CreateEnum { enum_id } => vec![create_enum(schemas.next.walk(*enum_id))],
        MigrationStep::AlterEnum(alter) => alter_enum(alter, schemas),
        MigrationStep::DropForeignKey { foreign_key } => {
            let fk = schemas.previous.walk(*foreign_key);
            vec![format!(
                "ALTER TABLE {} DROP CONSTRAINT {}",
                table_name(fk.table()),
                ident(fk.constraint_name().unwrap_or_default())
            )]
        }
        MigrationStep::DropIndex { index } => vec![drop_index(schemas.previous.walk(*index))],
        MigrationStep::AlterTable(alter) => alter_table(alter, schemas),
        MigrationStep::DropTable { table } => {
            vec![format!("DROP TABLE {}", table_name(schemas.previous.walk(*table)))]
        }
        MigrationStep::DropEnum { enum_id } => {
            vec![format!("DROP TYPE {}", enum_name(schemas.previous.walk(*enum_id)))]
        }
        MigrationStep::CreateTable { table } => {
            let table = schemas.next.walk(*table);
            vec![create_table(table, &table_name(table))]
        }
        MigrationStep::RedefineTables(tables) => redefine_tables(tables, schemas),
        MigrationStep::CreateIndex { index, .. } => vec![create_index(schemas.next.walk(*index))],
        MigrationStep::RenameForeignKey { foreign_key } => {
            let fks = schemas.walk(*foreign_key);
            vec![format!(
                "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
                table_name(fks.previous.table()),
                ident(fks.previous.constraint_name().unwrap_or_default()),
                ident(fks.next.constraint_name().unwrap_or_default())
            )]
        }
        MigrationStep::AddForeignKey { foreign_key } => vec![add_foreign_key(schemas.next.walk(*foreign_key))],
        MigrationStep::RenameIndex { index } => {
            let indexes = schemas.walk(*index);
            vec![format!(
                "ALTER INDEX {} RENAME TO {}",
                qualified(indexes.previous.table().namespace_name(), indexes.previous.name()),
                // PostgreSQL keeps the index in its schema: the new name must be unqualified.
                ident(indexes.next.name())
            )]
        }
        MigrationStep::RedefineIndex { index } => {
            let indexes = schemas.walk(*index);
            vec![drop_index(indexes.previous), create_index(indexes.next)]
        }
    }
}

fn ident(name: &str) -> String {
    super::quoted('"', name)
}

fn qualified(namespace: Option<&str>, name: &str) -> String {
    match namespace {
        Some(ns) => {
            let mut s = String::with_capacity(ns.len() + name.len() + 5);
            s.push('"');
            s.push_str(ns);
            s.push_str("\".\"");
            s.push_str(name);
            s.push('"');
            s
        }
        None => ident(name),
    }
}

fn table_name(table: TableWalker<'_>) -> String {
    qualified(table.namespace_name(), table.name())
}

fn enum_name(enm: EnumWalker<'_>) -> String {
    qualified(enm.namespace_name(), enm.name())
}

fn create_enum(enm: EnumWalker<'_>) -> String {
    let values: Vec<String> = enm.values().map(quote_string).collect();
    format!("CREATE TYPE {} AS ENUM ({})", enum_name(enm), values.join(", "))
}

fn drop_index(index: IndexWalker<'_>) -> String {
    format!("DROP INDEX {}", qualified(index.table().namespace_name(), index.name()))
}

fn create_index(index: IndexWalker<'_>) -> String {
    let using = match index.get().algorithm {
        None | Some(IndexAlgorithm::BTree) => String::new(),
        Some(algorithm) => format!(" USING {} ", algorithm.as_sql()),
    };
    let columns: Vec<String> = index
        .columns()
        .map(|c| {
            let mut rendered = ident(c.name());
            if let Some(class) = c.operator_class() {
                rendered.push(' ');
                rendered.push_str(class);
            }
            if let Some(order) = c.sort_order() {
                rendered.push(' ');
                rendered.push_str(order.as_sql());
            }
            rendered
        })
        .collect();
    format!(
        "CREATE {}INDEX {} ON {}{}({})",
        if index.is_unique() { "UNIQUE " } else { "" },
        ident(index.name()),
        table_name(index.table()),
        using,
        columns.join(", ")
    )
}

fn add_foreign_key(fk: ForeignKeyWalker<'_>) -> String {
    let columns: Vec<String> = fk.constrained_columns().map(|c| ident(c.name())).collect();
    let referenced: Vec<String> = fk.referenced_columns().map(|c| ident(c.name())).collect();
    let constraint = fk.constraint_name().map(|n| format!("CONSTRAINT {} ", ident(n))).unwrap_or_default();
    format!(
        "ALTER TABLE {} ADD {}FOREIGN KEY ({}) REFERENCES {}({}) ON DELETE {} ON UPDATE {}",
        table_name(fk.table()),
        constraint,
        columns.join(", "),
        table_name(fk.referenced_table()),
        referenced.join(", "),
        fk.on_delete().as_sql(),
        fk.on_update().as_sql()
    )
}

fn create_table(table: TableWalker<'_>, name: &str) -> String {
    let mut sql = String::with_capacity(64 + 48 * table.columns().len());
    sql.push_str("CREATE TABLE ");
    sql.push_str(name);
    sql.push_str(" (\n");
    for (i, column) in table.columns().enumerate() {
        if i > 0 {
            sql.push_str(",\n");
        }
        write_column(&mut sql, column);
    }
    if let Some(pk) = table.primary_key() {
        sql.push_str(",\n\n");
        sql.push_str(INDENT);
        if let Some(constraint) = pk.constraint_name.as_deref() {
            sql.push_str("CONSTRAINT ");
            sql.push_str(&ident(constraint));
            sql.push(' ');
        }
        sql.push_str("PRIMARY KEY (");
        for (i, column) in table.primary_key_columns().enumerate() {
            if i > 0 {
                sql.push(',');
            }
            sql.push_str(&ident(column.name()));
        }
        sql.push(')');
    }
    sql.push_str("\n)");
    sql
}

/// A column definition, indented as in `CREATE TABLE` (and, as Prisma does, in `ADD COLUMN`).
fn render_column(column: ColumnWalker<'_>) -> String {
    let mut sql = String::with_capacity(48);
    write_column(&mut sql, column);
    sql
}

fn write_column(sql: &mut String, column: ColumnWalker<'_>) {
    let tpe = column_type(column);
    sql.push_str(INDENT);
    sql.push_str(&ident(column.name()));
    sql.push(' ');
    sql.push_str(&tpe);
    if column.arity().is_required() {
        sql.push_str(" NOT NULL");
    }
    if let Some(default) = column.default().map(|d| render_default(d, &tpe)).filter(|d| !d.is_empty()) {
        sql.push_str(" DEFAULT ");
        sql.push_str(&default);
    }
}

fn column_type(column: ColumnWalker<'_>) -> String {
    let list = if column.arity() == ColumnArity::List { "[]" } else { "" };
    match column.family() {
        ColumnTypeFamily::Enum(id) => format!("{}{list}", enum_name(column.walk(*id))),
        ColumnTypeFamily::Unsupported(text) => format!("{text}{list}"),
        _ => {
            let native = column.native_type();
            let tpe = match native {
                "SMALLINT" if column.is_autoincrement() => "SMALLSERIAL",
                "INTEGER" if column.is_autoincrement() => "SERIAL",
                "BIGINT" if column.is_autoincrement() => "BIGSERIAL",
                other => other,
            };
            let mut text = String::with_capacity(tpe.len() + list.len());
            text.push_str(tpe);
            text.push_str(list);
            text
        }
    }
}

fn render_default(default: &DefaultValue, full_data_type: &str) -> String {
    match default {
        DefaultValue::DbGenerated(Some(expr)) => expr.clone(),
        DefaultValue::DbGenerated(None) | DefaultValue::Sequence(_) => String::new(),
        DefaultValue::Now => "CURRENT_TIMESTAMP".to_owned(),
        DefaultValue::Value(value) => render_value(value, full_data_type),
    }
}

fn render_value(value: &Value, full_data_type: &str) -> String {
    match value {
        Value::String(s) | Value::Enum(s) | Value::Json(s) | Value::DateTime(s) => quote_string(s),
        Value::Bytes(b) => format!("'\\x{}'", hex(b)),
        Value::List(values) => {
            let rendered: Vec<String> = values.iter().map(|v| render_value(v, full_data_type)).collect();
            format!("ARRAY[{}]::{full_data_type}", rendered.join(", "))
        }
        other => other.to_string(),
    }
}

fn alter_table(alter: &AlterTable, schemas: Pair<&SqlSchema>) -> Vec<String> {
    let tables = schemas.walk(alter.table);
    let mut lines = Vec::new();
    let mut before = Vec::new();
    let mut after = Vec::new();

    for change in &alter.changes {
        match change {
            TableChange::DropPrimaryKey => lines.push(format!("DROP CONSTRAINT {}", ident(pk_name(tables.previous)))),
            TableChange::RenamePrimaryKey => lines.push(format!(
                "RENAME CONSTRAINT {} TO {}",
                ident(pk_name(tables.previous)),
                ident(pk_name(tables.next))
            )),
            TableChange::AddPrimaryKey => {
                let constraint = tables
                    .next
                    .primary_key()
                    .and_then(|pk| pk.constraint_name.as_deref())
                    .map(|n| format!("CONSTRAINT {} ", ident(n)))
                    .unwrap_or_default();
                let cols: Vec<String> = tables.next.primary_key_columns().map(|c| ident(c.name())).collect();
                lines.push(format!("ADD {constraint}PRIMARY KEY ({})", cols.join(", ")));
            }
            TableChange::AddColumn { column } => {
                lines.push(format!("ADD COLUMN {}", render_column(schemas.next.walk(*column))))
            }
            TableChange::DropColumn { column } => {
                lines.push(format!("DROP COLUMN {}", ident(schemas.previous.walk(*column).name())))
            }
            TableChange::AlterColumn(alter_column) => {
                render_alter_column(alter_column, schemas, &mut before, &mut lines, &mut after)
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
    let statement = format!("ALTER TABLE {} {}", table_name(tables.previous), lines.join(",\n"));
    before.into_iter().chain(std::iter::once(statement)).chain(after).collect()
}

fn pk_name(table: TableWalker<'_>) -> &str {
    table.primary_key().and_then(|pk| pk.constraint_name.as_deref()).unwrap_or_default()
}

fn render_alter_column(
    alter: &AlterColumn,
    schemas: Pair<&SqlSchema>,
    before: &mut Vec<String>,
    clauses: &mut Vec<String>,
    after: &mut Vec<String>,
) {
    let columns = schemas.walk(alter.column);
    let changes = alter.changes;
    let prefix = format!("ALTER COLUMN {}", ident(columns.previous.name()));
    let mut set_type = false;

    // Clauses in Prisma's order of change flags: arity, default, type, autoincrement; the
    // type is set last, once.
    if changes.arity {
        use ColumnArity::*;
        match (columns.previous.arity(), columns.next.arity()) {
            (Required, Nullable) => clauses.push(format!("{prefix} DROP NOT NULL")),
            (Nullable, Required) => clauses.push(format!("{prefix} SET NOT NULL")),
            (List, Nullable) => {
                set_type = true;
                clauses.push(format!("{prefix} DROP NOT NULL"));
            }
            (List, Required) => {
                set_type = true;
                clauses.push(format!("{prefix} SET NOT NULL"));
            }
            (Nullable, List) | (Required, List) => set_type = true,
            _ => (),
        }
    }
    if changes.default {
        match columns.next.default() {
            Some(next_default) => clauses
                .push(format!("{prefix} SET DEFAULT {}", render_default(next_default, &column_type(columns.next)))),
            None => drop_default(columns, &prefix, clauses, after),
        }
    }
    if changes.type_changed {
        set_type = true;
    }
    if changes.autoincrement {
        if columns.previous.is_autoincrement() {
            drop_default(columns, &prefix, clauses, after);
        } else {
            let table = columns.next.table();
            let namespace = table.namespace_name().map(|ns| format!("{}.", ident(ns))).unwrap_or_default();
            let sequence = match columns.next.default() {
                // A described schema knows the sequence's name (a down migration re-creating the
                // sequence an up migration dropped): keep it, so the up migration runs again.
                Some(DefaultValue::Sequence(name)) if !name.is_empty() => format!("{namespace}{}", ident(name)),
                _ => format!("{namespace}{}_{}_seq", table.name(), columns.next.name()).to_lowercase(),
            };
            before.push(format!("CREATE SEQUENCE {sequence}"));
            clauses.push(format!("{prefix} SET DEFAULT nextval({})", quote_string(&sequence)));
            after.push(format!(
                "ALTER SEQUENCE {sequence} OWNED BY {}.{}",
                table_name(columns.previous.table()),
                ident(columns.previous.name())
            ));
        }
    }
    if set_type {
        clauses.push(format!("{prefix} SET DATA TYPE {}", column_type(columns.next)));
    }
}

fn drop_default(columns: Pair<ColumnWalker<'_>>, prefix: &str, clauses: &mut Vec<String>, after: &mut Vec<String>) {
    clauses.push(format!("{prefix} DROP DEFAULT"));
    // Drop the column's sequence too, unless another column still uses it.
    if let Some(DefaultValue::Sequence(name)) = columns.previous.default() {
        let still_used = columns.next.table().schema.column_walkers().any(|c| {
            c.id != columns.next.id && matches!(c.default(), Some(DefaultValue::Sequence(other)) if other == name)
        });
        if !still_used {
            after.push(format!("DROP SEQUENCE {}", ident(name)));
        }
    }
}

fn alter_enum(alter: &AlterEnum, schemas: Pair<&SqlSchema>) -> Vec<String> {
    let enums = schemas.walk(alter.id);
    if alter.dropped_variants.is_empty() {
        let mut statements: Vec<String> = alter
            .created_variants
            .iter()
            .map(|value| format!("ALTER TYPE {} ADD VALUE {}", enum_name(enums.previous), quote_string(value)))
            .collect();
        if statements.len() > 1 {
            statements[0] = format!(
                "-- This migration adds more than one value to an enum.\n\
                 -- With PostgreSQL versions 11 and earlier, this is not possible\n\
                 -- in a single migration. This can be worked around by creating\n\
                 -- multiple migrations, each migration adding only one value to\n\
                 -- the enum.\n\n\n{}",
                statements[0]
            );
        }
        return statements;
    }

    let tmp_name = format!("{}_new", enums.next.name());
    let tmp = qualified(enums.next.namespace_name(), &tmp_name);
    let tmp_old_name = format!("{}_old", enums.previous.name());
    let mut statements = vec!["BEGIN".to_owned()];
    let values: Vec<String> = enums.next.values().map(quote_string).collect();
    statements.push(format!("CREATE TYPE {tmp} AS ENUM ({})", values.join(", ")));

    for (column, _) in &alter.previous_usages_as_default {
        let column = schemas.previous.walk(*column);
        statements.push(format!(
            "ALTER TABLE {} ALTER COLUMN {} DROP DEFAULT",
            table_name(column.table()),
            ident(column.name())
        ));
    }
    let next_usages: Vec<ColumnWalker<'_>> =
        schemas.next.column_walkers().filter(|c| c.enum_type().is_some_and(|e| e.id == enums.next.id)).collect();
    // Columns of the old type that no next column takes over (their table or the column is
    // dropped, or its type changes, later in the migration) would keep the old type alive and
    // make `DROP TYPE` fail; Prisma's script stops there. They become text until they go.
    let keeps = |c: ColumnWalker<'_>| {
        next_usages.iter().any(|n| {
            n.name() == c.name()
                && n.table().name() == c.table().name()
                && n.table().namespace_name() == c.table().namespace_name()
        })
    };
    for column in schemas.previous.column_walkers().filter(|c| c.enum_type().is_some_and(|e| e.id == enums.previous.id))
    {
        if keeps(column) {
            continue;
        }
        let array = if column.arity().is_list() { "[]" } else { "" };
        let name = ident(column.name());
        statements.push(format!(
            "ALTER TABLE {} ALTER COLUMN {name} TYPE TEXT{array} USING ({name}::text{array})",
            table_name(column.table())
        ));
    }
    for column in next_usages {
        let array = if column.arity().is_list() { "[]" } else { "" };
        let name = ident(column.name());
        statements.push(format!(
            "ALTER TABLE {} ALTER COLUMN {name} TYPE {tmp}{array} USING ({name}::text::{tmp}{array})",
            table_name(column.table())
        ));
    }
    statements.push(format!("ALTER TYPE {} RENAME TO {}", enum_name(enums.previous), ident(&tmp_old_name)));
    statements.push(format!("ALTER TYPE {tmp} RENAME TO {}", ident(enums.next.name())));
    statements.push(format!("DROP TYPE {}", qualified(enums.previous.namespace_name(), &tmp_old_name)));
    for (previous, next) in &alter.previous_usages_as_default {
        let Some(next) = next else { continue };
        let columns = schemas.walk(Pair::new(*previous, *next));
        let Some(default) = columns.next.default() else { continue };
        statements.push(format!(
            "ALTER TABLE {} ALTER COLUMN {} SET DEFAULT {}",
            table_name(columns.previous.table()),
            ident(columns.previous.name()),
            render_default(default, &column_type(columns.next))
        ));
    }
    statements.push("COMMIT".to_owned());
    statements
}

/// Never produced for PostgreSQL by `diff` (`ALTER TABLE` expresses every change); rendered
/// like Prisma's CockroachDB path for completeness.
fn redefine_tables(tables: &[RedefineTable], schemas: Pair<&SqlSchema>) -> Vec<String> {
    let mut result = Vec::new();
    for redefine in tables {
        let tables = schemas.walk(redefine.table);
        let tmp_name = format!("_prisma_new_{}", tables.next.name());
        let tmp = qualified(tables.next.namespace_name(), &tmp_name);
        result.push(create_table(tables.next, &tmp));
        for index in tables.previous.indexes() {
            result.push(drop_index(index));
        }
        let columns: Vec<String> =
            redefine.column_pairs.iter().map(|(ids, _)| ident(schemas.next.walk(ids.next).name())).collect();
        if !columns.is_empty() {
            let names = columns.join(",");
            result.push(format!("INSERT INTO {tmp} ({names}) SELECT {names} FROM {}", ident(tables.previous.name())));
        }
        result.push(format!("DROP TABLE {} CASCADE", table_name(tables.previous)));
        result.push(format!("ALTER TABLE {tmp} RENAME TO {}", ident(tables.next.name())));
        result.extend(tables.next.indexes().map(create_index));
        result.extend(tables.next.foreign_keys().map(add_foreign_key));
    }
    result
}

fn create_extension(extension: &sql_schema::Extension) -> String {
    let mut sql = format!("CREATE EXTENSION IF NOT EXISTS {}", ident(&extension.name));
    if extension.schema.is_some() || extension.version.is_some() {
        sql.push_str(" WITH");
    }
    if let Some(schema) = &extension.schema {
        sql.push_str(" SCHEMA ");
        sql.push_str(&ident(schema));
    }
    if let Some(version) = &extension.version {
        sql.push_str(" VERSION ");
        sql.push_str(&ident(version));
    }
    sql
}
