//! What seeding needs to know about each model: its columns with their kinds and defaults, its
//! keys, the foreign keys it holds, and the order tables are written in.
//!
//! The order is topological over relations (a table after the tables it points at). A cycle is
//! broken by *deferring* a nullable foreign key: it is written NULL with the row and filled in a
//! second pass once every table is written. Nullable self-relations are always deferred, so rows
//! may point at rows later in the same file.

use super::value::{ColumnKind, DateTimeKind, Value};
use psl::datamodel::{
    Datamodel, DefaultKind, FieldArity, IndexKind, LiteralValue, Model, ModelId, ScalarFieldType, ScalarType,
};
use sql_schema::Dialect;

/// How a column gets a value when a seed row leaves it out.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultPlan {
    /// No default: NULL if optional, a problem if required.
    None,
    /// The database fills it (`autoincrement()`, `dbgenerated()`, `sequence()`): the column is
    /// left out of the INSERT.
    Database,
    /// A literal.
    Literal(Value),
    /// `now()`.
    Now,
    /// `uuid(version)`.
    Uuid(u8),
    /// `cuid(version)`.
    Cuid(u8),
    /// `nanoid(length)`.
    Nanoid(u8),
    /// `ulid()`.
    Ulid,
}

/// One column of a seeded table.
#[derive(Debug, Clone)]
pub struct ColumnPlan {
    /// The field's index in the model.
    pub field: usize,
    /// The field name (what seed files use).
    pub name: String,
    /// The column name in the database.
    pub db_name: String,
    /// What it holds.
    pub kind: ColumnKind,
    /// `String` rather than `String?`.
    pub required: bool,
    /// The default.
    pub default: DefaultPlan,
    /// `@updatedAt`.
    pub updated_at: bool,
    /// A scalar list (not seedable from files yet).
    pub list: bool,
    /// How the column's collation compares text (set from the database, see
    /// [`SeedPlan::set_collations`]).
    pub fold: Fold,
}

/// How a text column's collation compares values, so that Strata matches keys as the database
/// does (MySQL's `_ci` collations: `'Alice@x.com'` and `'alice@x.com'` are one key).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fold {
    /// Letters compare without case (`_ci` collations).
    pub case: bool,
    /// Trailing spaces are ignored (MySQL's `PAD SPACE` collations).
    pub trailing_spaces: bool,
}

impl Fold {
    /// The folding of a MySQL/MariaDB collation (`utf8mb4_unicode_ci`, `utf8mb4_0900_ai_ci`,
    /// `utf8mb4_bin`, …) with its `PAD_ATTRIBUTE` (`PAD SPACE` or `NO PAD`).
    pub fn of_mysql_collation(collation: &str, pad_space: bool) -> Fold {
        Fold { case: collation.ends_with("_ci"), trailing_spaces: pad_space }
    }
}

/// An implicit many-to-many relation seen from one of its models: a list of rows of `target`,
/// stored as pairs in the join table.
#[derive(Debug, Clone)]
pub struct LinkPlan {
    /// The list field's name (what seed files use).
    pub name: String,
    /// The join table (index into [`SeedPlan::joins`]).
    pub join: usize,
    /// The table on the other side.
    pub target: usize,
    /// This table's id goes to column `A` (else `B`).
    pub this_is_a: bool,
}

/// The join table of an implicit many-to-many relation: `_{relation name}` with columns `A`
/// (the id of the model whose name sorts first) and `B`.
#[derive(Debug, Clone)]
pub struct JoinPlan {
    /// The table name (`_PostToTag`).
    pub name: String,
    /// The table name, quoted (and schema-qualified as model A's table).
    pub quoted: String,
    /// The table whose id is `A`, and that id's column.
    pub a: (usize, usize),
    /// The table whose id is `B`, and that id's column.
    pub b: (usize, usize),
}

/// A relation whose foreign key this table holds.
#[derive(Debug, Clone)]
pub struct RelationPlan {
    /// The relation field's name (what seed files use for lookups).
    pub name: String,
    /// The table it points at (index into [`SeedPlan::tables`]).
    pub target: usize,
    /// The foreign key columns (indexes into this table's columns).
    pub columns: Vec<usize>,
    /// The referenced columns (indexes into the target's columns).
    pub references: Vec<usize>,
    /// Every foreign key column is optional.
    pub nullable: bool,
    /// Written in the second pass (breaks a cycle, or a nullable self-relation).
    pub deferred: bool,
}

/// One model's table.
#[derive(Debug, Clone)]
pub struct TablePlan {
    /// The model.
    pub model: ModelId,
    /// The model name.
    pub name: String,
    /// The table name, quoted (and schema-qualified with `@@schema`).
    pub quoted: String,
    /// Scalar columns, in field order.
    pub columns: Vec<ColumnPlan>,
    /// Relations holding a foreign key here.
    pub relations: Vec<RelationPlan>,
    /// Names of list relation fields (the other side holds the key).
    pub back_relations: Vec<String>,
    /// Implicit many-to-many list fields.
    pub links: Vec<LinkPlan>,
    /// The primary key's columns (empty if none).
    pub primary_key: Vec<usize>,
    /// Unique constraints' columns, in Prisma's order (field-level first).
    pub uniques: Vec<Vec<usize>>,
    /// Views and `@@ignore`d models are not seeded.
    pub seedable: bool,
}

impl TablePlan {
    /// The column of the field named `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// The row identity used for pruning and export: the primary key, else the first unique.
    pub fn identity(&self) -> &[usize] {
        if self.primary_key.is_empty() {
            self.uniques.first().map_or(&[], Vec::as_slice)
        } else {
            &self.primary_key
        }
    }

    /// Candidate keys: the primary key, then each unique.
    pub fn keys(&self) -> impl Iterator<Item = &[usize]> {
        std::iter::once(self.primary_key.as_slice())
            .filter(|k| !k.is_empty())
            .chain(self.uniques.iter().map(Vec::as_slice))
    }

    /// Whether `columns` (in any order) are exactly a candidate key.
    pub fn is_key(&self, columns: &[usize]) -> bool {
        let mut wanted = columns.to_vec();
        wanted.sort_unstable();
        self.keys().any(|k| {
            let mut k = k.to_vec();
            k.sort_unstable();
            k == wanted
        })
    }
}

/// Every table, and the order to write them in.
#[derive(Debug, Clone)]
pub struct SeedPlan {
    /// Tables by model index.
    pub tables: Vec<TablePlan>,
    /// Table indexes in write order.
    pub order: Vec<usize>,
    /// Join tables of implicit many-to-many relations.
    pub joins: Vec<JoinPlan>,
}

/// Why tables cannot be ordered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequiredCycle(pub Vec<String>);

impl SeedPlan {
    /// Plans every model of `datamodel` for `dialect`.
    pub fn new(datamodel: &Datamodel, dialect: Dialect) -> Result<SeedPlan, RequiredCycle> {
        let mut tables: Vec<TablePlan> = datamodel
            .models
            .iter()
            .enumerate()
            .map(|(i, m)| table_plan(datamodel, ModelId(i as u32), m, dialect))
            .collect();
        let order = order_tables(&mut tables)?;
        let joins = plan_joins(datamodel, dialect, &mut tables);
        Ok(SeedPlan { tables, order, joins })
    }

    /// Sets each column's [`Fold`] from `(table name, column name) → fold` as the database
    /// reports it (MySQL).
    pub fn set_collations(&mut self, folds: &std::collections::HashMap<(String, String), Fold>) {
        for table in &mut self.tables {
            let name = table.quoted.rsplit('.').next().unwrap_or_default().trim_matches(['"', '`']).to_owned();
            for column in &mut table.columns {
                if let Some(f) = folds.get(&(name.clone(), column.db_name.clone())) {
                    column.fold = *f;
                }
            }
        }
    }

    /// The table of the model named `name` (or mapped to the table `name`).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.tables
            .iter()
            .position(|t| t.name == name)
            .or_else(|| self.tables.iter().position(|t| t.quoted.trim_matches(['"', '`']) == name))
    }
}

fn table_plan(datamodel: &Datamodel, id: ModelId, model: &Model, dialect: Dialect) -> TablePlan {
    let mut columns = Vec::new();
    for (i, field, scalar) in model.scalar_fields() {
        if field.is_ignored {
            continue;
        }
        let kind = match &scalar.ty {
            ScalarFieldType::BuiltIn(t) => builtin_kind(*t, scalar.native_type.as_deref()),
            ScalarFieldType::Enum(e) => ColumnKind::Enum(
                datamodel
                    .enum_(*e)
                    .values
                    .iter()
                    .map(|v| (v.name.as_str().to_owned(), v.database_name().to_owned()))
                    .collect(),
            ),
            ScalarFieldType::CompositeType(_) | ScalarFieldType::Unsupported(_) => continue,
        };
        let default = match scalar.default.as_ref().map(|d| &d.kind) {
            None => DefaultPlan::None,
            Some(
                DefaultKind::Autoincrement | DefaultKind::Sequence(_) | DefaultKind::DbGenerated(_) | DefaultKind::Auto,
            ) => DefaultPlan::Database,
            Some(DefaultKind::Now) => DefaultPlan::Now,
            Some(DefaultKind::Uuid(v)) => DefaultPlan::Uuid(*v),
            Some(DefaultKind::Cuid(v)) => DefaultPlan::Cuid(*v),
            Some(DefaultKind::Nanoid(n)) => DefaultPlan::Nanoid(n.unwrap_or(21)),
            Some(DefaultKind::Ulid) => DefaultPlan::Ulid,
            Some(DefaultKind::Value(v)) => literal(&kind, v).map_or(DefaultPlan::Database, DefaultPlan::Literal),
        };
        // SQLite: an `Int @id` is the rowid, filled by the database when left out.
        let default = match (&default, dialect, &kind) {
            (DefaultPlan::None, Dialect::Sqlite, ColumnKind::Int)
                if model.primary_key.as_ref().is_some_and(|pk| pk.fields.len() == 1 && pk.fields[0].field == i) =>
            {
                DefaultPlan::Database
            }
            _ => default,
        };
        columns.push(ColumnPlan {
            field: i,
            name: field.name.as_str().to_owned(),
            db_name: field.database_name().to_owned(),
            kind,
            required: field.arity == FieldArity::Required,
            default,
            updated_at: scalar.is_updated_at,
            list: field.arity == FieldArity::List,
            fold: Fold::default(),
        });
    }
    let column_of = |field: usize| columns.iter().position(|c| c.field == field);
    let key_columns = |fields: &[psl::datamodel::IndexField]| -> Option<Vec<usize>> {
        fields.iter().map(|f| column_of(f.field)).collect()
    };
    let primary_key = model.primary_key.as_ref().and_then(|pk| key_columns(&pk.fields)).unwrap_or_default();
    let uniques = model
        .indexes
        .iter()
        .filter(|ix| ix.kind == IndexKind::Unique)
        .filter_map(|ix| key_columns(&ix.fields))
        .collect();
    let quoted = match &model.schema {
        Some(schema) if dialect == Dialect::Postgres => {
            format!("{}.{}", dialect.quote_identifier(schema), dialect.quote_identifier(model.database_name()))
        }
        _ => dialect.quote_identifier(model.database_name()),
    };
    TablePlan {
        model: id,
        name: model.name.as_str().to_owned(),
        quoted,
        columns,
        relations: Vec::new(),
        back_relations: Vec::new(),
        links: Vec::new(),
        primary_key,
        uniques,
        seedable: !model.is_view && !model.is_ignored,
    }
    .with_relations(datamodel, model)
}

impl TablePlan {
    fn with_relations(mut self, datamodel: &Datamodel, model: &Model) -> TablePlan {
        for (_, field, rel) in model.relation_fields() {
            if rel.fields.is_empty() {
                if datamodel.relation(rel.relation).kind != psl::datamodel::RelationKind::ImplicitManyToMany {
                    self.back_relations.push(field.name.as_str().to_owned());
                }
                continue;
            }
            let target_model = datamodel.model(rel.target);
            let columns: Option<Vec<usize>> =
                rel.fields.iter().map(|f| self.columns.iter().position(|c| c.field == *f)).collect();
            // Target columns are resolved against the target's plan later (see `order_tables`);
            // here they are field indexes.
            let Some(columns) = columns else { continue };
            let nullable = columns.iter().all(|c| !self.columns[*c].required);
            let _ = target_model;
            self.relations.push(RelationPlan {
                name: field.name.as_str().to_owned(),
                target: rel.target.0 as usize,
                columns,
                references: rel.references.clone(),
                nullable,
                deferred: false,
            });
        }
        self
    }
}

fn builtin_kind(t: ScalarType, native: Option<&psl::datamodel::NativeType>) -> ColumnKind {
    let native_name = native.map(|n| n.name.as_str());
    let arg = |i: usize| native.and_then(|n| n.args.get(i)).and_then(|a| a.trim().parse::<u32>().ok());
    match t {
        ScalarType::Int => ColumnKind::Int,
        ScalarType::BigInt => ColumnKind::BigInt,
        ScalarType::Float => ColumnKind::Float { single: matches!(native_name, Some("Real" | "Float")) },
        ScalarType::Decimal => ColumnKind::Decimal { precision: arg(0).unwrap_or(65), scale: arg(1).unwrap_or(30) },
        ScalarType::Boolean => ColumnKind::Boolean,
        ScalarType::String => ColumnKind::String {
            max: match native_name {
                Some("VarChar" | "Char" | "NVarChar" | "NChar") => arg(0),
                _ => None,
            },
        },
        ScalarType::DateTime => ColumnKind::DateTime(match native_name {
            Some("Date") => DateTimeKind::Date,
            Some("Time" | "Timetz") => DateTimeKind::Time { precision: arg(0).unwrap_or(0).min(6) },
            Some("Timestamp" | "Timestamptz" | "DateTime") => DateTimeKind::Timestamp {
                precision: arg(0).unwrap_or(if native.is_some_and(|n| n.args.is_empty()) { 6 } else { 3 }).min(6),
            },
            _ => DateTimeKind::Timestamp { precision: 3 },
        }),
        ScalarType::Json => ColumnKind::Json,
        ScalarType::Bytes => ColumnKind::Bytes,
    }
}

fn literal(kind: &ColumnKind, v: &LiteralValue) -> Option<Value> {
    match v {
        LiteralValue::String(s) | LiteralValue::Numeric(s) => kind.from_text(s).ok(),
        LiteralValue::Boolean(b) => Some(Value::Bool(*b)),
        LiteralValue::EnumValue(name) => kind.from_text(name).ok(),
        LiteralValue::List(_) => None,
    }
}

/// The join tables of implicit many-to-many relations, named and typed as Prisma creates them
/// (`migrate::calculate`), and each side's [`LinkPlan`].
fn plan_joins(datamodel: &Datamodel, dialect: Dialect, tables: &mut [TablePlan]) -> Vec<JoinPlan> {
    let mut joins = Vec::new();
    for relation in &datamodel.relations {
        if relation.kind != psl::datamodel::RelationKind::ImplicitManyToMany {
            continue;
        }
        let (ta, tb) = (relation.model_a.0 as usize, relation.model_b.0 as usize);
        let id_of = |t: usize| match tables[t].primary_key.as_slice() {
            [c] => Some(*c),
            _ => None,
        };
        let (Some(a_id), Some(b_id)) = (id_of(ta), id_of(tb)) else { continue };
        let full = format!("_{}", relation.name);
        let name = match dialect.max_identifier_length() {
            Some(max) => full.chars().take(max).collect(),
            None => full,
        };
        let model_a = datamodel.model(relation.model_a);
        let quoted = match &model_a.schema {
            Some(schema) if dialect == Dialect::Postgres => {
                format!("{}.{}", dialect.quote_identifier(schema), dialect.quote_identifier(&name))
            }
            _ => dialect.quote_identifier(&name),
        };
        let join = joins.len();
        for (this, other, field, this_is_a) in [(ta, tb, relation.field_a, true), (tb, ta, relation.field_b, false)] {
            let model = datamodel.model(if this_is_a { relation.model_a } else { relation.model_b });
            if let Some(f) = field {
                tables[this].links.push(LinkPlan {
                    name: model.fields[f].name.as_str().to_owned(),
                    join,
                    target: other,
                    this_is_a,
                });
            }
        }
        joins.push(JoinPlan { name, quoted, a: (ta, a_id), b: (tb, b_id) });
    }
    joins
}

/// Resolves referenced field indexes to column indexes, marks deferred relations, and returns
/// the write order.
fn order_tables(tables: &mut [TablePlan]) -> Result<Vec<usize>, RequiredCycle> {
    let fields_to_columns: Vec<Vec<Option<usize>>> = tables
        .iter()
        .map(|t| {
            let max = t.columns.iter().map(|c| c.field).max().map_or(0, |m| m + 1);
            let mut map = vec![None; max];
            for (i, c) in t.columns.iter().enumerate() {
                map[c.field] = Some(i);
            }
            map
        })
        .collect();
    for (ti, table) in tables.iter_mut().enumerate() {
        table.relations.retain_mut(|r| {
            let refs: Option<Vec<usize>> =
                r.references.iter().map(|f| fields_to_columns[r.target].get(*f).copied().flatten()).collect();
            match refs {
                Some(refs) => {
                    r.references = refs;
                    r.deferred = r.target == ti && r.nullable;
                    true
                }
                None => false,
            }
        });
    }
    let n = tables.len();
    let mut done = vec![false; n];
    let mut order = Vec::with_capacity(n);
    while order.len() < n {
        let ready = (0..n)
            .find(|&t| !done[t] && tables[t].relations.iter().all(|r| r.deferred || r.target == t || done[r.target]));
        match ready {
            Some(t) => {
                done[t] = true;
                order.push(t);
            }
            None => {
                // A cycle among the remaining tables: defer its first nullable edge.
                let edge = (0..n).filter(|t| !done[*t]).find_map(|t| {
                    tables[t]
                        .relations
                        .iter()
                        .position(|r| !r.deferred && r.nullable && !done[r.target] && r.target != t)
                        .map(|ri| (t, ri))
                });
                match edge {
                    Some((t, ri)) => tables[t].relations[ri].deferred = true,
                    None => {
                        let names = (0..n).filter(|t| !done[*t]).map(|t| tables[t].name.clone()).collect();
                        return Err(RequiredCycle(names));
                    }
                }
            }
        }
    }
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(schema: &str) -> Result<SeedPlan, RequiredCycle> {
        let validated = psl::validate(psl::SourceFile::new("schema.prisma", schema));
        assert!(validated.is_valid(), "{}", validated.render_diagnostics(false));
        SeedPlan::new(&validated.datamodel, Dialect::Postgres)
    }

    #[test]
    fn parents_first_and_cycles_broken_by_nullable_keys() {
        let p = plan(
            r#"
            datasource db {
              provider = "postgresql"
            }
            model Post {
              id        Int   @id
              author    User  @relation(fields: [authorId], references: [id])
              authorId  Int
              favoredBy User? @relation("fav")
            }
            model User {
              id             Int    @id
              email          String @unique
              posts          Post[]
              favoritePost   Post?  @relation("fav", fields: [favoritePostId], references: [id])
              favoritePostId Int?   @unique
              manager        User?  @relation("mgr", fields: [managerId], references: [id])
              managerId      Int?
              reports        User[] @relation("mgr")
            }
            "#,
        )
        .unwrap();
        let names: Vec<&str> = p.order.iter().map(|t| p.tables[*t].name.as_str()).collect();
        assert_eq!(names, ["User", "Post"]);
        let user = &p.tables[p.find("User").unwrap()];
        let deferred: Vec<&str> = user.relations.iter().filter(|r| r.deferred).map(|r| r.name.as_str()).collect();
        assert_eq!(deferred, ["favoritePost", "manager"]);
        assert_eq!(user.back_relations, ["posts", "reports"]);
        assert!(p.tables[p.find("Post").unwrap()].relations.iter().all(|r| !r.deferred));
    }

    #[test]
    fn a_cycle_of_required_relations_is_reported() {
        let e = plan(
            r#"
            datasource db {
              provider = "postgresql"
            }
            model A {
              id  Int @id
              b   B   @relation(fields: [bId], references: [id])
              bId Int @unique
              bs  B[] @relation("ab")
            }
            model B {
              id  Int @id
              a   A   @relation("ab", fields: [aId], references: [id])
              aId Int
              aa  A?
            }
            "#,
        )
        .unwrap_err();
        assert_eq!(e.0, ["A", "B"]);
    }
}
