//! The IR's data: the [`SqlSchema`] arena and everything stored in it.

use crate::walkers::Walker;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u32);

        impl $name {
            /// The position of the object in its arena vector.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// A namespace (PostgreSQL schema) of a [`SqlSchema`].
    NamespaceId
);
id_type!(
    /// A table of a [`SqlSchema`].
    TableId
);
id_type!(
    /// A column of a [`SqlSchema`] (unique across all tables).
    ColumnId
);
id_type!(
    /// A (non-primary-key) index of a [`SqlSchema`].
    IndexId
);
id_type!(
    /// A foreign key of a [`SqlSchema`].
    ForeignKeyId
);
id_type!(
    /// An enum of a [`SqlSchema`].
    EnumId
);
id_type!(
    /// A sequence of a [`SqlSchema`].
    SequenceId
);
id_type!(
    /// A PostgreSQL extension of a [`SqlSchema`].
    ExtensionId
);

/// A whole database schema, as an arena of flat vectors addressed by typed ids.
///
/// Invariants (kept by [`crate::SchemaBuilder`] and expected from anyone pushing directly):
/// `columns`, `indexes` and `foreign_keys` are grouped by table in ascending [`TableId`] order,
/// and within one table keep their declaration order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SqlSchema {
    /// PostgreSQL schemas, in the order they should be created.
    pub namespaces: Vec<Namespace>,
    /// Tables, in the order they should be created.
    pub tables: Vec<Table>,
    /// Columns with the table they belong to.
    pub columns: Vec<(TableId, Column)>,
    /// Secondary indexes (normal, unique, fulltext) with their table.
    pub indexes: Vec<(TableId, Index)>,
    /// Foreign keys with their constrained table.
    pub foreign_keys: Vec<(TableId, ForeignKey)>,
    /// Enums (PostgreSQL types; MySQL and SQLite keep them for column types).
    pub enums: Vec<Enum>,
    /// Sequences (PostgreSQL).
    pub sequences: Vec<Sequence>,
    /// Extensions (PostgreSQL `extensions = [...]`), in the order they should be created.
    pub extensions: Vec<Extension>,
}

/// A PostgreSQL extension (`CREATE EXTENSION`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// The extension's name in the database (`uuid-ossp`).
    pub name: String,
    /// The schema it is installed in, when one is asked for (`WITH SCHEMA`).
    pub schema: Option<String>,
    /// The version, when one is asked for (`VERSION`).
    pub version: Option<String>,
}

/// A PostgreSQL schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Namespace {
    /// The schema's name, e.g. `public`.
    pub name: String,
}

/// A table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The table's name in the database (after `@@map`).
    pub name: String,
    /// The PostgreSQL schema the table lives in. `None` is the connection's default schema
    /// and renders unqualified (`"User"`); `Some` renders qualified (`"users"."User"`), as
    /// Prisma does with multiSchema.
    pub namespace: Option<NamespaceId>,
    /// The primary key, if any.
    pub primary_key: Option<PrimaryKey>,
}

/// A table's primary key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrimaryKey {
    /// The constraint name (`User_pkey`); `None` where the dialect does not name it.
    pub constraint_name: Option<String>,
    /// The key's columns, in key order.
    pub columns: Vec<IndexColumn>,
}

/// A column.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// The column's name in the database (after `@map`).
    pub name: String,
    /// Type family, native type text and arity.
    pub tpe: ColumnType,
    /// The column's default, if any.
    pub default: Option<DefaultValue>,
    /// Whether the database generates values (`SERIAL`, `AUTO_INCREMENT`, SQLite rowid alias).
    pub auto_increment: bool,
}

/// A column's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnType {
    /// The dialect-neutral family.
    pub family: ColumnTypeFamily,
    /// The full native type text as rendered in DDL, without list suffix (`VARCHAR(191)`,
    /// `TIMESTAMP(3)`, `INTEGER`). Empty for enums, whose type text is the enum itself.
    pub native_type: String,
    /// Required, nullable or list.
    pub arity: ColumnArity,
}

/// The dialect-neutral kind of a column.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ColumnTypeFamily {
    /// 32-bit integers (and smaller).
    Int,
    /// 64-bit integers.
    BigInt,
    /// Floating point numbers.
    Float,
    /// Exact decimal numbers.
    Decimal,
    /// Booleans.
    Boolean,
    /// Text.
    String,
    /// Date, time, timestamp.
    DateTime,
    /// JSON documents.
    Json,
    /// Byte strings.
    Binary,
    /// Values of an enum of the same schema.
    Enum(EnumId),
    /// A type Prisma does not model; the text is the type as written in DDL.
    Unsupported(String),
}

/// Whether a column is `NOT NULL`, nullable, or an array.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ColumnArity {
    /// `NOT NULL`.
    Required,
    /// May be `NULL`.
    Nullable,
    /// An array of the type (PostgreSQL `T[]`).
    List,
}

impl ColumnArity {
    /// `NOT NULL`.
    pub fn is_required(self) -> bool {
        self == ColumnArity::Required
    }
    /// Nullable.
    pub fn is_nullable(self) -> bool {
        self == ColumnArity::Nullable
    }
    /// An array.
    pub fn is_list(self) -> bool {
        self == ColumnArity::List
    }
}

/// A column default.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    /// A constant.
    Value(Value),
    /// The current timestamp (`now()`).
    Now,
    /// The next value of the named sequence (`nextval(...)`); implied by autoincrement.
    Sequence(String),
    /// A database expression written verbatim (`dbgenerated("gen_random_uuid()")`); `None`
    /// for `dbgenerated()` without argument, which is never rendered.
    DbGenerated(Option<String>),
}

/// A constant default value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A string.
    String(String),
    /// An integer.
    Int(i64),
    /// A big integer.
    BigInt(i64),
    /// A float or decimal, as its canonical text (`1.5`).
    Float(String),
    /// A boolean.
    Boolean(bool),
    /// An enum value (the database name of the value).
    Enum(String),
    /// A JSON document as text.
    Json(String),
    /// A byte string.
    Bytes(Vec<u8>),
    /// A timestamp literal as text (RFC 3339).
    DateTime(String),
    /// An array of values (PostgreSQL list defaults).
    List(Vec<Value>),
}

impl std::fmt::Display for Value {
    /// The value as a bare SQL literal for numbers and booleans; strings are *not* quoted here
    /// (quoting is dialect-specific and done by the renderers).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::String(s) | Value::Enum(s) | Value::Json(s) | Value::DateTime(s) => f.write_str(s),
            Value::Int(i) | Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(s) => f.write_str(s),
            Value::Boolean(b) => write!(f, "{b}"),
            Value::Bytes(b) => {
                for byte in b {
                    write!(f, "{byte:02x}")?;
                }
                Ok(())
            }
            Value::List(values) => {
                f.write_str("[")?;
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// Index kinds (the primary key is not an index in this IR: see [`PrimaryKey`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum IndexKind {
    /// `CREATE INDEX`.
    Normal,
    /// `CREATE UNIQUE INDEX`.
    Unique,
    /// `CREATE FULLTEXT INDEX` (MySQL).
    Fulltext,
}

/// Index access methods (PostgreSQL `USING ...`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum IndexAlgorithm {
    /// B-tree, the default.
    #[default]
    BTree,
    /// Hash.
    Hash,
    /// GiST.
    Gist,
    /// GIN.
    Gin,
    /// SP-GiST.
    SpGist,
    /// BRIN.
    Brin,
}

impl IndexAlgorithm {
    /// The keyword after `USING`.
    pub fn as_sql(self) -> &'static str {
        match self {
            IndexAlgorithm::BTree => "BTREE",
            IndexAlgorithm::Hash => "HASH",
            IndexAlgorithm::Gist => "GIST",
            IndexAlgorithm::Gin => "GIN",
            IndexAlgorithm::SpGist => "SPGIST",
            IndexAlgorithm::Brin => "BRIN",
        }
    }
}

/// Sort order of an index column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum SortOrder {
    /// Ascending, the default.
    #[default]
    Asc,
    /// Descending.
    Desc,
}

impl SortOrder {
    /// `ASC` or `DESC`.
    pub fn as_sql(self) -> &'static str {
        match self {
            SortOrder::Asc => "ASC",
            SortOrder::Desc => "DESC",
        }
    }
}

/// One column of an index or primary key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexColumn {
    /// The indexed column (of the index's table).
    pub column: ColumnId,
    /// Explicit sort order, if written (`None` renders nothing and compares as `ASC`).
    pub sort_order: Option<SortOrder>,
    /// Prefix length (MySQL).
    pub length: Option<u32>,
    /// Operator class (PostgreSQL), e.g. `jsonb_path_ops`.
    pub operator_class: Option<String>,
}

/// A secondary index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// The index's name.
    pub name: String,
    /// Normal, unique or fulltext.
    pub kind: IndexKind,
    /// Indexed columns, in index order.
    pub columns: Vec<IndexColumn>,
    /// Access method (PostgreSQL); `None` means the dialect's default and renders nothing.
    pub algorithm: Option<IndexAlgorithm>,
}

/// Referential actions of a foreign key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ForeignKeyAction {
    /// `NO ACTION`.
    NoAction,
    /// `RESTRICT`.
    Restrict,
    /// `CASCADE`.
    Cascade,
    /// `SET NULL`.
    SetNull,
    /// `SET DEFAULT`.
    SetDefault,
}

impl ForeignKeyAction {
    /// The SQL keywords.
    pub fn as_sql(self) -> &'static str {
        match self {
            ForeignKeyAction::NoAction => "NO ACTION",
            ForeignKeyAction::Restrict => "RESTRICT",
            ForeignKeyAction::Cascade => "CASCADE",
            ForeignKeyAction::SetNull => "SET NULL",
            ForeignKeyAction::SetDefault => "SET DEFAULT",
        }
    }
}

/// A foreign key constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForeignKey {
    /// The constraint name (`Post_authorId_fkey`); SQLite renders it nowhere.
    pub constraint_name: Option<String>,
    /// Columns of the constrained table, in order.
    pub columns: Vec<ColumnId>,
    /// The referenced table.
    pub referenced_table: TableId,
    /// Columns of the referenced table, in order.
    pub referenced_columns: Vec<ColumnId>,
    /// `ON DELETE`.
    pub on_delete: ForeignKeyAction,
    /// `ON UPDATE`.
    pub on_update: ForeignKeyAction,
}

/// An enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enum {
    /// The enum's name in the database (after `@@map`). On MySQL, Prisma names the inline
    /// enum of column `c` of table `T` `T_c`.
    pub name: String,
    /// The PostgreSQL schema of the type.
    pub namespace: Option<NamespaceId>,
    /// Values (database names), in declaration order.
    pub values: Vec<String>,
}

/// A sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sequence {
    /// The sequence's name.
    pub name: String,
    /// The PostgreSQL schema of the sequence.
    pub namespace: Option<NamespaceId>,
}

impl SqlSchema {
    /// An empty schema.
    pub fn new() -> Self {
        SqlSchema::default()
    }

    /// A builder that takes names instead of ids (see [`crate::SchemaBuilder`]).
    pub fn builder() -> crate::SchemaBuilder {
        crate::SchemaBuilder::default()
    }

    /// A walker over one object of the schema.
    pub fn walk<I>(&self, id: I) -> Walker<'_, I> {
        Walker { schema: self, id }
    }

    /// All tables, in id order.
    pub fn table_walkers(&self) -> impl ExactSizeIterator<Item = crate::TableWalker<'_>> + '_ {
        (0..self.tables.len() as u32).map(move |i| self.walk(TableId(i)))
    }

    /// All enums, in id order.
    pub fn enum_walkers(&self) -> impl ExactSizeIterator<Item = crate::EnumWalker<'_>> + '_ {
        (0..self.enums.len() as u32).map(move |i| self.walk(EnumId(i)))
    }

    /// All namespaces, in id order.
    pub fn namespace_walkers(&self) -> impl ExactSizeIterator<Item = crate::NamespaceWalker<'_>> + '_ {
        (0..self.namespaces.len() as u32).map(move |i| self.walk(NamespaceId(i)))
    }

    /// All columns of all tables, in id order.
    pub fn column_walkers(&self) -> impl ExactSizeIterator<Item = crate::ColumnWalker<'_>> + '_ {
        (0..self.columns.len() as u32).map(move |i| self.walk(ColumnId(i)))
    }

    /// The table named `name` in `namespace` (namespace name), if any.
    pub fn find_table(&self, namespace: Option<&str>, name: &str) -> Option<TableId> {
        self.table_walkers().find(|t| t.name() == name && t.namespace_name() == namespace).map(|t| t.id)
    }

    /// The enum named `name` in `namespace` (namespace name), if any.
    pub fn find_enum(&self, namespace: Option<&str>, name: &str) -> Option<EnumId> {
        self.enum_walkers().find(|e| e.name() == name && e.namespace_name() == namespace).map(|e| e.id)
    }

    /// The namespace named `name`, if any.
    pub fn find_namespace(&self, name: &str) -> Option<NamespaceId> {
        self.namespaces.iter().position(|n| n.name == name).map(|i| NamespaceId(i as u32))
    }

    /// Adds a namespace and returns its id.
    pub fn push_namespace(&mut self, name: impl Into<String>) -> NamespaceId {
        self.namespaces.push(Namespace { name: name.into() });
        NamespaceId(self.namespaces.len() as u32 - 1)
    }

    /// Adds a table and returns its id. Columns, indexes and foreign keys of a table must be
    /// pushed before those of any later table.
    pub fn push_table(&mut self, table: Table) -> TableId {
        self.tables.push(table);
        TableId(self.tables.len() as u32 - 1)
    }

    /// Adds a column to `table` and returns its id.
    pub fn push_column(&mut self, table: TableId, column: Column) -> ColumnId {
        debug_assert!(self.columns.last().is_none_or(|(t, _)| *t <= table));
        self.columns.push((table, column));
        ColumnId(self.columns.len() as u32 - 1)
    }

    /// Adds an index to `table` and returns its id.
    pub fn push_index(&mut self, table: TableId, index: Index) -> IndexId {
        debug_assert!(self.indexes.last().is_none_or(|(t, _)| *t <= table));
        self.indexes.push((table, index));
        IndexId(self.indexes.len() as u32 - 1)
    }

    /// Adds a foreign key to `table` and returns its id.
    pub fn push_foreign_key(&mut self, table: TableId, fk: ForeignKey) -> ForeignKeyId {
        debug_assert!(self.foreign_keys.last().is_none_or(|(t, _)| *t <= table));
        self.foreign_keys.push((table, fk));
        ForeignKeyId(self.foreign_keys.len() as u32 - 1)
    }

    /// Adds an enum and returns its id.
    pub fn push_enum(&mut self, enm: Enum) -> EnumId {
        self.enums.push(enm);
        EnumId(self.enums.len() as u32 - 1)
    }

    /// Adds an extension and returns its id.
    pub fn push_extension(&mut self, extension: Extension) -> ExtensionId {
        self.extensions.push(extension);
        ExtensionId(self.extensions.len() as u32 - 1)
    }

    /// The extension with database name `name`, if any.
    pub fn find_extension(&self, name: &str) -> Option<ExtensionId> {
        self.extensions.iter().position(|e| e.name == name).map(|i| ExtensionId(i as u32))
    }

    /// Adds a sequence and returns its id.
    pub fn push_sequence(&mut self, sequence: Sequence) -> SequenceId {
        self.sequences.push(sequence);
        SequenceId(self.sequences.len() as u32 - 1)
    }

    /// The range of `items` (grouped by table) that belongs to `table`.
    pub(crate) fn range_of<T>(items: &[(TableId, T)], table: TableId) -> std::ops::Range<usize> {
        let start = items.partition_point(|(t, _)| *t < table);
        let end = items.partition_point(|(t, _)| *t <= table);
        start..end
    }
}
