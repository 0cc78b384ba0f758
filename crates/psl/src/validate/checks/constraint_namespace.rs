//! Constraint name clashes: each provider has namespaces in which primary
//! key, index, unique, foreign key and default constraint names must be
//! unique — global ones, across all tables of a schema, and per table.

use crate::config::Provider;
use crate::constraint_names as names;
use crate::datamodel::FieldKind;
use crate::datamodel::{Datamodel, ModelId};
use crate::hash::{FxHashMap, FxHashSet, FxHasher};

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

/// The constraint names of one model, computed once, and the names that
/// clash within the model.
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
    /// The model's own namespaces in which a name occurs more than once.
    local_clashes: Vec<(Scope, String)>,
    /// Client names (`name:` of `@@id`, `@@unique`, `@@index`) used more than
    /// once on the model.
    custom_clashes: Vec<String>,
}

impl ModelNames {
    /// The names counted in namespace `scope`.
    fn in_scope(&self, scope: Scope, is_view: bool) -> impl Iterator<Item = &str> {
        use Scope::*;
        let (pk, indexes, fks, defaults) = match scope {
            GlobalKeyIndex | ModelKeyIndex => (false, true, false, false),
            GlobalForeignKey => (false, false, true, false),
            GlobalPrimaryKeyKeyIndex | ModelPrimaryKeyKeyIndex => (true, true, false, false),
            GlobalPrimaryKeyForeignKeyDefault => (true, false, true, true),
            ModelPrimaryKeyKeyIndexForeignKey => (true, true, !is_view, false),
        };
        let pk = self.primary_key.as_deref().filter(|_| pk);
        let indexes = self.indexes.iter().filter(move |_| indexes).map(String::as_str);
        let fks = self.foreign_keys.iter().filter(move |_| fks).map(|(_, n)| n.as_str());
        let defaults = self.defaults.iter().filter(move |_| defaults).map(|(_, n)| n.as_str());
        pk.into_iter().chain(indexes).chain(fks).chain(defaults)
    }
}

/// The names that occur more than once in `names`, each once.
fn repeated<'n>(names: impl Iterator<Item = &'n str>) -> Vec<&'n str> {
    let mut names: Vec<&str> = names.collect();
    if names.len() < 2 {
        return Vec::new();
    }
    names.sort_unstable();
    let mut repeated: Vec<&str> = names.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
    repeated.dedup();
    repeated
}

/// A constraint name in a global namespace: (namespace, the model's
/// `@@schema`, name).
type GlobalKey<'n> = (Scope, Option<&'n str>, &'n str);

fn hash_of(key: &GlobalKey<'_>) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault};
    BuildHasherDefault::<FxHasher>::default().hash_one(key)
}

/// Every constraint name of a schema, and the names that clash in the
/// provider's namespaces.
///
/// Clashes are rare, so the counting is built for schemas without any: each
/// model's names, and the clashes within the model, are found per model (on
/// several threads for a large schema); across models only a hash of each
/// name in a global namespace is counted, and only names whose hash repeats
/// are compared as strings.
pub(crate) struct ConstraintNamespace {
    /// (namespace, schema, name) of every name that occurs more than once
    /// in a global namespace.
    global_clashes: FxHashSet<(Scope, Option<String>, String)>,
    /// Each model's `@@schema`, where it has one and there are global clashes.
    model_schemas: Vec<Option<String>>,
    models: Vec<ModelNames>,
}

impl ConstraintNamespace {
    /// Finds the constraint names of `dm` that clash in the namespaces of `provider`.
    pub(crate) fn new(dm: &Datamodel, provider: Option<Provider>) -> Self {
        let scopes = scopes(provider);
        let with_defaults = scopes.contains(&Scope::GlobalPrimaryKeyForeignKeyDefault);
        let global_scopes: Vec<Scope> = scopes.iter().copied().filter(|s| s.is_global()).collect();
        let computed = crate::parallel::weighted_ranges(
            dm.models.len(),
            crate::validate::MIN_ITEMS_PER_THREAD,
            |i| crate::validate::model_weight(&dm.models[i]),
            |range| {
                let mut hashes = Vec::new();
                let models: Vec<ModelNames> = range
                    .map(|i| {
                        let model = &dm.models[i];
                        let mut names = ModelNames {
                            primary_key: names::primary_key_constraint_name(model, provider),
                            indexes: model
                                .indexes
                                .iter()
                                .map(|ix| names::index_constraint_name(model, ix, provider))
                                .collect(),
                            foreign_keys: foreign_key_names(dm, i, provider),
                            defaults: if with_defaults { default_names(model, provider) } else { Vec::new() },
                            ..ModelNames::default()
                        };
                        let mut local_clashes = Vec::new();
                        for &scope in scopes.iter().filter(|s| !s.is_global()) {
                            let clashes = repeated(names.in_scope(scope, model.is_view));
                            local_clashes.extend(clashes.into_iter().map(|n| (scope, n.to_owned())));
                        }
                        let custom = model.primary_key.iter().filter_map(|pk| pk.name.as_deref());
                        let custom = custom.chain(model.indexes.iter().filter_map(|ix| ix.name.as_deref()));
                        names.custom_clashes = repeated(custom).into_iter().map(str::to_owned).collect();
                        names.local_clashes = local_clashes;
                        for &scope in &global_scopes {
                            let schema = model.schema.as_deref();
                            hashes.extend(names.in_scope(scope, model.is_view).map(|n| hash_of(&(scope, schema, n))));
                        }
                        names
                    })
                    .collect();
                (models, hashes)
            },
        );
        let mut models = Vec::with_capacity(dm.models.len());
        let mut all_hashes = Vec::new();
        for (names, hashes) in computed {
            models.extend(names);
            all_hashes.push(hashes);
        }
        let total = all_hashes.iter().map(Vec::len).sum();
        let mut seen: FxHashSet<u64> = FxHashSet::with_capacity_and_hasher(total, Default::default());
        let repeated_hashes: FxHashSet<u64> =
            all_hashes.iter().flatten().copied().filter(|h| !seen.insert(*h)).collect();
        let mut global_clashes = FxHashSet::default();
        if !repeated_hashes.is_empty() {
            // Equal hashes are very likely equal names: count those exactly.
            let mut counts: FxHashMap<GlobalKey<'_>, u32> = FxHashMap::default();
            for (model, names) in dm.models.iter().zip(&models) {
                for &scope in &global_scopes {
                    for name in names.in_scope(scope, model.is_view) {
                        let key = (scope, model.schema.as_deref(), name);
                        if repeated_hashes.contains(&hash_of(&key)) {
                            *counts.entry(key).or_default() += 1;
                        }
                    }
                }
            }
            global_clashes = counts
                .into_iter()
                .filter(|(_, count)| *count > 1)
                .map(|((scope, schema, name), _)| (scope, schema.map(str::to_owned), name.to_owned()))
                .collect();
        }
        let model_schemas =
            if global_clashes.is_empty() { Vec::new() } else { dm.models.iter().map(|m| m.schema.clone()).collect() };
        ConstraintNamespace { global_clashes, model_schemas, models }
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
        let local = self.models.get(model.0 as usize).map_or(&[][..], |m| m.local_clashes.as_slice());
        if self.global_clashes.is_empty() && local.is_empty() {
            return Vec::new();
        }
        let schema = self.model_schemas.get(model.0 as usize).cloned().flatten();
        let scopes = kind.possible_scopes();
        let global = scopes
            .iter()
            .filter(|s| s.is_global() && self.global_clashes.contains(&(**s, schema.clone(), name.to_owned())));
        let local = scopes.iter().filter(|s| local.iter().any(|(scope, n)| scope == *s && n == name));
        global.chain(local).copied().collect()
    }

    /// Whether a `name:` (client name) is used twice on the model.
    pub(crate) fn custom_name_clashes(&self, model: ModelId, name: &str) -> bool {
        self.models.get(model.0 as usize).is_some_and(|m| m.custom_clashes.iter().any(|n| n == name))
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
