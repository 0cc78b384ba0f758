//! Constraint name clashes: each provider has namespaces in which primary
//! key, index, unique, foreign key and default constraint names must be
//! unique — global ones, across all tables of a schema, and per table.

use crate::config::Provider;
use crate::constraint_names as names;
use crate::datamodel::{Datamodel, ModelId};
use std::collections::HashMap;

/// A namespace in which constraint names must be unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Scope {
    GlobalKeyIndex,
    GlobalForeignKey,
    GlobalPrimaryKeyKeyIndex,
    GlobalPrimaryKeyForeignKeyDefault,
    ModelKeyIndex,
    ModelPrimaryKeyKeyIndex,
    ModelPrimaryKeyKeyIndexForeignKey,
}

impl Scope {
    /// How Prisma describes the namespace in messages.
    pub(crate) fn description(self, model: &str) -> String {
        match self {
            Scope::GlobalKeyIndex => "global for indexes and unique constraints".to_string(),
            Scope::GlobalForeignKey => "global for foreign keys".to_string(),
            Scope::GlobalPrimaryKeyKeyIndex => "global for primary key, indexes and unique constraints".to_string(),
            Scope::GlobalPrimaryKeyForeignKeyDefault => {
                "global for primary keys, foreign keys and default constraints".to_string()
            }
            Scope::ModelKeyIndex => format!("on model `{model}` for indexes and unique constraints"),
            Scope::ModelPrimaryKeyKeyIndex => {
                format!("on model `{model}` for primary key, indexes and unique constraints")
            }
            Scope::ModelPrimaryKeyKeyIndexForeignKey => {
                format!("on model `{model}` for primary key, indexes, unique constraints and foreign keys")
            }
        }
    }

    fn is_global(self) -> bool {
        matches!(
            self,
            Scope::GlobalKeyIndex
                | Scope::GlobalForeignKey
                | Scope::GlobalPrimaryKeyKeyIndex
                | Scope::GlobalPrimaryKeyForeignKeyDefault
        )
    }
}

/// The namespaces of a provider.
fn scopes(provider: Option<Provider>) -> &'static [Scope] {
    match provider {
        Some(Provider::Postgres) => &[Scope::GlobalPrimaryKeyKeyIndex, Scope::ModelPrimaryKeyKeyIndexForeignKey],
        Some(Provider::CockroachDb) => &[Scope::ModelPrimaryKeyKeyIndexForeignKey],
        Some(Provider::Mysql) => &[Scope::GlobalForeignKey, Scope::ModelKeyIndex],
        Some(Provider::Sqlite) => &[Scope::GlobalKeyIndex],
        Some(Provider::SqlServer) => &[Scope::GlobalPrimaryKeyForeignKeyDefault, Scope::ModelPrimaryKeyKeyIndex],
        Some(Provider::MongoDb) => &[Scope::ModelKeyIndex],
        None => &[],
    }
}

/// What kind of constraint a name belongs to (`Relation` is for the
/// foreign key checks, `Default` for SQL Server default constraints).
#[derive(Clone, Copy, Debug)]
#[allow(dead_code)]
pub(crate) enum ConstraintKind {
    Index,
    Relation,
    Default,
    PrimaryKey,
}

impl ConstraintKind {
    fn possible_scopes(self) -> &'static [Scope] {
        use Scope::*;
        match self {
            ConstraintKind::Index => {
                &[GlobalKeyIndex, GlobalPrimaryKeyKeyIndex, ModelKeyIndex, ModelPrimaryKeyKeyIndex]
            }
            ConstraintKind::Relation => {
                &[GlobalForeignKey, GlobalPrimaryKeyForeignKeyDefault, ModelPrimaryKeyKeyIndexForeignKey]
            }
            ConstraintKind::Default => &[GlobalPrimaryKeyForeignKeyDefault],
            ConstraintKind::PrimaryKey => &[
                GlobalPrimaryKeyForeignKeyDefault,
                GlobalPrimaryKeyKeyIndex,
                ModelPrimaryKeyKeyIndex,
                ModelPrimaryKeyKeyIndexForeignKey,
            ],
        }
    }
}

/// Occurrence counts of every constraint name in every namespace.
pub(crate) struct ConstraintNamespace {
    global: HashMap<(Scope, Option<String>, String), usize>,
    local: HashMap<(ModelId, Scope, String), usize>,
    custom_names: HashMap<(ModelId, String), usize>,
}

impl ConstraintNamespace {
    /// Counts the constraint names of `dm` in the namespaces of `provider`.
    pub(crate) fn new(dm: &Datamodel, provider: Option<Provider>) -> Self {
        let mut ns =
            ConstraintNamespace { global: HashMap::new(), local: HashMap::new(), custom_names: HashMap::new() };
        for (i, model) in dm.models.iter().enumerate() {
            let id = ModelId(i as u32);
            let mut add = |scope: Scope, name: String| {
                if scope.is_global() {
                    *ns.global.entry((scope, model.schema.clone(), name)).or_default() += 1;
                } else {
                    *ns.local.entry((id, scope, name)).or_default() += 1;
                }
            };
            let pk = names::primary_key_constraint_name(model, provider);
            let indexes: Vec<String> =
                model.indexes.iter().map(|ix| names::index_constraint_name(model, ix, provider)).collect();
            let fks: Vec<String> = foreign_key_names(dm, i, provider);
            for scope in scopes(provider) {
                use Scope::*;
                let (with_pk, with_indexes, with_fks) = match scope {
                    GlobalKeyIndex | ModelKeyIndex => (false, true, false),
                    GlobalForeignKey => (false, false, true),
                    GlobalPrimaryKeyKeyIndex | ModelPrimaryKeyKeyIndex => (true, true, false),
                    GlobalPrimaryKeyForeignKeyDefault => (true, false, true),
                    ModelPrimaryKeyKeyIndexForeignKey => (true, true, !model.is_view),
                };
                if with_pk {
                    if let Some(pk) = &pk {
                        add(*scope, pk.clone());
                    }
                }
                if with_indexes {
                    for name in &indexes {
                        add(*scope, name.clone());
                    }
                }
                if with_fks {
                    for name in &fks {
                        add(*scope, name.clone());
                    }
                }
            }
            if let Some(name) = model.primary_key.as_ref().and_then(|pk| pk.name.clone()) {
                *ns.custom_names.entry((id, name)).or_default() += 1;
            }
            for name in model.indexes.iter().filter_map(|ix| ix.name.clone()) {
                *ns.custom_names.entry((id, name)).or_default() += 1;
            }
        }
        ns
    }

    /// The namespaces in which `name` (of kind `kind`, on `model`) clashes:
    /// global ones first, then the model's.
    pub(crate) fn violations(&self, dm: &Datamodel, model: ModelId, kind: ConstraintKind, name: &str) -> Vec<Scope> {
        let schema = dm.models.get(model.0 as usize).and_then(|m| m.schema.clone());
        let mut out: Vec<Scope> = kind
            .possible_scopes()
            .iter()
            .copied()
            .filter(|s| self.global.get(&(*s, schema.clone(), name.to_string())).is_some_and(|c| *c > 1))
            .collect();
        out.extend(
            kind.possible_scopes()
                .iter()
                .copied()
                .filter(|s| self.local.get(&(model, *s, name.to_string())).is_some_and(|c| *c > 1)),
        );
        out
    }

    /// Whether a `name:` (client name) is used twice on the model.
    pub(crate) fn custom_name_clashes(&self, model: ModelId, name: &str) -> bool {
        self.custom_names.get(&(model, name.to_string())).is_some_and(|c| *c > 1)
    }
}

/// The foreign key names of the relations held by model `model`.
pub(crate) fn foreign_key_names(dm: &Datamodel, model: usize, provider: Option<Provider>) -> Vec<String> {
    let Some(m) = dm.models.get(model) else { return Vec::new() };
    m.relation_fields()
        .filter(|(_, _, r)| !r.fields.is_empty())
        .map(|(_, _, r)| {
            r.mapped_name.clone().unwrap_or_else(|| {
                let columns: Vec<&str> =
                    r.fields.iter().filter_map(|f| m.fields.get(*f)).map(|f| f.database_name()).collect();
                names::foreign_key_name(m.database_name(), &columns, provider)
            })
        })
        .collect()
}
