//! Live facts: what the database currently holds, as far as the checks and the linter care.
//!
//! The core never queries a database. It says which facts it needs ([`FactRequest`]), turns
//! them into a few SQL queries per dialect ([`FactRequest::queries`]: one query per table,
//! whatever the number of columns, indexes and foreign keys involved), and the engine runs
//! each query and hands the single result row back ([`LiveFacts::record`]).

use sql_schema::{Dialect, SqlSchema};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// A table, by name (and PostgreSQL schema, if qualified).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TableRef {
    /// The PostgreSQL schema (`None`: the connection's default schema).
    pub namespace: Option<String>,
    /// The table's name.
    pub name: String,
}

impl TableRef {
    /// A table in the default schema.
    pub fn new(name: impl Into<String>) -> Self {
        TableRef { namespace: None, name: name.into() }
    }

    /// A table in the given schema, if any.
    pub fn in_namespace(namespace: Option<&str>, name: impl Into<String>) -> Self {
        TableRef { namespace: namespace.map(str::to_owned), name: name.into() }
    }

    /// A column of this table.
    pub fn column(&self, column: impl Into<String>) -> ColumnRef {
        ColumnRef { table: self.clone(), column: column.into() }
    }

    /// The table's quoted, possibly qualified, name.
    pub fn quoted(&self, dialect: Dialect) -> String {
        match &self.namespace {
            Some(ns) => format!("{}.{}", dialect.quote_identifier(ns), dialect.quote_identifier(&self.name)),
            None => dialect.quote_identifier(&self.name),
        }
    }
}

impl fmt::Display for TableRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.namespace {
            Some(ns) => write!(f, "{ns}.{}", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// A column of a table, by name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ColumnRef {
    /// The column's table.
    pub table: TableRef,
    /// The column's name.
    pub column: String,
}

/// A set of columns of one table (a would-be unique index).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ColumnsRef {
    /// The table.
    pub table: TableRef,
    /// The columns, in index order.
    pub columns: Vec<String>,
}

/// A would-be foreign key: constrained columns of `table` referencing columns of `referenced`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ForeignKeyRef {
    /// The constrained (child) table.
    pub table: TableRef,
    /// The constrained columns.
    pub columns: Vec<String>,
    /// The referenced (parent) table.
    pub referenced_table: TableRef,
    /// The referenced columns.
    pub referenced_columns: Vec<String>,
}

/// One fact about the live database.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fact {
    /// `SELECT COUNT(*)` of a table.
    RowCount(TableRef),
    /// The number of non-null values in a column (`COUNT(column)`).
    NonNullCount(ColumnRef),
    /// The number of distinct non-null values of a column set that occur more than once.
    DuplicateCount(ColumnsRef),
    /// The number of rows whose (non-null) foreign key columns match no referenced row.
    OrphanCount(ForeignKeyRef),
}

impl Fact {
    /// The table the fact is queried from (the child table for orphans).
    pub fn table(&self) -> &TableRef {
        match self {
            Fact::RowCount(t) => t,
            Fact::NonNullCount(c) => &c.table,
            Fact::DuplicateCount(c) => &c.table,
            Fact::OrphanCount(fk) => &fk.table,
        }
    }

    /// The fact's SQL expression (one result column).
    fn sql(&self, dialect: Dialect) -> String {
        let q = |s: &str| dialect.quote_identifier(s);
        match self {
            Fact::RowCount(_) => "COUNT(*)".to_owned(),
            Fact::NonNullCount(c) => format!("COUNT({})", q(&c.column)),
            Fact::DuplicateCount(c) => {
                let cols: Vec<String> = c.columns.iter().map(|c| q(c)).collect();
                let not_null: Vec<String> = cols.iter().map(|c| format!("{c} IS NOT NULL")).collect();
                format!(
                    "(SELECT COUNT(*) FROM (SELECT 1 AS x FROM {} WHERE {} GROUP BY {} HAVING COUNT(*) > 1) AS strata_duplicates)",
                    c.table.quoted(dialect),
                    not_null.join(" AND "),
                    cols.join(", ")
                )
            }
            Fact::OrphanCount(fk) => {
                let not_null: Vec<String> =
                    fk.columns.iter().map(|c| format!("strata_child.{} IS NOT NULL", q(c))).collect();
                let matches: Vec<String> = fk
                    .columns
                    .iter()
                    .zip(&fk.referenced_columns)
                    .map(|(c, r)| format!("strata_parent.{} = strata_child.{}", q(r), q(c)))
                    .collect();
                format!(
                    "(SELECT COUNT(*) FROM {} AS strata_child WHERE {} AND NOT EXISTS (SELECT 1 FROM {} AS strata_parent WHERE {}))",
                    fk.table.quoted(dialect),
                    not_null.join(" AND "),
                    fk.referenced_table.quoted(dialect),
                    matches.join(" AND ")
                )
            }
        }
    }

    /// Whether every table and column the fact's query names exists in `schema`.
    fn exists_in(&self, schema: &SqlSchema) -> bool {
        let has_columns = |t: &TableRef, cols: &[String]| {
            find_table(schema, t).is_some_and(|t| cols.iter().all(|c| schema.walk(t).column(c).is_some()))
        };
        match self {
            Fact::RowCount(t) => find_table(schema, t).is_some(),
            Fact::NonNullCount(c) => has_columns(&c.table, std::slice::from_ref(&c.column)),
            Fact::DuplicateCount(c) => has_columns(&c.table, &c.columns),
            Fact::OrphanCount(fk) => {
                has_columns(&fk.table, &fk.columns) && has_columns(&fk.referenced_table, &fk.referenced_columns)
            }
        }
    }
}

/// Finds a table of `schema` by reference: exact namespace first, then by name alone.
pub(crate) fn find_table(schema: &SqlSchema, t: &TableRef) -> Option<sql_schema::TableId> {
    schema.find_table(t.namespace.as_deref(), &t.name).or_else(|| {
        let mut matching = schema.table_walkers().filter(|w| w.name() == t.name);
        let first = matching.next()?;
        matching.next().is_none().then_some(first.id)
    })
}

/// The facts a check plan or a lint run needs, deduplicated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FactRequest {
    facts: BTreeSet<Fact>,
}

impl FactRequest {
    /// Adds a fact.
    pub fn insert(&mut self, fact: Fact) {
        self.facts.insert(fact);
    }

    /// Whether nothing is needed.
    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// The needed facts, in a stable order.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> {
        self.facts.iter()
    }

    /// Keeps only the facts whose tables and columns exist in `schema` (the described live
    /// schema), so that no query names something the database does not have.
    pub fn retain_existing(&mut self, schema: &SqlSchema) {
        self.facts.retain(|f| f.exists_in(schema));
    }

    /// The queries that gather the facts on `dialect`: one per table, each returning one row
    /// whose columns are the facts of [`FactQuery::facts`], in that order, as integers.
    pub fn queries(&self, dialect: Dialect) -> Vec<FactQuery> {
        let mut by_table: BTreeMap<&TableRef, Vec<&Fact>> = BTreeMap::new();
        for fact in &self.facts {
            by_table.entry(fact.table()).or_default().push(fact);
        }
        by_table
            .into_iter()
            .map(|(table, facts)| {
                let exprs: Vec<String> = facts.iter().map(|f| f.sql(dialect)).collect();
                FactQuery {
                    table: table.clone(),
                    sql: format!("SELECT {} FROM {}", exprs.join(", "), table.quoted(dialect)),
                    facts: facts.into_iter().cloned().collect(),
                }
            })
            .collect()
    }
}

/// One query to run against the live database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactQuery {
    /// The table the query reads.
    pub table: TableRef,
    /// The SQL text: one `SELECT` returning exactly one row.
    pub sql: String,
    /// The facts, one per result column, in order.
    pub facts: Vec<Fact>,
}

/// A result row that does not fit its query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRowMismatch {
    /// The query's table.
    pub table: TableRef,
    /// The number of values the query selects.
    pub expected: usize,
    /// The number of values received.
    pub got: usize,
}

impl fmt::Display for FactRowMismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the facts query on `{}` selects {} values, but the row has {}", self.table, self.expected, self.got)
    }
}

impl std::error::Error for FactRowMismatch {}

/// What the live database holds: row counts, value counts, duplicates and orphans, and
/// optionally its described schema (column types, nullability, enum values), which the linter
/// uses to judge hand-written SQL.
///
/// Absent facts are unknown, never zero: a check without its fact gives Prisma's hedged
/// wording ("If the table is not empty, …").
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LiveFacts {
    /// Rows per table.
    pub row_counts: BTreeMap<TableRef, u64>,
    /// Non-null values per column.
    pub non_null_counts: BTreeMap<ColumnRef, u64>,
    /// Values occurring more than once per column set.
    pub duplicate_counts: BTreeMap<ColumnsRef, u64>,
    /// Orphaned rows per would-be foreign key.
    pub orphan_counts: BTreeMap<ForeignKeyRef, u64>,
    /// The live schema as described, if the engine described it.
    pub schema: Option<SqlSchema>,
}

impl LiveFacts {
    /// No facts at all (what a check without a database sees).
    pub fn none() -> Self {
        LiveFacts::default()
    }

    /// Stores the result row of `query` (one integer per fact, in order). Negative values
    /// (which no count can be) are stored as zero.
    pub fn record(&mut self, query: &FactQuery, row: &[i64]) -> Result<(), FactRowMismatch> {
        if row.len() != query.facts.len() {
            return Err(FactRowMismatch { table: query.table.clone(), expected: query.facts.len(), got: row.len() });
        }
        for (fact, value) in query.facts.iter().zip(row) {
            self.set(fact.clone(), (*value).max(0) as u64);
        }
        Ok(())
    }

    /// Sets one fact.
    pub fn set(&mut self, fact: Fact, value: u64) {
        match fact {
            Fact::RowCount(t) => {
                self.row_counts.insert(t, value);
            }
            Fact::NonNullCount(c) => {
                self.non_null_counts.insert(c, value);
            }
            Fact::DuplicateCount(c) => {
                self.duplicate_counts.insert(c, value);
            }
            Fact::OrphanCount(fk) => {
                self.orphan_counts.insert(fk, value);
            }
        }
    }

    /// The row count of a table, if known. A reference without namespace also finds a table
    /// recorded with one, when the name is unambiguous.
    pub fn row_count(&self, table: &TableRef) -> Option<u64> {
        lookup(&self.row_counts, table)
    }

    /// The number of non-null values of a column, if known.
    pub fn non_null_count(&self, column: &ColumnRef) -> Option<u64> {
        lookup(&self.non_null_counts, column)
    }

    /// The number of `NULL`s in a column: rows minus non-null values, if both are known.
    pub fn null_count(&self, column: &ColumnRef) -> Option<u64> {
        Some(self.row_count(&column.table)?.saturating_sub(self.non_null_count(column)?))
    }

    /// The number of duplicated values of a column set, if known.
    pub fn duplicate_count(&self, columns: &ColumnsRef) -> Option<u64> {
        lookup(&self.duplicate_counts, columns)
    }

    /// The number of orphaned rows of a would-be foreign key, if known.
    pub fn orphan_count(&self, fk: &ForeignKeyRef) -> Option<u64> {
        lookup(&self.orphan_counts, fk)
    }
}

/// Keys whose table namespaces can be set aside for lookups.
trait Unqualified: Ord + Clone {
    /// The key with every table's namespace removed.
    fn unqualified(&self) -> Self;
}

fn strip(t: &TableRef) -> TableRef {
    TableRef { namespace: None, name: t.name.clone() }
}

impl Unqualified for TableRef {
    fn unqualified(&self) -> Self {
        strip(self)
    }
}

impl Unqualified for ColumnRef {
    fn unqualified(&self) -> Self {
        ColumnRef { table: strip(&self.table), column: self.column.clone() }
    }
}

impl Unqualified for ColumnsRef {
    fn unqualified(&self) -> Self {
        ColumnsRef { table: strip(&self.table), columns: self.columns.clone() }
    }
}

impl Unqualified for ForeignKeyRef {
    fn unqualified(&self) -> Self {
        ForeignKeyRef {
            table: strip(&self.table),
            columns: self.columns.clone(),
            referenced_table: strip(&self.referenced_table),
            referenced_columns: self.referenced_columns.clone(),
        }
    }
}

/// Exact lookup, then the same key with namespaces set aside, if that matches one entry only.
/// (SQL text names `users` where the described schema says `public.users`, or the reverse.)
fn lookup<K: Unqualified>(map: &BTreeMap<K, u64>, key: &K) -> Option<u64> {
    if let Some(v) = map.get(key) {
        return Some(*v);
    }
    let wanted = key.unqualified();
    let mut candidates = map.iter().filter(|(k, _)| k.unqualified() == wanted);
    let (_, v) = candidates.next()?;
    candidates.next().is_none().then_some(*v)
}
