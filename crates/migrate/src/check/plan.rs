//! Steps → checks: which destructive or possibly failing changes a migration holds, decided
//! from the steps and both schemas alone (Prisma's `DestructiveCheckPlan`).

use super::facts::{ColumnRef, ColumnsRef, Fact, FactRequest, ForeignKeyRef, LiveFacts, TableRef};
use super::{messages, types::display_column_type, types::family_name};
use crate::{
    pair::Pair,
    step::{AlterColumn, AlterEnum, ColumnChanges, ColumnTypeChange, MigrationStep, TableChange},
};
use sql_schema::{ColumnArity, ColumnWalker, Dialect, SqlSchema, TableWalker};

/// Whether a finding makes the migration lose data (a warning) or fail (unexecutable).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Warning,
    Unexecutable,
}

/// One check, with what it needs to know to be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Check {
    TableDrop(TableRef),
    ColumnDrop(ColumnRef),
    RiskyCast {
        column: ColumnRef,
        from: String,
        to: String,
    },
    NotCastable {
        column: ColumnRef,
        from: String,
        to: String,
    },
    DropAndRecreateColumn(ColumnRef),
    PrimaryKeyChange(TableRef),
    /// `existing`: whether all the columns exist before the migration (so duplicates can be
    /// counted).
    UniqueConstraintAddition {
        columns: ColumnsRef,
        existing: bool,
    },
    EnumValueRemoval {
        enum_name: String,
        values: Vec<String>,
    },
    AddedRequiredColumn {
        column: ColumnRef,
        prisma_level_default: bool,
    },
    MadeOptionalFieldRequired(ColumnRef),
    MadeScalarFieldIntoArray(ColumnRef),
    DropAndRecreateRequiredColumn(ColumnRef),
    /// Strata: only reported when a live count shows orphans.
    ForeignKeyOverOrphans(ForeignKeyRef),
}

impl Check {
    /// The kind the check is filed under when it says something.
    fn kind(&self) -> Kind {
        match self {
            Check::TableDrop(_)
            | Check::ColumnDrop(_)
            | Check::RiskyCast { .. }
            | Check::NotCastable { .. }
            | Check::DropAndRecreateColumn(_)
            | Check::PrimaryKeyChange(_)
            | Check::UniqueConstraintAddition { .. }
            | Check::EnumValueRemoval { .. } => Kind::Warning,
            Check::AddedRequiredColumn { .. }
            | Check::MadeOptionalFieldRequired(_)
            | Check::MadeScalarFieldIntoArray(_)
            | Check::DropAndRecreateRequiredColumn(_)
            | Check::ForeignKeyOverOrphans(_) => Kind::Unexecutable,
        }
    }

    /// Adds the facts this check can use.
    pub(crate) fn request_facts(&self, request: &mut FactRequest) {
        let mut column_facts = |c: &ColumnRef| {
            request.insert(Fact::RowCount(c.table.clone()));
            request.insert(Fact::NonNullCount(c.clone()));
        };
        match self {
            Check::TableDrop(t) | Check::PrimaryKeyChange(t) => request.insert(Fact::RowCount(t.clone())),
            Check::ColumnDrop(c)
            | Check::RiskyCast { column: c, .. }
            | Check::NotCastable { column: c, .. }
            | Check::DropAndRecreateColumn(c)
            | Check::MadeOptionalFieldRequired(c)
            | Check::MadeScalarFieldIntoArray(c) => column_facts(c),
            Check::AddedRequiredColumn { column: c, .. } | Check::DropAndRecreateRequiredColumn(c) => {
                request.insert(Fact::RowCount(c.table.clone()))
            }
            Check::UniqueConstraintAddition { columns, existing } => {
                if *existing {
                    request.insert(Fact::DuplicateCount(columns.clone()))
                }
            }
            Check::EnumValueRemoval { .. } => (),
            Check::ForeignKeyOverOrphans(fk) => request.insert(Fact::OrphanCount(fk.clone())),
        }
    }

    /// The message, if the facts leave something to say, and its kind.
    pub(crate) fn evaluate(&self, facts: &LiveFacts) -> Option<(Kind, String)> {
        let rows = |t: &TableRef| facts.row_count(t);
        let values = |c: &ColumnRef| facts.non_null_count(c);
        let message = match self {
            Check::TableDrop(t) => messages::table_drop(&t.name, rows(t)),
            Check::ColumnDrop(c) => messages::column_drop(&c.table.name, &c.column, rows(&c.table), values(c)),
            Check::RiskyCast { column: c, from, to } => {
                messages::risky_cast(&c.table.name, &c.column, from, to, rows(&c.table), values(c))
            }
            Check::NotCastable { column: c, from, to } => {
                messages::not_castable(&c.table.name, &c.column, from, to, rows(&c.table), values(c))
            }
            Check::DropAndRecreateColumn(c) => {
                messages::drop_and_recreate_column(&c.table.name, &c.column, rows(&c.table), values(c))
            }
            Check::PrimaryKeyChange(t) => messages::primary_key_change(&t.name, rows(t)),
            Check::UniqueConstraintAddition { columns, .. } => match facts.duplicate_count(columns) {
                Some(0) => None,
                Some(n) => {
                    return Some((
                        Kind::Unexecutable,
                        messages::unique_over_duplicates(&columns.table.name, &columns.columns, n),
                    ))
                }
                None => Some(messages::unique_constraint_addition(&columns.table.name, &columns.columns)),
            },
            Check::EnumValueRemoval { enum_name, values } => Some(messages::enum_value_removal(enum_name, values)),
            Check::AddedRequiredColumn { column: c, prisma_level_default: false } => {
                messages::added_required_column(&c.table.name, &c.column, rows(&c.table))
            }
            Check::AddedRequiredColumn { column: c, prisma_level_default: true } => {
                messages::added_required_column_with_prisma_level_default(&c.table.name, &c.column, rows(&c.table))
            }
            Check::MadeOptionalFieldRequired(c) => {
                messages::made_optional_field_required(&c.table.name, &c.column, rows(&c.table), values(c))
            }
            Check::MadeScalarFieldIntoArray(c) => {
                messages::made_scalar_field_into_array(&c.table.name, &c.column, rows(&c.table), values(c))
            }
            Check::DropAndRecreateRequiredColumn(c) => {
                messages::drop_and_recreate_required_column(&c.table.name, &c.column, rows(&c.table))
            }
            Check::ForeignKeyOverOrphans(fk) => match facts.orphan_count(fk) {
                Some(n) if n > 0 => {
                    Some(messages::foreign_key_over_orphans(&fk.table.name, &fk.columns, &fk.referenced_table.name, n))
                }
                _ => None,
            },
        }?;
        Some((self.kind(), message))
    }
}

fn table_ref(table: TableWalker<'_>) -> TableRef {
    TableRef::in_namespace(table.namespace_name(), table.name())
}

fn column_ref(column: ColumnWalker<'_>) -> ColumnRef {
    table_ref(column.table()).column(column.name())
}

/// Collects the checks of `steps`, each with the index of its step.
pub(crate) fn plan(steps: &[MigrationStep], schemas: Pair<&SqlSchema>, dialect: Dialect) -> Vec<(Check, usize)> {
    let mut planner = Planner { schemas, dialect, checks: Vec::new(), step_index: 0 };
    for (step_index, step) in steps.iter().enumerate() {
        planner.step_index = step_index;
        planner.step(step);
    }
    planner.checks
}

struct Planner<'a> {
    schemas: Pair<&'a SqlSchema>,
    dialect: Dialect,
    checks: Vec<(Check, usize)>,
    step_index: usize,
}

impl Planner<'_> {
    fn push(&mut self, check: Check) {
        self.checks.push((check, self.step_index));
    }

    fn step(&mut self, step: &MigrationStep) {
        let schemas = self.schemas;
        match step {
            MigrationStep::AlterTable(alter) => {
                let tables = schemas.walk(alter.table);
                for change in &alter.changes {
                    match change {
                        TableChange::DropColumn { column } => {
                            self.push(Check::ColumnDrop(column_ref(schemas.previous.walk(*column))))
                        }
                        TableChange::AlterColumn(alter_column) => self.alter_column(alter_column),
                        TableChange::AddColumn { column } => self.add_column(schemas.next.walk(*column)),
                        TableChange::DropPrimaryKey => self.push(Check::PrimaryKeyChange(table_ref(tables.previous))),
                        TableChange::DropAndRecreateColumn { column, changes } => {
                            self.drop_and_recreate_column(schemas.walk(*column), changes)
                        }
                        TableChange::AddPrimaryKey | TableChange::RenamePrimaryKey => (),
                    }
                }
            }
            MigrationStep::RedefineTables(redefines) => {
                for redefine in redefines {
                    let tables = schemas.walk(redefine.table);
                    if redefine.dropped_primary_key {
                        self.push(Check::PrimaryKeyChange(table_ref(tables.previous)));
                    }
                    for added in &redefine.added_columns {
                        self.add_column(schemas.next.walk(*added));
                    }
                    for dropped in &redefine.dropped_columns {
                        self.push(Check::ColumnDrop(column_ref(schemas.previous.walk(*dropped))));
                    }
                    for (columns, changes) in &redefine.column_pairs {
                        self.redefined_column(schemas.walk(*columns), changes);
                    }
                }
            }
            MigrationStep::DropTable { table } => self.push(Check::TableDrop(table_ref(schemas.previous.walk(*table)))),
            MigrationStep::CreateIndex { table: (Some(previous_table), _), index, from_drop_and_recreate: false } => {
                let index = schemas.next.walk(*index);
                if index.is_unique() {
                    let previous_table = schemas.previous.walk(*previous_table);
                    let columns: Vec<String> = index.column_names().map(str::to_owned).collect();
                    let existing = columns.iter().all(|c| previous_table.column(c).is_some());
                    self.push(Check::UniqueConstraintAddition {
                        columns: ColumnsRef { table: table_ref(previous_table), columns },
                        existing,
                    });
                }
            }
            MigrationStep::AlterEnum(AlterEnum { id, dropped_variants, .. }) if !dropped_variants.is_empty() => {
                self.push(Check::EnumValueRemoval {
                    enum_name: schemas.next.walk(id.next).name().to_owned(),
                    values: dropped_variants.clone(),
                });
            }
            MigrationStep::AddForeignKey { foreign_key } => self.add_foreign_key(*foreign_key),
            _ => (),
        }
    }

    /// Prisma's `check_add_column`: a required column without default cannot be added to a
    /// table with rows.
    fn add_column(&mut self, column: ColumnWalker<'_>) {
        if column.arity().is_required() && column.default().is_none() {
            self.push(Check::AddedRequiredColumn { column: column_ref(column), prisma_level_default: false });
        }
    }

    /// The cast of a changed column type, as a warning (nothing for safe casts).
    fn cast_warning(
        &mut self,
        columns: Pair<ColumnWalker<'_>>,
        type_change: Option<ColumnTypeChange>,
        names: Pair<String>,
    ) {
        let column = column_ref(columns.previous);
        match type_change {
            None | Some(ColumnTypeChange::SafeCast) => (),
            Some(ColumnTypeChange::RiskyCast) => {
                self.push(Check::RiskyCast { column, from: names.previous, to: names.next })
            }
            Some(ColumnTypeChange::NotCastable) => {
                self.push(Check::NotCastable { column, from: names.previous, to: names.next })
            }
        }
    }

    fn alter_column(&mut self, alter_column: &AlterColumn) {
        let columns = self.schemas.walk(alter_column.column);
        let changes = alter_column.changes;
        let dialect = self.dialect;
        let type_names = move || columns.map(|c| display_column_type(c, dialect));
        match self.dialect {
            Dialect::Postgres => {
                if changes.arity && columns.previous.arity().is_nullable() && columns.next.arity().is_required() {
                    self.push(Check::MadeOptionalFieldRequired(column_ref(columns.previous)));
                }
                if changes.arity && !columns.previous.arity().is_list() && columns.next.arity().is_list() {
                    self.push(Check::MadeScalarFieldIntoArray(column_ref(columns.previous)));
                }
                self.cast_warning(columns, changes.type_change, type_names());
            }
            Dialect::Mysql => {
                if changes.only_default_changed() {
                    return;
                }
                if changes.arity && columns.next.arity().is_required() {
                    self.push(Check::MadeOptionalFieldRequired(column_ref(columns.previous)));
                    return;
                }
                if only_type_changed(&changes) && self.is_enum_change(columns) {
                    return;
                }
                self.cast_warning(columns, changes.type_change, type_names());
            }
            // SQLite alters columns by redefining tables; this mirrors Prisma's flavour anyway.
            Dialect::Sqlite => self.redefined_column(columns, &changes),
        }
    }

    /// MySQL enum to enum changes: removed values are warned about, and nothing else is.
    fn is_enum_change(&mut self, columns: Pair<ColumnWalker<'_>>) -> bool {
        let (Some(previous), Some(next)) = (columns.previous.enum_type(), columns.next.enum_type()) else {
            return false;
        };
        let removed: Vec<String> =
            previous.values().filter(|v| !next.values().any(|n| n == *v)).map(str::to_owned).collect();
        if !removed.is_empty() {
            self.push(Check::EnumValueRemoval { enum_name: next.name().to_owned(), values: removed });
        }
        true
    }

    /// A column of a SQLite table redefinition (and SQLite's alter column).
    fn redefined_column(&mut self, columns: Pair<ColumnWalker<'_>>, changes: &ColumnChanges) {
        let became_required =
            columns.previous.arity() == ColumnArity::Nullable && columns.next.arity() == ColumnArity::Required;
        if !changes.type_changed && !became_required {
            return;
        }
        if changes.arity && columns.next.arity().is_required() && columns.next.default().is_none() {
            self.push(Check::MadeOptionalFieldRequired(column_ref(columns.previous)));
        }
        let names = columns.map(|c| family_name(c.family()));
        match changes.type_change {
            None | Some(ColumnTypeChange::SafeCast) => (),
            Some(ColumnTypeChange::RiskyCast) => self.push(Check::RiskyCast {
                column: column_ref(columns.previous),
                from: names.previous,
                to: names.next,
            }),
            Some(ColumnTypeChange::NotCastable) => self.push(Check::NotCastable {
                column: column_ref(columns.previous),
                from: names.previous,
                to: names.next,
            }),
        }
    }

    fn drop_and_recreate_column(&mut self, columns: Pair<ColumnWalker<'_>>, changes: &ColumnChanges) {
        let column = column_ref(columns.previous);
        let next_required_without_default = columns.next.arity().is_required() && columns.next.default().is_none();
        if changes.arity && columns.previous.arity().is_nullable() && next_required_without_default {
            self.push(Check::AddedRequiredColumn { column, prisma_level_default: false });
        } else if next_required_without_default {
            self.push(Check::DropAndRecreateRequiredColumn(column));
        } else {
            self.push(Check::DropAndRecreateColumn(column));
        }
    }

    /// Strata: a foreign key added to a table that existed, over columns that existed and
    /// keep their values, referencing a table that existed, may meet orphaned rows.
    fn add_foreign_key(&mut self, foreign_key: sql_schema::ForeignKeyId) {
        let (previous, next) = (self.schemas.previous, self.schemas.next);
        let fk = next.walk(foreign_key);
        let table = table_ref(fk.table());
        let referenced = table_ref(fk.referenced_table());
        let Some(previous_table) = super::facts::find_table(previous, &table).map(|t| previous.walk(t)) else {
            return;
        };
        let Some(previous_referenced) = super::facts::find_table(previous, &referenced).map(|t| previous.walk(t))
        else {
            return;
        };
        let columns: Vec<String> = fk.constrained_columns().map(|c| c.name().to_owned()).collect();
        let referenced_columns: Vec<String> = fk.referenced_columns().map(|c| c.name().to_owned()).collect();
        // The values must survive the migration: same column, same type family (a type
        // change without cast drops and re-creates the column, leaving it empty).
        let kept = |t: TableWalker<'_>, cols: &[String], next_cols: Vec<ColumnWalker<'_>>| {
            cols.iter()
                .zip(next_cols)
                .all(|(name, next_col)| t.column(name).is_some_and(|prev| same_family(prev, next_col)))
        };
        if !kept(previous_table, &columns, fk.constrained_columns().collect())
            || !kept(previous_referenced, &referenced_columns, fk.referenced_columns().collect())
        {
            return;
        }
        self.push(Check::ForeignKeyOverOrphans(ForeignKeyRef {
            table,
            columns,
            referenced_table: referenced,
            referenced_columns,
        }));
    }
}

fn only_type_changed(changes: &ColumnChanges) -> bool {
    changes.type_changed && !changes.arity && !changes.default && !changes.autoincrement
}

fn same_family(a: ColumnWalker<'_>, b: ColumnWalker<'_>) -> bool {
    match (a.enum_type(), b.enum_type()) {
        (Some(x), Some(y)) => x.name() == y.name(),
        (None, None) => a.family() == b.family(),
        _ => false,
    }
}
