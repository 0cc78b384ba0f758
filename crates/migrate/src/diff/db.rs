//! The differ's index of both schemas: which namespaces, tables, columns and enums exist on
//! which side, matched by name, and what changed in each matched column.

use super::columns::all_changes;
use crate::{pair::Pair, step::ColumnChanges};
use sql_schema::{
    ColumnId, ColumnWalker, Dialect, EnumWalker, ForeignKeyWalker, IndexAlgorithm, IndexColumnWalker, IndexWalker,
    NamespaceId, NativeType, SqlSchema, TableId, TableWalker,
};
use std::collections::{BTreeSet, HashMap};

/// Prisma's migrations table is never diffed.
const MIGRATIONS_TABLE_NAME: &str = "_prisma_migrations";

type TableKey<'a> = (Option<&'a str>, &'a str);

/// Both schemas, indexed for diffing.
pub(crate) struct DifferDatabase<'a> {
    pub(crate) dialect: Dialect,
    pub(crate) schemas: Pair<&'a SqlSchema>,
    /// Namespace name → ids, previous namespaces first, in insertion order.
    namespaces: Vec<(&'a str, Pair<Option<NamespaceId>>)>,
    /// Table key → ids, previous tables first, in insertion order.
    tables: Vec<(TableKey<'a>, Pair<Option<TableId>>)>,
    table_positions: HashMap<TableKey<'a>, usize>,
    /// The columns of every table pair, matched by name: one run per table pair, each ordered
    /// by column name, as Prisma iterates them.
    columns: Vec<(&'a str, Pair<Option<ColumnId>>)>,
    /// Table pair → its run in `columns`.
    column_runs: HashMap<Pair<TableId>, std::ops::Range<usize>>,
    /// Previous column (by index) → the next column it is matched with, and what changed.
    column_changes: Vec<Option<(ColumnId, ColumnChanges)>>,
    /// Tables that must be redefined (SQLite).
    pub(crate) tables_to_redefine: BTreeSet<Pair<TableId>>,
}

impl<'a> DifferDatabase<'a> {
    pub(crate) fn new(schemas: Pair<&'a SqlSchema>, dialect: Dialect) -> Self {
        let mut db = DifferDatabase {
            dialect,
            schemas,
            namespaces: Vec::new(),
            tables: Vec::new(),
            table_positions: HashMap::new(),
            columns: Vec::with_capacity(schemas.previous.columns.len().max(schemas.next.columns.len())),
            column_runs: HashMap::new(),
            column_changes: vec![None; schemas.previous.columns.len()],
            tables_to_redefine: BTreeSet::new(),
        };

        for ns in schemas.previous.namespace_walkers() {
            db.namespaces.push((ns.name(), Pair::new(Some(ns.id), None)));
        }
        for ns in schemas.next.namespace_walkers() {
            match db.namespaces.iter_mut().find(|(name, _)| *name == ns.name()) {
                Some((_, ids)) => ids.next = Some(ns.id),
                None => db.namespaces.push((ns.name(), Pair::new(None, Some(ns.id)))),
            }
        }

        db.table_positions.reserve(schemas.previous.tables.len() + schemas.next.tables.len());
        db.tables.reserve(schemas.previous.tables.len() + schemas.next.tables.len());
        let ignored = |t: &TableWalker<'_>| t.name() == MIGRATIONS_TABLE_NAME;
        for table in schemas.previous.table_walkers().filter(|t| !ignored(t)) {
            let key = (table.namespace_name(), table.name());
            db.table_positions.insert(key, db.tables.len());
            db.tables.push((key, Pair::new(Some(table.id), None)));
        }
        for table in schemas.next.table_walkers().filter(|t| !ignored(t)) {
            let key = (table.namespace_name(), table.name());
            match db.table_positions.get(&key) {
                Some(&pos) => db.tables[pos].1.next = Some(table.id),
                None => {
                    db.table_positions.insert(key, db.tables.len());
                    db.tables.push((key, Pair::new(None, Some(table.id))));
                }
            }
        }

        let pairs: Vec<Pair<TableId>> = db.tables.iter().filter_map(|(_, ids)| ids.transpose()).collect();
        db.column_runs.reserve(pairs.len());
        let (mut previous, mut next) = (Vec::new(), Vec::new());
        for table_ids in pairs {
            let tables = schemas.walk(table_ids);
            previous.clear();
            previous.extend(tables.previous.columns().map(|c| (c.name(), c.id)));
            previous.sort_by(|a: &(&str, ColumnId), b| a.0.cmp(b.0));
            next.clear();
            next.extend(tables.next.columns().map(|c| (c.name(), c.id)));
            next.sort_by(|a: &(&str, ColumnId), b| a.0.cmp(b.0));
            let start = db.columns.len();
            merge_by_name(&previous, &next, &mut db.columns);
            db.column_runs.insert(table_ids, start..db.columns.len());
        }
        for i in 0..db.columns.len() {
            if let Some(ids) = db.columns[i].1.transpose() {
                db.column_changes[ids.previous.index()] = Some((ids.next, all_changes(schemas.walk(ids), dialect)));
            }
        }

        db.set_tables_to_redefine();
        db
    }

    fn set_tables_to_redefine(&mut self) {
        let redefine: BTreeSet<Pair<TableId>> = self
            .table_pairs()
            .filter(|t| {
                let summary = sql_schema::TableChangeSummary {
                    primary_key_changed: t.created_primary_key() || t.dropped_primary_key() || t.primary_key_changed(),
                    dropped_columns: t.dropped_columns().next().is_some(),
                    added_required_columns: t.added_columns().any(|c| c.arity().is_required()),
                    altered_columns: t.any_column_changed(),
                    foreign_keys_changed: t.created_foreign_keys().next().is_some()
                        || t.dropped_foreign_keys().next().is_some(),
                };
                self.dialect.requires_table_redefinition_for(&summary)
            })
            .map(|t| t.ids)
            .collect();
        self.tables_to_redefine = redefine;
    }

    /// Namespaces only in the next schema.
    pub(crate) fn created_namespaces(&self) -> impl Iterator<Item = NamespaceId> + '_ {
        self.namespaces.iter().filter(|(_, ids)| ids.previous.is_none()).filter_map(|(_, ids)| ids.next)
    }

    /// Tables only in the next schema, in next order.
    pub(crate) fn created_tables(&self) -> impl Iterator<Item = TableWalker<'a>> + '_ {
        self.tables
            .iter()
            .filter(|(_, ids)| ids.previous.is_none())
            .filter_map(|(_, ids)| ids.next)
            .map(|id| self.schemas.next.walk(id))
    }

    /// Tables only in the previous schema, in previous order.
    pub(crate) fn dropped_tables(&self) -> impl Iterator<Item = TableWalker<'a>> + '_ {
        self.tables
            .iter()
            .filter(|(_, ids)| ids.next.is_none())
            .filter_map(|(_, ids)| ids.previous)
            .map(|id| self.schemas.previous.walk(id))
    }

    /// Tables present in both schemas, in previous order.
    pub(crate) fn table_pairs<'db>(&'db self) -> impl Iterator<Item = TableDiffer<'a, 'db>> + 'db {
        self.tables.iter().filter_map(|(_, ids)| ids.transpose()).map(move |ids| TableDiffer { ids, db: self })
    }

    /// Same as [`Self::table_pairs`], without the tables to redefine.
    pub(crate) fn non_redefined_table_pairs<'db>(&'db self) -> impl Iterator<Item = TableDiffer<'a, 'db>> + 'db {
        self.table_pairs().filter(move |t| !self.tables_to_redefine.contains(&t.ids))
    }

    /// Column pairs of a table pair, in column name order.
    pub(crate) fn column_pairs(&self, table: Pair<TableId>) -> impl Iterator<Item = Pair<ColumnId>> + '_ {
        self.range_columns(table).filter_map(|(_, ids)| ids.transpose())
    }

    /// Next columns of a table pair with no previous counterpart, in name order.
    pub(crate) fn created_columns(&self, table: Pair<TableId>) -> impl Iterator<Item = ColumnId> + '_ {
        self.range_columns(table).filter(|(_, ids)| ids.previous.is_none()).filter_map(|(_, ids)| ids.next)
    }

    /// Previous columns of a table pair with no next counterpart, in name order.
    pub(crate) fn dropped_columns(&self, table: Pair<TableId>) -> impl Iterator<Item = ColumnId> + '_ {
        self.range_columns(table).filter(|(_, ids)| ids.next.is_none()).filter_map(|(_, ids)| ids.previous)
    }

    fn range_columns(&self, table: Pair<TableId>) -> impl Iterator<Item = &(&'a str, Pair<Option<ColumnId>>)> + '_ {
        let run = self.column_runs.get(&table).cloned().unwrap_or_default();
        self.columns[run].iter()
    }

    /// The changes of a column pair.
    pub(crate) fn column_changes(&self, ids: Pair<ColumnId>) -> ColumnChanges {
        match self.column_changes.get(ids.previous.index()) {
            Some(Some((next, changes))) if *next == ids.next => *changes,
            _ => unreachable!("column_changes is asked about matched column pairs only"),
        }
    }

    /// Enums present on both sides (matched by namespace and name), in previous order.
    pub(crate) fn enum_pairs(&self) -> impl Iterator<Item = Pair<EnumWalker<'a>>> + '_ {
        let next = self.schemas.next;
        self.schemas.previous.enum_walkers().filter_map(move |previous| {
            next.enum_walkers().find(|n| enums_match(previous, *n)).map(|n| Pair::new(previous, n))
        })
    }

    /// Enums only in the next schema.
    pub(crate) fn created_enums(&self) -> impl Iterator<Item = EnumWalker<'a>> + '_ {
        let previous = self.schemas.previous;
        self.schemas.next.enum_walkers().filter(move |n| !previous.enum_walkers().any(|p| enums_match(p, *n)))
    }

    /// Enums only in the previous schema.
    pub(crate) fn dropped_enums(&self) -> impl Iterator<Item = EnumWalker<'a>> + '_ {
        let next = self.schemas.next;
        self.schemas.previous.enum_walkers().filter(move |p| !next.enum_walkers().any(|n| enums_match(*p, n)))
    }
}

fn enums_match(a: EnumWalker<'_>, b: EnumWalker<'_>) -> bool {
    a.name() == b.name() && a.namespace_name() == b.namespace_name()
}

/// A table present in both schemas.
#[derive(Clone, Copy)]
pub(crate) struct TableDiffer<'a, 'db> {
    pub(crate) ids: Pair<TableId>,
    pub(crate) db: &'db DifferDatabase<'a>,
}

impl<'a> TableDiffer<'a, '_> {
    pub(crate) fn tables(&self) -> Pair<TableWalker<'a>> {
        self.db.schemas.walk(self.ids)
    }

    pub(crate) fn previous(&self) -> TableWalker<'a> {
        self.tables().previous
    }

    pub(crate) fn next(&self) -> TableWalker<'a> {
        self.tables().next
    }

    pub(crate) fn column_pairs(&self) -> impl Iterator<Item = Pair<ColumnWalker<'a>>> + '_ {
        let schemas = self.db.schemas;
        self.db.column_pairs(self.ids).map(move |ids| schemas.walk(ids))
    }

    pub(crate) fn any_column_changed(&self) -> bool {
        self.db.column_pairs(self.ids).any(|ids| self.db.column_changes(ids).differs_in_something())
    }

    pub(crate) fn added_columns(&self) -> impl Iterator<Item = ColumnWalker<'a>> + '_ {
        let next = self.db.schemas.next;
        self.db.created_columns(self.ids).map(move |id| next.walk(id))
    }

    pub(crate) fn dropped_columns(&self) -> impl Iterator<Item = ColumnWalker<'a>> + '_ {
        let previous = self.db.schemas.previous;
        self.db.dropped_columns(self.ids).map(move |id| previous.walk(id))
    }

    pub(crate) fn created_foreign_keys(&self) -> impl Iterator<Item = ForeignKeyWalker<'a>> + '_ {
        self.next().foreign_keys().filter(move |next| {
            !self.previous().foreign_keys().any(|previous| foreign_keys_match(Pair::new(previous, *next), self.db))
        })
    }

    pub(crate) fn dropped_foreign_keys(&self) -> impl Iterator<Item = ForeignKeyWalker<'a>> + '_ {
        self.previous().foreign_keys().filter(move |previous| {
            !self.next().foreign_keys().any(|next| foreign_keys_match(Pair::new(*previous, next), self.db))
        })
    }

    /// Matching foreign keys, each next key used once.
    pub(crate) fn foreign_key_pairs(&self) -> Vec<Pair<ForeignKeyWalker<'a>>> {
        let mut seen = BTreeSet::new();
        let mut pairs = Vec::new();
        for previous in self.previous().foreign_keys() {
            if let Some(next) = self
                .next()
                .foreign_keys()
                .filter(|n| !seen.contains(&n.id))
                .find(|n| foreign_keys_match(Pair::new(previous, *n), self.db))
            {
                seen.insert(next.id);
                pairs.push(Pair::new(previous, next));
            }
        }
        pairs
    }

    pub(crate) fn created_indexes(&self) -> impl Iterator<Item = IndexWalker<'a>> + '_ {
        self.next()
            .indexes()
            .filter(move |next| !self.previous().indexes().any(|previous| indexes_match(previous, *next)))
    }

    pub(crate) fn dropped_indexes(&self) -> impl Iterator<Item = IndexWalker<'a>> + '_ {
        self.previous()
            .indexes()
            .filter(move |previous| !self.next().indexes().any(|next| indexes_match(*previous, next)))
    }

    /// Indexes that match (same definition) on both sides. Previous indexes with an identical
    /// twin (same columns and kind) are left out: renaming them would be ambiguous.
    pub(crate) fn index_pairs(&self) -> impl Iterator<Item = Pair<IndexWalker<'a>>> + '_ {
        let previous = self.previous();
        let next = self.next();
        previous
            .indexes()
            .filter(move |left| {
                previous
                    .indexes()
                    .filter(|right| left.column_names().eq(right.column_names()) && left.kind() == right.kind())
                    .count()
                    == 1
            })
            .filter_map(move |p| next.indexes().find(|n| indexes_match(p, *n)).map(|n| Pair::new(p, n)))
    }

    /// Same columns (with sort orders and lengths), same key, but the columns' types changed.
    pub(crate) fn primary_key_changed(&self) -> bool {
        let tables = self.tables();
        let (Some(previous), Some(next)) = (tables.previous.primary_key(), tables.next.primary_key()) else {
            return false;
        };
        if previous.columns.len() != next.columns.len() {
            return true;
        }
        let columns_differ =
            tables.previous.primary_key_columns().zip(tables.next.primary_key_columns()).any(|(a, b)| {
                a.name() != b.name()
                    || a.sort_order().unwrap_or_default() != b.sort_order().unwrap_or_default()
                    || a.length() != b.length()
            });
        if columns_differ {
            return true;
        }
        self.column_pairs()
            .filter(|cols| tables.previous.primary_key_columns().any(|pk| pk.name() == cols.previous.name()))
            .any(|cols| self.db.column_changes(cols.map(|c| c.id)).type_changed)
    }

    pub(crate) fn created_primary_key(&self) -> bool {
        let t = self.tables();
        t.previous.primary_key().is_none() && t.next.primary_key().is_some()
    }

    pub(crate) fn dropped_primary_key(&self) -> bool {
        let t = self.tables();
        t.previous.primary_key().is_some() && t.next.primary_key().is_none()
    }
}

/// Whether two indexes have the same definition (they may differ by name).
pub(crate) fn indexes_match(a: IndexWalker<'_>, b: IndexWalker<'_>) -> bool {
    a.columns().len() == b.columns().len()
        && a.columns().zip(b.columns()).all(|(x, y)| {
            x.name() == y.name()
                && x.length() == y.length()
                && x.sort_order().unwrap_or_default() == y.sort_order().unwrap_or_default()
                && operator_classes_match(a.get().algorithm.unwrap_or_default(), x, y)
        })
        && a.kind() == b.kind()
        && a.get().algorithm.unwrap_or_default() == b.get().algorithm.unwrap_or_default()
}

/// Whether two index columns use the same operator class. A schema may name the column type's
/// default class (`ops: JsonbOps` on a GIN index of a `jsonb` column), which a live database
/// does not report as such: the default class and no class are the same.
fn operator_classes_match(algorithm: IndexAlgorithm, x: IndexColumnWalker<'_>, y: IndexColumnWalker<'_>) -> bool {
    match (x.operator_class(), y.operator_class()) {
        (a, b) if a == b => true,
        (Some(class), None) => is_default_operator_class(algorithm, x.as_column(), class),
        (None, Some(class)) => is_default_operator_class(algorithm, y.as_column(), class),
        _ => false,
    }
}

/// Whether `class` is PostgreSQL's default operator class of `algorithm` for the column's type
/// (`pg_opclass.opcdefault`), for the classes Prisma's `ops:` can name.
fn is_default_operator_class(algorithm: IndexAlgorithm, column: ColumnWalker<'_>, class: &str) -> bool {
    if column.arity().is_list() {
        return algorithm == IndexAlgorithm::Gin && class == "array_ops";
    }
    let native = NativeType::parse(column.native_type());
    let base = match native.name {
        "SMALLINT" => "int2",
        "INTEGER" => "int4",
        "BIGINT" => "int8",
        "REAL" => "float4",
        "DOUBLE PRECISION" => "float8",
        "DECIMAL" => "numeric",
        "TEXT" | "VARCHAR" => "text",
        "CHAR" => "bpchar",
        "TIMESTAMP" => "timestamp",
        "TIMESTAMPTZ" => "timestamptz",
        "DATE" => "date",
        "TIME" => "time",
        "TIMETZ" => "timetz",
        "UUID" => "uuid",
        "BYTEA" => "bytea",
        "INET" => "inet",
        "BIT" => "bit",
        "VARBIT" => "varbit",
        "OID" => "oid",
        "JSONB" => "jsonb",
        _ => return false,
    };
    match algorithm {
        IndexAlgorithm::Gin => base == "jsonb" && class == "jsonb_ops",
        IndexAlgorithm::SpGist => matches!((base, class), ("inet", "inet_ops") | ("text", "text_ops")),
        IndexAlgorithm::Brin if base == "inet" => class == "inet_inclusion_ops",
        IndexAlgorithm::Brin => class.strip_suffix("_minmax_ops") == Some(base),
        IndexAlgorithm::BTree | IndexAlgorithm::Hash => class.strip_suffix("_ops") == Some(base),
        IndexAlgorithm::Gist => false,
    }
}

/// Whether two foreign keys are the same constraint for diffing purposes (names aside).
pub(crate) fn foreign_keys_match(fks: Pair<ForeignKeyWalker<'_>>, db: &DifferDatabase<'_>) -> bool {
    let references_same_table = fks.previous.referenced_table().name() == fks.next.referenced_table().name();
    let same_counts = fks.previous.referenced_columns().len() == fks.next.referenced_columns().len()
        && fks.previous.constrained_columns().len() == fks.next.constrained_columns().len();
    let constrains_same_columns =
        fks.previous.constrained_columns().zip(fks.next.constrained_columns()).all(|(p, n)| {
            let type_changed = db.column_pair_by_name(p, n).is_some_and(|ids| db.column_changes(ids).type_changed);
            let arities_ok = db.dialect.can_make_foreign_key_column_required()
                || p.arity() == n.arity()
                || (p.arity().is_required() && n.arity().is_nullable());
            p.name() == n.name() && !type_changed && arities_ok
        });
    let references_same_columns =
        fks.previous.referenced_columns().zip(fks.next.referenced_columns()).all(|(p, n)| p.name() == n.name());
    references_same_table
        && same_counts
        && constrains_same_columns
        && references_same_columns
        && fks.previous.on_delete() == fks.next.on_delete()
        && fks.previous.on_update() == fks.next.on_update()
}

impl DifferDatabase<'_> {
    /// The ids of a matched column pair, if the two columns are matched.
    fn column_pair_by_name(&self, p: ColumnWalker<'_>, n: ColumnWalker<'_>) -> Option<Pair<ColumnId>> {
        let matched = matches!(self.column_changes.get(p.id.index()), Some(Some((next, _))) if *next == n.id);
        matched.then_some(Pair::new(p.id, n.id))
    }
}

/// Appends the columns of two name-sorted lists, matched by name, in name order.
fn merge_by_name<'a>(
    previous: &[(&'a str, ColumnId)],
    next: &[(&'a str, ColumnId)],
    out: &mut Vec<(&'a str, Pair<Option<ColumnId>>)>,
) {
    let (mut i, mut j) = (0, 0);
    while i < previous.len() || j < next.len() {
        let order = match (previous.get(i), next.get(j)) {
            (Some(p), Some(n)) => p.0.cmp(n.0),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Less => {
                out.push((previous[i].0, Pair::new(Some(previous[i].1), None)));
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push((next[j].0, Pair::new(None, Some(next[j].1))));
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push((previous[i].0, Pair::new(Some(previous[i].1), Some(next[j].1))));
                i += 1;
                j += 1;
            }
        }
    }
}
