//! A name-based builder for [`SqlSchema`]s: tests and `calculate` write tables, columns and
//! constraints by name, and [`SchemaBuilder::build`] resolves names to ids.

use crate::schema::*;

/// Builds a [`SqlSchema`] from names. Unknown names panic in [`SchemaBuilder::build`]: the
/// builder is for code that knows its schema is consistent (tests, `calculate`).
#[derive(Debug, Default, Clone)]
pub struct SchemaBuilder {
    namespaces: Vec<String>,
    enums: Vec<(Option<String>, String, Vec<String>)>,
    tables: Vec<TableBuilder>,
    sequences: Vec<(Option<String>, String)>,
}

/// A column description for the builder.
#[derive(Debug, Clone)]
pub struct ColumnSpec {
    family: SpecFamily,
    native_type: String,
    arity: ColumnArity,
    default: Option<DefaultValue>,
    auto_increment: bool,
}

#[derive(Debug, Clone)]
enum SpecFamily {
    Resolved(ColumnTypeFamily),
    /// An enum by (namespace, name), resolved in `build`.
    Enum(Option<String>, String),
}

impl ColumnSpec {
    /// A required column of `family` with the native type text `native_type`.
    pub fn new(family: ColumnTypeFamily, native_type: impl Into<String>) -> Self {
        ColumnSpec {
            family: SpecFamily::Resolved(family),
            native_type: native_type.into(),
            arity: ColumnArity::Required,
            default: None,
            auto_increment: false,
        }
    }

    /// `INTEGER`.
    pub fn int() -> Self {
        ColumnSpec::new(ColumnTypeFamily::Int, "INTEGER")
    }

    /// `TEXT`.
    pub fn text() -> Self {
        ColumnSpec::new(ColumnTypeFamily::String, "TEXT")
    }

    /// A required column typed by the enum `name` (in the default namespace).
    pub fn enum_type(name: impl Into<String>) -> Self {
        ColumnSpec {
            family: SpecFamily::Enum(None, name.into()),
            native_type: String::new(),
            arity: ColumnArity::Required,
            default: None,
            auto_increment: false,
        }
    }

    /// A required column typed by the enum `name` of namespace `namespace`.
    pub fn enum_in(namespace: impl Into<String>, name: impl Into<String>) -> Self {
        ColumnSpec { family: SpecFamily::Enum(Some(namespace.into()), name.into()), ..ColumnSpec::enum_type("") }
    }

    /// Makes the column nullable.
    pub fn nullable(mut self) -> Self {
        self.arity = ColumnArity::Nullable;
        self
    }

    /// Makes the column a list (array).
    pub fn list(mut self) -> Self {
        self.arity = ColumnArity::List;
        self
    }

    /// Sets the default.
    pub fn default(mut self, default: DefaultValue) -> Self {
        self.default = Some(default);
        self
    }

    /// Marks the column auto-incrementing.
    pub fn autoincrement(mut self) -> Self {
        self.auto_increment = true;
        self
    }
}

/// One table of a [`SchemaBuilder`].
#[derive(Debug, Clone, Default)]
pub struct TableBuilder {
    namespace: Option<String>,
    name: String,
    columns: Vec<(String, ColumnSpec)>,
    primary_key: Option<(Option<String>, Vec<IndexColumnSpec>)>,
    indexes: Vec<(String, IndexKind, Vec<IndexColumnSpec>, Option<IndexAlgorithm>)>,
    foreign_keys: Vec<ForeignKeySpec>,
}

/// An index or primary key column by name, with options.
#[derive(Debug, Clone)]
pub struct IndexColumnSpec {
    /// Column name.
    pub name: String,
    /// Sort order.
    pub sort_order: Option<SortOrder>,
    /// Prefix length.
    pub length: Option<u32>,
    /// Operator class.
    pub operator_class: Option<String>,
}

impl From<&str> for IndexColumnSpec {
    fn from(name: &str) -> Self {
        IndexColumnSpec { name: name.to_owned(), sort_order: None, length: None, operator_class: None }
    }
}

#[derive(Debug, Clone)]
struct ForeignKeySpec {
    name: Option<String>,
    columns: Vec<String>,
    referenced_table: String,
    referenced_columns: Vec<String>,
    on_delete: ForeignKeyAction,
    on_update: ForeignKeyAction,
}

impl TableBuilder {
    /// Adds a column.
    pub fn column(&mut self, name: &str, spec: ColumnSpec) -> &mut Self {
        self.columns.push((name.to_owned(), spec));
        self
    }

    /// Sets the primary key (columns by name) with an optional constraint name.
    pub fn primary_key(&mut self, name: Option<&str>, columns: &[&str]) -> &mut Self {
        let columns = columns.iter().map(|c| IndexColumnSpec::from(*c)).collect();
        self.primary_key = Some((name.map(str::to_owned), columns));
        self
    }

    /// Sets the primary key with column options.
    pub fn primary_key_with(&mut self, name: Option<&str>, columns: Vec<IndexColumnSpec>) -> &mut Self {
        self.primary_key = Some((name.map(str::to_owned), columns));
        self
    }

    /// Adds a normal index.
    pub fn index(&mut self, name: &str, columns: &[&str]) -> &mut Self {
        self.index_with(name, IndexKind::Normal, columns.iter().map(|c| (*c).into()).collect(), None)
    }

    /// Adds a unique index.
    pub fn unique(&mut self, name: &str, columns: &[&str]) -> &mut Self {
        self.index_with(name, IndexKind::Unique, columns.iter().map(|c| (*c).into()).collect(), None)
    }

    /// Adds an index with every option.
    pub fn index_with(
        &mut self,
        name: &str,
        kind: IndexKind,
        columns: Vec<IndexColumnSpec>,
        algorithm: Option<IndexAlgorithm>,
    ) -> &mut Self {
        self.indexes.push((name.to_owned(), kind, columns, algorithm));
        self
    }

    /// Adds a foreign key with `ON DELETE RESTRICT ON UPDATE CASCADE` (Prisma's defaults for
    /// required relations); see [`TableBuilder::foreign_key_with`].
    pub fn foreign_key(
        &mut self,
        name: &str,
        columns: &[&str],
        referenced_table: &str,
        referenced_columns: &[&str],
    ) -> &mut Self {
        self.foreign_key_with(
            name,
            columns,
            referenced_table,
            referenced_columns,
            ForeignKeyAction::Restrict,
            ForeignKeyAction::Cascade,
        )
    }

    /// Adds a foreign key with explicit actions.
    pub fn foreign_key_with(
        &mut self,
        name: &str,
        columns: &[&str],
        referenced_table: &str,
        referenced_columns: &[&str],
        on_delete: ForeignKeyAction,
        on_update: ForeignKeyAction,
    ) -> &mut Self {
        self.foreign_keys.push(ForeignKeySpec {
            name: Some(name.to_owned()),
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            referenced_table: referenced_table.to_owned(),
            referenced_columns: referenced_columns.iter().map(|c| (*c).to_owned()).collect(),
            on_delete,
            on_update,
        });
        self
    }
}

impl SchemaBuilder {
    /// Adds a namespace.
    pub fn namespace(mut self, name: &str) -> Self {
        self.namespaces.push(name.to_owned());
        self
    }

    /// Adds an enum outside any namespace (in the connection's default schema, unqualified).
    pub fn enum_type(mut self, name: &str, values: &[&str]) -> Self {
        self.enums.push((None, name.to_owned(), values.iter().map(|v| (*v).to_owned()).collect()));
        self
    }

    /// Adds an enum in `namespace`.
    pub fn enum_in(mut self, namespace: &str, name: &str, values: &[&str]) -> Self {
        self.enums.push((
            Some(namespace.to_owned()),
            name.to_owned(),
            values.iter().map(|v| (*v).to_owned()).collect(),
        ));
        self
    }

    /// Adds a sequence outside any namespace.
    pub fn sequence(mut self, name: &str) -> Self {
        self.sequences.push((None, name.to_owned()));
        self
    }

    /// Adds a table outside any namespace (in the connection's default schema, unqualified).
    pub fn table(self, name: &str, f: impl FnOnce(&mut TableBuilder)) -> Self {
        self.table_impl(None, name, f)
    }

    /// Adds a table in `namespace`.
    pub fn table_in(self, namespace: &str, name: &str, f: impl FnOnce(&mut TableBuilder)) -> Self {
        self.table_impl(Some(namespace), name, f)
    }

    fn table_impl(mut self, namespace: Option<&str>, name: &str, f: impl FnOnce(&mut TableBuilder)) -> Self {
        let mut table =
            TableBuilder { namespace: namespace.map(str::to_owned), name: name.to_owned(), ..Default::default() };
        f(&mut table);
        self.tables.push(table);
        self
    }

    /// Resolves names and returns the schema.
    ///
    /// # Panics
    /// On a namespace, enum, table or column name that was not declared.
    pub fn build(self) -> SqlSchema {
        let mut schema = SqlSchema::new();
        for ns in &self.namespaces {
            schema.push_namespace(ns.clone());
        }
        let resolve_ns = |schema: &SqlSchema, ns: &Option<String>| -> Option<NamespaceId> {
            ns.as_ref().map(|name| schema.find_namespace(name).unwrap_or_else(|| panic!("unknown namespace {name}")))
        };
        for (ns, name, values) in &self.enums {
            let namespace = resolve_ns(&schema, ns);
            schema.push_enum(Enum { name: name.clone(), namespace, values: values.clone() });
        }
        for (ns, name) in &self.sequences {
            let namespace = resolve_ns(&schema, ns);
            schema.push_sequence(Sequence { name: name.clone(), namespace });
        }
        let mut table_ids = Vec::with_capacity(self.tables.len());
        for t in &self.tables {
            let namespace = resolve_ns(&schema, &t.namespace);
            let id = schema.push_table(Table { name: t.name.clone(), namespace, primary_key: None });
            table_ids.push(id);
        }
        for (t, &table_id) in self.tables.iter().zip(&table_ids) {
            for (name, spec) in &t.columns {
                let family = match &spec.family {
                    SpecFamily::Resolved(f) => f.clone(),
                    SpecFamily::Enum(ns, enum_name) => {
                        let id = schema
                            .find_enum(ns.as_deref(), enum_name)
                            .unwrap_or_else(|| panic!("unknown enum {enum_name}"));
                        ColumnTypeFamily::Enum(id)
                    }
                };
                schema.push_column(
                    table_id,
                    Column {
                        name: name.clone(),
                        tpe: ColumnType { family, native_type: spec.native_type.clone(), arity: spec.arity },
                        default: spec.default.clone(),
                        auto_increment: spec.auto_increment,
                    },
                );
            }
        }
        let column_id = |schema: &SqlSchema, table: TableId, name: &str| -> ColumnId {
            schema
                .walk(table)
                .column(name)
                .unwrap_or_else(|| panic!("unknown column {}.{name}", schema.walk(table).name()))
                .id
        };
        let index_columns = |schema: &SqlSchema, table: TableId, cols: &[IndexColumnSpec]| -> Vec<IndexColumn> {
            cols.iter()
                .map(|c| IndexColumn {
                    column: column_id(schema, table, &c.name),
                    sort_order: c.sort_order,
                    length: c.length,
                    operator_class: c.operator_class.clone(),
                })
                .collect()
        };
        for (t, &table_id) in self.tables.iter().zip(&table_ids) {
            if let Some((name, cols)) = &t.primary_key {
                let columns = index_columns(&schema, table_id, cols);
                schema.tables[table_id.index()].primary_key =
                    Some(PrimaryKey { constraint_name: name.clone(), columns });
            }
            for (name, kind, cols, algorithm) in &t.indexes {
                let columns = index_columns(&schema, table_id, cols);
                schema.push_index(table_id, Index { name: name.clone(), kind: *kind, columns, algorithm: *algorithm });
            }
        }
        for (t, &table_id) in self.tables.iter().zip(&table_ids) {
            for fk in &t.foreign_keys {
                let referenced = self
                    .tables
                    .iter()
                    .position(|other| other.name == fk.referenced_table)
                    .map(|i| table_ids[i])
                    .unwrap_or_else(|| panic!("unknown table {}", fk.referenced_table));
                let columns = fk.columns.iter().map(|c| column_id(&schema, table_id, c)).collect();
                let referenced_columns =
                    fk.referenced_columns.iter().map(|c| column_id(&schema, referenced, c)).collect();
                schema.push_foreign_key(
                    table_id,
                    ForeignKey {
                        constraint_name: fk.name.clone(),
                        columns,
                        referenced_table: referenced,
                        referenced_columns,
                        on_delete: fk.on_delete,
                        on_update: fk.on_update,
                    },
                );
            }
        }
        schema
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_and_walks() {
        let schema = SqlSchema::builder()
            .namespace("public")
            .enum_type("Role", &["USER", "ADMIN"])
            .table("User", |t| {
                t.column("id", ColumnSpec::int().autoincrement())
                    .column("email", ColumnSpec::text())
                    .column("role", ColumnSpec::enum_type("Role"))
                    .primary_key(Some("User_pkey"), &["id"])
                    .unique("User_email_key", &["email"]);
            })
            .table("Post", |t| {
                t.column("id", ColumnSpec::int())
                    .column("authorId", ColumnSpec::int().nullable())
                    .primary_key(Some("Post_pkey"), &["id"])
                    .foreign_key("Post_authorId_fkey", &["authorId"], "User", &["id"]);
            })
            .build();

        let user = schema.walk(schema.find_table(None, "User").unwrap());
        assert_eq!(user.columns().map(|c| c.name()).collect::<Vec<_>>(), ["id", "email", "role"]);
        assert_eq!(user.indexes().next().unwrap().name(), "User_email_key");
        assert!(user.column("id").unwrap().is_single_primary_key());
        assert_eq!(user.column("role").unwrap().enum_type().unwrap().name(), "Role");
        let post = schema.walk(TableId(1));
        let fk = post.foreign_keys().next().unwrap();
        assert_eq!(fk.referenced_table().name(), "User");
        assert_eq!(fk.constrained_columns().next().unwrap().name(), "authorId");
        assert_eq!(post.namespace_name(), None);
        assert_eq!(user.foreign_keys().len(), 0);
    }
}
