//! What each provider supports, as named capability methods on [`Provider`].
//!
//! Validation never asks "is this MySQL?": it asks the provider whether it
//! supports enums, index length prefixes, clustering, a native type, … The
//! answers are Prisma 6.19's connector capabilities.
//!
//! - [`native_types`] — the `@db.*` tables per provider, with argument
//!   arity and ranges and the compatible scalar types;
//! - [`operator_class`] — PostgreSQL index operator classes (`ops:`).

pub mod native_types;
pub mod operator_class;

use crate::config::{Provider, RelationMode};
use crate::datamodel::{IndexAlgorithm, ReferentialAction};

impl Provider {
    /// The connector's display name in messages, e.g. `Postgres`, `MySQL`.
    pub fn display_name(self) -> &'static str {
        match self {
            Provider::Postgres => "Postgres",
            Provider::Mysql => "MySQL",
            Provider::Sqlite => "sqlite",
            Provider::SqlServer => "SQL Server",
            Provider::MongoDb => "MongoDB",
            Provider::CockroachDb => "CockroachDB",
        }
    }

    /// Whether `enum` blocks are allowed.
    pub fn supports_enums(self) -> bool {
        // SQLite stores enums as TEXT; Prisma 6.19 accepts them.
        !matches!(self, Provider::SqlServer)
    }

    /// Whether `schemas = [...]` and `@@schema` are supported.
    pub fn supports_multi_schema(self) -> bool {
        matches!(self, Provider::Postgres | Provider::CockroachDb | Provider::SqlServer)
    }

    /// Whether index fields take a `length:` prefix (MySQL).
    pub fn supports_index_length(self) -> bool {
        matches!(self, Provider::Mysql)
    }

    /// Whether `clustered:` is allowed on ids and indexes (SQL Server).
    pub fn supports_clustering(self) -> bool {
        matches!(self, Provider::SqlServer)
    }

    /// Whether `sort:` is allowed on primary key fields.
    pub fn supports_primary_key_sort_order(self) -> bool {
        matches!(self, Provider::SqlServer | Provider::Mysql | Provider::Sqlite | Provider::Postgres)
    }

    /// Whether `@@fulltext` is supported.
    pub fn supports_fulltext_index(self) -> bool {
        matches!(self, Provider::Mysql | Provider::MongoDb)
    }

    /// Whether a model may have several `@@fulltext` attributes.
    pub fn supports_multiple_fulltext_indexes(self) -> bool {
        matches!(self, Provider::Mysql)
    }

    /// Whether `sort:` is allowed in `@@fulltext` (MongoDB).
    pub fn supports_fulltext_sort_order(self) -> bool {
        matches!(self, Provider::MongoDb)
    }

    /// Whether the index access method `algorithm` (`type:`) is supported.
    pub fn supports_index_algorithm(self, algorithm: IndexAlgorithm) -> bool {
        match self {
            Provider::Postgres => true,
            Provider::CockroachDb => matches!(algorithm, IndexAlgorithm::BTree | IndexAlgorithm::Gin),
            _ => matches!(algorithm, IndexAlgorithm::BTree),
        }
    }

    /// Whether `autoincrement()` is supported at all.
    pub fn supports_autoincrement(self) -> bool {
        !matches!(self, Provider::MongoDb)
    }

    /// Whether `autoincrement()` may be used on a field that is not the id.
    pub fn supports_autoincrement_on_non_id(self) -> bool {
        matches!(self, Provider::Postgres | Provider::Mysql | Provider::SqlServer | Provider::CockroachDb)
    }

    /// Whether a model may have several `autoincrement()` fields.
    pub fn supports_multiple_autoincrement(self) -> bool {
        matches!(self, Provider::Postgres | Provider::SqlServer | Provider::CockroachDb)
    }

    /// Whether an `autoincrement()` field may be left without an index.
    pub fn supports_non_indexed_autoincrement(self) -> bool {
        matches!(self, Provider::Postgres | Provider::SqlServer | Provider::CockroachDb)
    }

    /// Whether `Json` fields are supported.
    pub fn supports_json(self) -> bool {
        // SQLite stores Json as TEXT (JSONB); Prisma 6.19 accepts it.
        !matches!(self, Provider::SqlServer)
    }

    /// Whether `Json[]` fields are supported.
    pub fn supports_json_lists(self) -> bool {
        matches!(self, Provider::Postgres | Provider::MongoDb)
    }

    /// Whether lists of scalars (`Int[]`) are supported.
    pub fn supports_scalar_lists(self) -> bool {
        matches!(self, Provider::Postgres | Provider::MongoDb | Provider::CockroachDb)
    }

    /// Whether `Decimal` fields are supported.
    pub fn supports_decimal(self) -> bool {
        !matches!(self, Provider::MongoDb)
    }

    /// Whether `@@id([a, b])` is supported.
    pub fn supports_compound_ids(self) -> bool {
        !matches!(self, Provider::MongoDb)
    }

    /// Whether `@id(map: …)` / `@@id(map: …)` is supported.
    pub fn supports_named_primary_keys(self) -> bool {
        matches!(self, Provider::Postgres | Provider::SqlServer | Provider::CockroachDb)
    }

    /// Whether `@relation(map: …)` is supported.
    pub fn supports_named_foreign_keys(self) -> bool {
        matches!(self, Provider::Postgres | Provider::Mysql | Provider::SqlServer | Provider::CockroachDb)
    }

    /// Whether `@default(…, map: …)` is supported (SQL Server).
    pub fn supports_named_default_values(self) -> bool {
        matches!(self, Provider::SqlServer)
    }

    /// Whether implicit many-to-many relations are supported.
    pub fn supports_implicit_many_to_many(self) -> bool {
        !matches!(self, Provider::MongoDb)
    }

    /// Whether composite types (`type` blocks) are supported.
    pub fn supports_composite_types(self) -> bool {
        matches!(self, Provider::MongoDb)
    }

    /// Whether `@db.*` native types exist for this provider.
    pub fn supports_native_types(self) -> bool {
        !matches!(self, Provider::Sqlite)
    }

    /// The longest identifier (table, column, constraint name) the database accepts.
    pub fn max_identifier_length(self) -> usize {
        match self {
            Provider::Postgres | Provider::CockroachDb => 63,
            Provider::Mysql => 64,
            Provider::Sqlite => 10000,
            Provider::SqlServer => 128,
            Provider::MongoDb => 127,
        }
    }

    /// The relation modes allowed in `relationMode`.
    pub fn allowed_relation_modes(self) -> &'static [RelationMode] {
        match self {
            Provider::MongoDb => &[RelationMode::Prisma],
            _ => &[RelationMode::Prisma, RelationMode::ForeignKeys],
        }
    }

    /// The referential actions allowed under `relation_mode`, in Prisma's order.
    pub fn referential_actions(self, relation_mode: RelationMode) -> &'static [ReferentialAction] {
        use ReferentialAction::*;
        match (relation_mode, self) {
            (RelationMode::ForeignKeys, Provider::SqlServer) => &[Cascade, NoAction, SetNull, SetDefault],
            (RelationMode::ForeignKeys, Provider::MongoDb) => &[],
            (RelationMode::ForeignKeys, _) => &[Cascade, Restrict, NoAction, SetNull, SetDefault],
            (RelationMode::Prisma, Provider::Postgres | Provider::Sqlite) => &[Cascade, Restrict, SetNull],
            (RelationMode::Prisma, _) => &[Cascade, Restrict, NoAction, SetNull],
        }
    }

    /// Whether the database silently ignores `SetDefault` (MySQL/InnoDB),
    /// which deserves a warning when foreign keys are used.
    pub fn warns_on_set_default(self) -> bool {
        matches!(self, Provider::Mysql)
    }
}
