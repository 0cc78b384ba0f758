//! The `db seed` use case as the CLI runs it: find and validate the schema, find the seed sets
//! beside it (`prisma/seeds/`), resolve the URL only when a database is needed, seed the sets,
//! then run the configured seed command (`package.json` / `strata.toml`) — or export.

use super::{
    export_set, run_seed_command, seed_sets, ExportedFile, Generators, Progress, SeedCommandReport, SeedError,
    SeedOptions, SeedReport,
};
use crate::url::{resolve, UrlPurpose, UrlRequest};
use std::path::{Path, PathBuf};

/// What `strata db seed` was asked.
#[derive(Debug, Clone, Default)]
pub struct SeedRequest {
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--url`.
    pub url: Option<String>,
    /// The working directory (the project: where `package.json` / `strata.toml` are).
    pub cwd: PathBuf,
    /// `--env`, `--dry-run`, `--prune`, `--force`.
    pub options: SeedOptions,
    /// `--export`: write the database's rows as the set `--env` instead of seeding.
    pub export: bool,
    /// `--tables` for `--export` (all models when empty).
    pub tables: Vec<String>,
}

/// What `strata db seed` did.
#[derive(Debug, Clone)]
pub enum SeedOutcome {
    /// Seed sets (if any) were applied, then the seed command (if any) ran.
    Seeded {
        /// The sets' report, if `prisma/seeds/` exists.
        sets: Option<SeedReport>,
        /// The command's report, if one is configured (never run in a dry run).
        command: Option<SeedCommandReport>,
    },
    /// Files written by `--export`.
    Exported(Vec<ExportedFile>),
}

/// Where the schema is and what it says.
struct Project {
    schema: psl::ValidatedSchema,
    schema_path: PathBuf,
    schema_dir: PathBuf,
    seeds_dir: PathBuf,
    shown_seeds: String,
}

fn project(request: &SeedRequest) -> Result<Project, SeedError> {
    let loaded = crate::schema::locate_and_load(request.schema.as_deref(), &request.cwd)?;
    let schema = loaded.validate();
    let shown_path = loaded.location.path().to_path_buf();
    if !schema.is_valid() {
        return Err(SeedError::InvalidSchema { path: shown_path, diagnostics: schema.render_diagnostics(false) });
    }
    let schema_path = if shown_path.is_absolute() { shown_path.clone() } else { request.cwd.join(&shown_path) };
    let schema_dir = match loaded.location {
        crate::schema::SchemaLocation::File(_) => schema_path.parent().map(Path::to_path_buf).unwrap_or_default(),
        crate::schema::SchemaLocation::Folder(_) => schema_path.clone(),
    };
    let seeds_dir = super::seeds_dir(&schema_path);
    let shown_parent = shown_path.parent().map(|p| p.display().to_string()).unwrap_or_default();
    let shown_seeds = if shown_parent.is_empty() { "seeds".to_owned() } else { format!("{shown_parent}/seeds") };
    Ok(Project { schema, schema_path, schema_dir, seeds_dir, shown_seeds })
}

fn connection(request: &SeedRequest, project: &Project) -> Result<database::ConnectionInfo, SeedError> {
    let resolved = resolve(UrlRequest {
        explicit: request.url.as_deref(),
        datasource: project.schema.configuration.datasource(),
        schema_path: Some(&project.schema_path),
        schema_dir: Some(&project.schema_dir),
        cwd: &request.cwd,
        purpose: UrlPurpose::Query,
    })
    .map_err(|e| SeedError::Url(Box::new(e)))?;
    Ok(resolved.info)
}

/// Runs `strata db seed` (see the module documentation).
pub async fn run(
    request: &SeedRequest,
    generators: &mut dyn Generators,
    progress: &mut dyn FnMut(&Progress),
) -> Result<SeedOutcome, SeedError> {
    let project = project(request)?;
    if request.export {
        let env = request.options.env.clone().ok_or(SeedError::ExportNeedsEnv)?;
        let info = connection(request, &project)?;
        let files = export_set(
            &project.schema.datamodel,
            &info,
            &project.seeds_dir,
            &project.shown_seeds,
            &env,
            &request.tables,
        )
        .await?;
        return Ok(SeedOutcome::Exported(files));
    }
    let sets = if project.seeds_dir.is_dir() {
        let info = connection(request, &project)?;
        Some(
            seed_sets(
                &project.schema.datamodel,
                &info,
                &project.seeds_dir,
                &project.shown_seeds,
                &request.options,
                generators,
                progress,
            )
            .await?,
        )
    } else {
        None
    };
    let command = if request.options.dry_run {
        None
    } else {
        run_seed_command(&request.cwd).map_err(|e| SeedError::Command(Box::new(e)))?
    };
    if sets.is_none() && command.is_none() && super::find_seed_command(&request.cwd).ok().flatten().is_none() {
        return Err(SeedError::NothingToSeed { seeds_dir: project.shown_seeds });
    }
    Ok(SeedOutcome::Seeded { sets, command })
}
