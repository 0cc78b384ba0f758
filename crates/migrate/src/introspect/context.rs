//! The introspection context: the database schema paired with the previous schema (if any),
//! and every name decided before rendering starts.
//!
//! Pairing follows Prisma: a model matches the table its database name (`@@map` or name) and
//! `@@schema` designate; a scalar field the column its `@map` (or name) designates; an enum the
//! type of the same database name (on MySQL: the enum of the column a previous field of enum
//! type maps to, when the values agree); an inline relation the foreign key whose columns are
//! its `fields`; an implicit many-to-many relation the join table `_{relation name}`.

use super::names::{field_name_from_sql, sanitize, Name, TopName};
use super::relations;
use super::{DatabaseNote, DatabaseNoteKind, IntrospectionInput};
use psl::config::{Provider, RelationMode};
use psl::datamodel::{Datamodel, ModelId, RelationId, RelationKind};
use sql_schema::{
    ColumnId, ColumnTypeFamily, Dialect, EnumId, ForeignKeyId, ForeignKeyWalker, IndexKind, SqlSchema, TableId,
    TableWalker,
};
use std::collections::{HashMap, HashSet};

/// Which side of a relation a relation field is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    /// The side holding the foreign key (inline), or model A (many-to-many).
    Forward,
    /// The other side.
    Back,
}

/// Everything the renderer needs, computed once.
pub(crate) struct Context<'a> {
    pub schema: &'a SqlSchema,
    pub dialect: Dialect,
    pub provider: Provider,
    pub previous: Option<&'a psl::ValidatedSchema>,
    pub notes: &'a [DatabaseNote],
    /// The PostgreSQL schema of unqualified objects.
    pub default_namespace: &'a str,
    /// `@@schema` is rendered (several namespaces in the IR, or `schemas` in the datasource).
    pub uses_namespaces: bool,
    /// Relations come from foreign keys (`relationMode = "foreignKeys"`).
    pub foreign_keys_enabled: bool,
    /// The datasource name (prefix of native type attributes).
    pub datasource_name: String,
    /// Tables in Prisma's order (by namespace, then name, bytewise).
    pub table_order: Vec<TableId>,
    /// Position of each table in `table_order`, by table id.
    pub rank: Vec<usize>,
    /// Tables that are Prisma's implicit many-to-many join tables.
    pub join_tables: Vec<bool>,
    /// Tables that are never models (migration history tables and the like).
    pub hidden_tables: Vec<bool>,
    pub existing_models: HashMap<TableId, ModelId>,
    pub missing_models: HashSet<ModelId>,
    pub existing_fields: HashMap<ColumnId, (ModelId, usize)>,
    pub existing_enums: HashMap<EnumId, usize>,
    pub existing_inline: HashMap<ForeignKeyId, RelationId>,
    pub existing_m2m: HashMap<TableId, RelationId>,
    /// How many top-level items (tables that are not join tables, and enums) have each name.
    pub top_level_names: HashMap<String, usize>,
    /// The final name of each table's model.
    pub model_names: Vec<TopName>,
    /// Model names as Prisma's relation naming sees them: from the database alone (never the
    /// previous schema's, no namespace prefixes for duplicates).
    pub naive_model_names: Vec<String>,
    /// Field names as Prisma's relation naming sees them: from the database alone.
    pub naive_column_names: Vec<String>,
    /// The final name of each enum.
    pub enum_names: Vec<TopName>,
    /// Each column's field name.
    pub column_names: Vec<Name>,
    /// `[relation name, forward field, back field]` per inline foreign key.
    pub inline_names: HashMap<ForeignKeyId, [String; 3]>,
    /// `[relation name, forward field, back field]` per join table.
    pub m2m_names: HashMap<TableId, [String; 3]>,
    /// Relation fields from foreign keys: (model table, foreign key, direction), in order.
    pub inline_positions: Vec<(TableId, ForeignKeyId, Direction)>,
    /// Relation fields from join tables: (model table, foreign key of the join table, direction).
    pub m2m_positions: Vec<(TableId, ForeignKeyId, Direction)>,
}

impl<'a> Context<'a> {
    pub fn new(input: &IntrospectionInput<'a>) -> Context<'a> {
        let schema = input.schema;
        let dialect = input.dialect;
        let previous = input.previous;
        let provider = provider_of(dialect);
        let datasource = previous.and_then(|p| p.configuration.datasource());
        let relation_mode = datasource.map(|d| d.relation_mode()).unwrap_or(RelationMode::ForeignKeys);
        let uses_namespaces =
            schema.tables.iter().any(|t| t.namespace.is_some()) || datasource.is_some_and(|d| !d.schemas.is_empty());

        let default_namespace = input.default_namespace.unwrap_or("public");
        let mut table_order: Vec<TableId> = schema.table_walkers().map(|t| t.id).collect();
        table_order.sort_by(|a, b| {
            let (a, b) = (schema.walk(*a), schema.walk(*b));
            let (na, nb) =
                (a.namespace_name().unwrap_or(default_namespace), b.namespace_name().unwrap_or(default_namespace));
            (na, a.name()).cmp(&(nb, b.name()))
        });
        let mut rank = vec![0; schema.tables.len()];
        for (i, t) in table_order.iter().enumerate() {
            rank[t.index()] = i;
        }

        let mut ctx = Context {
            schema,
            dialect,
            provider,
            previous,
            notes: input.notes,
            default_namespace: input.default_namespace.unwrap_or("public"),
            uses_namespaces,
            foreign_keys_enabled: relation_mode == RelationMode::ForeignKeys,
            datasource_name: datasource.map(|d| d.name.clone()).unwrap_or_else(|| "db".to_owned()),
            table_order,
            rank,
            join_tables: Vec::new(),
            hidden_tables: Vec::new(),
            existing_models: HashMap::new(),
            missing_models: HashSet::new(),
            existing_fields: HashMap::new(),
            existing_enums: HashMap::new(),
            existing_inline: HashMap::new(),
            existing_m2m: HashMap::new(),
            top_level_names: HashMap::new(),
            model_names: Vec::new(),
            naive_model_names: Vec::new(),
            naive_column_names: Vec::new(),
            enum_names: Vec::new(),
            column_names: Vec::new(),
            inline_names: HashMap::new(),
            m2m_names: HashMap::new(),
            inline_positions: Vec::new(),
            m2m_positions: Vec::new(),
        };
        ctx.hidden_tables = schema.table_walkers().map(|t| ctx.is_hidden_table(t)).collect();
        ctx.join_tables =
            schema.table_walkers().map(|t| !ctx.hidden_tables[t.id.index()] && ctx.is_join_table(t)).collect();
        ctx.match_previous();
        ctx.compute_names();
        relations::compute(&mut ctx);
        ctx
    }

    /// The previous datamodel, if any.
    pub fn datamodel(&self) -> Option<&'a Datamodel> {
        self.previous.map(|p| &p.datamodel)
    }

    /// Tables rendered as models, in Prisma's order.
    pub fn model_tables(&self) -> impl Iterator<Item = TableId> + '_ {
        self.table_order.iter().copied().filter(|t| !self.join_tables[t.index()] && !self.hidden_tables[t.index()])
    }

    /// A table's foreign keys in the order Prisma's describer lists them: by constraint name,
    /// except on SQLite, where `PRAGMA foreign_key_list` lists them last-declared first.
    pub fn foreign_keys(&self, table: TableId) -> Vec<ForeignKeyWalker<'a>> {
        let mut fks: Vec<_> = self.schema.walk(table).foreign_keys().collect();
        if self.dialect == Dialect::Sqlite {
            fks.reverse();
        }
        fks
    }

    /// The namespace of a table or enum as Prisma's describer sees it: PostgreSQL always has one.
    pub fn namespace_of(&self, ns: Option<&'a str>) -> Option<&'a str> {
        match (ns, self.dialect) {
            (Some(ns), _) => Some(ns),
            (None, Dialect::Postgres) => Some(self.default_namespace),
            (None, _) => None,
        }
    }

    /// The column type family as Prisma reads it. SQLite's is recomputed from the declared type
    /// with Prisma's (narrower) list; other dialects use the IR's.
    pub fn family(&self, column: ColumnId) -> ColumnTypeFamily {
        let col = self.schema.walk(column);
        match self.dialect {
            Dialect::Sqlite => super::types::sqlite_family(col.native_type(), col.family()),
            Dialect::Postgres => super::types::postgres_family(col.family(), col.arity()),
            Dialect::Mysql => col.family().clone(),
        }
    }

    /// The native type text as Prisma reads it (PostgreSQL's `"char"` is its `CHAR`).
    pub fn native_type(&self, column: ColumnId) -> &'a str {
        let col = self.schema.walk(column);
        match (self.dialect, col.family()) {
            (Dialect::Postgres, ColumnTypeFamily::Unsupported(t)) if t == "\"char\"" => "CHAR",
            _ => col.native_type(),
        }
    }

    /// Whether the column is Unsupported for Prisma.
    pub fn is_unsupported(&self, column: ColumnId) -> bool {
        matches!(self.family(column), ColumnTypeFamily::Unsupported(_))
    }

    /// A table has a primary key or a unique index whose columns are all supported and required.
    pub fn has_usable_identifier(&self, table: TableId) -> bool {
        let t = self.schema.walk(table);
        let usable = |cols: &[sql_schema::IndexColumn]| {
            cols.iter().all(|c| !self.is_unsupported(c.column) && self.schema.walk(c.column).arity().is_required())
        };
        t.primary_key().is_some_and(|pk| usable(&pk.columns))
            || t.indexes().filter(|i| i.kind() == IndexKind::Unique).any(|i| usable(&i.get().columns))
    }

    /// The previous model of a table's model.
    pub fn previous_model(&self, table: TableId) -> Option<&'a psl::datamodel::Model> {
        let id = self.existing_models.get(&table)?;
        self.datamodel().map(|dm| dm.model(*id))
    }

    /// Whether the table's model is ignored: `@@ignore` in the previous schema, or no usable
    /// identifier (with at least one column).
    pub fn model_is_ignored(&self, table: TableId) -> bool {
        let explicit = self.previous_model(table).is_some_and(|m| m.is_ignored);
        let implicit = !self.has_usable_identifier(table) && self.schema.walk(table).columns().len() > 0;
        explicit || implicit
    }

    /// Whether a name (sanitized) is used by one top-level item at most.
    pub fn name_is_unique(&self, name: &str) -> bool {
        self.top_level_names.get(&sanitize(name)).is_none_or(|n| *n <= 1)
    }

    /// Notes of one kind about a table.
    pub fn notes_for(&self, table: TableId, kind: DatabaseNoteKind) -> impl Iterator<Item = &'a DatabaseNote> + '_ {
        let t = self.schema.walk(table);
        self.notes
            .iter()
            .filter(move |n| n.kind == kind && n.table == t.name() && n.namespace.as_deref() == t.namespace_name())
    }

    fn is_hidden_table(&self, table: TableWalker<'_>) -> bool {
        let has = |cols: &[&str]| cols.iter().all(|c| table.column(c).is_some());
        let name = table.name();
        (name == "_prisma_migrations"
            && has(&[
                "id",
                "checksum",
                "finished_at",
                "migration_name",
                "logs",
                "rolled_back_at",
                "started_at",
                "applied_steps_count",
            ]))
            || (name == "_Migration"
                && has(&[
                    "revision",
                    "name",
                    "datamodel",
                    "status",
                    "applied",
                    "rolled_back",
                    "datamodel_steps",
                    "database_migration",
                    "errors",
                    "started_at",
                    "finished_at",
                ]))
            || (name == "_RelayId"
                && table.column("id").is_some()
                && table.columns().any(|c| c.name().eq_ignore_ascii_case("stablemodelidentifier")))
            || (self.dialect == Dialect::Sqlite && is_sqlite_internal_table(name))
    }

    /// Prisma's implicit many-to-many join tables: `_Name` with columns `A` and `B`, a unique
    /// index (or, on PostgreSQL, the primary key) on `(A, B)`, an index on `B`, and two foreign
    /// keys, `A` to the table whose name sorts first.
    fn is_join_table(&self, table: TableWalker<'_>) -> bool {
        let is = |name: &str, letter: &str| name.eq_ignore_ascii_case(letter);
        let ab = |cols: &[ColumnId]| {
            cols.len() == 2 && is(self.schema.walk(cols[0]).name(), "a") && is(self.schema.walk(cols[1]).name(), "b")
        };
        if !table.name().starts_with('_') {
            return false;
        }
        let unique_ab = table.indexes().any(|i| {
            i.kind() == IndexKind::Unique && ab(&i.get().columns.iter().map(|c| c.column).collect::<Vec<_>>())
        });
        let pk_ab = self.dialect == Dialect::Postgres
            && table.primary_key().is_some_and(|pk| ab(&pk.columns.iter().map(|c| c.column).collect::<Vec<_>>()));
        let index_b = table.indexes().any(|i| {
            i.kind() == IndexKind::Normal && i.columns().len() == 1 && is(i.columns().next().unwrap().name(), "b")
        });
        let fks = self.foreign_keys(table.id);
        if !(unique_ab || pk_ab) || !index_b || fks.len() != 2 {
            return false;
        }
        let first_col = |fk: &ForeignKeyWalker<'_>| fk.constrained_columns().next().map(|c| c.name().to_owned());
        let (Some(c1), Some(c2)) = (first_col(&fks[0]), first_col(&fks[1])) else { return false };
        let (r1, r2) = (fks[0].referenced_table().name(), fks[1].referenced_table().name());
        (r1 <= r2 && is(&c1, "a") && is(&c2, "b")) || (r2 <= r1 && is(&c1, "b") && is(&c2, "a"))
    }

    fn match_previous(&mut self) {
        let Some(dm) = self.datamodel() else { return };
        let schema = self.schema;
        for (i, model) in dm.models.iter().enumerate() {
            if model.is_view {
                continue;
            }
            let id = ModelId(i as u32);
            let found = self.model_tables_unfiltered().find(|t| {
                let t = schema.walk(*t);
                t.name() == model.database_name()
                    && model.schema.as_deref().is_none_or(|s| self.namespace_of(t.namespace_name()) == Some(s))
            });
            match found {
                Some(t) => {
                    self.existing_models.insert(t, id);
                }
                None => {
                    self.missing_models.insert(id);
                }
            }
        }
        for (table, model_id) in self.existing_models.clone() {
            let model = dm.model(model_id);
            for col in schema.walk(table).columns() {
                if let Some((i, _, _)) = model.scalar_fields().find(|(_, f, _)| f.database_name() == col.name()) {
                    self.existing_fields.insert(col.id, (model_id, i));
                }
            }
        }
        self.match_enums(dm);
        for fk in schema.foreign_keys.iter().enumerate().map(|(i, _)| schema.walk(ForeignKeyId(i as u32))) {
            let Some(&model_id) = self.existing_models.get(&fk.table().id) else { continue };
            let model = dm.model(model_id);
            let cols: Vec<&str> = fk.constrained_columns().map(|c| c.name()).collect();
            let found = dm.relations.iter().enumerate().find(|(_, r)| {
                matches!(r.kind, RelationKind::OneToOne | RelationKind::OneToMany)
                    && r.model_a == model_id
                    && r.field_a.and_then(|f| model.fields[f].as_relation()).is_some_and(|rf| {
                        !rf.fields.is_empty()
                            && rf.fields.len() == cols.len()
                            && rf.fields.iter().zip(&cols).all(|(f, c)| model.fields[*f].database_name() == *c)
                    })
            });
            if let Some((i, _)) = found {
                self.existing_inline.insert(fk.id, RelationId(i as u32));
            }
        }
        for t in schema.table_walkers().filter(|t| self.join_tables[t.id.index()]) {
            let name = &t.name()[1..];
            let found = dm
                .relations
                .iter()
                .enumerate()
                .find(|(_, r)| r.kind == RelationKind::ImplicitManyToMany && r.name == name);
            if let Some((i, _)) = found {
                self.existing_m2m.insert(t.id, RelationId(i as u32));
            }
        }
    }

    fn model_tables_unfiltered(&self) -> impl Iterator<Item = TableId> + '_ {
        self.table_order.iter().copied().filter(|t| !self.hidden_tables[t.index()])
    }

    fn match_enums(&mut self, dm: &Datamodel) {
        let schema = self.schema;
        if self.dialect.has_inline_enums() {
            for col in schema.column_walkers() {
                let Some(sql_enum) = col.enum_type() else { continue };
                let Some(model) = self.previous_model(col.table().id) else { continue };
                let field = model.scalar_fields().find(|(_, f, _)| f.database_name() == col.name());
                let Some((_, _, sf)) = field else { continue };
                let psl::datamodel::ScalarFieldType::Enum(enum_id) = sf.ty else { continue };
                let prev = dm.enum_(enum_id);
                let same = prev.values.len() == sql_enum.values().len()
                    && prev.values.iter().zip(sql_enum.values()).all(|(a, b)| a.database_name() == b);
                if same {
                    self.existing_enums.insert(sql_enum.id, enum_id.0 as usize);
                }
            }
        } else {
            for (i, e) in dm.enums.iter().enumerate() {
                let found = schema.enum_walkers().find(|s| {
                    s.name() == e.database_name()
                        && e.schema.as_deref().is_none_or(|ns| self.namespace_of(s.namespace_name()) == Some(ns))
                });
                if let Some(s) = found {
                    self.existing_enums.insert(s.id, i);
                }
            }
        }
    }

    fn compute_names(&mut self) {
        let schema = self.schema;
        let dm = self.datamodel();
        // Top-level names, for duplicates across namespaces.
        for t in self.model_tables_unfiltered().filter(|t| !self.join_tables[t.index()]).collect::<Vec<_>>() {
            let name = match (self.existing_models.get(&t), dm) {
                (Some(id), Some(dm)) => dm.model(*id).name.as_str().to_owned(),
                _ => sanitize(schema.walk(t).name()),
            };
            *self.top_level_names.entry(name).or_default() += 1;
        }
        for e in schema.enum_walkers() {
            let name = match (self.existing_enums.get(&e.id), dm) {
                (Some(i), Some(dm)) => dm.enums[*i].name.as_str().to_owned(),
                _ => sanitize(e.name()),
            };
            *self.top_level_names.entry(name).or_default() += 1;
        }

        for t in schema.table_walkers() {
            let ns = self.namespace_of(t.namespace_name());
            let name = match (self.existing_models.get(&t.id), dm) {
                (Some(id), Some(dm)) => {
                    let m = dm.model(*id);
                    TopName::FromPsl(Name { name: m.name.as_str().to_owned(), mapped: m.mapped_name.clone() })
                }
                _ => TopName::from_sql(t.name(), ns, !self.name_is_unique(t.name())),
            };
            self.model_names.push(name);
            self.naive_model_names.push(TopName::from_sql(t.name(), ns, false).prisma_name());
        }
        for e in schema.enum_walkers() {
            let name = match (self.existing_enums.get(&e.id), dm) {
                (Some(i), Some(dm)) => {
                    let prev = &dm.enums[*i];
                    TopName::FromPsl(Name { name: prev.name.as_str().to_owned(), mapped: prev.mapped_name.clone() })
                }
                _ => {
                    let duplicate = !self.name_is_unique(e.name());
                    TopName::from_sql(e.name(), self.namespace_of(e.namespace_name()), duplicate)
                }
            };
            self.enum_names.push(name);
        }
        for col in schema.column_walkers() {
            let name = match (self.existing_fields.get(&col.id), dm) {
                (Some((m, f)), Some(dm)) => {
                    let field = &dm.model(*m).fields[*f];
                    Name { name: field.name.as_str().to_owned(), mapped: field.mapped_name.clone() }
                }
                _ => field_name_from_sql(col.name()),
            };
            self.column_names.push(name);
            self.naive_column_names.push(field_name_from_sql(col.name()).name);
        }
    }

    /// The model name of a table.
    pub fn model_name(&self, table: TableId) -> String {
        self.model_names[table.index()].prisma_name()
    }

    /// The field name of a column (may be empty when the database name has no valid character).
    pub fn column_name(&self, column: ColumnId) -> &str {
        &self.column_names[column.index()].name
    }

    /// The previous field of a column.
    pub fn previous_field(&self, column: ColumnId) -> Option<&'a psl::datamodel::Field> {
        let (m, f) = self.existing_fields.get(&column)?;
        self.datamodel().map(|dm| &dm.model(*m).fields[*f])
    }

    /// Whether the previous relation of a foreign key has both fields.
    pub fn complete_inline_relation(&self, fk: ForeignKeyId) -> Option<&'a psl::datamodel::Relation> {
        let id = self.existing_inline.get(&fk)?;
        let rel = self.datamodel()?.relation(*id);
        (rel.field_a.is_some() && rel.field_b.is_some()).then_some(rel)
    }
}

/// The schema language provider of a dialect.
pub(crate) fn provider_of(dialect: Dialect) -> Provider {
    match dialect {
        Dialect::Sqlite => Provider::Sqlite,
        Dialect::Postgres => Provider::Postgres,
        Dialect::Mysql => Provider::Mysql,
    }
}

/// SQLite's own tables and Cloudflare D1's, which Prisma never describes.
fn is_sqlite_internal_table(name: &str) -> bool {
    const IGNORED: &[&str] =
        &["sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4", "d1_migrations"];
    if IGNORED.contains(&name) {
        return true;
    }
    name.strip_prefix("_cf_").is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
}
