//! Migration steps. The order of [`MigrationStep`]'s variants *is* execution order: the
//! differ sorts steps (by variant, then by ids), and ids follow the schemas' declaration order.

use crate::pair::Pair;
use sql_schema::{ColumnId, EnumId, ExtensionId, ForeignKeyId, IndexId, NamespaceId, TableId};

/// One unit of migration work. Previous ids point into the schema migrated from, next ids
/// into the schema migrated to.
///
/// Deriving `Ord` makes the declaration order below the execution order. Each constraint is
/// commented where it matters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum MigrationStep {
    /// `CREATE SCHEMA`. First: every other object may live in the new schema.
    CreateSchema {
        /// The namespace to create (next).
        namespace: NamespaceId,
    },
    /// `CREATE EXTENSION IF NOT EXISTS` (PostgreSQL). After schemas, which may hold the
    /// extension, and before enums and tables, whose types may come from it. Extensions are
    /// never altered or dropped, as with Prisma.
    CreateExtension {
        /// The extension to create (next).
        extension: ExtensionId,
    },
    /// `CREATE TYPE ... AS ENUM`. Before tables, whose columns may use the type.
    CreateEnum {
        /// The enum to create (next).
        enum_id: EnumId,
    },
    /// Add or remove enum values. Before the tables whose defaults use the new values are
    /// altered or created.
    AlterEnum(AlterEnum),
    /// Drop a foreign key. Before indexes, columns and tables it depends on are dropped.
    DropForeignKey {
        /// The foreign key to drop (previous).
        foreign_key: ForeignKeyId,
    },
    /// Drop an index. Before the columns it covers are dropped or altered.
    DropIndex {
        /// The index to drop (previous).
        index: IndexId,
    },
    /// `ALTER TABLE` with one or more clauses.
    AlterTable(AlterTable),
    /// Drop a table. Before indexes are created: on PostgreSQL and SQLite index names are
    /// per-schema, and new indexes may reuse the names of a dropped table's indexes.
    DropTable {
        /// The table to drop (previous).
        table: TableId,
    },
    /// `DROP TYPE`. After tables are dropped (PostgreSQL refuses to drop a type still in use)
    /// and before tables are created (a new table may take the dropped type's name).
    DropEnum {
        /// The enum to drop (previous).
        enum_id: EnumId,
    },
    /// `CREATE TABLE`.
    CreateTable {
        /// The table to create (next).
        table: TableId,
    },
    /// SQLite table redefinitions, all in one step between `PRAGMA foreign_keys=OFF/ON`.
    RedefineTables(Vec<RedefineTable>),
    /// `CREATE INDEX`. After `ALTER TABLE`s, which may add the indexed columns.
    CreateIndex {
        /// The previous table (`None` for created tables, so their indexes come first) and the
        /// next table.
        table: (Option<TableId>, TableId),
        /// The index to create (next).
        index: IndexId,
        /// Whether the index is re-created because its column was dropped and re-created.
        from_drop_and_recreate: bool,
    },
    /// Rename a foreign key constraint.
    RenameForeignKey {
        /// The foreign key, previous and next.
        foreign_key: Pair<ForeignKeyId>,
    },
    /// Add a foreign key. After indexes are created: a foreign key may need a unique index on
    /// the referenced columns.
    AddForeignKey {
        /// The foreign key to add (next).
        foreign_key: ForeignKeyId,
    },
    /// Rename an index in place.
    RenameIndex {
        /// The index, previous and next.
        index: Pair<IndexId>,
    },
    /// Drop and re-create a renamed index where renaming is impossible.
    RedefineIndex {
        /// The index, previous and next.
        index: Pair<IndexId>,
    },
}

impl MigrationStep {
    /// The step's name, as written in the `-- Name` header above its SQL.
    pub fn description(&self) -> &'static str {
        match self {
            MigrationStep::CreateSchema { .. } => "CreateSchema",
            MigrationStep::CreateExtension { .. } => "CreateExtension",
            MigrationStep::CreateEnum { .. } => "CreateEnum",
            MigrationStep::AlterEnum(_) => "AlterEnum",
            MigrationStep::DropForeignKey { .. } => "DropForeignKey",
            MigrationStep::DropIndex { .. } => "DropIndex",
            MigrationStep::AlterTable(_) => "AlterTable",
            MigrationStep::DropTable { .. } => "DropTable",
            MigrationStep::DropEnum { .. } => "DropEnum",
            MigrationStep::CreateTable { .. } => "CreateTable",
            MigrationStep::RedefineTables(_) => "RedefineTables",
            MigrationStep::CreateIndex { .. } => "CreateIndex",
            MigrationStep::RenameForeignKey { .. } => "RenameForeignKey",
            MigrationStep::AddForeignKey { .. } => "AddForeignKey",
            MigrationStep::RenameIndex { .. } => "RenameIndex",
            MigrationStep::RedefineIndex { .. } => "RedefineIndex",
        }
    }
}

/// Changes to the values of an enum type.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AlterEnum {
    /// The enum, previous and next.
    pub id: Pair<EnumId>,
    /// Values in next and not in previous, in next's order.
    pub created_variants: Vec<String>,
    /// Values in previous and not in next, in previous's order.
    pub dropped_variants: Vec<String>,
    /// Previous columns of this enum type that have a default (which must be dropped while
    /// the type is replaced), with the next column when it keeps an enum default that must be
    /// set again afterwards.
    pub previous_usages_as_default: Vec<(ColumnId, Option<ColumnId>)>,
}

/// An `ALTER TABLE` on one table.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct AlterTable {
    /// The table, previous and next.
    pub table: Pair<TableId>,
    /// The clauses, in execution order.
    pub changes: Vec<TableChange>,
}

/// One clause of an `ALTER TABLE`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum TableChange {
    /// Add a column (next).
    AddColumn {
        /// The column to add (next).
        column: ColumnId,
    },
    /// Change a column in place.
    AlterColumn(AlterColumn),
    /// Drop a column (previous).
    DropColumn {
        /// The column to drop (previous).
        column: ColumnId,
    },
    /// Drop and re-add a column whose type cannot be cast.
    DropAndRecreateColumn {
        /// The column, previous and next.
        column: Pair<ColumnId>,
        /// What changed.
        changes: ColumnChanges,
    },
    /// Drop the primary key.
    DropPrimaryKey,
    /// Add the (next) primary key.
    AddPrimaryKey,
    /// Rename the primary key constraint.
    RenamePrimaryKey,
}

/// A column changed in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct AlterColumn {
    /// The column, previous and next.
    pub column: Pair<ColumnId>,
    /// What changed.
    pub changes: ColumnChanges,
}

/// How a column type change moves existing data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ColumnTypeChange {
    /// Every value converts.
    SafeCast,
    /// Some values may fail to convert or lose precision.
    RiskyCast,
    /// The database cannot convert: the column is dropped and re-created.
    NotCastable,
}

/// What changed between two versions of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct ColumnChanges {
    /// Required / nullable / list changed.
    pub arity: bool,
    /// The default changed.
    pub default: bool,
    /// The type changed (see `type_change`).
    pub type_changed: bool,
    /// Auto-increment was added or removed.
    pub autoincrement: bool,
    /// How the type change casts, if the type changed.
    pub type_change: Option<ColumnTypeChange>,
}

impl ColumnChanges {
    fn bits(&self) -> u8 {
        u8::from(self.arity)
            | (u8::from(self.default) << 1)
            | (u8::from(self.type_changed) << 2)
            | (u8::from(self.autoincrement) << 3)
    }

    /// Whether anything changed.
    pub fn differs_in_something(&self) -> bool {
        self.bits() != 0
    }

    /// Whether only the default changed.
    pub fn only_default_changed(&self) -> bool {
        self.bits() == 0b10
    }
}

impl PartialOrd for ColumnChanges {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for ColumnChanges {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.bits().cmp(&other.bits())
    }
}

/// One SQLite table redefinition.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RedefineTable {
    /// The table, previous and next.
    pub table: Pair<TableId>,
    /// Columns present on both sides, with their changes, in name order (the copy's order).
    pub column_pairs: Vec<(Pair<ColumnId>, ColumnChanges)>,
    /// Next columns with no previous counterpart.
    pub added_columns: Vec<ColumnId>,
    /// Previous columns with no next counterpart.
    pub dropped_columns: Vec<ColumnId>,
    /// Whether the primary key is dropped.
    pub dropped_primary_key: bool,
}
