//! Datasource and generator configuration.

use crate::span::Span;

/// The database a datasource points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Provider {
    /// `postgresql` / `postgres`.
    Postgres,
    /// `mysql` (MySQL and MariaDB).
    Mysql,
    /// `sqlite`.
    Sqlite,
    /// `sqlserver` (validated, not migrated).
    SqlServer,
    /// `mongodb` (validated, not migrated).
    MongoDb,
    /// `cockroachdb`.
    CockroachDb,
}

impl Provider {
    /// Parses a `provider = "…"` value.
    pub fn from_name(name: &str) -> Option<Provider> {
        Some(match name {
            "postgresql" | "postgres" => Provider::Postgres,
            "mysql" => Provider::Mysql,
            "sqlite" => Provider::Sqlite,
            "sqlserver" => Provider::SqlServer,
            "mongodb" => Provider::MongoDb,
            "cockroachdb" => Provider::CockroachDb,
            _ => return None,
        })
    }

    /// The canonical provider name.
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::Postgres => "postgresql",
            Provider::Mysql => "mysql",
            Provider::Sqlite => "sqlite",
            Provider::SqlServer => "sqlserver",
            Provider::MongoDb => "mongodb",
            Provider::CockroachDb => "cockroachdb",
        }
    }
}

/// `relationMode`: who enforces relations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RelationMode {
    /// Foreign keys in the database (the default for SQL providers).
    #[default]
    ForeignKeys,
    /// Emulated by Prisma Client; no foreign keys (default for MongoDB).
    Prisma,
}

impl RelationMode {
    /// The setting as written in schemas.
    pub fn as_str(self) -> &'static str {
        match self {
            RelationMode::ForeignKeys => "foreignKeys",
            RelationMode::Prisma => "prisma",
        }
    }
}

/// A string value that may come from `env("VAR")`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StringFromEnv {
    /// A literal string.
    Literal(String),
    /// `env("VAR")`: resolved later, at connection time.
    Env(String),
}

/// A PostgreSQL extension of `extensions = [...]` (`postgresqlExtensions`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PostgresExtension {
    /// The name in the schema, e.g. `uuid_ossp`.
    pub name: String,
    /// `map:` — the extension's name in the database, e.g. `uuid-ossp`.
    pub db_name: Option<String>,
    /// `schema:`.
    pub schema: Option<String>,
    /// `version:`.
    pub version: Option<String>,
    /// The extension in the array.
    pub span: Span,
}

impl PostgresExtension {
    /// The name in the database: `map:` or the schema name.
    pub fn database_name(&self) -> &str {
        self.db_name.as_deref().unwrap_or(&self.name)
    }
}

/// A validated `datasource` block.
#[derive(Clone, Debug)]
pub struct Datasource {
    /// The block's name.
    pub name: String,
    /// The provider string as written.
    pub provider: String,
    /// The resolved provider.
    pub active_provider: Provider,
    /// `url`, optional (it may come from `--url` or the environment).
    pub url: Option<StringFromEnv>,
    /// The span of the `url` value.
    pub url_span: Option<Span>,
    /// `directUrl`.
    pub direct_url: Option<StringFromEnv>,
    /// The span of the `directUrl` value.
    pub direct_url_span: Option<Span>,
    /// `shadowDatabaseUrl` (an empty literal counts as absent).
    pub shadow_database_url: Option<StringFromEnv>,
    /// `relationMode` (or the deprecated `referentialIntegrity`), if set.
    pub relation_mode: Option<RelationMode>,
    /// `schemas = [...]` (multiSchema), sorted by name, with spans.
    pub schemas: Vec<(String, Span)>,
    /// The span of the `schemas` value, when the property is present.
    pub schemas_span: Option<Span>,
    /// `extensions = [...]` (PostgreSQL), sorted by name.
    pub extensions: Vec<PostgresExtension>,
    /// The span of the whole `extensions` property, when present.
    pub extensions_span: Option<Span>,
    /// `///` documentation.
    pub documentation: Option<String>,
    /// The block.
    pub span: Span,
}

impl Datasource {
    /// The relation mode in effect: explicit, or the provider's default.
    pub fn relation_mode(&self) -> RelationMode {
        self.relation_mode.unwrap_or(match self.active_provider {
            Provider::MongoDb => RelationMode::Prisma,
            _ => RelationMode::ForeignKeys,
        })
    }

    /// Whether `schemas` lists `name`.
    pub fn has_schema(&self, name: &str) -> bool {
        self.schemas.iter().any(|(s, _)| s == name)
    }
}

/// A generator property other than the ones Prisma interprets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GeneratorConfigValue {
    /// A string, number or constant, as its text.
    String(String),
    /// `env("VAR")`.
    Env(String),
    /// An array of values.
    Array(Vec<GeneratorConfigValue>),
}

/// A `generator` block: parsed and kept, never run.
#[derive(Clone, Debug)]
pub struct Generator {
    /// The block's name.
    pub name: String,
    /// `provider`.
    pub provider: StringFromEnv,
    /// `output`.
    pub output: Option<StringFromEnv>,
    /// `previewFeatures`, valid ones only, by their canonical names (renamed
    /// features under their new name).
    pub preview_features: Vec<String>,
    /// `binaryTargets`.
    pub binary_targets: Vec<StringFromEnv>,
    /// Every other property, in source order.
    pub config: Vec<(String, GeneratorConfigValue)>,
    /// `///` documentation.
    pub documentation: Option<String>,
    /// The block.
    pub span: Span,
}

/// Everything outside models: datasources, generators, preview features.
#[derive(Clone, Debug, Default)]
pub struct Configuration {
    /// Datasources (at most one is valid).
    pub datasources: Vec<Datasource>,
    /// Generators.
    pub generators: Vec<Generator>,
}

impl Configuration {
    /// The first datasource, if any.
    pub fn datasource(&self) -> Option<&Datasource> {
        self.datasources.first()
    }

    /// The provider of the first datasource.
    pub fn provider(&self) -> Option<Provider> {
        self.datasource().map(|d| d.active_provider)
    }

    /// Whether any generator enables the preview feature `name` (any case).
    pub fn has_preview_feature(&self, name: &str) -> bool {
        self.generators.iter().any(|g| g.preview_features.iter().any(|f| f.eq_ignore_ascii_case(name)))
    }

    /// The relation mode in effect (foreign keys when there is no datasource).
    pub fn relation_mode(&self) -> RelationMode {
        self.datasource().map(|d| d.relation_mode()).unwrap_or_default()
    }
}
