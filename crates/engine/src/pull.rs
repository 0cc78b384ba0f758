//! `strata db pull`: introspect the database into `schema.prisma`, as `prisma db pull`.
//!
//! The sequence: find the schema (its datasource names the database and the provider) →
//! validate it (an invalid schema stops the pull unless `force`, as in Prisma) → resolve the URL
//! (`--url`, else the datasource's `directUrl`/`url`) → describe the database (the datasource's
//! `schemas` on PostgreSQL, else the URL's schema) → [`migrate::introspect`] on top of the
//! schema (re-introspection keeps the user's names; `force` keeps only its generator and
//! datasource blocks) → write the schema file, unless the caller only prints.
//!
//! Without a schema file, `--url` alone is enough: the result starts with a datasource block for
//! the URL's provider and is written to `--schema` or `prisma/schema.prisma`.

use crate::url::{self, UrlError, UrlPurpose, UrlRequest};
use crate::EngineError;
use database::{Connection, DescribeOptions, Unrepresentable, UnrepresentableKind};
use migrate::introspect::{introspect_with, DatabaseNote, DatabaseNoteKind, IntrospectionInput, Warning};
use sql_schema::Dialect;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A request for `strata db pull`.
#[derive(Debug, Clone)]
pub struct PullRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`.
    pub url: Option<String>,
    /// `--print`: return the schema without writing it.
    pub print: bool,
    /// `--force`: ignore the models of the existing schema (its generators and datasource stay).
    pub force: bool,
    /// The working directory.
    pub cwd: PathBuf,
}

/// What `db pull` did.
#[derive(Debug, Clone)]
pub struct PullReport {
    /// The introspected schema text.
    pub schema: String,
    /// Prisma's warnings.
    pub warnings: Vec<Warning>,
    /// The file written (`None` with `print`).
    pub written: Option<PathBuf>,
    /// How many models the schema has.
    pub models: usize,
    /// The database, as a redacted URL.
    pub database: String,
    /// How long describing and introspecting took.
    pub duration: Duration,
}

impl PullReport {
    /// The warnings as Prisma prints them (empty when there are none).
    pub fn warnings_text(&self) -> String {
        migrate::introspect::render_warnings(&self.warnings)
    }
}

/// Why `db pull` failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PullError {
    /// The schema could not be found or read.
    #[error(transparent)]
    Schema(#[from] EngineError),
    /// The existing schema is invalid (P1012).
    #[error(
        "{diagnostics}\nIntrospection failed as your current Prisma schema file is invalid\n\nPlease fix your current schema manually (using either strata validate or the Prisma VS Code extension to understand what's broken and confirm you fixed it), and then run this command again.\nOr run this command with the --force flag to ignore your current schema and overwrite it. All local modifications will be lost."
    )]
    InvalidSchema {
        /// The rendered diagnostics.
        diagnostics: String,
    },
    /// No usable URL.
    #[error(transparent)]
    Url(#[from] UrlError),
    /// The datasource's provider is not one Strata introspects.
    #[error(
        "Introspecting a `{provider}` database is not supported: Strata introspects sqlite, postgresql and mysql."
    )]
    UnsupportedProvider {
        /// The provider.
        provider: String,
    },
    /// Connecting or describing failed.
    #[error(transparent)]
    Database(#[from] database::Error),
    /// The database has no table and no enum (P4001).
    #[error("The introspected database was empty: {database}\n\nstrata db pull could not create any models in your schema.prisma file.\n\nTo fix this, you have two options:\n\n- manually create a table in your database.\n- make sure the database connection URL inside the datasource block in schema.prisma points to a database that is not empty (it must contain at least one table).\n\nThen you can run strata db pull again.")]
    Empty {
        /// The database, as a redacted URL.
        database: String,
    },
    /// The schema is a folder of files; only `--print` works on those for now.
    #[error("The schema at {} is a folder of files: writing an introspected multi-file schema is not supported yet. Use --print, or point --schema at a single file.", path.display())]
    FolderSchema {
        /// The folder.
        path: PathBuf,
    },
}

impl PullError {
    /// Prisma's code, where there is one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            PullError::InvalidSchema { .. } => Some("P1012"),
            PullError::Url(e) => e.code(),
            PullError::Database(e) => e.code(),
            PullError::Empty { .. } => Some("P4001"),
            _ => None,
        }
    }
}

/// The notes introspection takes from what `describe` could not represent.
pub fn database_notes(unrepresentable: &[Unrepresentable]) -> Vec<DatabaseNote> {
    unrepresentable
        .iter()
        .filter_map(|u| {
            let kind = match u.kind {
                UnrepresentableKind::CheckConstraint => DatabaseNoteKind::CheckConstraint,
                UnrepresentableKind::ExclusionConstraint => DatabaseNoteKind::ExclusionConstraint,
                UnrepresentableKind::ExpressionIndex => DatabaseNoteKind::ExpressionIndex,
                _ => return None,
            };
            Some(DatabaseNote { kind, namespace: u.namespace.clone(), table: u.table.clone()?, name: u.name.clone() })
        })
        .collect()
}

/// The generator and datasource blocks of a schema, as their own schema (what `--force` keeps).
fn configuration_only(validated: &psl::ValidatedSchema) -> psl::ValidatedSchema {
    let mut text = String::new();
    for (file, ast) in validated.files.iter().zip(&validated.asts) {
        for top in &ast.tops {
            if let psl::ast::Top::Source(_) | psl::ast::Top::Generator(_) = top {
                let span = top.span();
                text.push_str(&file.text[span.start()..span.end()]);
                text.push_str("\n\n");
            }
        }
    }
    psl::validate(psl::SourceFile::new("schema.prisma", text))
}

fn provider_dialect(validated: &psl::ValidatedSchema) -> Result<Option<Dialect>, PullError> {
    let Some(ds) = validated.configuration.datasource() else { return Ok(None) };
    match Dialect::from_provider(ds.active_provider.as_str()) {
        Some(d) => Ok(Some(d)),
        None => Err(PullError::UnsupportedProvider { provider: ds.provider.clone() }),
    }
}

/// `strata db pull`.
pub async fn pull(request: PullRequest) -> Result<PullReport, PullError> {
    let cwd = &request.cwd;
    let explicit = request.schema.as_deref();
    let location = match crate::schema::locate(explicit, cwd) {
        Ok(location) => Some(location),
        // With --url, a missing schema is created.
        Err(EngineError::SchemaNotFound { .. }) if request.url.is_some() => None,
        Err(e) => return Err(e.into()),
    };
    let loaded = location.map(|l| crate::schema::load(l, cwd)).transpose()?;
    let validated = loaded.as_ref().map(|l| l.validate());
    if let Some(v) = &validated {
        if !v.is_valid() && !request.force {
            return Err(PullError::InvalidSchema { diagnostics: v.render_diagnostics(false) });
        }
    }
    let previous = match &validated {
        Some(v) if request.force || !v.is_valid() => {
            let config = configuration_only(v);
            if !config.is_valid() {
                return Err(PullError::InvalidSchema { diagnostics: v.render_diagnostics(false) });
            }
            Some(config)
        }
        _ => None,
    };
    let previous = previous.as_ref().or(validated.as_ref());
    let expected_dialect = previous.map(provider_dialect).transpose()?.flatten();

    let schema_path = loaded.as_ref().map(|l| l.location.path().to_path_buf());
    let dir = loaded.as_ref().map(|l| crate::execute::schema_dir(&l.location));
    let resolved = url::resolve(UrlRequest {
        explicit: request.url.as_deref(),
        datasource: previous.and_then(|p| p.configuration.datasource()),
        schema_path: schema_path.as_deref(),
        schema_dir: dir.as_deref(),
        cwd,
        purpose: UrlPurpose::Migrate,
    })?;
    let info = resolved.info;
    let dialect = info.dialect();
    if let Some(expected) = expected_dialect.filter(|d| *d != dialect) {
        return Err(PullError::Url(UrlError::WrongProtocol {
            from: Box::new(resolved.source),
            url: info.to_string(),
            actual: dialect.provider(),
            provider: expected.provider().to_owned(),
            expected: match expected {
                Dialect::Postgres => "postgresql://",
                Dialect::Mysql => "mysql://",
                Dialect::Sqlite => "file:",
            },
        }));
    }

    let started = Instant::now();
    let namespaces = previous
        .and_then(|p| p.configuration.datasource())
        .map(|d| d.schemas.iter().map(|(s, _)| s.clone()).collect::<Vec<_>>())
        .filter(|s| !s.is_empty());
    let mut conn = Connection::connect(&info).await?;
    let described = conn.describe(&DescribeOptions { namespaces, ..Default::default() }).await;
    let _ = conn.close().await;
    let described = described?;
    let notes = database_notes(&described.unrepresentable);
    let input = IntrospectionInput {
        schema: &described.schema,
        dialect,
        previous,
        notes: &notes,
        default_namespace: info.schema(),
        views: &described.views,
    };
    let result = introspect_with(&input);
    let duration = started.elapsed();
    if result.is_empty {
        return Err(PullError::Empty { database: info.to_string() });
    }
    let models = count_models(&result.schema_text);

    let written = if request.print {
        None
    } else {
        let path = match loaded.as_ref().map(|l| &l.location) {
            Some(crate::schema::SchemaLocation::Folder(p)) => return Err(PullError::FolderSchema { path: p.clone() }),
            Some(crate::schema::SchemaLocation::File(p)) => p.clone(),
            None => explicit.map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("prisma/schema.prisma")),
        };
        let full = if path.is_absolute() { path.clone() } else { cwd.join(&path) };
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).map_err(|source| EngineError::Io {
                action: "write",
                path: path.clone(),
                source,
            })?;
        }
        std::fs::write(&full, &result.schema_text).map_err(|source| EngineError::Io {
            action: "write",
            path: path.clone(),
            source,
        })?;
        Some(path)
    };
    Ok(PullReport {
        schema: result.schema_text,
        warnings: result.warnings,
        written,
        models,
        database: info.to_string(),
        duration,
    })
}

/// How many `model` blocks a schema text has (not counting commented-out ones).
fn count_models(schema: &str) -> usize {
    schema.lines().filter(|l| l.starts_with("model ")).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_models() {
        assert_eq!(count_models("model A {\n}\n\n// model B {\n// }\n\nmodel C {\n}\n"), 2);
    }

    #[test]
    fn force_keeps_only_the_configuration() {
        let v = psl::validate(psl::SourceFile::new(
            "schema.prisma",
            "generator client {\n  provider = \"prisma-client-js\"\n}\n\ndatasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n}\n",
        ));
        let config = configuration_only(&v);
        assert!(config.is_valid());
        assert!(config.datamodel.models.is_empty());
        assert_eq!(config.configuration.generators.len(), 1);
    }
}
