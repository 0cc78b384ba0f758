//! The rule registry: every rule's stable id, dialects, default severity, one-line summary and
//! the safer alternative. Rule ids are public API (configuration, inline silencing, CI
//! annotations): never rename one.

use super::Severity;
use sql_schema::Dialect;

const ALL: &[Dialect] = &[Dialect::Sqlite, Dialect::Postgres, Dialect::Mysql];
const PG: &[Dialect] = &[Dialect::Postgres];
const MY: &[Dialect] = &[Dialect::Mysql];
const LITE: &[Dialect] = &[Dialect::Sqlite];
const PG_MY: &[Dialect] = &[Dialect::Postgres, Dialect::Mysql];
const PG_LITE: &[Dialect] = &[Dialect::Postgres, Dialect::Sqlite];

/// What a rule is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// The statement destroys data.
    DataLoss,
    /// The statement fails on some existing data.
    WillFail,
    /// The statement blocks reads or writes, or rewrites a table.
    Locking,
    /// Migration hygiene: transactions, timeouts, unparsable SQL.
    Hygiene,
}

/// A lint rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// What the rule is about.
    pub category: Category,
    /// The dialects it applies to.
    pub dialects: &'static [Dialect],
    /// Default severity. Will-fail rules report `Error` when live facts prove the failure.
    pub severity: Severity,
    /// One line: what is wrong.
    pub summary: &'static str,
    /// The safer alternative.
    pub help: &'static str,
}

impl Rule {
    /// Whether the rule runs on `dialect`.
    pub fn applies_to(&self, dialect: Dialect) -> bool {
        self.dialects.contains(&dialect)
    }
}

macro_rules! rules {
    ($($konst:ident = $id:literal, $cat:ident, $dialects:expr, $sev:ident, $summary:literal, $help:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $konst: Rule = Rule {
                id: $id,
                category: Category::$cat,
                dialects: $dialects,
                severity: Severity::$sev,
                summary: $summary,
                help: $help,
            };
        )*
        /// Every rule, in documentation order.
        pub const RULES: &[Rule] = &[$($konst),*];
    };
}

rules! {
    DROP_TABLE = "drop-table", DataLoss, ALL, Warning,
        "Dropping a table deletes all its rows.",
        "Back up or archive the rows first; drop the table only after no deployed code reads it.";
    DROP_COLUMN = "drop-column", DataLoss, ALL, Warning,
        "Dropping a column deletes its values.",
        "Stop reading and writing the column in a release first, back the values up, then drop it.";
    NARROWING_TYPE_CHANGE = "narrowing-type-change", DataLoss, PG_MY, Warning,
        "The new type is narrower than the old one: values that do not fit fail the migration or are truncated.",
        "Check that every value fits (`SELECT max(length(col))`, min/max), or add a new column, backfill, and switch.";
    DROP_ENUM_VALUE = "drop-enum-value", DataLoss, PG_MY, Warning,
        "Removing an enum value fails if a row still uses it.",
        "Update the rows that use the value (and the defaults) to another value before removing it.";
    TRUNCATE_TABLE = "truncate-table", DataLoss, PG_MY, Warning,
        "TRUNCATE deletes every row of the table.",
        "Delete only the rows you mean to, with a WHERE clause, or move the cleanup out of the migration.";
    DELETE_WITHOUT_WHERE = "delete-without-where", DataLoss, ALL, Warning,
        "DELETE without WHERE deletes every row of the table.",
        "Add a WHERE clause naming the rows to delete.";
    ADD_REQUIRED_COLUMN = "add-required-column-without-default", WillFail, ALL, Warning,
        "A NOT NULL column without default cannot be added to a table that has rows.",
        "Add the column as nullable (or with a DEFAULT), backfill it, then make it NOT NULL.";
    UNIQUE_OVER_DUPLICATES = "unique-index-over-duplicates", WillFail, ALL, Warning,
        "A unique index fails to build if the columns hold duplicated values.",
        "Find and resolve duplicates first (`GROUP BY cols HAVING count(*) > 1`).";
    SET_NOT_NULL_OVER_NULLS = "set-not-null-over-nulls", WillFail, ALL, Warning,
        "Making a column NOT NULL fails if it holds NULLs.",
        "Backfill the NULLs (`UPDATE … SET col = … WHERE col IS NULL`) before making the column required.";
    FOREIGN_KEY_OVER_ORPHANS = "foreign-key-over-orphans", WillFail, PG_MY, Warning,
        "A foreign key fails to be added if rows reference missing rows.",
        "Delete or fix the orphaned rows first; on PostgreSQL add the key NOT VALID and VALIDATE it later.";
    CREATE_INDEX_NON_CONCURRENTLY = "create-index-non-concurrently", Locking, PG, Warning,
        "CREATE INDEX blocks writes to the table until the index is built.",
        "Use CREATE INDEX CONCURRENTLY, as the only statement of its own migration (it cannot run in a transaction).";
    FOREIGN_KEY_WITHOUT_NOT_VALID = "foreign-key-without-not-valid", Locking, PG, Warning,
        "Adding a foreign key scans the table while blocking writes to both tables.",
        "Add it with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a later migration.";
    CHECK_WITHOUT_NOT_VALID = "check-without-not-valid", Locking, PG, Warning,
        "Adding a CHECK constraint scans the table under an ACCESS EXCLUSIVE lock.",
        "Add it with NOT VALID, then run ALTER TABLE … VALIDATE CONSTRAINT in a later migration.";
    SET_NOT_NULL_FULL_SCAN = "set-not-null-full-scan", Locking, PG, Warning,
        "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
        "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (no scan on PostgreSQL 12+) and drop the check.";
    TYPE_CHANGE_REWRITE = "type-change-rewrite", Locking, PG, Warning,
        "Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.",
        "Add a column of the new type, backfill it in batches, switch the application, then drop the old column.";
    VOLATILE_DEFAULT = "volatile-default-on-add-column", Locking, PG, Warning,
        "A column added with a volatile default (random(), gen_random_uuid(), serial) rewrites the whole table.",
        "Add the column without default (or with a constant one), backfill in batches, then set the default.";
    ADD_COLUMN_DEFAULT_REWRITE = "add-column-default-rewrite", Locking, PG, Warning,
        "Before PostgreSQL 11, adding a column with a DEFAULT rewrites the whole table.",
        "Add the column without default, set the default in a second statement, and backfill in batches.";
    VACUUM_FULL = "vacuum-full", Locking, PG, Warning,
        "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.",
        "Use plain VACUUM, or pg_repack, outside migrations.";
    CLUSTER = "cluster", Locking, PG, Warning,
        "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.",
        "Run it in a maintenance window outside migrations, or use pg_repack.";
    LOCK_TABLE = "lock-table", Locking, PG_MY, Warning,
        "An explicit table lock blocks other sessions until the migration ends.",
        "Remove the LOCK; rely on the locks the statements take, kept short with lock_timeout.";
    REINDEX_NON_CONCURRENTLY = "reindex-non-concurrently", Locking, PG, Warning,
        "REINDEX blocks writes to the table (and reads through the index) while it runs.",
        "Use REINDEX … CONCURRENTLY (PostgreSQL 12+), outside a transaction.";
    CONSTRAINT_BUILDS_INDEX = "constraint-builds-index", Locking, PG, Warning,
        "Adding a PRIMARY KEY or UNIQUE constraint builds its index under an ACCESS EXCLUSIVE lock.",
        "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT … USING INDEX.";
    RENAME_COLUMN = "rename-column", Locking, ALL, Info,
        "Renaming a column breaks running application instances that still use the old name.",
        "Expand and contract: add the new column, write both, backfill, switch reads, drop the old one.";
    RENAME_TABLE = "rename-table", Locking, ALL, Info,
        "Renaming a table breaks running application instances that still use the old name.",
        "Create the new table (or a view under the old name) and switch the application before dropping the old name.";
    MYSQL_TYPE_CHANGE_COPY = "mysql-type-change-copy", Locking, MY, Warning,
        "Changing a column's type needs ALGORITHM=COPY: the table is rebuilt and writes are blocked.",
        "Add a new column, backfill it, switch, drop the old one; or use an online schema change tool (gh-ost, pt-osc).";
    MYSQL_COLUMN_REORDER = "mysql-column-reorder", Locking, MY, Warning,
        "AFTER/FIRST reorders columns, which rebuilds the table (INSTANT only for ADD COLUMN on MySQL 8.0.29+).",
        "Drop the AFTER/FIRST clause: column order does not matter to Prisma.";
    MYSQL_PRIMARY_KEY_CHANGE = "mysql-primary-key-change", Locking, MY, Warning,
        "Changing the primary key rebuilds the table (dropping it alone needs ALGORITHM=COPY).",
        "Drop and add the key in one ALTER TABLE, in a maintenance window or with an online schema change tool.";
    MYSQL_ADD_FULLTEXT_INDEX = "mysql-add-fulltext-index", Locking, MY, Warning,
        "Adding a FULLTEXT index blocks writes, and the first one rebuilds the table.",
        "Add it in a maintenance window, or create the table with its FULLTEXT index from the start.";
    SQLITE_TABLE_REDEFINITION = "sqlite-table-redefinition", Locking, LITE, Info,
        "The table is redefined: its rows are copied into a new table, the old one is dropped and the new one renamed.",
        "Expect time proportional to the table's size; back up the database file before deploying.";
    SQLITE_FOREIGN_KEYS_LEFT_OFF = "sqlite-foreign-keys-left-off", Hygiene, LITE, Error,
        "PRAGMA foreign_keys=OFF is never turned back ON in this migration.",
        "End the migration with PRAGMA foreign_keys=ON (and run PRAGMA foreign_key_check).";
    MISSING_LOCK_TIMEOUT = "missing-lock-timeout", Hygiene, PG, Warning,
        "The migration takes ACCESS EXCLUSIVE locks without lock_timeout: waiting behind a long transaction blocks all traffic.",
        "Start the migration with SET lock_timeout = '5s'; (and a statement_timeout), and retry on timeout.";
    TRANSACTION_INCOMPATIBLE = "transaction-incompatible-statement", Hygiene, PG_LITE, Error,
        "This statement cannot run inside a transaction, and a migration of several statements runs in one.",
        "Put the statement alone in its own migration file.";
    NEW_ENUM_VALUE_USED = "new-enum-value-used-in-transaction", Hygiene, PG, Error,
        "An enum value added by ALTER TYPE … ADD VALUE cannot be used in the same transaction.",
        "Add the value in one migration and use it in the next one.";
    EXPLICIT_TRANSACTION = "explicit-transaction-control", Hygiene, ALL, Warning,
        "BEGIN/COMMIT/ROLLBACK in a migration file interferes with the transaction Strata runs the migration in.",
        "Remove the transaction statements; split the file into several migrations where needed.";
    MYSQL_MIXED_DDL_DML = "mysql-mixed-ddl-dml", Hygiene, MY, Warning,
        "MySQL commits every DDL statement: a failure after data changes leaves the migration half-applied.",
        "Put schema changes and data changes in separate migrations, and make the data changes idempotent.";
    DROP_CASCADE = "drop-cascade", Hygiene, PG, Warning,
        "CASCADE silently drops every dependent object (views, foreign keys, columns of other tables).",
        "Drop the dependent objects explicitly, then drop without CASCADE.";
    PARSE_ERROR = "parse-error", Hygiene, ALL, Warning,
        "The statement could not be parsed, so it was not checked.",
        "Check the statement by hand, or silence the finding with `-- strata-lint: allow parse-error`.";
}

/// The rule with this id, if any.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_kebab_case() {
        let mut seen = HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.id), "duplicate rule id {}", rule.id);
            assert!(rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", rule.id);
            assert!(rule.summary.ends_with('.') && rule.help.ends_with('.'), "{}", rule.id);
        }
        assert!(RULES.len() >= 25);
    }
}
