//! `calculate`: the validated datamodel of a `schema.prisma` → the [`SqlSchema`] Prisma would
//! create for it on one dialect.
//!
//! The mapping follows Prisma's schema calculator step by step, because its order *is* the order
//! of the generated SQL (steps are sorted by ids, and ids follow push order):
//!
//! 1. namespaces (PostgreSQL): the datasource's `schemas`, sorted, or the default `public`;
//! 2. enums: PostgreSQL types in source order; on MySQL one inline enum per enum column,
//!    named `{table}_{column}`; SQLite stores enums as `TEXT`;
//! 3. one table per model (views are never created; `@@ignore`d models and `@ignore`d fields
//!    are), with one column per scalar field in source order, the primary key and the indexes
//!    (`@unique`s in field order, then `@@index`, `@@unique`, `@@fulltext` in source order);
//! 4. foreign keys of one-to-one and one-to-many relations (none with `relationMode = "prisma"`);
//! 5. implicit many-to-many join tables `_{relation name}`, after all model tables.
//!
//! Names come from [`psl::constraint_names`], with the dialect's identifier limit.
//!
//! Prisma-level defaults (`cuid()`, `uuid()`, `nanoid()`, `ulid()`) and `@updatedAt` have no
//! database default. `autoincrement()` is a sequence on PostgreSQL (`SERIAL`), `AUTO_INCREMENT`
//! on MySQL, and on SQLite every `Int` single-column primary key is the rowid
//! (`INTEGER PRIMARY KEY AUTOINCREMENT`).

mod column_types;
mod defaults;
mod relations;

use psl::config::{Provider, RelationMode};
use psl::datamodel::{Datamodel, FieldArity, FieldKind, IndexKind as PslIndexKind, Model, ScalarFieldType};
use psl::Configuration;
use sql_schema::{
    Column, ColumnArity, ColumnId, ColumnType, ColumnTypeFamily, Dialect, Enum, EnumId, IndexAlgorithm, IndexColumn,
    IndexKind, NamespaceId, PrimaryKey, SortOrder, SqlSchema, Table, TableId,
};

/// Variations of Prisma's PostgreSQL namespaces. The default is what Prisma 7 calculates for a
/// schema that is migrated to (and what the golden fixtures record).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CalculateOptions {
    /// Write objects of the default schema qualified (`"public"."User"`) instead of
    /// unqualified (`"User"`). Prisma 7 does so for the schema it migrates *from* when migrating
    /// to an empty database (`--to-empty`); Prisma 6.19 did so with multiSchema.
    pub qualify_default_schema: bool,
    /// Only have namespaces with multiSchema, as Prisma 6.19 did: its migrations from an empty
    /// database have no `CREATE SCHEMA "public"`. Prisma 7 always has the default schema.
    pub namespaces_only_with_multi_schema: bool,
}

impl CalculateOptions {
    /// Prisma 6.19's behaviour (the engines of the corpus's migration fixtures).
    pub fn prisma_6_19() -> Self {
        CalculateOptions { qualify_default_schema: true, namespaces_only_with_multi_schema: true }
    }

    /// Prisma 7's, for the side migrated from when the other side is an empty database.
    pub fn dropping_everything() -> Self {
        CalculateOptions { qualify_default_schema: true, namespaces_only_with_multi_schema: false }
    }
}

/// The schema Prisma would create for `schema` on `dialect` (Prisma 7 behaviour).
///
/// The datasource's provider is not consulted: `dialect` decides types, names and identifier
/// limits, so one schema can be calculated for every dialect.
pub fn calculate(schema: &psl::ValidatedSchema, dialect: Dialect) -> SqlSchema {
    calculate_datamodel(&schema.datamodel, &schema.configuration, dialect)
}

/// [`calculate`] from a datamodel and its configuration.
pub fn calculate_datamodel(datamodel: &Datamodel, configuration: &Configuration, dialect: Dialect) -> SqlSchema {
    calculate_with(datamodel, configuration, dialect, CalculateOptions::default())
}

/// [`calculate_datamodel`] with explicit [`CalculateOptions`].
pub fn calculate_with(
    datamodel: &Datamodel,
    configuration: &Configuration,
    dialect: Dialect,
    options: CalculateOptions,
) -> SqlSchema {
    let mut ctx = Context {
        datamodel,
        dialect,
        provider: provider_of(dialect),
        relation_mode: configuration.relation_mode(),
        options,
        schema: SqlSchema::new(),
        namespaces: Vec::new(),
        table_ids: vec![None; datamodel.models.len()],
        field_columns: vec![Vec::new(); datamodel.models.len()],
        enum_ids: vec![None; datamodel.enums.len()],
    };
    reserve(&mut ctx.schema, datamodel);
    push_namespaces(&mut ctx, configuration);
    push_extensions(&mut ctx, configuration);
    push_enums(&mut ctx);
    push_model_tables(&mut ctx);
    let mut foreign_keys = Vec::new();
    if ctx.relation_mode == RelationMode::ForeignKeys {
        relations::inline_foreign_keys(&ctx, &mut foreign_keys);
    }
    relations::push_join_tables(&mut ctx, &mut foreign_keys);
    // Foreign keys are grouped by table in the IR; within a table they keep relation order.
    foreign_keys.sort_by_key(|(table, _)| *table);
    for (table, fk) in foreign_keys {
        ctx.schema.push_foreign_key(table, fk);
    }
    ctx.schema
}

/// Sizes the arena's vectors once (upper bounds), instead of growing them step by step.
fn reserve(schema: &mut SqlSchema, datamodel: &Datamodel) {
    let join_tables =
        datamodel.relations.iter().filter(|r| r.kind == psl::datamodel::RelationKind::ImplicitManyToMany).count();
    schema.tables.reserve(datamodel.models.len() + join_tables);
    schema.columns.reserve(datamodel.models.iter().map(|m| m.fields.len()).sum::<usize>() + 2 * join_tables);
    schema.indexes.reserve(datamodel.models.iter().map(|m| m.indexes.len()).sum::<usize>() + 2 * join_tables);
    schema.foreign_keys.reserve(datamodel.relations.len() + join_tables);
}

/// The provider whose naming rules and limits apply to a dialect.
pub(crate) fn provider_of(dialect: Dialect) -> Provider {
    match dialect {
        Dialect::Sqlite => Provider::Sqlite,
        Dialect::Postgres => Provider::Postgres,
        Dialect::Mysql => Provider::Mysql,
    }
}

/// What the calculation has built so far, and how to find it.
pub(crate) struct Context<'a> {
    pub(crate) datamodel: &'a Datamodel,
    pub(crate) dialect: Dialect,
    pub(crate) provider: Provider,
    pub(crate) relation_mode: RelationMode,
    options: CalculateOptions,
    pub(crate) schema: SqlSchema,
    /// Namespace name → id.
    namespaces: Vec<(String, NamespaceId)>,
    /// Model index → table (views have none).
    pub(crate) table_ids: Vec<Option<TableId>>,
    /// Model index → field index → column (relation fields have none).
    pub(crate) field_columns: Vec<Vec<Option<ColumnId>>>,
    /// Enum index → SQL enum (PostgreSQL).
    enum_ids: Vec<Option<EnumId>>,
}

impl Context<'_> {
    /// The namespace objects with `@@schema(name)` go to; `None` is the unqualified default.
    fn namespace_for(&self, schema: Option<&str>) -> Option<NamespaceId> {
        if !self.dialect.supports_namespaces() {
            return None;
        }
        let name = schema.or(self.dialect.default_schema())?;
        if !self.options.qualify_default_schema && Some(name) == self.dialect.default_schema() {
            return None;
        }
        self.namespaces.iter().find(|(n, _)| n == name).map(|(_, id)| *id)
    }
}

fn push_namespaces(ctx: &mut Context<'_>, configuration: &Configuration) {
    let Some(default) = ctx.dialect.default_schema() else { return };
    let listed: Vec<String> =
        configuration.datasource().map(|ds| ds.schemas.iter().map(|(s, _)| s.clone()).collect()).unwrap_or_default();
    let names = match (listed.is_empty(), ctx.options.namespaces_only_with_multi_schema) {
        (false, _) => listed,
        (true, false) => vec![default.to_owned()],
        (true, true) => return,
    };
    for name in names {
        let id = ctx.schema.push_namespace(name.clone());
        ctx.namespaces.push((name, id));
    }
}

/// The datasource's `extensions = [...]` (sorted by name, as validation keeps them).
fn push_extensions(ctx: &mut Context<'_>, configuration: &Configuration) {
    if !ctx.dialect.supports_extensions() {
        return;
    }
    for extension in configuration.datasource().map(|ds| ds.extensions.as_slice()).unwrap_or_default() {
        ctx.schema.push_extension(sql_schema::Extension {
            name: extension.database_name().to_owned(),
            schema: extension.schema.clone(),
            version: extension.version.clone(),
        });
    }
}

fn push_enums(ctx: &mut Context<'_>) {
    if ctx.dialect.supports_enums_as_types() {
        for (i, enm) in ctx.datamodel.enums.iter().enumerate() {
            let namespace = ctx.namespace_for(enm.schema.as_deref());
            let id = ctx.schema.push_enum(Enum {
                name: enm.database_name().to_owned(),
                namespace,
                values: enm.values.iter().map(|v| v.database_name().to_owned()).collect(),
            });
            ctx.enum_ids[i] = Some(id);
        }
    }
    // MySQL's inline enums are pushed with their columns (one per column); SQLite has none.
}

fn push_model_tables(ctx: &mut Context<'_>) {
    let datamodel = ctx.datamodel;
    for (model_index, model) in datamodel.models.iter().enumerate() {
        if model.is_view {
            continue;
        }
        let namespace = ctx.namespace_for(model.schema.as_deref());
        let table_id =
            ctx.schema.push_table(Table { name: model.database_name().to_owned(), namespace, primary_key: None });
        ctx.table_ids[model_index] = Some(table_id);
        let mut columns = vec![None; model.fields.len()];
        for (field_index, field, scalar) in model.scalar_fields() {
            let column = scalar_column(ctx, model, field_index, field, scalar);
            columns[field_index] = Some(ctx.schema.push_column(table_id, column));
        }
        ctx.field_columns[model_index] = columns;
        push_primary_key(ctx, model_index, table_id);
        push_indexes(ctx, model_index, table_id);
    }
}

fn scalar_column(
    ctx: &mut Context<'_>,
    model: &Model,
    field_index: usize,
    field: &psl::datamodel::Field,
    scalar: &psl::datamodel::ScalarField,
) -> Column {
    let arity = column_arity(field.arity);
    let name = field.database_name().to_owned();
    match &scalar.ty {
        ScalarFieldType::Enum(enum_id) => {
            let enm = ctx.datamodel.enum_(*enum_id);
            let default = scalar.default.as_ref().and_then(|d| defaults::enum_default(&d.kind, enm));
            let family = match ctx.dialect {
                Dialect::Postgres => ColumnTypeFamily::Enum(
                    ctx.enum_ids[enum_id.0 as usize].expect("PostgreSQL enums are pushed before tables"),
                ),
                Dialect::Mysql => {
                    let id = ctx.schema.push_enum(Enum {
                        name: format!("{}_{}", model.database_name(), field.database_name()),
                        namespace: None,
                        values: enm.values.iter().map(|v| v.database_name().to_owned()).collect(),
                    });
                    ColumnTypeFamily::Enum(id)
                }
                Dialect::Sqlite => ColumnTypeFamily::String,
            };
            let native_type = if matches!(family, ColumnTypeFamily::String) { "TEXT" } else { "" };
            Column {
                name,
                tpe: ColumnType { family, native_type: native_type.to_owned(), arity },
                default,
                auto_increment: false,
            }
        }
        ScalarFieldType::Unsupported(text) => Column {
            name,
            tpe: ColumnType { family: ColumnTypeFamily::Unsupported(text.clone()), native_type: text.clone(), arity },
            default: scalar.default.as_ref().and_then(|d| defaults::unsupported_default(&d.kind)),
            auto_increment: false,
        },
        ScalarFieldType::BuiltIn(_) | ScalarFieldType::CompositeType(_) => {
            let scalar_type = match &scalar.ty {
                ScalarFieldType::BuiltIn(t) => *t,
                // Composite types are MongoDB's; a SQL database would store them as JSON.
                _ => psl::datamodel::ScalarType::Json,
            };
            let (family, native_type) =
                column_types::column_type(ctx.dialect, scalar_type, scalar.native_type.as_deref());
            let is_autoincrement =
                matches!(scalar.default.as_ref().map(|d| &d.kind), Some(psl::datamodel::DefaultKind::Autoincrement));
            let default = scalar
                .default
                .as_ref()
                .and_then(|d| defaults::builtin_default(ctx.dialect, &d.kind, scalar_type, model, field));
            let implicit_rowid = ctx.dialect == Dialect::Sqlite
                && scalar_type == psl::datamodel::ScalarType::Int
                && model
                    .primary_key
                    .as_ref()
                    .is_some_and(|pk| pk.fields.len() == 1 && pk.fields[0].field == field_index);
            Column {
                name,
                tpe: ColumnType { family, native_type, arity },
                default,
                auto_increment: is_autoincrement || implicit_rowid,
            }
        }
    }
}

fn column_arity(arity: FieldArity) -> ColumnArity {
    match arity {
        FieldArity::Required => ColumnArity::Required,
        FieldArity::Optional => ColumnArity::Nullable,
        FieldArity::List => ColumnArity::List,
    }
}

/// The column of a field of a model, by index.
pub(crate) fn field_column(ctx: &Context<'_>, model: usize, field: usize) -> Option<ColumnId> {
    ctx.field_columns.get(model)?.get(field).copied().flatten()
}

fn index_columns(
    ctx: &Context<'_>,
    model_index: usize,
    fields: &[psl::datamodel::IndexField],
    with_operator_classes: bool,
) -> Vec<IndexColumn> {
    fields
        .iter()
        .filter_map(|f| {
            let column = field_column(ctx, model_index, f.field)?;
            Some(IndexColumn {
                column,
                sort_order: f.sort_order.map(|s| match s {
                    psl::datamodel::SortOrder::Asc => SortOrder::Asc,
                    psl::datamodel::SortOrder::Desc => SortOrder::Desc,
                }),
                length: f.length,
                operator_class: if with_operator_classes {
                    f.operator_class.as_deref().map(column_types::operator_class_sql)
                } else {
                    None
                },
            })
        })
        .collect()
}

fn push_primary_key(ctx: &mut Context<'_>, model_index: usize, table_id: TableId) {
    let model = &ctx.datamodel.models[model_index];
    let Some(pk) = &model.primary_key else { return };
    let columns = index_columns(ctx, model_index, &pk.fields, false);
    let constraint_name = psl::constraint_names::primary_key_constraint_name(model, Some(ctx.provider));
    ctx.schema.tables[table_id.index()].primary_key = Some(PrimaryKey { constraint_name, columns });
}

fn push_indexes(ctx: &mut Context<'_>, model_index: usize, table_id: TableId) {
    let model = &ctx.datamodel.models[model_index];
    let postgres = ctx.dialect == Dialect::Postgres;
    for index in &model.indexes {
        let kind = match index.kind {
            PslIndexKind::Unique => IndexKind::Unique,
            PslIndexKind::Normal => IndexKind::Normal,
            PslIndexKind::Fulltext => IndexKind::Fulltext,
        };
        let algorithm = if postgres { index.algorithm.map(convert_algorithm) } else { None };
        let index = sql_schema::Index {
            name: psl::constraint_names::index_constraint_name(model, index, Some(ctx.provider)),
            kind,
            columns: index_columns(ctx, model_index, &index.fields, postgres),
            algorithm,
        };
        ctx.schema.push_index(table_id, index);
    }
}

fn convert_algorithm(algorithm: psl::datamodel::IndexAlgorithm) -> IndexAlgorithm {
    use psl::datamodel::IndexAlgorithm as A;
    match algorithm {
        A::BTree => IndexAlgorithm::BTree,
        A::Hash => IndexAlgorithm::Hash,
        A::Gist => IndexAlgorithm::Gist,
        A::Gin => IndexAlgorithm::Gin,
        A::SpGist => IndexAlgorithm::SpGist,
        A::Brin => IndexAlgorithm::Brin,
    }
}

/// Whether the model is a relation field's model and a table exists for it.
pub(crate) fn is_table(ctx: &Context<'_>, model: psl::datamodel::ModelId) -> bool {
    ctx.table_ids.get(model.0 as usize).copied().flatten().is_some()
}

/// The relation field at `field` of `model`, if it is one.
pub(crate) fn relation_field(model: &Model, field: usize) -> Option<&psl::datamodel::RelationField> {
    match &model.fields.get(field)?.kind {
        FieldKind::Relation(r) => Some(r),
        FieldKind::Scalar(_) => None,
    }
}
