//! The validated datamodel: what the rest of Strata consumes.
//!
//! Produced by [`crate::validate`] from a schema without errors (and, best
//! effort, from one with errors). Names are resolved, attributes interpreted,
//! relations paired. Fields are referred to by their index in
//! [`Model::fields`]; models, enums and composite types by typed ids.

use crate::config::{Provider, RelationMode};
use crate::span::Span;

/// Index of a model in [`Datamodel::models`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModelId(pub u32);
/// Index of an enum in [`Datamodel::enums`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnumId(pub u32);
/// Index of a composite type in [`Datamodel::composite_types`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CompositeTypeId(pub u32);
/// Index of a relation in [`Datamodel::relations`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RelationId(pub u32);

/// All models, views, enums, composite types and relations of a schema.
#[derive(Clone, Debug, Default)]
pub struct Datamodel {
    /// Models and views, in source order.
    pub models: Vec<Model>,
    /// Enums, in source order.
    pub enums: Vec<Enum>,
    /// Composite types (MongoDB), in source order.
    pub composite_types: Vec<CompositeType>,
    /// Relations, one per pair of relation fields (or lone field).
    pub relations: Vec<Relation>,
}

impl Drop for Datamodel {
    /// A large datamodel is freed on all threads (`parallel::free_in_pieces`).
    fn drop(&mut self) {
        crate::parallel::free_in_pieces(std::mem::take(&mut self.models));
    }
}

impl Datamodel {
    /// The model with that id.
    pub fn model(&self, id: ModelId) -> &Model {
        &self.models[id.0 as usize]
    }

    /// The enum with that id.
    pub fn enum_(&self, id: EnumId) -> &Enum {
        &self.enums[id.0 as usize]
    }

    /// The relation with that id.
    pub fn relation(&self, id: RelationId) -> &Relation {
        &self.relations[id.0 as usize]
    }

    /// The model named `name`, if any.
    pub fn find_model(&self, name: &str) -> Option<(ModelId, &Model)> {
        self.models.iter().enumerate().find(|(_, m)| m.name == name).map(|(i, m)| (ModelId(i as u32), m))
    }
}

/// A `model` or `view`.
#[derive(Clone, Debug)]
pub struct Model {
    /// The name in the schema.
    pub name: crate::ast::SmolStr,
    /// `@@map("…")`: the table name, when different from `name`.
    pub mapped_name: Option<String>,
    /// `@@schema("…")` (multiSchema).
    pub schema: Option<String>,
    /// Declared with `view`.
    pub is_view: bool,
    /// `@@ignore`.
    pub is_ignored: bool,
    /// `///` documentation.
    pub documentation: Option<String>,
    /// Scalar and relation fields, in source order.
    pub fields: Vec<Field>,
    /// `@id` or `@@id`.
    pub primary_key: Option<PrimaryKey>,
    /// `@unique`, `@@unique`, `@@index`, `@@fulltext`, in Prisma's order:
    /// field-level uniques in field order, then every `@@index`, every
    /// `@@unique`, every `@@fulltext`, each in source order.
    pub indexes: Vec<Index>,
    /// `@shardKey` or `@@shardKey` (preview feature `shardKeys`).
    pub shard_key: Option<ShardKey>,
    /// The declaration.
    pub span: Span,
}

impl Model {
    /// The table (or view) name in the database.
    pub fn database_name(&self) -> &str {
        self.mapped_name.as_deref().unwrap_or(&self.name)
    }

    /// The field named `name`, with its index.
    pub fn find_field(&self, name: &str) -> Option<(usize, &Field)> {
        self.fields.iter().enumerate().find(|(_, f)| f.name == name)
    }

    /// Scalar fields with their indexes.
    pub fn scalar_fields(&self) -> impl Iterator<Item = (usize, &Field, &ScalarField)> {
        self.fields.iter().enumerate().filter_map(|(i, f)| match &f.kind {
            FieldKind::Scalar(s) => Some((i, f, s)),
            FieldKind::Relation(_) => None,
        })
    }

    /// Relation fields with their indexes.
    pub fn relation_fields(&self) -> impl Iterator<Item = (usize, &Field, &RelationField)> {
        self.fields.iter().enumerate().filter_map(|(i, f)| match &f.kind {
            FieldKind::Relation(r) => Some((i, f, r)),
            FieldKind::Scalar(_) => None,
        })
    }
}

/// `Required`, `Optional` or `List`.
pub use crate::ast::FieldArity;

/// A field of a model.
#[derive(Clone, Debug)]
pub struct Field {
    /// The name in the schema.
    pub name: crate::ast::SmolStr,
    /// `@map("…")`: the column name, when different.
    pub mapped_name: Option<String>,
    /// The modifier.
    pub arity: FieldArity,
    /// Scalar or relation.
    pub kind: FieldKind,
    /// `@ignore`.
    pub is_ignored: bool,
    /// `///` documentation.
    pub documentation: Option<String>,
    /// The declaration.
    pub span: Span,
}

impl Field {
    /// The column name in the database.
    pub fn database_name(&self) -> &str {
        self.mapped_name.as_deref().unwrap_or(&self.name)
    }

    /// The scalar part, for scalar fields.
    pub fn as_scalar(&self) -> Option<&ScalarField> {
        match &self.kind {
            FieldKind::Scalar(s) => Some(s),
            FieldKind::Relation(_) => None,
        }
    }

    /// The relation part, for relation fields.
    pub fn as_relation(&self) -> Option<&RelationField> {
        match &self.kind {
            FieldKind::Relation(r) => Some(r),
            FieldKind::Scalar(_) => None,
        }
    }
}

/// What kind of field.
#[derive(Clone, Debug)]
pub enum FieldKind {
    /// A column (or a composite-type / enum value).
    Scalar(ScalarField),
    /// A relation to another model; no column of its own.
    Relation(RelationField),
}

/// The built-in scalar types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScalarType {
    /// `Int`
    Int,
    /// `BigInt`
    BigInt,
    /// `Float`
    Float,
    /// `Decimal`
    Decimal,
    /// `Boolean`
    Boolean,
    /// `String`
    String,
    /// `DateTime`
    DateTime,
    /// `Json`
    Json,
    /// `Bytes`
    Bytes,
}

impl ScalarType {
    /// Parses a built-in type name.
    pub fn from_name(name: &str) -> Option<ScalarType> {
        Some(match name {
            "Int" => ScalarType::Int,
            "BigInt" => ScalarType::BigInt,
            "Float" => ScalarType::Float,
            "Decimal" => ScalarType::Decimal,
            "Boolean" => ScalarType::Boolean,
            "String" => ScalarType::String,
            "DateTime" => ScalarType::DateTime,
            "Json" => ScalarType::Json,
            "Bytes" => ScalarType::Bytes,
            _ => return None,
        })
    }

    /// The name as written in schemas.
    pub fn as_str(self) -> &'static str {
        match self {
            ScalarType::Int => "Int",
            ScalarType::BigInt => "BigInt",
            ScalarType::Float => "Float",
            ScalarType::Decimal => "Decimal",
            ScalarType::Boolean => "Boolean",
            ScalarType::String => "String",
            ScalarType::DateTime => "DateTime",
            ScalarType::Json => "Json",
            ScalarType::Bytes => "Bytes",
        }
    }
}

/// The type of a scalar field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScalarFieldType {
    /// A built-in scalar.
    BuiltIn(ScalarType),
    /// An enum of this schema.
    Enum(EnumId),
    /// A composite type (MongoDB).
    CompositeType(CompositeTypeId),
    /// `Unsupported("…")`.
    Unsupported(String),
}

/// A native type attribute, e.g. `@db.VarChar(191)` → name `VarChar`, args `["191"]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NativeType {
    /// The prefix before the dot (`db`), which must name the datasource.
    pub scope: crate::ast::SmolStr,
    /// The type name after the datasource prefix.
    pub name: crate::ast::SmolStr,
    /// Arguments as written.
    pub args: Vec<String>,
    /// The attribute.
    pub span: Span,
}

/// The scalar part of a field.
#[derive(Clone, Debug)]
pub struct ScalarField {
    /// The type.
    pub ty: ScalarFieldType,
    /// `@db.*`.
    pub native_type: Option<Box<NativeType>>,
    /// `@default(…)`.
    pub default: Option<DefaultValue>,
    /// `@updatedAt`.
    pub is_updated_at: bool,
}

/// A `@default(…)`.
#[derive(Clone, Debug, PartialEq)]
pub struct DefaultValue {
    /// What the default is.
    pub kind: DefaultKind,
    /// `map:` — the default constraint name (SQL Server).
    pub mapped_name: Option<String>,
    /// The attribute.
    pub span: Span,
}

/// The kinds of default value.
#[derive(Clone, Debug, PartialEq)]
pub enum DefaultKind {
    /// A literal (string, number, boolean, enum value or list of those).
    Value(LiteralValue),
    /// `autoincrement()`.
    Autoincrement,
    /// `sequence(…)` (CockroachDB); arguments kept as written.
    Sequence(Vec<(String, String)>),
    /// `now()`.
    Now,
    /// `uuid()` / `uuid(7)`.
    Uuid(u8),
    /// `cuid()` / `cuid(2)`.
    Cuid(u8),
    /// `nanoid()` / `nanoid(n)`.
    Nanoid(Option<u8>),
    /// `ulid()`.
    Ulid,
    /// `dbgenerated("…")`; `None` for `dbgenerated()`.
    DbGenerated(Option<String>),
    /// `auto()` (MongoDB).
    Auto,
}

/// A literal default value.
#[derive(Clone, Debug, PartialEq)]
pub enum LiteralValue {
    /// A string.
    String(String),
    /// A number as written.
    Numeric(String),
    /// `true` / `false`.
    Boolean(bool),
    /// An enum value name.
    EnumValue(String),
    /// A list default for a list field.
    List(Vec<LiteralValue>),
}

/// Referential actions of `onDelete`/`onUpdate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferentialAction {
    /// `Cascade`
    Cascade,
    /// `Restrict`
    Restrict,
    /// `NoAction`
    NoAction,
    /// `SetNull`
    SetNull,
    /// `SetDefault`
    SetDefault,
}

impl ReferentialAction {
    /// The name as written in schemas.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferentialAction::Cascade => "Cascade",
            ReferentialAction::Restrict => "Restrict",
            ReferentialAction::NoAction => "NoAction",
            ReferentialAction::SetNull => "SetNull",
            ReferentialAction::SetDefault => "SetDefault",
        }
    }

    /// Parses an action name as written in schemas.
    pub fn from_name(name: &str) -> Option<ReferentialAction> {
        Some(match name {
            "Cascade" => ReferentialAction::Cascade,
            "Restrict" => ReferentialAction::Restrict,
            "NoAction" => ReferentialAction::NoAction,
            "SetNull" => ReferentialAction::SetNull,
            "SetDefault" => ReferentialAction::SetDefault,
            _ => return None,
        })
    }

    /// The actions a provider accepts in a relation mode, in Prisma's order
    /// (`None`: no datasource, everything is accepted).
    pub fn supported(provider: Option<Provider>, mode: RelationMode) -> &'static [ReferentialAction] {
        use ReferentialAction::*;
        match (provider, mode) {
            (Some(Provider::Postgres | Provider::Sqlite), RelationMode::Prisma) => &[Cascade, Restrict, SetNull],
            (_, RelationMode::Prisma) => &[Cascade, Restrict, NoAction, SetNull],
            (Some(Provider::SqlServer), RelationMode::ForeignKeys) => &[Cascade, NoAction, SetNull, SetDefault],
            (_, RelationMode::ForeignKeys) => &[Cascade, Restrict, NoAction, SetNull, SetDefault],
        }
    }
}

impl RelationField {
    /// `onDelete`: explicit, or Prisma's default — `Restrict` (or `NoAction`
    /// where `Restrict` is unsupported) when `referential_arity` is required,
    /// `SetNull` otherwise. Get the arity from [`Model::referential_arity`].
    pub fn effective_on_delete(
        &self,
        referential_arity: FieldArity,
        provider: Option<Provider>,
        mode: RelationMode,
    ) -> ReferentialAction {
        self.on_delete.unwrap_or(match referential_arity {
            FieldArity::Required
                if ReferentialAction::supported(provider, mode).contains(&ReferentialAction::Restrict) =>
            {
                ReferentialAction::Restrict
            }
            FieldArity::Required => ReferentialAction::NoAction,
            _ => ReferentialAction::SetNull,
        })
    }

    /// `onUpdate`: explicit, or `Cascade`.
    pub fn effective_on_update(&self) -> ReferentialAction {
        self.on_update.unwrap_or(ReferentialAction::Cascade)
    }
}

impl Model {
    /// The arity that decides default referential actions for the relation
    /// field at `field`: required if any of its `fields` is required,
    /// otherwise the relation field's own arity.
    pub fn referential_arity(&self, field: usize) -> FieldArity {
        let Some(f) = self.fields.get(field) else { return FieldArity::Optional };
        let some_required = f.as_relation().is_some_and(|r| {
            r.fields.iter().any(|i| self.fields.get(*i).is_some_and(|s| s.arity == FieldArity::Required))
        });
        if some_required {
            FieldArity::Required
        } else {
            f.arity
        }
    }
}

/// The relation part of a field.
#[derive(Clone, Debug)]
pub struct RelationField {
    /// The model on the other side.
    pub target: ModelId,
    /// The relation this field belongs to.
    pub relation: RelationId,
    /// `@relation("name")` / `name:` as written.
    pub relation_name: Option<String>,
    /// `fields: […]`: indexes of scalar fields of this model.
    pub fields: Vec<usize>,
    /// `references: […]`: indexes of fields of the target model.
    pub references: Vec<usize>,
    /// `onDelete:` as written.
    pub on_delete: Option<ReferentialAction>,
    /// `onUpdate:` as written.
    pub on_update: Option<ReferentialAction>,
    /// `map:` — the foreign key constraint name.
    pub mapped_name: Option<String>,
}

/// The shape of a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationKind {
    /// One side holds a unique foreign key.
    OneToOne,
    /// One side holds the foreign key, the other a list.
    OneToMany,
    /// Both sides are lists without `fields`: a `_AToB` join table.
    ImplicitManyToMany,
    /// MongoDB: both sides are lists with `fields` (arrays of ids).
    TwoWayEmbeddedManyToMany,
}

/// One relation: a pair of relation fields, or a single field whose
/// opposite side is missing (an error the formatter can fix).
#[derive(Clone, Debug)]
pub struct Relation {
    /// The relation's name: explicit, or Prisma's default (`"{A}To{B}"`, models sorted).
    pub name: String,
    /// Whether the name was given explicitly.
    pub is_named: bool,
    /// The shape.
    pub kind: RelationKind,
    /// The side that holds the foreign key (`fields`/`references`); for
    /// many-to-many, the model whose name sorts first (column `A`).
    pub model_a: ModelId,
    /// The relation field on `model_a`, if any.
    pub field_a: Option<usize>,
    /// The other side.
    pub model_b: ModelId,
    /// The relation field on `model_b`, if any.
    pub field_b: Option<usize>,
}

/// `@id` or `@@id`.
#[derive(Clone, Debug)]
pub struct PrimaryKey {
    /// The key's fields.
    pub fields: Vec<IndexField>,
    /// `name:` (client API name).
    pub name: Option<String>,
    /// `map:` (constraint name).
    pub mapped_name: Option<String>,
    /// `clustered:`.
    pub clustered: Option<bool>,
    /// Declared as `@id` on a field (not `@@id`).
    pub defined_on_field: bool,
    /// The attribute.
    pub span: Span,
}

/// `@shardKey` or `@@shardKey`.
#[derive(Clone, Debug)]
pub struct ShardKey {
    /// Indexes of the key's fields in the model.
    pub fields: Vec<usize>,
    /// Declared as `@shardKey` on a field (not `@@shardKey`).
    pub defined_on_field: bool,
    /// The attribute.
    pub span: Span,
}

/// What kind of index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexKind {
    /// `@unique` / `@@unique`.
    Unique,
    /// `@@index`.
    Normal,
    /// `@@fulltext`.
    Fulltext,
}

/// Index access methods (`type:`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexAlgorithm {
    /// `BTree`
    BTree,
    /// `Hash`
    Hash,
    /// `Gist`
    Gist,
    /// `Gin`
    Gin,
    /// `SpGist`
    SpGist,
    /// `Brin`
    Brin,
}

/// `sort:`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortOrder {
    /// `Asc`
    Asc,
    /// `Desc`
    Desc,
}

/// An index, unique constraint or fulltext index.
#[derive(Clone, Debug)]
pub struct Index {
    /// Unique, normal or fulltext.
    pub kind: IndexKind,
    /// The indexed fields.
    pub fields: Vec<IndexField>,
    /// `name:` (client API name of a compound unique).
    pub name: Option<String>,
    /// `map:` (the index or constraint name).
    pub mapped_name: Option<String>,
    /// `type:`.
    pub algorithm: Option<IndexAlgorithm>,
    /// `clustered:`.
    pub clustered: Option<bool>,
    /// Declared as `@unique` on this field.
    pub defined_on_field: Option<usize>,
    /// The attribute.
    pub span: Span,
}

/// One field of an index or key.
#[derive(Clone, Debug)]
pub struct IndexField {
    /// Index of the field in its model; for composite-type paths, the first segment.
    pub field: usize,
    /// Further segments into composite types (MongoDB), as field names.
    pub path: Vec<String>,
    /// `sort:`.
    pub sort_order: Option<SortOrder>,
    /// `length:`.
    pub length: Option<u32>,
    /// `ops:` (PostgreSQL operator class) as Prisma prints it: a class name
    /// such as `JsonbOps`, or `raw("…")` for a raw class.
    pub operator_class: Option<String>,
}

/// An `enum`.
#[derive(Clone, Debug)]
pub struct Enum {
    /// The name in the schema.
    pub name: crate::ast::SmolStr,
    /// `@@map("…")`.
    pub mapped_name: Option<String>,
    /// `@@schema("…")`.
    pub schema: Option<String>,
    /// The values.
    pub values: Vec<EnumValue>,
    /// `///` documentation.
    pub documentation: Option<String>,
    /// The declaration.
    pub span: Span,
}

impl Enum {
    /// The type name in the database.
    pub fn database_name(&self) -> &str {
        self.mapped_name.as_deref().unwrap_or(&self.name)
    }
}

/// One enum value.
#[derive(Clone, Debug)]
pub struct EnumValue {
    /// The name in the schema.
    pub name: crate::ast::SmolStr,
    /// `@map("…")`.
    pub mapped_name: Option<String>,
    /// `///` documentation.
    pub documentation: Option<String>,
}

impl EnumValue {
    /// The value in the database.
    pub fn database_name(&self) -> &str {
        self.mapped_name.as_deref().unwrap_or(&self.name)
    }
}

/// A composite `type` (MongoDB embedded documents).
#[derive(Clone, Debug)]
pub struct CompositeType {
    /// The name.
    pub name: String,
    /// Its fields (always scalar).
    pub fields: Vec<Field>,
    /// The declaration.
    pub span: Span,
}
