//! `describe`: a live database's schema as a [`SqlSchema`], the same IR `calculate` makes from
//! `schema.prisma`, so the two can be diffed.
//!
//! Each dialect's module reads its catalogs with a constant number of batched queries (never
//! one per table) into a flat, name-based `Raw` description; `assemble` then builds the
//! arena, sorted the same way for every dialect: tables by namespace then name, columns in
//! declaration order, indexes and foreign keys by name. What Prisma cannot represent (views,
//! partial and expression indexes, check constraints, triggers, …) is not dropped silently:
//! it is listed in [`DescribedSchema::unrepresentable`].
//!
//! # IR conventions (what `calculate` must produce for the same database)
//! - PostgreSQL namespaces (as `calculate` does for Prisma 7): the described schemas that exist
//!   are the IR's namespaces, in the order given — the URL's `schema` alone by default, or the
//!   list of [`DescribeOptions::namespaces`] (multiSchema). Tables and enums of the URL's schema
//!   have no namespace (`None`, rendered unqualified); those of the other schemas have theirs.
//! - Native types are the text Prisma's migration SQL writes: `INTEGER`, `TIMESTAMP(3)`,
//!   `DECIMAL(65,30)` (PostgreSQL) / `DECIMAL(65, 30)` (MySQL), `VARCHAR(191)`, `BOOLEAN`
//!   (MySQL `tinyint(1)`). PostgreSQL temporal types always carry their precision
//!   (`TIMESTAMP(6)` when declared without one). Arrays: the element's type, arity `List`.
//!   Enums: family `Enum`, empty native type. Unsupported types: the database's own text in
//!   both the family and the native type.
//! - Auto-increment: `SERIAL` is `INTEGER` + `auto_increment` + `Sequence("T_c_seq")`;
//!   MySQL `AUTO_INCREMENT` has no default; SQLite marks its single-column `INTEGER` primary
//!   key (the rowid alias).
//! - Defaults: literals are unquoted and unescaped and typed by the column's family
//!   (`Int`/`BigInt`, `Float` with canonical text — no trailing zeros, `1.50` is `1.5`,
//!   `2.0` is `2` —, `Decimal` as written, scale kept (`2.00`, as `prisma db pull` prints it;
//!   the differ compares numbers by value), `Boolean`, `String`, `Enum`, `Json`, `Bytes`,
//!   `DateTime` as text);
//!   `now()` / `CURRENT_TIMESTAMP(n)` on a date-time column is `Now`; anything else is
//!   `DbGenerated(Some(expression))` with the database's text.
//! - Index columns: `sort_order` is `Some(Desc)` or `None` (ascending); PostgreSQL operator
//!   classes only when they are not the default for the column type; `algorithm` is `None`
//!   for B-tree. MySQL primary keys and all SQLite keys are unnamed.
//! - Index order within a table: by name, except on SQLite, where it is `PRAGMA index_list`'s
//!   (newest first), the order Prisma's describer and `db pull` keep.

mod mysql;
mod postgres;
mod sqlite;

use crate::{Connection, Error};
use sql_schema::*;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// The name of Prisma's migration history table, left out of descriptions by default.
pub const MIGRATIONS_TABLE: &str = "_prisma_migrations";

/// What to describe.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DescribeOptions {
    /// PostgreSQL only. `None`: the URL's `schema` (default `public`). `Some(list)`: those
    /// schemas (multiSchema). Either way, objects of the URL's schema are unqualified and those
    /// of other schemas carry their namespace.
    pub namespaces: Option<Vec<String>>,
    /// Keep the `_prisma_migrations` table in the description.
    pub include_migrations_table: bool,
}

/// The result of [`describe`].
#[derive(Debug, Clone, PartialEq)]
pub struct DescribedSchema {
    /// The schema.
    pub schema: SqlSchema,
    /// Objects the IR cannot represent, in a stable order.
    pub unrepresentable: Vec<Unrepresentable>,
    /// The views with their columns (also listed in `unrepresentable`), sorted like tables.
    /// PostgreSQL materialized views are not among them.
    pub views: Vec<View>,
    /// What describing cost.
    pub stats: DescribeStats,
}

/// What describing cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DescribeStats {
    /// Catalog queries sent (constant per dialect, whatever the number of tables).
    pub queries: u64,
    /// Wall-clock time.
    pub elapsed: Duration,
}

/// A database object that the IR (and Prisma's schema language) cannot represent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unrepresentable {
    /// What kind of object.
    pub kind: UnrepresentableKind,
    /// The PostgreSQL schema it lives in (`None` for the URL's schema and other dialects).
    pub namespace: Option<String>,
    /// The table it belongs to, if any.
    pub table: Option<String>,
    /// Its name.
    pub name: String,
    /// Its definition as the database prints it, when known.
    pub definition: Option<String>,
}

/// Kinds of [`Unrepresentable`] objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum UnrepresentableKind {
    /// A view.
    View,
    /// A materialized view (PostgreSQL).
    MaterializedView,
    /// A foreign table (PostgreSQL).
    ForeignTable,
    /// A partition of a partitioned table (PostgreSQL); the parent is described.
    Partition,
    /// A virtual table (SQLite).
    VirtualTable,
    /// An index with a `WHERE` clause (left out).
    PartialIndex,
    /// An index on expressions (left out).
    ExpressionIndex,
    /// An index with `INCLUDE` columns (PostgreSQL; left out).
    CoveringIndex,
    /// An index of a kind the IR has no algorithm for (`SPATIAL`, PostgreSQL extensions; left out).
    UnsupportedIndexType,
    /// A `CHECK` constraint.
    CheckConstraint,
    /// An exclusion constraint (PostgreSQL).
    ExclusionConstraint,
    /// A trigger.
    Trigger,
    /// A generated (computed) column; the column is described without its expression.
    GeneratedColumn,
    /// A foreign key to a table that was not described (another schema; left out).
    ForeignKeyToUndescribedTable,
}

/// Describes the database `conn` is connected to.
pub async fn describe(conn: &mut Connection, options: &DescribeOptions) -> Result<DescribedSchema, Error> {
    let start = Instant::now();
    let queries_before = conn.query_count();
    let raw = match conn.info().clone() {
        crate::ConnectionInfo::Postgres(pg) => postgres::describe(conn, &pg.schema, options).await?,
        crate::ConnectionInfo::Mysql(_) => mysql::describe(conn).await?,
        crate::ConnectionInfo::Sqlite(_) => sqlite::describe(conn).await?,
    };
    let (schema, unrepresentable, views) = assemble(raw, options);
    Ok(DescribedSchema {
        schema,
        unrepresentable,
        views,
        stats: DescribeStats { queries: conn.query_count() - queries_before, elapsed: start.elapsed() },
    })
}

/// A name-based description, as read from the catalogs. Namespaces are `None` for the default
/// (unqualified) schema.
#[derive(Debug, Default)]
pub(crate) struct Raw {
    pub namespaces: Vec<String>,
    /// The catalog name of the unqualified (`None`) namespace, to sort its tables among the
    /// others.
    pub default_namespace: Option<String>,
    pub tables: Vec<RawTable>,
    pub columns: Vec<RawColumn>,
    pub indexes: Vec<RawIndex>,
    pub foreign_keys: Vec<RawForeignKey>,
    pub enums: Vec<RawEnum>,
    pub sequences: Vec<(Option<String>, String)>,
    /// PostgreSQL extensions (`plpgsql` aside), with their schema and version.
    pub extensions: Vec<Extension>,
    pub unrepresentable: Vec<Unrepresentable>,
    /// Views and their definitions; their columns are in `view_columns`.
    pub views: Vec<(RawTable, Option<String>)>,
    pub view_columns: Vec<RawColumn>,
}

/// A table name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct RawTable {
    pub namespace: Option<String>,
    pub name: String,
}

#[derive(Debug)]
pub(crate) enum RawFamily {
    Resolved(ColumnTypeFamily),
    /// An enum by namespace and name.
    Enum(Option<String>, String),
}

#[derive(Debug)]
pub(crate) struct RawColumn {
    pub table: RawTable,
    pub name: String,
    pub family: RawFamily,
    pub native_type: String,
    pub arity: ColumnArity,
    pub default: Option<DefaultValue>,
    pub auto_increment: bool,
}

#[derive(Debug)]
pub(crate) struct RawIndexColumn {
    pub name: String,
    pub sort_order: Option<SortOrder>,
    pub length: Option<u32>,
    pub operator_class: Option<String>,
}

#[derive(Debug)]
pub(crate) struct RawIndex {
    pub table: RawTable,
    pub name: String,
    /// `None`: the primary key.
    pub kind: Option<IndexKind>,
    pub columns: Vec<RawIndexColumn>,
    pub algorithm: Option<IndexAlgorithm>,
    /// The catalog's own order of the table's indexes, where it has one that Prisma keeps
    /// (SQLite's `PRAGMA index_list`); `None` sorts by name.
    pub position: Option<i64>,
}

#[derive(Debug)]
pub(crate) struct RawForeignKey {
    pub table: RawTable,
    pub name: Option<String>,
    pub columns: Vec<String>,
    pub referenced_table: RawTable,
    pub referenced_columns: Vec<String>,
    pub on_delete: ForeignKeyAction,
    pub on_update: ForeignKeyAction,
}

#[derive(Debug)]
pub(crate) struct RawEnum {
    pub namespace: Option<String>,
    pub name: String,
    pub values: Vec<String>,
}

impl Unrepresentable {
    pub(crate) fn new(kind: UnrepresentableKind, table: Option<&RawTable>, name: impl Into<String>) -> Self {
        Unrepresentable {
            kind,
            namespace: table.and_then(|t| t.namespace.clone()),
            table: table.map(|t| t.name.clone()),
            name: name.into(),
            definition: None,
        }
    }

    pub(crate) fn with_definition(mut self, definition: Option<String>) -> Self {
        self.definition = definition;
        self
    }
}

/// Builds the arena from a raw description.
pub(crate) fn assemble(mut raw: Raw, options: &DescribeOptions) -> (SqlSchema, Vec<Unrepresentable>, Vec<View>) {
    let mut schema = SqlSchema::new();
    for ns in &raw.namespaces {
        schema.push_namespace(ns.clone());
    }
    // Objects sort by their namespace's position in the list, then by name.
    let position = |name: &str| raw.namespaces.iter().position(|x| x == name).unwrap_or(usize::MAX);
    let default_rank = raw.default_namespace.as_deref().map_or(0, position);
    let ns_rank = |ns: &Option<String>| ns.as_deref().map_or(default_rank, position);
    let ns_id = |schema: &SqlSchema, ns: &Option<String>| ns.as_deref().and_then(|n| schema.find_namespace(n));

    raw.enums.sort_by(|a, b| (ns_rank(&a.namespace), &a.name).cmp(&(ns_rank(&b.namespace), &b.name)));
    let mut enum_ids = HashMap::new();
    for e in raw.enums {
        let namespace = ns_id(&schema, &e.namespace);
        let key = (e.namespace, e.name.clone());
        let id = schema.push_enum(Enum { name: e.name, namespace, values: e.values });
        enum_ids.insert(key, id);
    }
    raw.extensions.sort_by(|a, b| a.name.cmp(&b.name));
    for extension in std::mem::take(&mut raw.extensions) {
        schema.push_extension(extension);
    }
    raw.sequences.sort();
    for (ns, name) in raw.sequences {
        let namespace = ns_id(&schema, &ns);
        schema.push_sequence(Sequence { name, namespace });
    }

    raw.tables.retain(|t| options.include_migrations_table || t.name != MIGRATIONS_TABLE);
    raw.tables.sort_by(|a, b| (ns_rank(&a.namespace), &a.name).cmp(&(ns_rank(&b.namespace), &b.name)));
    raw.tables.dedup();
    let mut table_ids = HashMap::new();
    for t in &raw.tables {
        let namespace = ns_id(&schema, &t.namespace);
        let id = schema.push_table(Table { name: t.name.clone(), namespace, primary_key: None });
        table_ids.insert(t.clone(), id);
    }

    // Columns: grouped by table in id order, declaration order kept within a table.
    let mut columns: Vec<(TableId, usize, RawColumn)> =
        raw.columns.into_iter().enumerate().filter_map(|(i, c)| table_ids.get(&c.table).map(|&t| (t, i, c))).collect();
    columns.sort_by_key(|(t, i, _)| (*t, *i));
    let mut column_ids: HashMap<(TableId, String), ColumnId> = HashMap::new();
    let to_column = |c: RawColumn| {
        let family = match c.family {
            RawFamily::Resolved(family) => family,
            RawFamily::Enum(ns, name) => match enum_ids.get(&(ns, name.clone())) {
                Some(&id) => ColumnTypeFamily::Enum(id),
                None => ColumnTypeFamily::Unsupported(name),
            },
        };
        let native_type = match &family {
            ColumnTypeFamily::Enum(_) => String::new(),
            _ => c.native_type,
        };
        Column {
            name: c.name,
            tpe: ColumnType { family, native_type, arity: c.arity },
            default: c.default,
            auto_increment: c.auto_increment,
        }
    };
    for (table_id, _, c) in columns {
        let column = to_column(c);
        let name = column.name.clone();
        let id = schema.push_column(table_id, column);
        column_ids.insert((table_id, name), id);
    }

    // Views: sorted like tables, columns in declaration order.
    raw.views.sort_by(|a, b| (ns_rank(&a.0.namespace), &a.0.name).cmp(&(ns_rank(&b.0.namespace), &b.0.name)));
    raw.views.dedup_by(|a, b| a.0 == b.0);
    let mut view_columns: HashMap<RawTable, Vec<Column>> = HashMap::new();
    for c in std::mem::take(&mut raw.view_columns) {
        view_columns.entry(c.table.clone()).or_default().push(to_column(c));
    }
    let views: Vec<View> = std::mem::take(&mut raw.views)
        .into_iter()
        .map(|(view, definition)| View {
            columns: view_columns.remove(&view).unwrap_or_default(),
            namespace: view.namespace,
            name: view.name,
            definition,
        })
        .collect();

    let mut unrepresentable = raw.unrepresentable;
    let resolve_columns = |table: TableId, cols: &[RawIndexColumn]| -> Option<Vec<IndexColumn>> {
        cols.iter()
            .map(|c| {
                column_ids.get(&(table, c.name.clone())).map(|&column| IndexColumn {
                    column,
                    sort_order: c.sort_order,
                    length: c.length,
                    operator_class: c.operator_class.clone(),
                })
            })
            .collect()
    };

    let mut indexes: Vec<(TableId, RawIndex)> =
        raw.indexes.into_iter().filter_map(|i| table_ids.get(&i.table).map(|&t| (t, i))).collect();
    indexes.sort_by(|(ta, a), (tb, b)| (ta, a.position, &a.name).cmp(&(tb, b.position, &b.name)));
    for (table_id, index) in indexes {
        let Some(columns) = resolve_columns(table_id, &index.columns) else {
            unrepresentable.push(Unrepresentable::new(
                UnrepresentableKind::ExpressionIndex,
                Some(&index.table),
                index.name,
            ));
            continue;
        };
        match index.kind {
            None => {
                let constraint_name = Some(index.name).filter(|n| !n.is_empty());
                schema.tables[table_id.index()].primary_key = Some(PrimaryKey { constraint_name, columns });
            }
            Some(kind) => {
                schema.push_index(table_id, Index { name: index.name, kind, columns, algorithm: index.algorithm });
            }
        }
    }

    let mut foreign_keys: Vec<(TableId, usize, RawForeignKey)> = raw
        .foreign_keys
        .into_iter()
        .enumerate()
        .filter_map(|(i, fk)| table_ids.get(&fk.table).map(|&t| (t, i, fk)))
        .collect();
    foreign_keys.sort_by(|(ta, ia, a), (tb, ib, b)| (ta, &a.name, ia).cmp(&(tb, &b.name, ib)));
    for (table_id, _, fk) in foreign_keys {
        let referenced = table_ids.get(&fk.referenced_table).copied();
        let columns: Option<Vec<ColumnId>> =
            fk.columns.iter().map(|c| column_ids.get(&(table_id, c.clone())).copied()).collect();
        let referenced_columns: Option<Vec<ColumnId>> = referenced
            .and_then(|r| fk.referenced_columns.iter().map(|c| column_ids.get(&(r, c.clone())).copied()).collect());
        match (referenced, columns, referenced_columns) {
            (Some(referenced_table), Some(columns), Some(referenced_columns)) => {
                schema.push_foreign_key(
                    table_id,
                    ForeignKey {
                        constraint_name: fk.name,
                        columns,
                        referenced_table,
                        referenced_columns,
                        on_delete: fk.on_delete,
                        on_update: fk.on_update,
                    },
                );
            }
            _ => {
                let target = match &fk.referenced_table.namespace {
                    Some(ns) => format!("{ns}.{}", fk.referenced_table.name),
                    None => fk.referenced_table.name.clone(),
                };
                unrepresentable.push(
                    Unrepresentable::new(
                        UnrepresentableKind::ForeignKeyToUndescribedTable,
                        Some(&fk.table),
                        fk.name.unwrap_or_default(),
                    )
                    .with_definition(Some(format!("REFERENCES {target}"))),
                );
            }
        }
    }

    if !options.include_migrations_table {
        unrepresentable.retain(|u| u.table.as_deref() != Some(MIGRATIONS_TABLE) || u.namespace.is_some());
    }
    unrepresentable.sort();
    unrepresentable.dedup();
    (schema, unrepresentable, views)
}

/// Number text without insignificant zeros: `1.50` → `1.5`, `2.0` → `2`, `+3` → `3`,
/// `-0.0` → `0`. Text that is not a plain decimal number is returned unchanged.
pub(crate) fn canonical_number(text: &str) -> String {
    let t = text.trim();
    let t = t.strip_prefix('+').unwrap_or(t);
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t),
    };
    let plain = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    if !plain {
        return text.trim().to_owned();
    }
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let int = if int.is_empty() { "0" } else { int };
    let body = if frac.is_empty() { int.to_owned() } else { format!("{int}.{frac}") };
    if body == "0" {
        body
    } else {
        format!("{sign}{body}")
    }
}

/// A literal default typed by the column's family, or `None` if the text does not read as one.
pub(crate) fn typed_literal(family: &ColumnTypeFamily, text: &str) -> Option<Value> {
    Some(match family {
        ColumnTypeFamily::Int => Value::Int(text.trim().parse().ok()?),
        ColumnTypeFamily::BigInt => Value::BigInt(text.trim().parse().ok()?),
        ColumnTypeFamily::Float => {
            let n = canonical_number(text);
            n.parse::<f64>().ok()?;
            Value::Float(n)
        }
        ColumnTypeFamily::Decimal => {
            let t = text.trim();
            let t = t.strip_prefix('+').unwrap_or(t);
            t.parse::<f64>().ok()?;
            Value::Float(t.to_owned())
        }
        ColumnTypeFamily::Boolean => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "t" | "1" => Value::Boolean(true),
            "false" | "f" | "0" => Value::Boolean(false),
            _ => return None,
        },
        ColumnTypeFamily::String => Value::String(text.to_owned()),
        ColumnTypeFamily::Enum(_) => Value::Enum(text.to_owned()),
        ColumnTypeFamily::Json => Value::Json(text.to_owned()),
        ColumnTypeFamily::DateTime => Value::DateTime(text.to_owned()),
        ColumnTypeFamily::Binary => Value::Bytes(text.as_bytes().to_vec()),
        ColumnTypeFamily::Unsupported(_) => return None,
    })
}

/// Whether an expression is the current timestamp (`now()`, `CURRENT_TIMESTAMP`,
/// `current_timestamp(3)`, …).
pub(crate) fn is_now(expr: &str) -> bool {
    let e = expr.trim().to_ascii_lowercase();
    let e = e.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(&e);
    if e == "now()" || e == "current_timestamp" || e == "localtimestamp" {
        return true;
    }
    ["current_timestamp(", "localtimestamp("].iter().any(|p| {
        e.strip_prefix(p)
            .and_then(|rest| rest.strip_suffix(')'))
            .is_some_and(|arg| arg.is_empty() || arg.chars().all(|c| c.is_ascii_digit()))
    })
}

/// The referential action named by catalog text (`CASCADE`, `SET NULL`, …).
pub(crate) fn referential_action(text: &str) -> ForeignKeyAction {
    match text.trim().to_ascii_uppercase().as_str() {
        "CASCADE" => ForeignKeyAction::Cascade,
        "SET NULL" => ForeignKeyAction::SetNull,
        "SET DEFAULT" => ForeignKeyAction::SetDefault,
        "RESTRICT" => ForeignKeyAction::Restrict,
        _ => ForeignKeyAction::NoAction,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_numbers() {
        for (input, expected) in [
            ("1.50", "1.5"),
            ("2.0", "2"),
            ("0.0000", "0"),
            ("-0.0", "0"),
            ("+3", "3"),
            ("007", "7"),
            ("-12.340", "-12.34"),
            (".5", "0.5"),
            ("1e10", "1e10"),
            ("abc", "abc"),
        ] {
            assert_eq!(canonical_number(input), expected, "{input}");
        }
    }

    #[test]
    fn now_expressions() {
        for e in ["now()", "CURRENT_TIMESTAMP", "current_timestamp()", "current_timestamp(3)", "(now())"] {
            assert!(is_now(e), "{e}");
        }
        for e in ["now() + interval '1 day'", "current_date", "timezone('utc', now())"] {
            assert!(!is_now(e), "{e}");
        }
    }

    #[test]
    fn typed_literals() {
        assert_eq!(typed_literal(&ColumnTypeFamily::Int, "42"), Some(Value::Int(42)));
        assert_eq!(typed_literal(&ColumnTypeFamily::Int, "x"), None);
        assert_eq!(typed_literal(&ColumnTypeFamily::Decimal, "1.50"), Some(Value::Float("1.50".into())));
        assert_eq!(typed_literal(&ColumnTypeFamily::Float, "1.50"), Some(Value::Float("1.5".into())));
        assert_eq!(typed_literal(&ColumnTypeFamily::Boolean, "1"), Some(Value::Boolean(true)));
        assert_eq!(typed_literal(&ColumnTypeFamily::BigInt, "-9"), Some(Value::BigInt(-9)));
    }
}
