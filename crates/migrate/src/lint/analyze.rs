//! The rules at work: statements are read top to bottom, each operation is judged against
//! what is known at that point (the [`Tracker`]), then applied to it.

use super::model::{ColDef, Op, Statement};
use super::rules::{self as r, Rule};
use super::tracker::Tracker;
use super::types;
use super::LintConfig;
use crate::check::{messages, ColumnsRef, Fact, FactRequest, ForeignKeyRef, LiveFacts, TableRef};
use sql_schema::Dialect;
use std::collections::HashMap;

/// A finding before configuration is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RawFinding {
    pub rule: &'static Rule,
    pub line: usize,
    pub message: String,
    /// Live facts prove the statement fails.
    pub proven: bool,
    /// The statement the finding is about (for inline silencing).
    pub statement: usize,
}

pub(crate) struct Analyzer<'a> {
    dialect: Dialect,
    postgres_version: u32,
    facts: Option<&'a LiveFacts>,
    /// Facts consulted, for [`super::needed_facts`].
    pub requested: FactRequest,
    tracker: Tracker,
    pub findings: Vec<RawFinding>,
    statement: usize,
    line: usize,
    transactional: bool,
    timeout_set: bool,
    lock_reported: bool,
    foreign_keys_off_at: Option<(usize, usize)>,
    first_dml: Option<(usize, usize)>,
    has_ddl: bool,
    added_enum_values: Vec<String>,
    created_columns: HashMap<String, Vec<ColDef>>,
    not_null_checks: Vec<(String, String)>,
    validated: Vec<String>,
}

impl<'a> Analyzer<'a> {
    pub fn new(dialect: Dialect, config: &LintConfig, facts: Option<&'a LiveFacts>) -> Self {
        Analyzer {
            dialect,
            postgres_version: config.postgres_major(),
            facts,
            requested: FactRequest::default(),
            tracker: Tracker::new(facts, dialect),
            findings: Vec::new(),
            statement: 0,
            line: 0,
            transactional: false,
            timeout_set: false,
            lock_reported: false,
            foreign_keys_off_at: None,
            first_dml: None,
            has_ddl: false,
            added_enum_values: Vec::new(),
            created_columns: HashMap::new(),
            not_null_checks: Vec::new(),
            validated: Vec::new(),
        }
    }

    /// Runs every rule over the statements.
    pub fn run(&mut self, statements: &[Statement<'_>]) {
        // A migration of several statements runs as one transaction where DDL is
        // transactional (PostgreSQL runs a multi-statement script as one implicit transaction;
        // Strata and Prisma run SQLite migrations in one).
        self.transactional = self.dialect.has_transactional_ddl() && statements.len() > 1;
        for (index, statement) in statements.iter().enumerate() {
            self.statement = index;
            self.line = statement.raw.line;
            if let Some((line, message)) = &statement.parse_error {
                self.line = *line;
                self.report(&r::PARSE_ERROR, message.clone(), false);
                continue;
            }
            self.new_enum_values_used(statement);
            for op in &statement.ops {
                self.op(op, statement);
                self.tracker.apply(op);
            }
        }
        self.end_of_file();
    }

    fn report(&mut self, rule: &'static Rule, message: String, proven: bool) {
        if !rule.applies_to(self.dialect) {
            return;
        }
        self.findings.push(RawFinding { rule, line: self.line, message, proven, statement: self.statement });
    }

    // Facts, recorded as requested whether or not they are known.

    fn rows(&mut self, table: &TableRef) -> Option<u64> {
        let source = self.tracker.rows_of(table)?;
        self.requested.insert(Fact::RowCount(source.clone()));
        self.facts?.row_count(&source)
    }

    fn non_null(&mut self, table: &TableRef, column: &str) -> Option<u64> {
        let source = self.tracker.rows_of(table)?;
        let column = source.column(column);
        self.requested.insert(Fact::NonNullCount(column.clone()));
        self.facts?.non_null_count(&column)
    }

    fn duplicates(&mut self, table: &TableRef, columns: &[String]) -> Option<u64> {
        let source = self.tracker.rows_of(table)?;
        let key = ColumnsRef { table: source, columns: columns.to_vec() };
        self.requested.insert(Fact::DuplicateCount(key.clone()));
        self.facts?.duplicate_count(&key)
    }

    fn orphans(&mut self, fk: ForeignKeyRef) -> Option<u64> {
        self.requested.insert(Fact::OrphanCount(fk.clone()));
        self.facts?.orphan_count(&fk)
    }

    /// Whether the statement touches a table that holds rows from before the migration.
    fn existing(&self, table: &TableRef) -> bool {
        !self.tracker.created_here(table)
    }

    /// Whether every one of `columns` was added by this migration (so holds no old values).
    fn all_added(&self, table: &TableRef, columns: &[String]) -> bool {
        !columns.is_empty() && columns.iter().all(|c| self.tracker.column(table, c).is_some_and(|c| c.added))
    }

    /// A statement taking a strong lock on an existing table, for `missing-lock-timeout`.
    fn lock(&mut self, table: Option<&TableRef>) {
        if self.timeout_set || self.lock_reported || table.is_some_and(|t| !self.existing(t)) {
            return;
        }
        if self.dialect != Dialect::Postgres {
            return;
        }
        self.lock_reported = true;
        let what = table.map_or_else(|| "a table".to_owned(), |t| format!("`{}`", t.name));
        self.report(
            &r::MISSING_LOCK_TIMEOUT,
            format!("This statement locks {what} while no lock_timeout is set: if it waits behind a long transaction, every query on the table waits behind it."),
            false,
        );
    }

    fn transaction_incompatible(&mut self, what: &str) {
        if self.transactional {
            self.report(
                &r::TRANSACTION_INCOMPATIBLE,
                format!("{what} cannot run inside a transaction block, and this migration of several statements runs in one."),
                false,
            );
        }
    }

    fn op(&mut self, op: &Op, statement: &Statement<'_>) {
        self.has_ddl |= op.is_ddl();
        if op.is_dml() && self.first_dml.is_none() {
            self.first_dml = Some((self.statement, self.line));
        }
        match op {
            Op::CreateTable { table, columns, .. } => {
                self.created_columns.insert(table.name.to_lowercase(), columns.clone());
            }
            Op::DropTable { table, cascade } => {
                self.cascade(*cascade, &format!("DROP TABLE `{}`", table.name));
                let redefined = self.tracker.copied_into(table);
                if self.existing(table) && !redefined {
                    let rows = self.rows(table);
                    if let Some(message) = messages::table_drop(&table.name, rows) {
                        self.report(&r::DROP_TABLE, message, false);
                    }
                }
                self.lock(Some(table));
            }
            Op::DropColumn { table, column, cascade } => {
                self.cascade(*cascade, &format!("DROP COLUMN `{column}`"));
                if self.existing(table) && !self.all_added(table, std::slice::from_ref(column)) {
                    let (rows, values) = (self.rows(table), self.non_null(table, column));
                    if let Some(message) = messages::column_drop(&table.name, column, rows, values) {
                        self.report(&r::DROP_COLUMN, message, false);
                    }
                }
                self.lock(Some(table));
            }
            Op::AlterColumnType { table, column, ddl_type } => {
                self.type_change(table, column, ddl_type, statement.explicit_algorithm);
                self.lock(Some(table));
            }
            Op::SetNotNull { table, column } => {
                self.set_not_null(table, column);
                if self.existing(table) && !self.has_validated_not_null_check(table, column) {
                    let rows = self.rows(table).map_or_else(String::new, |n| format!(" ({n} rows)"));
                    self.report(
                        &r::SET_NOT_NULL_FULL_SCAN,
                        format!("SET NOT NULL on `{}`.`{column}` scans the whole table{rows} under an ACCESS EXCLUSIVE lock.", table.name),
                        false,
                    );
                }
                self.lock(Some(table));
            }
            Op::DropNotNull { table, .. }
            | Op::ValidateConstraint { table }
            | Op::DropConstraint { table, cascade: false } => {
                if matches!(op, Op::ValidateConstraint { .. }) {
                    self.validated.push(table.name.to_lowercase());
                } else {
                    self.lock(Some(table));
                }
            }
            Op::DropConstraint { table, cascade: true } => {
                self.cascade(true, "DROP CONSTRAINT");
                self.lock(Some(table));
            }
            Op::AddColumn { table, column, positioned } => {
                self.add_column(table, column, *positioned, statement.explicit_algorithm);
                self.lock(Some(table));
            }
            Op::RedefineColumn { table, old_name, column, positioned } => {
                self.redefine_column(table, old_name, column, *positioned, statement.explicit_algorithm);
            }
            Op::AddForeignKey { table, columns, referenced, referenced_columns, not_valid } => {
                self.add_foreign_key(table, columns, referenced, referenced_columns, *not_valid);
                self.lock(Some(table));
            }
            Op::AddCheck { table, not_valid, expr } => {
                let lower = expr.to_ascii_lowercase().replace('"', "");
                if let Some(column) = lower.strip_suffix(" is not null") {
                    self.not_null_checks.push((table.name.to_lowercase(), column.trim().to_owned()));
                }
                if self.existing(table) && !not_valid {
                    self.report(
                        &r::CHECK_WITHOUT_NOT_VALID,
                        format!(
                            "Adding the CHECK constraint on `{}` scans the whole table under an ACCESS EXCLUSIVE lock.",
                            table.name
                        ),
                        false,
                    );
                }
                self.lock(Some(table));
            }
            Op::AddUniqueConstraint { table, columns, primary_key } => {
                if self.existing(table) {
                    self.unique(table, columns);
                    let kind = if *primary_key { "PRIMARY KEY" } else { "UNIQUE" };
                    self.report(
                        &r::CONSTRAINT_BUILDS_INDEX,
                        format!(
                            "Adding the {kind} constraint on `{}` builds its index under an ACCESS EXCLUSIVE lock.",
                            table.name
                        ),
                        false,
                    );
                    if *primary_key && !statement.explicit_algorithm {
                        self.mysql_primary_key(table);
                    }
                }
                self.lock(Some(table));
            }
            Op::DropPrimaryKey { table } if self.existing(table) && !statement.explicit_algorithm => {
                self.mysql_primary_key(table);
            }
            Op::CreateIndex { table, columns, unique, concurrently, fulltext } => {
                self.create_index(table, columns, *unique, *concurrently, *fulltext, statement.explicit_algorithm);
            }
            Op::DropIndexConcurrently => self.transaction_incompatible("DROP INDEX CONCURRENTLY"),
            Op::RenameColumn { table, from, to } => {
                if self.existing(table) {
                    self.report(
                        &r::RENAME_COLUMN,
                        format!("Renaming `{}`.`{from}` to `{to}` breaks running application instances that still use `{from}`.", table.name),
                        false,
                    );
                }
                self.lock(Some(table));
            }
            Op::RenameTable { from, to } if self.existing(from) => {
                self.report(
                    &r::RENAME_TABLE,
                    format!(
                        "Renaming `{}` to `{}` breaks running application instances that still use `{}`.",
                        from.name, to.name, from.name
                    ),
                    false,
                );
                self.lock(Some(from));
            }
            Op::Truncate { table } => {
                if self.existing(table) {
                    let message = match self.rows(table) {
                        Some(0) => None,
                        Some(n) => Some(format!("You are about to truncate the `{}` table, which is not empty ({n} rows).", table.name)),
                        None => Some(format!("You are about to truncate the `{}` table. If the table is not empty, all the data it contains will be lost.", table.name)),
                    };
                    if let Some(message) = message {
                        self.report(&r::TRUNCATE_TABLE, message, false);
                    }
                }
                self.lock(Some(table));
            }
            Op::Delete { table, filtered: false } if self.existing(table) => {
                let message = match self.rows(table) {
                    Some(0) => None,
                    Some(n) => Some(format!(
                        "This DELETE has no WHERE clause: it deletes all {n} rows of the `{}` table.",
                        table.name
                    )),
                    None => Some(format!(
                        "This DELETE has no WHERE clause: it deletes every row of the `{}` table.",
                        table.name
                    )),
                };
                if let Some(message) = message {
                    self.report(&r::DELETE_WITHOUT_WHERE, message, false);
                }
            }
            Op::Insert { table, columns, source: Some(source) } => self.copy(table, columns, source),
            Op::Vacuum { full } => {
                if *full {
                    self.report(
                        &r::VACUUM_FULL,
                        "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock.".to_owned(),
                        false,
                    );
                    self.lock(None);
                }
                self.transaction_incompatible("VACUUM");
            }
            Op::Cluster => {
                self.report(
                    &r::CLUSTER,
                    "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock.".to_owned(),
                    false,
                );
                self.lock(None);
            }
            Op::Reindex { concurrently } => {
                if *concurrently {
                    self.transaction_incompatible("REINDEX CONCURRENTLY");
                } else {
                    self.report(
                        &r::REINDEX_NON_CONCURRENTLY,
                        "REINDEX blocks writes to the table while the index is rebuilt.".to_owned(),
                        false,
                    );
                    self.lock(None);
                }
            }
            Op::LockTable { table } => {
                let what = table.as_ref().map_or_else(|| "the tables".to_owned(), |t| format!("`{}`", t.name));
                self.report(&r::LOCK_TABLE, format!("This explicitly locks {what} until the migration ends."), false);
                self.lock(table.as_ref());
            }
            Op::Set { name } => {
                let name = name.rsplit(' ').next().unwrap_or(name);
                if name == "lock_timeout" || name == "statement_timeout" {
                    self.timeout_set = true;
                }
            }
            Op::Pragma { name, value } if name == "foreign_keys" => {
                if matches!(value.as_str(), "off" | "0" | "false" | "no") {
                    self.foreign_keys_off_at.get_or_insert((self.statement, self.line));
                } else {
                    self.foreign_keys_off_at = None;
                }
            }
            Op::Begin | Op::Commit => {
                self.report(
                    &r::EXPLICIT_TRANSACTION,
                    format!(
                        "`{}` controls the transaction by hand inside a migration.",
                        first_words(statement.raw.text)
                    ),
                    false,
                );
            }
            Op::CreateEnum { name, values } => self.replaced_enum(name, values),
            Op::AddEnumValue { name, value } => {
                if self.postgres_version < 12 {
                    self.transaction_incompatible(&format!("ALTER TYPE `{name}` ADD VALUE (before PostgreSQL 12)"));
                }
                self.added_enum_values.push(value.clone());
            }
            Op::DropType { cascade } | Op::DropOther { cascade } => {
                self.cascade(*cascade, first_words(statement.raw.text))
            }
            Op::CreateDatabase => self.transaction_incompatible("CREATE DATABASE"),
            _ => (),
        }
    }

    fn cascade(&mut self, cascade: bool, what: &str) {
        if cascade {
            self.report(
                &r::DROP_CASCADE,
                format!("{what} … CASCADE also drops every object that depends on it."),
                false,
            );
        }
    }

    fn has_validated_not_null_check(&self, table: &TableRef, column: &str) -> bool {
        let t = table.name.to_lowercase();
        self.validated.contains(&t)
            && self.not_null_checks.iter().any(|(ct, c)| *ct == t && c.eq_ignore_ascii_case(column))
    }

    fn set_not_null(&mut self, table: &TableRef, column: &str) {
        if !self.existing(table) || self.all_added(table, &[column.to_owned()]) {
            return;
        }
        if self.tracker.column(table, column).is_some_and(|c| c.nullable == Some(false))
            || self.has_validated_not_null_check(table, column)
        {
            return;
        }
        let (rows, values) = (self.rows(table), self.non_null(table, column));
        if let Some(message) = messages::made_optional_field_required(&table.name, column, rows, values) {
            let proven = rows.is_some() && values.is_some();
            self.report(&r::SET_NOT_NULL_OVER_NULLS, message, proven);
        }
    }

    fn type_change(&mut self, table: &TableRef, column: &str, ddl_type: &str, explicit_algorithm: bool) {
        if !self.existing(table) {
            return;
        }
        let previous = self.tracker.column(table, column).and_then(|c| c.ddl_type.clone());
        if let Some(previous) = &previous {
            if types::same_type(previous, ddl_type) {
                return;
            }
            if types::is_narrowing(previous, ddl_type) {
                let (rows, values) = (self.rows(table), self.non_null(table, column));
                if let Some(message) = messages::risky_cast(&table.name, column, previous, ddl_type, rows, values) {
                    self.report(&r::NARROWING_TYPE_CHANGE, message, false);
                }
            }
        }
        let in_place = previous.as_deref().is_some_and(|p| types::postgres_changes_in_place(p, ddl_type));
        if self.dialect == Dialect::Postgres && !in_place {
            let rows = self.rows(table).map_or_else(String::new, |n| format!(" ({n} rows)"));
            self.report(
                &r::TYPE_CHANGE_REWRITE,
                format!("Changing the type of `{}`.`{column}` to {ddl_type} rewrites the table{rows} and its indexes under an ACCESS EXCLUSIVE lock.", table.name),
                false,
            );
        }
        if self.dialect == Dialect::Mysql && previous.is_some() && !explicit_algorithm {
            self.report(
                &r::MYSQL_TYPE_CHANGE_COPY,
                format!("Changing the type of `{}`.`{column}` to {ddl_type} copies the whole table (ALGORITHM=COPY) and blocks writes meanwhile.", table.name),
                false,
            );
        }
    }

    fn add_column(&mut self, table: &TableRef, column: &ColDef, positioned: bool, explicit_algorithm: bool) {
        if !self.existing(table) {
            return;
        }
        if column.not_null && column.default.is_none() && !column.generated {
            let rows = self.rows(table);
            if let Some(message) = messages::added_required_column(&table.name, &column.name, rows) {
                self.report(&r::ADD_REQUIRED_COLUMN, message, rows.is_some());
            }
        }
        if column.generated || column.default.as_deref().is_some_and(types::is_volatile_default) {
            let what = match &column.default {
                Some(default) => format!("the volatile default {default}"),
                None => format!("generated values ({})", column.ddl_type),
            };
            self.report(
                &r::VOLATILE_DEFAULT,
                format!("Adding `{}`.`{}` with {what} computes a value per row: the whole table is rewritten under an ACCESS EXCLUSIVE lock.", table.name, column.name),
                false,
            );
        } else if column.default.is_some() && self.postgres_version < 11 {
            self.report(
                &r::ADD_COLUMN_DEFAULT_REWRITE,
                format!("On PostgreSQL {}, adding `{}`.`{}` with a DEFAULT rewrites the whole table under an ACCESS EXCLUSIVE lock.", self.postgres_version, table.name, column.name),
                false,
            );
        }
        if positioned && !explicit_algorithm {
            self.report(
                &r::MYSQL_COLUMN_REORDER,
                format!("Adding `{}`.`{}` with AFTER/FIRST places it among existing columns, which rebuilds the table before MySQL 8.0.29.", table.name, column.name),
                false,
            );
        }
    }

    fn redefine_column(
        &mut self,
        table: &TableRef,
        old_name: &str,
        column: &ColDef,
        positioned: bool,
        explicit_algorithm: bool,
    ) {
        if !self.existing(table) {
            return;
        }
        let previous = self.tracker.column(table, old_name).cloned();
        if column.not_null && previous.as_ref().is_some_and(|p| p.nullable == Some(true) && !p.added) {
            self.set_not_null(table, old_name);
        }
        if let Some(previous_type) = previous.as_ref().and_then(|p| p.ddl_type.clone()) {
            match (types::enum_values(&previous_type), types::enum_values(&column.ddl_type)) {
                (Some(old), Some(new)) => {
                    let removed: Vec<String> = old.iter().filter(|v| !new.contains(v)).cloned().collect();
                    if !removed.is_empty() {
                        let name = format!("{}_{}", table.name, column.name);
                        self.report(&r::DROP_ENUM_VALUE, messages::enum_value_removal(&name, &removed), false);
                    }
                    let appended = new.starts_with(&old);
                    if !appended && !explicit_algorithm {
                        self.report(
                            &r::MYSQL_TYPE_CHANGE_COPY,
                            format!("Changing the values of the enum column `{}`.`{}` other than by appending copies the whole table (ALGORITHM=COPY).", table.name, column.name),
                            false,
                        );
                    }
                }
                _ => self.type_change(table, old_name, &column.ddl_type, explicit_algorithm),
            }
        }
        if old_name != column.name {
            self.report(
                &r::RENAME_COLUMN,
                format!("Renaming `{}`.`{old_name}` to `{}` breaks running application instances that still use `{old_name}`.", table.name, column.name),
                false,
            );
        }
        if positioned && !explicit_algorithm {
            self.report(
                &r::MYSQL_COLUMN_REORDER,
                format!(
                    "Moving `{}`.`{}` with AFTER/FIRST reorders the columns, which rebuilds the table.",
                    table.name, column.name
                ),
                false,
            );
        }
    }

    fn add_foreign_key(
        &mut self,
        table: &TableRef,
        columns: &[String],
        referenced: &TableRef,
        referenced_columns: &[String],
        not_valid: bool,
    ) {
        if !self.existing(table) || self.all_added(table, columns) {
            return;
        }
        if not_valid {
            return;
        }
        self.report(
            &r::FOREIGN_KEY_WITHOUT_NOT_VALID,
            format!(
                "Adding the foreign key on `{}`({}) scans the table while blocking writes to `{}` and `{}`.",
                table.name,
                columns.join(", "),
                table.name,
                referenced.name
            ),
            false,
        );
        let (Some(child), Some(parent)) = (self.tracker.rows_of(table), self.tracker.rows_of(referenced)) else {
            return;
        };
        let fk = ForeignKeyRef {
            table: child,
            columns: columns.to_vec(),
            referenced_table: parent,
            referenced_columns: referenced_columns.to_vec(),
        };
        match self.orphans(fk) {
            Some(0) => (),
            Some(n) => self.report(&r::FOREIGN_KEY_OVER_ORPHANS, messages::foreign_key_over_orphans(&table.name, columns, &referenced.name, n), true),
            None => self.report(
                &r::FOREIGN_KEY_OVER_ORPHANS,
                format!("A foreign key on the columns `[{}]` of the table `{}` referencing the `{}` table will be added. If rows reference no existing row, this will fail.", columns.join(","), table.name, referenced.name),
                false,
            ),
        }
    }

    fn unique(&mut self, table: &TableRef, columns: &[String]) {
        if self.all_added(table, columns) || columns.is_empty() {
            return;
        }
        // Re-created over rows that were unique already (a SQLite redefinition, a rebuilt index).
        if self.tracker.rows_of(table).is_some_and(|source| self.tracker.was_unique(&source, columns)) {
            return;
        }
        match self.duplicates(table, columns) {
            Some(0) => (),
            Some(n) => {
                self.report(&r::UNIQUE_OVER_DUPLICATES, messages::unique_over_duplicates(&table.name, columns, n), true)
            }
            None => self.report(
                &r::UNIQUE_OVER_DUPLICATES,
                messages::unique_constraint_addition(&table.name, columns),
                false,
            ),
        }
    }

    fn create_index(
        &mut self,
        table: &TableRef,
        columns: &[String],
        unique: bool,
        concurrently: bool,
        fulltext: bool,
        explicit_algorithm: bool,
    ) {
        if concurrently {
            self.transaction_incompatible("CREATE INDEX CONCURRENTLY");
        }
        if !self.tracker.holds_rows(table) {
            return;
        }
        if unique {
            self.unique(table, columns);
        }
        if !self.existing(table) {
            return;
        }
        if !concurrently {
            let rows = self.rows(table).map_or_else(String::new, |n| format!(" ({n} rows)"));
            self.report(
                &r::CREATE_INDEX_NON_CONCURRENTLY,
                format!("Building this index blocks writes to `{}`{rows} until it is done.", table.name),
                false,
            );
            self.lock(Some(table));
        }
        if fulltext && !explicit_algorithm {
            self.report(
                &r::MYSQL_ADD_FULLTEXT_INDEX,
                format!(
                    "Adding a FULLTEXT index to `{}` blocks writes, and rebuilds the table if it is the first one.",
                    table.name
                ),
                false,
            );
        }
    }

    fn mysql_primary_key(&mut self, table: &TableRef) {
        self.report(
            &r::MYSQL_PRIMARY_KEY_CHANGE,
            format!("Changing the primary key of `{}` rebuilds the table.", table.name),
            false,
        );
    }

    /// `INSERT INTO new_T (cols) SELECT … FROM T`: a SQLite table redefinition.
    fn copy(&mut self, table: &TableRef, columns: &[String], source: &TableRef) {
        if !self.tracker.created_here(table) || !self.tracker.holds_rows(source) {
            return;
        }
        let rows = self.rows(source);
        let count = rows.map_or_else(String::new, |n| format!(" ({n} rows)"));
        self.report(
            &r::SQLITE_TABLE_REDEFINITION,
            format!("The `{}` table{count} is redefined: its rows are copied into `{}`, then the old table is dropped and the new one renamed.", source.name, table.name),
            false,
        );
        let defs = self.created_columns.get(&table.name.to_lowercase()).cloned().unwrap_or_default();
        let target = source.name.clone();
        for def in defs {
            let copied = columns.iter().any(|c| c.eq_ignore_ascii_case(&def.name));
            if !copied && def.not_null && def.default.is_none() && !def.generated {
                if let Some(message) = messages::added_required_column(&target, &def.name, rows) {
                    self.report(&r::ADD_REQUIRED_COLUMN, message, rows.is_some());
                }
            }
            let was_nullable = self.tracker.column(source, &def.name).is_some_and(|c| c.nullable == Some(true));
            if copied && def.not_null && was_nullable {
                let values = self.non_null(source, &def.name);
                if let Some(message) = messages::made_optional_field_required(&target, &def.name, rows, values) {
                    let proven = rows.is_some() && values.is_some();
                    self.report(&r::SET_NOT_NULL_OVER_NULLS, message, proven);
                }
            }
        }
        // The columns of the old table that are not copied are dropped (known from the live
        // schema, or from statements above).
        let left_behind: Vec<String> = match self.tracker.table(source) {
            Some(state) => state
                .columns
                .iter()
                .filter(|c| !columns.iter().any(|copied| copied.eq_ignore_ascii_case(&c.name)))
                .map(|c| c.name.clone())
                .collect(),
            None => Vec::new(),
        };
        for column in left_behind {
            let values = self.non_null(source, &column);
            if let Some(message) = messages::column_drop(&source.name, &column, rows, values) {
                self.report(&r::DROP_COLUMN, message, false);
            }
        }
    }

    /// PostgreSQL enum replacement (`CREATE TYPE "Role_new"` … `RENAME TO "Role"`).
    fn replaced_enum(&mut self, name: &str, values: &[String]) {
        let Some(base) = name.strip_suffix("_new") else { return };
        match self.tracker.enum_values(base) {
            Some(old) => {
                let removed: Vec<String> = old.iter().filter(|v| !values.contains(v)).cloned().collect();
                if !removed.is_empty() {
                    self.report(&r::DROP_ENUM_VALUE, messages::enum_value_removal(base, &removed), false);
                }
            }
            None => self.report(
                &r::DROP_ENUM_VALUE,
                format!("The enum `{base}` is replaced by a new type with the values [{}]. If rows still use other values, this will fail.", values.join(",")),
                false,
            ),
        }
    }

    fn new_enum_values_used(&mut self, statement: &Statement<'_>) {
        if !self.transactional || self.added_enum_values.is_empty() {
            return;
        }
        let used = self.added_enum_values.iter().find(|v| statement.raw.text.contains(&format!("'{v}'"))).cloned();
        if let Some(value) = used {
            self.report(
                &r::NEW_ENUM_VALUE_USED,
                format!("The enum value '{value}' is added earlier in this migration: PostgreSQL refuses to use it before the transaction commits."),
                false,
            );
        }
    }

    fn end_of_file(&mut self) {
        if let Some((statement, line)) = self.foreign_keys_off_at {
            (self.statement, self.line) = (statement, line);
            self.report(
                &r::SQLITE_FOREIGN_KEYS_LEFT_OFF,
                "Foreign keys are turned off here and never turned back on.".to_owned(),
                false,
            );
        }
        if let (true, Some((statement, line))) = (self.has_ddl, self.first_dml) {
            (self.statement, self.line) = (statement, line);
            self.report(
                &r::MYSQL_MIXED_DDL_DML,
                "This migration mixes schema changes and data changes; MySQL commits each schema change at once, so a failure leaves it half-applied.".to_owned(),
                false,
            );
        }
    }
}

/// The statement's first two words, for messages.
fn first_words(text: &str) -> &str {
    let mut ends = text.match_indices(char::is_whitespace).map(|(i, _)| i);
    let _ = ends.next();
    match ends.next() {
        Some(end) => &text[..end],
        None => text,
    }
}
