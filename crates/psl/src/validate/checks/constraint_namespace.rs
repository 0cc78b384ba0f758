//! Constraint name clashes: each provider has namespaces in which primary
//! key, index, unique, foreign key and default constraint names must be
//! unique — global ones, across all tables of a schema, and per table.

use crate::config::Provider;
use crate::constraint_names as names;
use crate::datamodel::FieldKind;
use crate::datamodel::{Datamodel, ModelId};
use crate::hash::FxHashMap;

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

/// What kind of constraint a name belongs to: it decides the namespaces
/// the name is checked in.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ConstraintKind {
    Index,
    /// A foreign key.
    Relation,
    /// A default constraint (SQL Server).
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

/// The constraint names of one model, computed once.
#[derive(Default)]
struct ModelNames {
    primary_key: Option<String>,
    /// By index position.
    indexes: Vec<String>,
    /// (relation field, name) for relation fields holding a foreign key.
    foreign_keys: Vec<(usize, String)>,
    /// (scalar field, name) for fields with a default, when the provider
    /// names default constraints.
    defaults: Vec<(usize, String)>,
}

/// A name interned as a number, so that counting needs no string copies.
type NameId = u32;

/// "No schema", for models without `@@schema`.
const NO_SCHEMA: u32 = u32::MAX;

/// Occurrence counts of every constraint name in every namespace, and the
/// constraint names themselves.
pub(crate) struct ConstraintNamespace {
    ids: FxHashMap<String, NameId>,
    /// (scope, schema, name) → occurrences.
    global: FxHashMap<(Scope, u32, NameId), u32>,
    /// (model, scope, name) → occurrences.
    local: FxHashMap<(ModelId, Scope, NameId), u32>,
    /// (model, client name of a primary key or index) → occurrences.
    custom_names: FxHashMap<(ModelId, NameId), u32>,
    /// Each model's schema, interned.
    model_schemas: Vec<u32>,
    models: Vec<ModelNames>,
}

impl ConstraintNamespace {
    /// Counts the constraint names of `dm` in the namespaces of `provider`.
    pub(crate) fn new(dm: &Datamodel, provider: Option<Provider>) -> Self {
        // Sized up front (about a primary key, two indexes and two foreign
        // keys per model): growing large maps is slow.
        let expected = dm.models.len() * 6;
        let mut ns = ConstraintNamespace {
            ids: FxHashMap::with_capacity_and_hasher(expected, Default::default()),
            global: FxHashMap::with_capacity_and_hasher(expected, Default::default()),
            local: FxHashMap::with_capacity_and_hasher(expected, Default::default()),
            custom_names: FxHashMap::default(),
            model_schemas: Vec::with_capacity(dm.models.len()),
            models: Vec::with_capacity(dm.models.len()),
        };
        let scopes = scopes(provider);
        let with_defaults = scopes.contains(&Scope::GlobalPrimaryKeyForeignKeyDefault);
        let mut schemas: FxHashMap<&str, u32> = FxHashMap::default();
        // The names are computed per model (on several threads for a large
        // schema), then counted in model order.
        let computed = crate::parallel::weighted_ranges(
            dm.models.len(),
            128,
            |i| crate::validate::model_weight(&dm.models[i]),
            |range| {
                range
                    .map(|i| {
                        let model = &dm.models[i];
                        ModelNames {
                            primary_key: names::primary_key_constraint_name(model, provider),
                            indexes: model
                                .indexes
                                .iter()
                                .map(|ix| names::index_constraint_name(model, ix, provider))
                                .collect(),
                            foreign_keys: foreign_key_names(dm, i, provider),
                            defaults: if with_defaults { default_names(model, provider) } else { Vec::new() },
                        }
                    })
                    .collect::<Vec<_>>()
            },
        );
        for ((i, model), names) in dm.models.iter().enumerate().zip(computed.into_iter().flatten()) {
            let id = ModelId(i as u32);
            let schema = match &model.schema {
                Some(s) => {
                    let next = schemas.len() as u32;
                    *schemas.entry(s.as_str()).or_insert(next)
                }
                None => NO_SCHEMA,
            };
            ns.model_schemas.push(schema);
            let pk = names.primary_key.as_deref().map(|n| ns.intern(n));
            let indexes: Vec<NameId> = names.indexes.iter().map(|n| ns.intern(n)).collect();
            let fks: Vec<NameId> = names.foreign_keys.iter().map(|(_, n)| ns.intern(n)).collect();
            let defaults: Vec<NameId> = names.defaults.iter().map(|(_, n)| ns.intern(n)).collect();
            for scope in scopes {
                use Scope::*;
                let (with_pk, with_indexes, with_fks, with_defaults) = match scope {
                    GlobalKeyIndex | ModelKeyIndex => (false, true, false, false),
                    GlobalForeignKey => (false, false, true, false),
                    GlobalPrimaryKeyKeyIndex | ModelPrimaryKeyKeyIndex => (true, true, false, false),
                    GlobalPrimaryKeyForeignKeyDefault => (true, false, true, true),
                    ModelPrimaryKeyKeyIndexForeignKey => (true, true, !model.is_view, false),
                };
                let mut add = |name: NameId| {
                    if scope.is_global() {
                        *ns.global.entry((*scope, schema, name)).or_default() += 1;
                    } else {
                        *ns.local.entry((id, *scope, name)).or_default() += 1;
                    }
                };
                if with_pk {
                    pk.into_iter().for_each(&mut add);
                }
                if with_indexes {
                    indexes.iter().copied().for_each(&mut add);
                }
                if with_fks {
                    fks.iter().copied().for_each(&mut add);
                }
                if with_defaults {
                    defaults.iter().copied().for_each(&mut add);
                }
            }
            let custom = model.primary_key.iter().filter_map(|pk| pk.name.as_deref());
            for name in custom.chain(model.indexes.iter().filter_map(|ix| ix.name.as_deref())) {
                let name = ns.intern(name);
                *ns.custom_names.entry((id, name)).or_default() += 1;
            }
            ns.models.push(names);
        }
        ns
    }

    fn intern(&mut self, name: &str) -> NameId {
        if let Some(id) = self.ids.get(name) {
            return *id;
        }
        let id = self.ids.len() as NameId;
        self.ids.insert(name.to_string(), id);
        id
    }

    /// The constraint name of a model's primary key (`None` without one, or
    /// when the provider does not name primary keys).
    pub(crate) fn primary_key_name(&self, model: ModelId) -> Option<&str> {
        self.models.get(model.0 as usize)?.primary_key.as_deref()
    }

    /// The constraint name of index `index` of a model.
    pub(crate) fn index_name(&self, model: ModelId, index: usize) -> &str {
        self.models.get(model.0 as usize).and_then(|m| m.indexes.get(index)).map_or("", String::as_str)
    }

    /// The foreign key name of relation field `field`, if it holds a foreign key.
    pub(crate) fn foreign_key_name(&self, model: ModelId, field: usize) -> Option<&str> {
        let names = self.models.get(model.0 as usize)?;
        names.foreign_keys.iter().find(|(f, _)| *f == field).map(|(_, n)| n.as_str())
    }

    /// The default constraint name of scalar field `field`, if the provider
    /// names default constraints and the field has a default.
    pub(crate) fn default_name(&self, model: ModelId, field: usize) -> Option<&str> {
        let names = self.models.get(model.0 as usize)?;
        names.defaults.iter().find(|(f, _)| *f == field).map(|(_, n)| n.as_str())
    }

    /// The namespaces in which `name` (of kind `kind`, on `model`) clashes:
    /// global ones first, then the model's.
    pub(crate) fn violations(&self, model: ModelId, kind: ConstraintKind, name: &str) -> Vec<Scope> {
        let Some(&name) = self.ids.get(name) else { return Vec::new() };
        let schema = self.model_schemas.get(model.0 as usize).copied().unwrap_or(NO_SCHEMA);
        let scopes = kind.possible_scopes();
        let global = scopes.iter().filter(|s| self.global.get(&(**s, schema, name)).is_some_and(|c| *c > 1));
        let local = scopes.iter().filter(|s| self.local.get(&(model, **s, name)).is_some_and(|c| *c > 1));
        global.chain(local).copied().collect()
    }

    /// Whether a `name:` (client name) is used twice on the model.
    pub(crate) fn custom_name_clashes(&self, model: ModelId, name: &str) -> bool {
        let Some(&name) = self.ids.get(name) else { return false };
        self.custom_names.get(&(model, name)).is_some_and(|c| *c > 1)
    }
}

/// The foreign key names of the relations held by model `model`, with
/// their relation fields.
fn foreign_key_names(dm: &Datamodel, model: usize, provider: Option<Provider>) -> Vec<(usize, String)> {
    let Some(m) = dm.models.get(model) else { return Vec::new() };
    m.relation_fields()
        .filter(|(_, _, r)| !r.fields.is_empty())
        .map(|(i, _, r)| {
            let name = r.mapped_name.clone().unwrap_or_else(|| {
                let columns: Vec<&str> =
                    r.fields.iter().filter_map(|f| m.fields.get(*f)).map(|f| f.database_name()).collect();
                names::foreign_key_name(m.database_name(), &columns, provider)
            });
            (i, name)
        })
        .collect()
}

/// The default constraint names of a model's scalar fields with defaults.
fn default_names(model: &crate::datamodel::Model, provider: Option<Provider>) -> Vec<(usize, String)> {
    model
        .fields
        .iter()
        .enumerate()
        .filter_map(|(i, f)| match &f.kind {
            FieldKind::Scalar(s) => s.default.as_ref().map(|d| {
                let name = d.mapped_name.clone().unwrap_or_else(|| {
                    names::default_constraint_name(model.database_name(), f.database_name(), provider)
                });
                (i, name)
            }),
            FieldKind::Relation(_) => None,
        })
        .collect()
}
