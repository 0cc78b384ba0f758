//! `migrate lint`: the linter ([`migrate::lint`](mod@migrate::lint)) over migration files on disk, with the project's
//! configuration and, when a database is at hand, its live row counts.
//!
//! - **Files**: each path is a `.sql` file, a migration folder (its `migration.sql`), or a
//!   migrations folder (every migration's `migration.sql`, in folder order, and loose `.sql`
//!   files). No path: the migrations folder beside the schema.
//! - **Dialect**: `--provider`, else the schema's datasource provider, else the
//!   `migration_lock.toml` of the (first) migrations folder.
//! - **Configuration**: the `[lint]` section of the first `strata.toml` found beside the schema,
//!   in the schema folder's parent (the project root when the schema is in `prisma/`), or in the
//!   working directory ([`find_config`]).
//! - **Live facts**: with a database URL, the database is described once, `_prisma_migrations`
//!   says which migrations are applied, and only the files not applied yet are linted with the
//!   counts (an applied migration's counts would describe the database after it ran). An
//!   unreachable database is a note, not an error: the lint still runs, with hedged messages.

use crate::dev::gather;
use crate::schema::{load, locate};
use database::describe::DescribeOptions;
use database::{Connection, ConnectionInfo};
use migrate::check::LiveFacts;
use migrate::history::{lock, MigrationLock};
use sql_schema::{Dialect, SqlSchema};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

pub use migrate::lint::{
    lint, needed_facts, needed_facts_with_schema, render_github, render_human, render_json, rule, Category, Finding,
    LintConfig, Rule, Severity, RULES,
};

/// The project configuration file.
pub const CONFIG_FILE: &str = "strata.toml";

/// What `strata migrate lint` was asked.
#[derive(Debug, Clone, Default)]
pub struct LintRequest {
    /// Files or folders; empty: the migrations folder beside the schema.
    pub paths: Vec<PathBuf>,
    /// `--schema`.
    pub schema: Option<PathBuf>,
    /// `--provider`: the dialect, overriding the schema's and the lock file's.
    pub provider: Option<String>,
    /// A database to count rows in (`--url`, or the datasource's with `--live`).
    pub url: Option<String>,
    /// `--live`: use the datasource's URL for counts when no `url` is given.
    pub live: bool,
    /// `--pending`: only the migrations the database has not applied (needs a database).
    pub pending: bool,
    /// The working directory.
    pub cwd: PathBuf,
}

/// One linted file.
#[derive(Debug, Clone)]
pub struct LintedFile {
    /// The file, as shown (relative to the working directory when it is inside it).
    pub display: String,
    /// The migration (folder name) the file belongs to, if it is a `migration.sql`.
    pub migration: Option<String>,
    /// Whether live counts were used.
    pub live: bool,
    /// What was found, in file order.
    pub findings: Vec<Finding>,
}

/// What `migrate lint` found.
#[derive(Debug, Clone)]
pub struct LintReport {
    /// The dialect the files were read as.
    pub dialect: Dialect,
    /// The configuration file used, if any.
    pub config_path: Option<PathBuf>,
    /// The files, in the order linted.
    pub files: Vec<LintedFile>,
    /// The database the counts came from (never with a password).
    pub database: Option<String>,
    /// Why there are no live counts although a database was asked for.
    pub database_note: Option<String>,
    /// Applied migrations skipped by `--pending`.
    pub skipped_applied: usize,
}

impl LintReport {
    /// All findings with their file.
    pub fn findings(&self) -> impl Iterator<Item = (&LintedFile, &Finding)> {
        self.files.iter().flat_map(|f| f.findings.iter().map(move |finding| (f, finding)))
    }

    /// How many findings are at least `severity`.
    pub fn count_at_least(&self, severity: Severity) -> usize {
        self.findings().filter(|(_, f)| f.severity >= severity).count()
    }
}

/// Why `migrate lint` could not run.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LintError {
    /// The schema could not be found or read.
    #[error(transparent)]
    Schema(#[from] crate::EngineError),
    /// A path to lint does not exist or cannot be read.
    #[error("Could not read {}: {source}", path.display())]
    Read {
        /// The path.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// `strata.toml` cannot be read or its `[lint]` section is invalid.
    #[error("{}: {message}", path.display())]
    Config {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the key.
        message: String,
    },
    /// No dialect: no `--provider`, no schema, no `migration_lock.toml`.
    #[error(
        "Cannot tell which database the SQL is for: pass --provider postgresql|mysql|sqlite, or run where the schema \
         (or a migration_lock.toml) is."
    )]
    NoDialect,
    /// A provider Strata does not lint.
    #[error("The provider `{provider}` is not supported: use postgresql, mysql or sqlite.")]
    UnsupportedProvider {
        /// The provider.
        provider: String,
    },
    /// The URL could not be resolved or parsed.
    #[error(transparent)]
    Url(#[from] crate::url::UrlError),
    /// `--pending` without a database to say what is applied.
    #[error("--pending needs a database to tell which migrations are applied: pass --url or --live.")]
    PendingWithoutDatabase,
    /// `--pending` and the database could not be read.
    #[error("--pending: could not read the database: {0}")]
    PendingDatabase(String),
    /// Nothing to lint.
    #[error("No migration found to lint in {}.", path.display())]
    NothingToLint {
        /// Where it looked.
        path: PathBuf,
    },
}

/// Finds and reads the lint configuration: the first `strata.toml` in `schema_dir`, its parent,
/// then `cwd`. Defaults (and `None`) when there is none.
pub fn find_config(schema_dir: Option<&Path>, cwd: &Path) -> Result<(LintConfig, Option<PathBuf>), LintError> {
    let mut candidates = Vec::new();
    if let Some(dir) = schema_dir {
        let dir = if dir.is_absolute() { dir.to_path_buf() } else { cwd.join(dir) };
        candidates.push(dir.join(CONFIG_FILE));
        if let Some(parent) = dir.parent() {
            candidates.push(parent.join(CONFIG_FILE));
        }
    }
    candidates.push(cwd.join(CONFIG_FILE));
    for path in candidates {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(LintError::Config { path, message: e.to_string() }),
        };
        return match LintConfig::from_strata_toml(&text) {
            Ok(config) => Ok((config, Some(path))),
            Err(e) => Err(LintError::Config { path, message: e.to_string() }),
        };
    }
    Ok((LintConfig::default(), None))
}

/// The project's lint configuration for a schema at `schema_path` ([`find_config`]); defaults
/// when it cannot be read, since the callers (dev, push, diff) must not fail over it.
pub fn project_config(schema_path: Option<&Path>, cwd: &Path) -> Result<LintConfig, LintError> {
    let dir = schema_path.map(|p| {
        if p.is_dir() || cwd.join(p).is_dir() {
            p.to_path_buf()
        } else {
            p.parent().map(Path::to_path_buf).filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| ".".into())
        }
    });
    find_config(dir.as_deref(), cwd).map(|(config, _)| config)
}

/// Lints `sql` with the live facts of the database on `conn`, whose schema is `live`: the facts
/// the file needs about tables that exist, gathered with one query per table.
pub async fn lint_live(
    sql: &str,
    dialect: Dialect,
    config: &LintConfig,
    conn: &mut Connection,
    live: &SqlSchema,
) -> Result<Vec<Finding>, crate::dev::DevError> {
    let mut request = needed_facts_with_schema(sql, dialect, config, live);
    request.retain_existing(live);
    let mut facts = if request.is_empty() { LiveFacts::none() } else { gather(conn, &request).await? };
    facts.schema = Some(live.clone());
    Ok(lint(sql, dialect, config, Some(&facts)))
}

/// Lints a script Strata generated (`migrate dev`, `db push`, `migrate diff`) before it runs on
/// the database at `info`, whose schema is `live` (described when `None`). Counts come from that
/// database; when there is none, or it cannot be read, the findings are the hedged ones.
pub async fn lint_generated(
    script: &str,
    dialect: Dialect,
    config: &LintConfig,
    info: Option<&ConnectionInfo>,
    live: Option<&SqlSchema>,
) -> Vec<Finding> {
    let Some(info) = info else { return lint(script, dialect, config, None) };
    let counted = async {
        let mut conn = Connection::connect(info).await.ok()?;
        let result = async {
            let described;
            let live = match live {
                Some(live) => live,
                None => {
                    described = conn.describe(&DescribeOptions::default()).await.ok()?.schema;
                    &described
                }
            };
            lint_live(script, dialect, config, &mut conn, live).await.ok()
        }
        .await;
        let _ = conn.close().await;
        result
    }
    .await;
    counted.unwrap_or_else(|| lint(script, dialect, config, None))
}

/// Lints the script of `migrate diff`: with the counts of the `--from-url` database when that is
/// the side migrated from (its described schema is `report.from`), else knowing the `from`
/// schema's tables without counts; with the configuration of the schema side's project.
pub async fn lint_diff(
    report: &crate::diff::DiffReport,
    from_url: Option<&str>,
    schema: Option<&Path>,
    cwd: &Path,
) -> Vec<Finding> {
    let config = project_config(schema, cwd).unwrap_or_default();
    match from_url.and_then(|url| ConnectionInfo::parse(url, cwd).ok()) {
        Some(info) => lint_generated(&report.script, report.dialect, &config, Some(&info), Some(&report.from)).await,
        None => {
            // No database, but the schema migrated from tells the tables and columns (what a
            // SQLite redefinition leaves behind); no counts.
            let mut known = LiveFacts::none();
            known.schema = Some(report.from.clone());
            lint(&report.script, report.dialect, &config, Some(&known))
        }
    }
}

/// A file to lint.
struct Source {
    path: PathBuf,
    migration: Option<String>,
}

/// `strata migrate lint` (see the module docs).
pub async fn lint_files(request: &LintRequest) -> Result<LintReport, LintError> {
    let cwd = &request.cwd;
    // The schema is optional when paths and a dialect are given.
    let schema = match locate(request.schema.as_deref(), cwd) {
        Ok(location) => Some(load(location, cwd)?),
        Err(e) if request.schema.is_some() => return Err(e.into()),
        Err(_) => None,
    };
    let validated = schema.as_ref().map(|s| s.validate());
    let datasource = validated.as_ref().and_then(|v| v.configuration.datasource());
    let schema_dir = schema.as_ref().map(|s| crate::execute::schema_dir(&s.location));
    let migrations_dir = schema_dir.as_ref().map(|d| absolute(cwd, &d.join("migrations")));

    let sources = collect(request, migrations_dir.as_deref())?;
    let provider = match (&request.provider, datasource) {
        (Some(p), _) => Some(p.clone()),
        (None, Some(d)) => Some(d.active_provider.as_str().to_owned()),
        (None, None) => lock_provider(&sources, migrations_dir.as_deref()),
    };
    let provider = provider.ok_or(LintError::NoDialect)?;
    let dialect = Dialect::from_provider(&provider)
        .or_else(|| Dialect::from_provider(&canonical_provider(&provider)))
        .ok_or_else(|| LintError::UnsupportedProvider { provider: provider.clone() })?;
    let (config, config_path) = find_config(schema_dir.as_deref(), cwd)?;

    // The database, if asked for.
    let url = if request.url.is_some() || request.live {
        let schema_path = schema.as_ref().map(|s| s.location.path().to_path_buf());
        let resolved = crate::url::resolve(crate::url::UrlRequest {
            explicit: request.url.as_deref(),
            datasource,
            schema_path: schema_path.as_deref(),
            schema_dir: schema_dir.as_deref(),
            cwd,
            purpose: crate::url::UrlPurpose::Migrate,
        })?;
        Some(resolved.info)
    } else {
        None
    };
    let mut report = LintReport {
        dialect,
        config_path,
        files: Vec::new(),
        database: url.as_ref().map(ToString::to_string),
        database_note: None,
        skipped_applied: 0,
    };
    let mut live = match &url {
        Some(info) => match open_live(info).await {
            Ok(live) => Some(live),
            Err(note) if request.pending => return Err(LintError::PendingDatabase(note)),
            Err(note) => {
                report.database_note = Some(note);
                None
            }
        },
        None if request.pending => return Err(LintError::PendingWithoutDatabase),
        None => None,
    };

    for source in sources {
        let applied = match (&live, &source.migration) {
            (Some(live), Some(name)) => live.applied.contains(name),
            _ => false,
        };
        if applied && request.pending {
            report.skipped_applied += 1;
            continue;
        }
        let sql = std::fs::read(&source.path)
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .map_err(|e| LintError::Read { path: source.path.clone(), source: e })?;
        let mut used_live = false;
        let findings = match live.as_mut().filter(|_| !applied) {
            Some(db) => match lint_live(&sql, dialect, &config, &mut db.conn, &db.schema).await {
                Ok(findings) => {
                    used_live = true;
                    findings
                }
                Err(e) => {
                    report.database_note.get_or_insert_with(|| format!("counting rows failed: {e}"));
                    lint(&sql, dialect, &config, None)
                }
            },
            None => lint(&sql, dialect, &config, None),
        };
        report.files.push(LintedFile {
            display: display(cwd, &source.path),
            migration: source.migration,
            live: used_live,
            findings,
        });
    }
    if let Some(db) = live {
        let _ = db.conn.close().await;
    }
    Ok(report)
}

/// The live database: a connection, its schema, and the applied migrations.
struct Live {
    conn: Connection,
    schema: SqlSchema,
    applied: HashSet<String>,
}

async fn open_live(info: &ConnectionInfo) -> Result<Live, String> {
    if let ConnectionInfo::Sqlite(sqlite) = info {
        if !sqlite.path.exists() {
            return Err(format!("the database file {} does not exist", sqlite.path.display()));
        }
    }
    let mut conn = Connection::connect(info).await.map_err(|e| format!("could not connect to {info}: {e}"))?;
    let result = async {
        let schema = conn.describe(&DescribeOptions::default()).await?.schema;
        let rows = crate::deploy::read_history(&mut conn).await.map_err(|e| e.to_string());
        Ok::<_, database::Error>((schema, rows))
    }
    .await;
    match result {
        Ok((schema, Ok(rows))) => {
            let applied = rows
                .unwrap_or_default()
                .into_iter()
                .filter(|r| r.rolled_back_at.is_none() && r.finished_at.is_some())
                .map(|r| r.migration_name)
                .collect();
            Ok(Live { conn, schema, applied })
        }
        Ok((_, Err(e))) => {
            let _ = conn.close().await;
            Err(format!("could not read _prisma_migrations: {e}"))
        }
        Err(e) => {
            let _ = conn.close().await;
            Err(format!("could not describe {info}: {e}"))
        }
    }
}

/// `postgres` → `postgresql`, as the schema's provider aliases.
fn canonical_provider(provider: &str) -> String {
    match provider {
        "postgres" | "pg" => "postgresql".to_owned(),
        "mariadb" => "mysql".to_owned(),
        other => other.to_owned(),
    }
}

fn absolute(cwd: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        cwd.join(path)
    }
}

fn display(cwd: &Path, path: &Path) -> String {
    path.strip_prefix(cwd).unwrap_or(path).display().to_string()
}

/// The provider in the `migration_lock.toml` of the default folder or of the given paths.
fn lock_provider(sources: &[Source], migrations_dir: Option<&Path>) -> Option<String> {
    let mut dirs: Vec<PathBuf> = migrations_dir.map(Path::to_path_buf).into_iter().collect();
    for source in sources {
        // `…/migrations/<name>/migration.sql` and `…/migrations/file.sql`.
        for ancestor in source.path.ancestors().skip(1).take(2) {
            dirs.push(ancestor.to_path_buf());
        }
    }
    dirs.iter().find_map(|dir| {
        let text = std::fs::read_to_string(dir.join(lock::FILE_NAME)).ok()?;
        let provider = MigrationLock::parse(&text).provider().to_owned();
        (provider != lock::PROVIDER_NOT_FOUND).then_some(provider)
    })
}

/// The files to lint, in order.
fn collect(request: &LintRequest, migrations_dir: Option<&Path>) -> Result<Vec<Source>, LintError> {
    let cwd = &request.cwd;
    let paths: Vec<PathBuf> = if request.paths.is_empty() {
        let dir = migrations_dir.map(Path::to_path_buf).unwrap_or_else(|| cwd.join("prisma/migrations"));
        let sources = collect_dir(&dir)?;
        if sources.is_empty() {
            return Err(LintError::NothingToLint { path: PathBuf::from(display(cwd, &dir)) });
        }
        return Ok(sources);
    } else {
        request.paths.iter().map(|p| absolute(cwd, p)).collect()
    };
    let mut sources = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(&path).map_err(|source| LintError::Read { path: path.clone(), source })?;
        if meta.is_dir() {
            let found = collect_dir(&path)?;
            if found.is_empty() {
                return Err(LintError::NothingToLint { path: PathBuf::from(display(cwd, &path)) });
            }
            sources.extend(found);
        } else {
            let migration = migration_of(&path);
            sources.push(Source { path, migration });
        }
    }
    Ok(sources)
}

/// The migration a `…/<name>/migration.sql` belongs to.
fn migration_of(path: &Path) -> Option<String> {
    if path.file_name()? != crate::migrations_dir::MIGRATION_SCRIPT {
        return None;
    }
    Some(path.parent()?.file_name()?.to_string_lossy().into_owned())
}

/// A migration folder (its `migration.sql`) or a migrations folder (each migration's script,
/// then loose `.sql` files), in name order.
fn collect_dir(dir: &Path) -> Result<Vec<Source>, LintError> {
    let script = dir.join(crate::migrations_dir::MIGRATION_SCRIPT);
    if script.is_file() {
        return Ok(vec![Source { migration: migration_of(&script), path: script }]);
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(LintError::Read { path: dir.to_path_buf(), source }),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut sources = Vec::new();
    for path in paths {
        let script = path.join(crate::migrations_dir::MIGRATION_SCRIPT);
        if path.is_dir() && script.is_file() {
            sources.push(Source { migration: migration_of(&script), path: script });
        } else if path.is_file() && path.extension().is_some_and(|e| e == "sql") {
            sources.push(Source { path, migration: None });
        }
    }
    Ok(sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn configuration_is_found_beside_the_schema_then_above_then_in_cwd() {
        let root = std::env::temp_dir().join(format!("strata-lint-config-{}", std::process::id()));
        let prisma = root.join("prisma");
        std::fs::create_dir_all(&prisma).unwrap();
        assert!(find_config(Some(&prisma), &root).unwrap().1.is_none());
        std::fs::write(root.join(CONFIG_FILE), "[lint]\nallow = [\"drop-table\"]\n").unwrap();
        let (config, path) = find_config(Some(Path::new("prisma")), &root).unwrap();
        assert_eq!(path.unwrap(), root.join(CONFIG_FILE));
        assert!(config.allow.contains("drop-table"));
        std::fs::write(prisma.join(CONFIG_FILE), "[lint]\nallow = [\"drop-tabel\"]\n").unwrap();
        let err = find_config(Some(&prisma), &root).unwrap_err().to_string();
        assert!(err.contains("strata.toml") && err.contains("unknown rule `drop-tabel`"), "{err}");
        let _ = std::fs::remove_dir_all(&root);
    }
}
