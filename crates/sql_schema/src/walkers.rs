//! Walkers: cheap, `Copy` read-only views of one object of a [`SqlSchema`].

use crate::schema::*;

/// A reference to one object (`id`) of a schema, with navigation methods per id type.
#[derive(Debug, Clone, Copy)]
pub struct Walker<'a, I> {
    /// The schema the object belongs to.
    pub schema: &'a SqlSchema,
    /// The object's id.
    pub id: I,
}

impl<I: PartialEq> PartialEq for Walker<'_, I> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.schema, other.schema) && self.id == other.id
    }
}

impl<'a, I> Walker<'a, I> {
    /// A walker over another object of the same schema.
    pub fn walk<J>(self, id: J) -> Walker<'a, J> {
        self.schema.walk(id)
    }
}

/// A view of a namespace.
pub type NamespaceWalker<'a> = Walker<'a, NamespaceId>;
/// A view of a table.
pub type TableWalker<'a> = Walker<'a, TableId>;
/// A view of a column.
pub type ColumnWalker<'a> = Walker<'a, ColumnId>;
/// A view of a secondary index.
pub type IndexWalker<'a> = Walker<'a, IndexId>;
/// A view of a foreign key.
pub type ForeignKeyWalker<'a> = Walker<'a, ForeignKeyId>;
/// A view of an enum.
pub type EnumWalker<'a> = Walker<'a, EnumId>;

impl<'a> NamespaceWalker<'a> {
    /// The namespace's name.
    pub fn name(self) -> &'a str {
        &self.schema.namespaces[self.id.index()].name
    }
}

impl<'a> TableWalker<'a> {
    /// The table's data.
    pub fn get(self) -> &'a Table {
        &self.schema.tables[self.id.index()]
    }

    /// The table's name.
    pub fn name(self) -> &'a str {
        &self.get().name
    }

    /// The name of the table's namespace, if any.
    pub fn namespace_name(self) -> Option<&'a str> {
        self.get().namespace.map(|ns| self.walk(ns).name())
    }

    /// The table's columns, in declaration order.
    pub fn columns(self) -> impl ExactSizeIterator<Item = ColumnWalker<'a>> + Clone + 'a {
        let range = SqlSchema::range_of(&self.schema.columns, self.id);
        let schema = self.schema;
        range.map(move |i| schema.walk(ColumnId(i as u32)))
    }

    /// The column named `name`, if any.
    pub fn column(self, name: &str) -> Option<ColumnWalker<'a>> {
        self.columns().find(|c| c.name() == name)
    }

    /// The table's secondary indexes, in declaration order.
    pub fn indexes(self) -> impl ExactSizeIterator<Item = IndexWalker<'a>> + Clone + 'a {
        let range = SqlSchema::range_of(&self.schema.indexes, self.id);
        let schema = self.schema;
        range.map(move |i| schema.walk(IndexId(i as u32)))
    }

    /// The table's foreign keys, in declaration order.
    pub fn foreign_keys(self) -> impl ExactSizeIterator<Item = ForeignKeyWalker<'a>> + Clone + 'a {
        let range = SqlSchema::range_of(&self.schema.foreign_keys, self.id);
        let schema = self.schema;
        range.map(move |i| schema.walk(ForeignKeyId(i as u32)))
    }

    /// The primary key, if any.
    pub fn primary_key(self) -> Option<&'a PrimaryKey> {
        self.get().primary_key.as_ref()
    }

    /// The primary key's columns (empty without a primary key).
    pub fn primary_key_columns(self) -> impl Iterator<Item = IndexColumnWalker<'a>> + 'a {
        let schema = self.schema;
        self.primary_key()
            .into_iter()
            .flat_map(|pk| pk.columns.iter())
            .map(move |c| IndexColumnWalker { schema, column: c })
    }
}

impl<'a> ColumnWalker<'a> {
    /// The column's data.
    pub fn get(self) -> &'a Column {
        &self.schema.columns[self.id.index()].1
    }

    /// The column's name.
    pub fn name(self) -> &'a str {
        &self.get().name
    }

    /// The table the column belongs to.
    pub fn table(self) -> TableWalker<'a> {
        self.walk(self.schema.columns[self.id.index()].0)
    }

    /// The column's type.
    pub fn column_type(self) -> &'a ColumnType {
        &self.get().tpe
    }

    /// The column's type family.
    pub fn family(self) -> &'a ColumnTypeFamily {
        &self.get().tpe.family
    }

    /// The native type text (empty for enums).
    pub fn native_type(self) -> &'a str {
        &self.get().tpe.native_type
    }

    /// The column's arity.
    pub fn arity(self) -> ColumnArity {
        self.get().tpe.arity
    }

    /// The column's default, if any.
    pub fn default(self) -> Option<&'a DefaultValue> {
        self.get().default.as_ref()
    }

    /// Whether the column is auto-incrementing.
    pub fn is_autoincrement(self) -> bool {
        self.get().auto_increment
    }

    /// The enum of the column's type, if it is an enum column.
    pub fn enum_type(self) -> Option<EnumWalker<'a>> {
        match self.family() {
            ColumnTypeFamily::Enum(id) => Some(self.walk(*id)),
            _ => None,
        }
    }

    /// Whether the column is the one and only column of its table's primary key.
    pub fn is_single_primary_key(self) -> bool {
        self.table().primary_key().is_some_and(|pk| pk.columns.len() == 1 && pk.columns[0].column == self.id)
    }

    /// Whether the column is part of its table's primary key.
    pub fn is_part_of_primary_key(self) -> bool {
        self.table().primary_key().is_some_and(|pk| pk.columns.iter().any(|c| c.column == self.id))
    }
}

/// A view of one column of an index or a primary key.
#[derive(Debug, Clone, Copy)]
pub struct IndexColumnWalker<'a> {
    schema: &'a SqlSchema,
    column: &'a IndexColumn,
}

impl<'a> IndexColumnWalker<'a> {
    /// The indexed column.
    pub fn as_column(self) -> ColumnWalker<'a> {
        self.schema.walk(self.column.column)
    }

    /// The indexed column's name.
    pub fn name(self) -> &'a str {
        self.as_column().name()
    }

    /// The explicit sort order, if any.
    pub fn sort_order(self) -> Option<SortOrder> {
        self.column.sort_order
    }

    /// The prefix length, if any.
    pub fn length(self) -> Option<u32> {
        self.column.length
    }

    /// The operator class, if any.
    pub fn operator_class(self) -> Option<&'a str> {
        self.column.operator_class.as_deref()
    }
}

impl<'a> IndexWalker<'a> {
    /// The index's data.
    pub fn get(self) -> &'a Index {
        &self.schema.indexes[self.id.index()].1
    }

    /// The index's name.
    pub fn name(self) -> &'a str {
        &self.get().name
    }

    /// The index's table.
    pub fn table(self) -> TableWalker<'a> {
        self.walk(self.schema.indexes[self.id.index()].0)
    }

    /// Normal, unique or fulltext.
    pub fn kind(self) -> IndexKind {
        self.get().kind
    }

    /// Whether this is a unique index.
    pub fn is_unique(self) -> bool {
        self.kind() == IndexKind::Unique
    }

    /// The index's columns.
    pub fn columns(self) -> impl ExactSizeIterator<Item = IndexColumnWalker<'a>> + Clone + 'a {
        let schema = self.schema;
        self.get().columns.iter().map(move |column| IndexColumnWalker { schema, column })
    }

    /// The names of the index's columns.
    pub fn column_names(self) -> impl ExactSizeIterator<Item = &'a str> + Clone + 'a {
        self.columns().map(|c| c.name())
    }

    /// Whether `column` is one of the index's columns.
    pub fn contains_column(self, column: ColumnId) -> bool {
        self.get().columns.iter().any(|c| c.column == column)
    }
}

impl<'a> ForeignKeyWalker<'a> {
    /// The foreign key's data.
    pub fn get(self) -> &'a ForeignKey {
        &self.schema.foreign_keys[self.id.index()].1
    }

    /// The constrained table.
    pub fn table(self) -> TableWalker<'a> {
        self.walk(self.schema.foreign_keys[self.id.index()].0)
    }

    /// The constraint name, if any.
    pub fn constraint_name(self) -> Option<&'a str> {
        self.get().constraint_name.as_deref()
    }

    /// The constrained columns.
    pub fn constrained_columns(self) -> impl ExactSizeIterator<Item = ColumnWalker<'a>> + Clone + 'a {
        let schema = self.schema;
        self.get().columns.iter().map(move |c| schema.walk(*c))
    }

    /// The referenced table.
    pub fn referenced_table(self) -> TableWalker<'a> {
        self.walk(self.get().referenced_table)
    }

    /// The referenced columns.
    pub fn referenced_columns(self) -> impl ExactSizeIterator<Item = ColumnWalker<'a>> + Clone + 'a {
        let schema = self.schema;
        self.get().referenced_columns.iter().map(move |c| schema.walk(*c))
    }

    /// `ON DELETE`.
    pub fn on_delete(self) -> ForeignKeyAction {
        self.get().on_delete
    }

    /// `ON UPDATE`.
    pub fn on_update(self) -> ForeignKeyAction {
        self.get().on_update
    }
}

impl<'a> EnumWalker<'a> {
    /// The enum's data.
    pub fn get(self) -> &'a Enum {
        &self.schema.enums[self.id.index()]
    }

    /// The enum's name.
    pub fn name(self) -> &'a str {
        &self.get().name
    }

    /// The name of the enum's namespace, if any.
    pub fn namespace_name(self) -> Option<&'a str> {
        self.get().namespace.map(|ns| self.walk(ns).name())
    }

    /// The enum's values.
    pub fn values(self) -> impl ExactSizeIterator<Item = &'a str> + Clone + 'a {
        self.get().values.iter().map(String::as_str)
    }
}
