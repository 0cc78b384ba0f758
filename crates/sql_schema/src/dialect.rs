//! The closed set of SQL dialects and their named capabilities.
//!
//! Algorithms ask a capability (`dialect.can_rename_index()`), never which dialect they are
//! on. Adding a dialect means answering every method here, and the compiler lists them.

/// A SQL database dialect Strata migrates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dialect {
    /// SQLite 3.
    Sqlite,
    /// PostgreSQL 12+.
    Postgres,
    /// MySQL 8 and MariaDB 10.6+.
    Mysql,
}

impl Dialect {
    /// Every dialect, for tests and tables.
    pub const ALL: [Dialect; 3] = [Dialect::Sqlite, Dialect::Postgres, Dialect::Mysql];

    /// The dialect of a Prisma datasource provider (aliases included), if it is one.
    pub fn from_provider(provider: &str) -> Option<Dialect> {
        match provider {
            "sqlite" => Some(Dialect::Sqlite),
            "postgresql" | "postgres" => Some(Dialect::Postgres),
            "mysql" => Some(Dialect::Mysql),
            _ => None,
        }
    }

    /// The provider name as written in `schema.prisma` and `migration_lock.toml`.
    pub fn provider(self) -> &'static str {
        match self {
            Dialect::Sqlite => "sqlite",
            Dialect::Postgres => "postgresql",
            Dialect::Mysql => "mysql",
        }
    }

    /// Quotes an identifier: `"name"` (SQLite, PostgreSQL) or `` `name` `` (MySQL).
    /// Like Prisma, embedded quote characters are not escaped (Prisma's validator forbids them).
    pub fn quote_identifier(self, name: &str) -> String {
        let q = self.identifier_quote();
        format!("{q}{name}{q}")
    }

    /// The identifier quote character.
    pub fn identifier_quote(self) -> char {
        match self {
            Dialect::Sqlite | Dialect::Postgres => '"',
            Dialect::Mysql => '`',
        }
    }

    /// Quotes a string literal, doubling single quotes: `'it''s'`.
    pub fn quote_string(self, value: &str) -> String {
        format!("'{}'", value.replace('\'', "''"))
    }

    /// Whether DDL runs inside transactions (a failed migration leaves nothing behind).
    pub fn has_transactional_ddl(self) -> bool {
        match self {
            Dialect::Sqlite | Dialect::Postgres => true,
            Dialect::Mysql => false,
        }
    }

    /// Whether enums are standalone types (`CREATE TYPE ... AS ENUM`) that need their own
    /// create / alter / drop steps.
    pub fn supports_enums_as_types(self) -> bool {
        match self {
            Dialect::Postgres => true,
            Dialect::Sqlite | Dialect::Mysql => false,
        }
    }

    /// Whether enum columns are typed inline (`ENUM('a', 'b')`), so changing an enum's values
    /// alters the columns using it.
    pub fn has_inline_enums(self) -> bool {
        match self {
            Dialect::Mysql => true,
            Dialect::Sqlite | Dialect::Postgres => false,
        }
    }

    /// Whether the database has extensions that a schema can ask for (`CREATE EXTENSION`).
    pub fn supports_extensions(self) -> bool {
        match self {
            Dialect::Postgres => true,
            Dialect::Sqlite | Dialect::Mysql => false,
        }
    }

    /// Whether tables live in namespaces (PostgreSQL schemas).
    pub fn supports_namespaces(self) -> bool {
        match self {
            Dialect::Postgres => true,
            Dialect::Sqlite | Dialect::Mysql => false,
        }
    }

    /// The namespace tables go to when the schema names none.
    pub fn default_schema(self) -> Option<&'static str> {
        match self {
            Dialect::Postgres => Some("public"),
            Dialect::Sqlite | Dialect::Mysql => None,
        }
    }

    /// The longest identifier the database keeps (longer names are truncated by Prisma).
    pub fn max_identifier_length(self) -> Option<usize> {
        match self {
            Dialect::Postgres => Some(63),
            Dialect::Mysql => Some(64),
            Dialect::Sqlite => None,
        }
    }

    /// Whether `ALTER TABLE` can change a column's type, nullability or default in place.
    /// Without it, such changes redefine the whole table.
    pub fn can_alter_column(self) -> bool {
        match self {
            Dialect::Postgres | Dialect::Mysql => true,
            Dialect::Sqlite => false,
        }
    }

    /// Whether `ALTER TABLE` can add or drop primary keys, drop columns, and add or drop
    /// foreign keys. Without it (SQLite), those changes redefine the table.
    pub fn can_alter_table_constraints(self) -> bool {
        match self {
            Dialect::Postgres | Dialect::Mysql => true,
            Dialect::Sqlite => false,
        }
    }

    /// Whether the table must be redefined (new table, copy, drop, rename) to apply the
    /// described changes, because `ALTER TABLE` cannot express them.
    pub fn requires_table_redefinition_for(self, changes: &TableChangeSummary) -> bool {
        if self.can_alter_table_constraints() {
            return false;
        }
        changes.primary_key_changed
            || changes.dropped_columns
            || changes.added_required_columns
            || changes.altered_columns
            || changes.foreign_keys_changed
    }

    /// Whether an index can be renamed in place (`ALTER INDEX ... RENAME TO`,
    /// `RENAME INDEX`). Without it, a renamed index is dropped and re-created.
    /// MySQL answers as Prisma does without a connection (MySQL 8).
    pub fn can_rename_index(self) -> bool {
        match self {
            Dialect::Postgres | Dialect::Mysql => true,
            Dialect::Sqlite => false,
        }
    }

    /// Whether a foreign key constraint can be renamed in place.
    pub fn can_rename_foreign_key(self) -> bool {
        match self {
            Dialect::Postgres => true,
            Dialect::Sqlite | Dialect::Mysql => false,
        }
    }

    /// Whether foreign key constraint names exist in the database (SQLite drops them, so a
    /// changed name is no change).
    pub fn has_named_foreign_keys(self) -> bool {
        match self {
            Dialect::Postgres | Dialect::Mysql => true,
            Dialect::Sqlite => false,
        }
    }

    /// Whether primary key constraints carry a name (`CONSTRAINT "T_pkey" PRIMARY KEY`).
    pub fn has_named_primary_keys(self) -> bool {
        match self {
            Dialect::Postgres => true,
            Dialect::Sqlite | Dialect::Mysql => false,
        }
    }

    /// Whether foreign keys are written inside `CREATE TABLE` (and cannot be added later).
    pub fn foreign_keys_inline_in_create_table(self) -> bool {
        match self {
            Dialect::Sqlite => true,
            Dialect::Postgres | Dialect::Mysql => false,
        }
    }

    /// Whether secondary indexes are written inside `CREATE TABLE`.
    pub fn indexes_inline_in_create_table(self) -> bool {
        match self {
            Dialect::Mysql => true,
            Dialect::Sqlite | Dialect::Postgres => false,
        }
    }

    /// Whether the foreign keys of a dropped table must be dropped before it (false on SQLite,
    /// which drops a table's constraints with it).
    pub fn drops_foreign_keys_before_tables(self) -> bool {
        match self {
            Dialect::Postgres | Dialect::Mysql => true,
            Dialect::Sqlite => false,
        }
    }

    /// Whether the indexes of dropped tables are dropped explicitly when tables are redefined
    /// (SQLite, whose index names are global and would clash with re-created ones).
    pub fn drops_indexes_of_dropped_tables(self) -> bool {
        match self {
            Dialect::Sqlite => true,
            Dialect::Postgres | Dialect::Mysql => false,
        }
    }

    /// Whether dropping a column drops the indexes on it, so indexes over a dropped and
    /// re-created column must be created again.
    pub fn drops_indexes_with_columns(self) -> bool {
        match self {
            Dialect::Postgres => true,
            Dialect::Sqlite | Dialect::Mysql => false,
        }
    }

    /// Whether foreign keys create backing indexes that must not be dropped separately
    /// (MySQL/InnoDB).
    pub fn foreign_keys_own_indexes(self) -> bool {
        match self {
            Dialect::Mysql => true,
            Dialect::Sqlite | Dialect::Postgres => false,
        }
    }

    /// Whether JSON column defaults are ignored when diffing (MySQL cannot store them).
    pub fn ignores_json_defaults(self) -> bool {
        match self {
            Dialect::Mysql => true,
            Dialect::Sqlite | Dialect::Postgres => false,
        }
    }

    /// Whether a foreign key survives its optional column becoming required (MySQL refuses
    /// the change while the constraint exists, so the key is dropped and re-added).
    pub fn can_make_foreign_key_column_required(self) -> bool {
        match self {
            Dialect::Sqlite | Dialect::Postgres => true,
            Dialect::Mysql => false,
        }
    }

    /// Whether a change of a column's auto-increment property is a column change. SQLite
    /// derives it from the primary key, so it is not.
    pub fn diffs_autoincrement(self) -> bool {
        match self {
            Dialect::Postgres | Dialect::Mysql => true,
            Dialect::Sqlite => false,
        }
    }
}

/// What changed in a table, as far as [`Dialect::requires_table_redefinition_for`] cares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TableChangeSummary {
    /// The primary key was added, dropped or changed.
    pub primary_key_changed: bool,
    /// At least one column was dropped.
    pub dropped_columns: bool,
    /// At least one `NOT NULL` column was added.
    pub added_required_columns: bool,
    /// At least one column changed type, arity, default or auto-increment.
    pub altered_columns: bool,
    /// At least one foreign key was added or dropped.
    pub foreign_keys_changed: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting() {
        assert_eq!(Dialect::Postgres.quote_identifier("User"), "\"User\"");
        assert_eq!(Dialect::Sqlite.quote_identifier("User"), "\"User\"");
        assert_eq!(Dialect::Mysql.quote_identifier("User"), "`User`");
        assert_eq!(Dialect::Mysql.quote_string("it's"), "'it''s'");
    }

    #[test]
    fn providers_round_trip() {
        for d in Dialect::ALL {
            assert_eq!(Dialect::from_provider(d.provider()), Some(d));
        }
        assert_eq!(Dialect::from_provider("postgres"), Some(Dialect::Postgres));
        assert_eq!(Dialect::from_provider("sqlserver"), None);
    }

    #[test]
    fn only_sqlite_redefines() {
        let changes = TableChangeSummary { dropped_columns: true, ..Default::default() };
        assert!(Dialect::Sqlite.requires_table_redefinition_for(&changes));
        assert!(!Dialect::Postgres.requires_table_redefinition_for(&changes));
        assert!(!Dialect::Mysql.requires_table_redefinition_for(&changes));
        assert!(!Dialect::Sqlite.requires_table_redefinition_for(&TableChangeSummary::default()));
    }

    #[test]
    fn identifier_lengths() {
        assert_eq!(Dialect::Postgres.max_identifier_length(), Some(63));
        assert_eq!(Dialect::Mysql.max_identifier_length(), Some(64));
    }
}
