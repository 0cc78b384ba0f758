//! What the linter knows about tables while it reads a file top to bottom: the live schema
//! (when the engine described it), updated by each statement. It answers "did this table exist
//! before the migration (does it hold rows)?" and "what was this column's type?".

use super::model::{ColDef, Op};
use crate::check::{LiveFacts, TableRef};
use sql_schema::{ColumnTypeFamily, Dialect, SqlSchema};
use std::collections::HashMap;

/// Where a table's rows come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Origin {
    /// The table existed before the migration (or is unknown, which is treated the same).
    Existing,
    /// Created by this migration and empty.
    Created,
    /// Created by this migration and filled from an existing table (SQLite redefinitions):
    /// it holds that table's rows.
    CopiedFrom(TableRef),
}

/// A known column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ColumnState {
    pub name: String,
    pub ddl_type: Option<String>,
    pub nullable: Option<bool>,
    /// Added by this migration (its values are NULLs or its default).
    pub added: bool,
}

/// A known table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TableState {
    pub origin: Origin,
    pub columns: Vec<ColumnState>,
}

/// The file's view of the database.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    tables: HashMap<String, TableState>,
    enums: HashMap<String, Vec<String>>,
    /// The unique column sets (unique indexes, primary keys) of the live tables, by table.
    live_unique: HashMap<String, Vec<Vec<String>>>,
}

fn key(name: &str) -> String {
    name.to_lowercase()
}

impl Tracker {
    /// Starts from the described live schema, if any.
    pub fn new(facts: Option<&LiveFacts>, dialect: Dialect) -> Self {
        let mut tracker = Tracker::default();
        let Some(schema) = facts.and_then(|f| f.schema.as_ref()) else { return tracker };
        tracker.seed(schema, dialect);
        tracker
    }

    fn seed(&mut self, schema: &SqlSchema, dialect: Dialect) {
        for enm in schema.enum_walkers() {
            self.enums.insert(key(enm.name()), enm.values().map(str::to_owned).collect());
        }
        for table in schema.table_walkers() {
            let columns = table
                .columns()
                .map(|c| {
                    let ddl_type = match c.family() {
                        ColumnTypeFamily::Enum(_) if dialect.has_inline_enums() => c.enum_type().map(|e| {
                            let values: Vec<String> = e.values().map(|v| dialect.quote_string(v)).collect();
                            format!("ENUM({})", values.join(", "))
                        }),
                        ColumnTypeFamily::Enum(_) => c.enum_type().map(|e| e.name().to_owned()),
                        ColumnTypeFamily::Unsupported(t) => Some(t.clone()),
                        _ => Some(c.native_type().to_owned()),
                    };
                    ColumnState {
                        name: c.name().to_owned(),
                        ddl_type,
                        nullable: Some(!c.arity().is_required()),
                        added: false,
                    }
                })
                .collect();
            let mut unique: Vec<Vec<String>> = table
                .indexes()
                .filter(|i| i.is_unique())
                .map(|i| i.columns().map(|c| c.name().to_owned()).collect())
                .collect();
            if table.primary_key().is_some() {
                unique.push(table.primary_key_columns().map(|c| c.name().to_owned()).collect());
            }
            self.live_unique.insert(key(table.name()), unique);
            self.tables.insert(key(table.name()), TableState { origin: Origin::Existing, columns });
        }
    }

    /// The table, if known.
    pub fn table(&self, table: &TableRef) -> Option<&TableState> {
        self.tables.get(&key(&table.name))
    }

    /// Whether the table may hold rows from before the migration.
    pub fn holds_rows(&self, table: &TableRef) -> bool {
        self.table(table).is_none_or(|t| t.origin != Origin::Created)
    }

    /// The existing table whose rows `table` holds (itself, or the source of a copy); `None`
    /// for a table created empty by this migration.
    pub fn rows_of(&self, table: &TableRef) -> Option<TableRef> {
        match self.table(table).map(|t| &t.origin) {
            None | Some(Origin::Existing) => Some(table.clone()),
            Some(Origin::Created) => None,
            Some(Origin::CopiedFrom(source)) => Some(source.clone()),
        }
    }

    /// Whether the table was created by this migration (empty or copied).
    pub fn created_here(&self, table: &TableRef) -> bool {
        self.table(table).is_some_and(|t| t.origin != Origin::Existing)
    }

    /// Whether a table created by this migration holds a copy of `source`'s rows (a SQLite
    /// redefinition, which drops `source` afterwards without losing them).
    pub fn copied_into(&self, source: &TableRef) -> bool {
        self.tables
            .values()
            .any(|t| matches!(&t.origin, Origin::CopiedFrom(s) if s.name.eq_ignore_ascii_case(&source.name)))
    }

    /// Whether the live table `source` already had a unique index (or primary key) over exactly
    /// `columns`: its values are unique already.
    pub fn was_unique(&self, source: &TableRef, columns: &[String]) -> bool {
        self.live_unique.get(&key(&source.name)).is_some_and(|sets| {
            sets.iter().any(|set| {
                set.len() == columns.len() && set.iter().zip(columns).all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
        })
    }

    /// A known column.
    pub fn column(&self, table: &TableRef, column: &str) -> Option<&ColumnState> {
        self.table(table)?.columns.iter().find(|c| c.name.eq_ignore_ascii_case(column))
    }

    /// The values of a known enum type.
    pub fn enum_values(&self, name: &str) -> Option<&[String]> {
        self.enums.get(&key(name)).map(Vec::as_slice)
    }

    /// Applies an operation.
    pub fn apply(&mut self, op: &Op) {
        match op {
            Op::CreateTable { table, columns, .. } => {
                let columns = columns.iter().map(|c| column_state(c, false)).collect();
                self.tables.insert(key(&table.name), TableState { origin: Origin::Created, columns });
            }
            Op::DropTable { table, .. } => {
                self.tables.remove(&key(&table.name));
            }
            Op::Insert { table, columns, source: Some(source) } => {
                let source_holds_rows = self.holds_rows(source);
                let source_rows = self.rows_of(source);
                if let Some(t) = self.tables.get_mut(&key(&table.name)) {
                    if t.origin == Origin::Created && source_holds_rows {
                        if let Some(rows) = source_rows {
                            t.origin = Origin::CopiedFrom(rows);
                        }
                        // Columns the copy does not fill are new: NULLs or their default.
                        for c in &mut t.columns {
                            c.added = !columns.iter().any(|n| n.eq_ignore_ascii_case(&c.name));
                        }
                    }
                }
            }
            Op::AddColumn { table, column, .. } => {
                if let Some(t) = self.tables.get_mut(&key(&table.name)) {
                    t.columns.push(column_state(column, true));
                }
            }
            Op::DropColumn { table, column, .. } => {
                if let Some(t) = self.tables.get_mut(&key(&table.name)) {
                    t.columns.retain(|c| !c.name.eq_ignore_ascii_case(column));
                }
            }
            Op::AlterColumnType { table, column, ddl_type } => {
                if let Some(c) = self.column_mut(table, column) {
                    c.ddl_type = Some(ddl_type.clone());
                }
            }
            Op::SetNotNull { table, column } | Op::DropNotNull { table, column } => {
                let nullable = matches!(op, Op::DropNotNull { .. });
                if let Some(c) = self.column_mut(table, column) {
                    c.nullable = Some(nullable);
                }
            }
            Op::RedefineColumn { table, old_name, column, .. } => {
                if let Some(c) = self.column_mut(table, old_name) {
                    let added = c.added;
                    *c = column_state(column, added);
                }
            }
            Op::RenameColumn { table, from, to } => {
                if let Some(c) = self.column_mut(table, from) {
                    c.name = to.clone();
                }
            }
            Op::RenameTable { from, to } => {
                if let Some(t) = self.tables.remove(&key(&from.name)) {
                    self.tables.insert(key(&to.name), t);
                }
            }
            Op::CreateEnum { name, values } => {
                self.enums.insert(key(name), values.clone());
            }
            Op::AddEnumValue { name, value } => {
                self.enums.entry(key(name)).or_default().push(value.clone());
            }
            Op::RenameType { from, to } => {
                if let Some(values) = self.enums.remove(&key(from)) {
                    self.enums.insert(key(to), values);
                }
            }
            _ => (),
        }
    }

    fn column_mut(&mut self, table: &TableRef, column: &str) -> Option<&mut ColumnState> {
        self.tables.get_mut(&key(&table.name))?.columns.iter_mut().find(|c| c.name.eq_ignore_ascii_case(column))
    }
}

fn column_state(c: &ColDef, added: bool) -> ColumnState {
    ColumnState { name: c.name.clone(), ddl_type: Some(c.ddl_type.clone()), nullable: Some(!c.not_null), added }
}
