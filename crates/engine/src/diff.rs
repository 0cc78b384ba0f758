//! `diff`: the migration between two sides — an empty database, a schema, a live database or
//! a migrations folder — as steps, the SQL script Prisma would write, and the human summary
//! `prisma migrate diff` prints.
//!
//! Every side becomes a [`SqlSchema`]: a schema is calculated, a database URL is described, a
//! migrations folder is replayed on a shadow database ([`crate::shadow`]) and described. The
//! dialect comes from the schemas' providers, the URLs' schemes and the folders'
//! `migration_lock.toml`; they must agree.
//!
//! Shadow databases for migrations folders follow Prisma's rule: `--shadow-database-url` (or a
//! schema side's `shadowDatabaseUrl`), reset before use; without one, SQLite replays in a
//! temporary file and PostgreSQL/MySQL fail with "You must pass the --shadow-database-url if
//! you want to diff a migrations directory."

use crate::schema::locate_and_load;
use crate::shadow::{self, ReplayFolderError, ShadowError, ShadowSpec};
use crate::url::{self, UrlError, UrlPurpose, UrlRequest};
use crate::EngineError;
use database::describe::DescribeOptions;
use database::{Connection, ConnectionInfo};
use migrate::calculate::{calculate_with, CalculateOptions};
use migrate::history::{lock, HistoryError};
use migrate::{diff as diff_schemas, render_script, Dialect, MigrationStep, SqlSchema, TableChange};
use sql_schema::{ColumnArity, ColumnWalker, DefaultValue, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One side of a diff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiffSide {
    /// An empty database.
    Empty,
    /// A schema file or folder.
    Schema(PathBuf),
    /// A live database, described.
    Url(String),
    /// A migrations folder, replayed on a shadow database.
    Migrations(PathBuf),
}

impl DiffSide {
    /// The command-line flag that selects this side, for messages.
    fn flag(&self, direction: &str) -> String {
        match self {
            DiffSide::Empty => format!("--{direction}-empty"),
            DiffSide::Schema(_) => format!("--{direction}-schema"),
            DiffSide::Url(_) => format!("--{direction}-url"),
            DiffSide::Migrations(_) => format!("--{direction}-migrations"),
        }
    }
}

/// Options of [`diff`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiffOptions {
    /// `--shadow-database-url`: the database migrations folders are replayed on (reset first).
    pub shadow_database_url: Option<String>,
}

/// Why a diff could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DiffError {
    /// Reading a schema failed.
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// A schema has validation errors; `diagnostics` is Prisma's rendering of them.
    #[error("The schema at {} is invalid:\n{diagnostics}", path.display())]
    InvalidSchema {
        /// The schema's path.
        path: PathBuf,
        /// The rendered diagnostics.
        diagnostics: String,
    },
    /// The two sides are for different databases.
    #[error(
        "The two sides of the diff are for different databases: `{from}` and `{to}`. Diff schemas of one provider."
    )]
    ProviderMismatch {
        /// The provider of the `from` side.
        from: String,
        /// The provider of the `to` side.
        to: String,
    },
    /// The provider is one Strata does not migrate.
    #[error("Strata does not migrate {provider} schemas (the schema at {}): its migrations support sqlite, postgresql and mysql.", path.display())]
    UnsupportedProvider {
        /// The provider.
        provider: String,
        /// The schema's path.
        path: PathBuf,
    },
    /// A schema has no datasource, so its SQL dialect is unknown.
    #[error("The schema at {} has no datasource block: add one with a provider (sqlite, postgresql or mysql).", path.display())]
    NoDatasource {
        /// The schema's path.
        path: PathBuf,
    },
    /// Nothing says which database the migration is for (both sides empty).
    #[error(
        "Could not determine the connector to use for diffing: at least one side must be a schema (--from-schema, \
         --to-schema), a database (--from-url, --to-url) or a migrations folder with a migration_lock.toml \
         (--from-migrations, --to-migrations)."
    )]
    NoSchema,
    /// A migrations folder without `migration_lock.toml`, and no other side gives the provider.
    #[error(
        "Could not determine the connector from the migrations directory (missing migration_lock.toml): {}",
        path.display()
    )]
    NoLockFile {
        /// The migrations folder.
        path: PathBuf,
    },
    /// A URL side cannot be parsed (P1013).
    #[error("{flag}: {source}")]
    InvalidUrl {
        /// The flag.
        flag: String,
        /// The parse error.
        #[source]
        source: database::Error,
    },
    /// The shadow database URL of a schema side cannot be resolved.
    #[error(transparent)]
    ShadowUrl(#[from] UrlError),
    /// Connecting to or describing a URL side failed.
    #[error("{source}")]
    Database {
        /// The flag of the side.
        flag: String,
        /// The database's error.
        #[source]
        source: database::Error,
    },
    /// Replaying a migrations side failed (P3006, P3014, P3015, or no shadow database URL).
    #[error(transparent)]
    Shadow(#[from] ShadowError),
    /// A migrations side could not be read.
    #[error(transparent)]
    MigrationsDir(#[from] crate::migrations_dir::MigrationsDirError),
    /// P3019: a migrations folder's lock file names another provider.
    #[error(transparent)]
    History(#[from] HistoryError),
}

impl From<ReplayFolderError> for DiffError {
    fn from(e: ReplayFolderError) -> Self {
        match e {
            ReplayFolderError::Folder(e) => DiffError::MigrationsDir(e),
            ReplayFolderError::Provider(e) => DiffError::History(e),
            ReplayFolderError::Shadow(e) => DiffError::Shadow(e),
        }
    }
}

impl DiffError {
    /// Prisma's error code, where Prisma has one.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            DiffError::InvalidSchema { .. } => Some("P1012"),
            DiffError::InvalidUrl { source, .. } | DiffError::Database { source, .. } => source.code(),
            DiffError::ShadowUrl(e) => e.code(),
            DiffError::Shadow(e) => e.code(),
            DiffError::History(e) => Some(e.code()),
            _ => None,
        }
    }

    /// Strata's advice, if any.
    pub fn hint(&self) -> Option<&str> {
        match self {
            DiffError::Shadow(e) => e.hint(),
            _ => None,
        }
    }
}

/// The result of a diff.
#[derive(Debug)]
pub struct DiffReport {
    /// The SQL dialect of both sides.
    pub dialect: Dialect,
    /// The schema migrated from.
    pub from: SqlSchema,
    /// The schema migrated to.
    pub to: SqlSchema,
    /// The steps, in execution order.
    pub steps: Vec<MigrationStep>,
    /// The migration as `migration.sql` would hold it (`-- This is an empty migration.` when
    /// nothing changes).
    pub script: String,
    /// Prisma's human summary of the steps (`No difference detected.` when nothing changes).
    pub summary: String,
}

impl DiffReport {
    /// Whether the two sides are the same.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// The script as `prisma migrate diff --script` prints it, less the final newline (an empty
    /// migration gets one newline more than `migration.sql`).
    pub fn script_text(&self) -> String {
        let mut text = self.script.clone();
        if self.is_empty() {
            text.push('\n');
        }
        text
    }

    /// The summary as `prisma migrate diff` prints it, less the final newline.
    pub fn summary_text(&self) -> String {
        let mut text = self.summary.clone();
        if self.is_empty() {
            text.push('\n');
        }
        text
    }
}

/// A side, read as far as it can be without knowing the dialect.
enum Loaded {
    Empty,
    Schema(PathBuf, Box<psl::ValidatedSchema>),
    Url(String, Box<ConnectionInfo>),
    Migrations(PathBuf, Option<Dialect>),
}

impl Loaded {
    fn dialect(&self) -> Result<Option<Dialect>, DiffError> {
        match self {
            Loaded::Empty => Ok(None),
            Loaded::Schema(path, schema) => dialect_of(path, schema).map(Some),
            Loaded::Url(_, info) => Ok(Some(info.dialect())),
            Loaded::Migrations(_, dialect) => Ok(*dialect),
        }
    }
}

/// Diffs `from` → `to`; relative paths are resolved against `cwd`. Live databases are only
/// read; shadow databases are created and dropped, or reset, as [`crate::shadow`] says.
pub async fn diff(from: &DiffSide, to: &DiffSide, options: &DiffOptions, cwd: &Path) -> Result<DiffReport, DiffError> {
    let from_loaded = load_side(from, "from", cwd)?;
    let to_loaded = load_side(to, "to", cwd)?;
    let dialect = match (from_loaded.dialect()?, to_loaded.dialect()?) {
        (None, None) => {
            return Err(match (&from_loaded, &to_loaded) {
                (Loaded::Migrations(path, _), _) | (_, Loaded::Migrations(path, _)) => {
                    DiffError::NoLockFile { path: path.clone() }
                }
                _ => DiffError::NoSchema,
            })
        }
        (Some(d), None) | (None, Some(d)) => d,
        (Some(a), Some(b)) => {
            if a != b {
                return Err(DiffError::ProviderMismatch { from: a.provider().into(), to: b.provider().into() });
            }
            a
        }
    };
    let schemas = [&from_loaded, &to_loaded];
    let datasource = schemas.iter().find_map(|side| match side {
        Loaded::Schema(path, schema) => schema.configuration.datasource().map(|d| (path, d)),
        _ => None,
    });
    let namespaces = crate::drift::namespaces(datasource.map(|(_, d)| d));
    // Migrating to an empty database, Prisma 7 writes the dropped objects of the default
    // schema qualified (`DROP TABLE "public"."User"`).
    let from_options = if matches!(to, DiffSide::Empty) {
        CalculateOptions::dropping_everything()
    } else {
        CalculateOptions::default()
    };
    let context = SideContext { dialect, namespaces, options, datasource, cwd, urls: [&from_loaded, &to_loaded] };
    let from = context.schema(&from_loaded, from_options).await?;
    let to = context.schema(&to_loaded, CalculateOptions::default()).await?;
    let steps = diff_schemas(&from, &to, dialect);
    let script = render_script(&steps, &from, &to, dialect, &[]);
    let summary = summary(&steps, &from, &to);
    Ok(DiffReport { dialect, from, to, steps, script, summary })
}

/// What turning a side into a schema needs.
struct SideContext<'a> {
    dialect: Dialect,
    namespaces: Option<Vec<String>>,
    options: &'a DiffOptions,
    datasource: Option<(&'a PathBuf, &'a psl::config::Datasource)>,
    cwd: &'a Path,
    urls: [&'a Loaded; 2],
}

impl SideContext<'_> {
    async fn schema(&self, side: &Loaded, options: CalculateOptions) -> Result<SqlSchema, DiffError> {
        match side {
            Loaded::Empty => Ok(SqlSchema::new()),
            Loaded::Schema(_, s) => {
                let mut schema = calculate_with(&s.datamodel, &s.configuration, self.dialect, options);
                // Against a database, in that database's `?schema=`.
                if let Some(info) = self.urls.iter().find_map(|side| match side {
                    Loaded::Url(_, info) => Some(info),
                    _ => None,
                }) {
                    crate::dev::in_url_schema(&mut schema, info, self.namespaces.is_some());
                }
                Ok(schema)
            }
            Loaded::Url(flag, info) => {
                let database = |source| DiffError::Database { flag: flag.clone(), source };
                let mut conn = Connection::connect(info).await.map_err(database)?;
                let describe = DescribeOptions { namespaces: self.namespaces.clone(), include_migrations_table: false };
                let described = conn.describe(&describe).await;
                let _ = conn.close().await;
                Ok(described.map_err(database)?.schema)
            }
            Loaded::Migrations(path, _) => {
                let spec = self.shadow_spec()?;
                let (schema, _) = shadow::replay_folder(&spec, path, self.namespaces.clone()).await?;
                Ok(schema)
            }
        }
    }

    /// `--shadow-database-url`, else the schema side's `shadowDatabaseUrl`, else (SQLite) a
    /// temporary file; never a database that is also a side of the diff.
    fn shadow_spec(&self) -> Result<ShadowSpec, DiffError> {
        let info = match (&self.options.shadow_database_url, self.datasource) {
            (Some(url), _) => Some(
                ConnectionInfo::parse(url, self.cwd)
                    .map_err(|source| DiffError::InvalidUrl { flag: "--shadow-database-url".into(), source })?,
            ),
            (None, Some((path, datasource))) if datasource.shadow_database_url.is_some() => {
                let mut shadow = datasource.clone();
                shadow.url = datasource.shadow_database_url.clone();
                shadow.direct_url = None;
                let full = if path.is_absolute() { path.to_path_buf() } else { self.cwd.join(path) };
                let dir =
                    if full.is_dir() { full.clone() } else { full.parent().map(Path::to_path_buf).unwrap_or_default() };
                let resolved = url::resolve(UrlRequest {
                    explicit: None,
                    datasource: Some(&shadow),
                    schema_path: Some(path),
                    schema_dir: Some(&dir),
                    cwd: self.cwd,
                    purpose: UrlPurpose::Query,
                })?;
                Some(resolved.info)
            }
            _ => None,
        };
        match info {
            Some(info) => {
                for side in self.urls {
                    if let Loaded::Url(_, main) = side {
                        ShadowSpec::for_database(main, Some(info.clone()))?;
                    }
                }
                Ok(ShadowSpec::External(info))
            }
            None if self.dialect == Dialect::Sqlite => Ok(ShadowSpec::sqlite()),
            None => Err(ShadowError::NeedsShadowUrl.into()),
        }
    }
}

fn load_side(side: &DiffSide, direction: &str, cwd: &Path) -> Result<Loaded, DiffError> {
    match side {
        DiffSide::Empty => Ok(Loaded::Empty),
        DiffSide::Schema(path) => {
            let loaded = locate_and_load(Some(path), cwd)?;
            let schema = loaded.validate();
            if !schema.is_valid() {
                return Err(DiffError::InvalidSchema {
                    path: path.clone(),
                    diagnostics: schema.render_diagnostics(false),
                });
            }
            Ok(Loaded::Schema(path.clone(), Box::new(schema)))
        }
        DiffSide::Url(url) => {
            let flag = side.flag(direction);
            let info = ConnectionInfo::parse(url, cwd)
                .map_err(|source| DiffError::InvalidUrl { flag: flag.clone(), source })?;
            Ok(Loaded::Url(flag, Box::new(info)))
        }
        DiffSide::Migrations(path) => {
            let full = if path.is_absolute() { path.clone() } else { cwd.join(path) };
            let lock_file = full.join(lock::FILE_NAME);
            let dialect = match std::fs::read_to_string(&lock_file) {
                Ok(text) => {
                    let provider = lock::MigrationLock::parse(&text);
                    Dialect::from_provider(provider.provider())
                }
                Err(_) => None,
            };
            Ok(Loaded::Migrations(full, dialect))
        }
    }
}

fn dialect_of(path: &Path, schema: &psl::ValidatedSchema) -> Result<Dialect, DiffError> {
    let provider = schema.configuration.provider().ok_or_else(|| DiffError::NoDatasource { path: path.into() })?;
    Dialect::from_provider(provider.as_str())
        .ok_or_else(|| DiffError::UnsupportedProvider { provider: provider.as_str().into(), path: path.into() })
}

/// What kind of summary entry a step is; the variant order is the order of the sections.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Section {
    /// One section per extension, before everything else, as Prisma prints them.
    AddedExtension,
    AddedSchema,
    AddedEnum,
    AddedTable,
    RemovedEnum,
    RemovedTable,
    RedefinedTable,
    ChangedEnum,
    ChangedTable,
}

/// Prisma's human summary of a migration: sections (added enums and tables, removed ones,
/// then each changed enum and table by name), each line in step order.
pub fn summary(steps: &[MigrationStep], from: &SqlSchema, to: &SqlSchema) -> String {
    if steps.is_empty() {
        return "No difference detected.".to_owned();
    }
    let mut items: BTreeSet<(Section, &str, usize)> = BTreeSet::new();
    for (i, step) in steps.iter().enumerate() {
        match step {
            MigrationStep::CreateSchema { .. } => items.insert((Section::AddedSchema, "", i)),
            MigrationStep::CreateExtension { extension } => {
                items.insert((Section::AddedExtension, to.extensions[extension.index()].name.as_str(), i))
            }
            MigrationStep::CreateEnum { .. } => items.insert((Section::AddedEnum, "", i)),
            MigrationStep::AlterEnum(alter) => {
                items.insert((Section::ChangedEnum, from.walk(alter.id.previous).name(), i))
            }
            MigrationStep::DropForeignKey { foreign_key } => {
                items.insert((Section::ChangedTable, from.walk(*foreign_key).table().name(), i))
            }
            MigrationStep::DropIndex { index } => {
                items.insert((Section::ChangedTable, from.walk(*index).table().name(), i))
            }
            MigrationStep::AlterTable(alter) => {
                items.insert((Section::ChangedTable, from.walk(alter.table.previous).name(), i))
            }
            MigrationStep::DropTable { .. } => items.insert((Section::RemovedTable, "", i)),
            MigrationStep::DropEnum { .. } => items.insert((Section::RemovedEnum, "", i)),
            MigrationStep::CreateTable { .. } => items.insert((Section::AddedTable, "", i)),
            MigrationStep::RedefineTables(tables) => {
                for table in tables {
                    items.insert((Section::RedefinedTable, from.walk(table.table.previous).name(), i));
                }
                true
            }
            MigrationStep::CreateIndex { table, .. } => {
                items.insert((Section::ChangedTable, to.walk(table.1).name(), i))
            }
            MigrationStep::RenameForeignKey { foreign_key } => {
                items.insert((Section::ChangedTable, to.walk(foreign_key.next).table().name(), i))
            }
            MigrationStep::AddForeignKey { foreign_key } => {
                items.insert((Section::ChangedTable, to.walk(*foreign_key).table().name(), i))
            }
            MigrationStep::RenameIndex { index } | MigrationStep::RedefineIndex { index } => {
                items.insert((Section::ChangedTable, from.walk(index.previous).table().name(), i))
            }
        };
    }

    let mut out = String::with_capacity(steps.len() * 32);
    let mut current: Option<(Section, &str)> = None;
    for (section, name, i) in &items {
        if current != Some((*section, name)) {
            out.push_str(&match section {
                Section::AddedExtension => "\n[+] Added extensions\n".to_owned(),
                Section::AddedSchema => "\n[+] Added Schemas\n".to_owned(),
                Section::AddedEnum => "\n[+] Added enums\n".to_owned(),
                Section::AddedTable => "\n[+] Added tables\n".to_owned(),
                Section::RemovedEnum => "\n[-] Removed enums\n".to_owned(),
                Section::RemovedTable => "\n[-] Removed tables\n".to_owned(),
                Section::RedefinedTable => format!("\n[*] Redefined table `{name}`\n"),
                Section::ChangedEnum => format!("\n[*] Changed the `{name}` enum\n"),
                Section::ChangedTable => format!("\n[*] Changed the `{name}` table\n"),
            });
            current = Some((*section, name));
        }
        step_lines(&steps[*i], from, to, &mut out);
    }
    out
}

fn step_lines(step: &MigrationStep, from: &SqlSchema, to: &SqlSchema, out: &mut String) {
    let join = |names: Vec<&str>| names.join(", ");
    match step {
        MigrationStep::CreateSchema { namespace } => {
            let _ = writeln!(out, "  - {}", to.walk(*namespace).name());
        }
        MigrationStep::CreateExtension { extension } => {
            let _ = writeln!(out, "  - {}", to.extensions[extension.index()].name);
        }
        MigrationStep::CreateEnum { enum_id } => {
            let _ = writeln!(out, "  - {}", to.walk(*enum_id).name());
        }
        MigrationStep::DropEnum { enum_id } => {
            let _ = writeln!(out, "  - {}", from.walk(*enum_id).name());
        }
        MigrationStep::CreateTable { table } => {
            let _ = writeln!(out, "  - {}", to.walk(*table).name());
        }
        MigrationStep::DropTable { table } => {
            let _ = writeln!(out, "  - {}", from.walk(*table).name());
        }
        MigrationStep::AlterEnum(alter) => {
            for value in &alter.created_variants {
                let _ = writeln!(out, "  [+] Added variant `{value}`");
            }
            for value in &alter.dropped_variants {
                let _ = writeln!(out, "  [-] Removed variant `{value}`");
            }
        }
        MigrationStep::DropForeignKey { foreign_key } => {
            let fk = from.walk(*foreign_key);
            let _ = writeln!(
                out,
                "  [-] Removed foreign key on columns ({})",
                join(fk.constrained_columns().map(|c| c.name()).collect())
            );
        }
        MigrationStep::AddForeignKey { foreign_key } => {
            let fk = to.walk(*foreign_key);
            let _ = writeln!(
                out,
                "  [+] Added foreign key on columns ({})",
                join(fk.constrained_columns().map(|c| c.name()).collect())
            );
        }
        MigrationStep::DropIndex { index } => {
            let index = from.walk(*index);
            let unique = if index.is_unique() { "unique " } else { "" };
            let _ = writeln!(out, "  [-] Removed {unique}index on columns ({})", join(index.column_names().collect()));
        }
        MigrationStep::CreateIndex { index, .. } => {
            let index = to.walk(*index);
            let unique = if index.is_unique() { "unique " } else { "" };
            let _ = writeln!(out, "  [+] Added {unique}index on columns ({})", join(index.column_names().collect()));
        }
        MigrationStep::RenameForeignKey { foreign_key } => {
            let _ = writeln!(
                out,
                "  [*] Renamed the foreign key \"{}\" to \"{}\"",
                from.walk(foreign_key.previous).constraint_name().unwrap_or_default(),
                to.walk(foreign_key.next).constraint_name().unwrap_or_default()
            );
        }
        MigrationStep::RenameIndex { index } => {
            let _ = writeln!(
                out,
                "  [*] Renamed index `{}` to `{}`",
                from.walk(index.previous).name(),
                to.walk(index.next).name()
            );
        }
        MigrationStep::RedefineIndex { index } => {
            let _ = writeln!(out, "  [*] Redefined index `{}`", from.walk(index.previous).name());
        }
        MigrationStep::RedefineTables(_) => {}
        MigrationStep::AlterTable(alter) => {
            let (previous, next) = (from.walk(alter.table.previous), to.walk(alter.table.next));
            for change in &alter.changes {
                match change {
                    TableChange::AddColumn { column } => {
                        let _ = writeln!(out, "  [+] Added column `{}`", to.walk(*column).name());
                    }
                    TableChange::DropColumn { column } => {
                        let _ = writeln!(out, "  [-] Removed column `{}`", from.walk(*column).name());
                    }
                    TableChange::AlterColumn(alter_column) => {
                        let columns = (from.walk(alter_column.column.previous), to.walk(alter_column.column.next));
                        let _ = writeln!(
                            out,
                            "  [*] Altered column `{}` {}",
                            columns.1.name(),
                            column_changes(columns, &alter_column.changes)
                        );
                    }
                    TableChange::DropAndRecreateColumn { column, changes } => {
                        let columns = (from.walk(column.previous), to.walk(column.next));
                        let _ = writeln!(
                            out,
                            "  [*] Column `{}` would be dropped and recreated {}",
                            columns.1.name(),
                            column_changes(columns, changes)
                        );
                    }
                    TableChange::DropPrimaryKey => {
                        let names = join(previous.primary_key_columns().map(|c| c.name()).collect());
                        let _ = writeln!(out, "  [-] Dropped the primary key on columns ({names})");
                    }
                    TableChange::RenamePrimaryKey => {
                        let names = join(previous.primary_key_columns().map(|c| c.name()).collect());
                        let _ = writeln!(out, "  [*] Renamed the primary key on columns ({names})");
                    }
                    TableChange::AddPrimaryKey => {
                        let names = join(next.primary_key_columns().map(|c| c.name()).collect());
                        // Prisma prints the closing parenthesis twice here; so do we.
                        let _ = writeln!(out, "  [+] Added primary key on columns ({names})\n)");
                    }
                }
            }
        }
    }
}

/// `(changed from Required to Nullable, default changed from `…` to `…`, type changed)`.
fn column_changes(columns: (ColumnWalker<'_>, ColumnWalker<'_>), changes: &migrate::ColumnChanges) -> String {
    let (previous, next) = columns;
    let mut parts = Vec::new();
    if changes.arity {
        parts.push(format!("changed from {} to {}", arity(previous.arity()), arity(next.arity())));
    }
    if changes.default {
        parts.push(format!(
            "default changed from `{}` to `{}`",
            debug_default(previous.default()),
            debug_default(next.default())
        ));
    }
    if changes.type_changed {
        parts.push("type changed".to_owned());
    }
    if changes.autoincrement {
        parts.push(if previous.is_autoincrement() {
            "column is no longer autoincrementing".to_owned()
        } else {
            "column became autoincrementing".to_owned()
        });
    }
    format!("({})", parts.join(", "))
}

fn arity(arity: ColumnArity) -> &'static str {
    match arity {
        ColumnArity::Required => "Required",
        ColumnArity::Nullable => "Nullable",
        ColumnArity::List => "List",
    }
}

/// A default as Prisma's engine prints it (Rust `Debug` of its own types).
fn debug_default(default: Option<&DefaultValue>) -> String {
    match default {
        None => "None".to_owned(),
        Some(DefaultValue::Now) => "Some(Now)".to_owned(),
        Some(DefaultValue::Sequence(name)) => format!("Some(Sequence({name:?}))"),
        Some(DefaultValue::DbGenerated(expr)) => format!("Some(DbGenerated({expr:?}))"),
        Some(DefaultValue::Value(value)) => format!("Some(Value({}))", debug_value(value)),
    }
}

fn debug_value(value: &Value) -> String {
    match value {
        Value::String(s) => format!("String({s:?})"),
        Value::Int(i) => format!("Int({i})"),
        Value::BigInt(i) => format!("BigInt({i})"),
        Value::Float(f) => format!("Float(BigDecimal({f:?}))"),
        Value::Boolean(b) => format!("Boolean({b})"),
        Value::Enum(e) => format!("Enum({e:?})"),
        Value::Json(j) => format!("Json({j:?})"),
        Value::Bytes(b) => format!("Bytes({b:?})"),
        Value::DateTime(d) => format!("DateTime({d})"),
        Value::List(values) => format!("List([{}])", values.iter().map(debug_value).collect::<Vec<_>>().join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_print_like_prisma() {
        assert_eq!(debug_default(None), "None");
        assert_eq!(debug_default(Some(&DefaultValue::Value(Value::String("x".into())))), "Some(Value(String(\"x\")))");
        assert_eq!(
            debug_default(Some(&DefaultValue::DbGenerated(Some("gen_random_uuid()".into())))),
            "Some(DbGenerated(Some(\"gen_random_uuid()\")))"
        );
        assert_eq!(
            debug_default(Some(&DefaultValue::Value(Value::Float("1.5".into())))),
            "Some(Value(Float(BigDecimal(\"1.5\"))))"
        );
        assert_eq!(
            debug_default(Some(&DefaultValue::Value(Value::List(vec![Value::Int(1)])))),
            "Some(Value(List([Int(1)])))"
        );
        assert_eq!(
            debug_default(Some(&DefaultValue::Value(Value::Bytes(vec![104, 105])))),
            "Some(Value(Bytes([104, 105])))"
        );
    }
}
