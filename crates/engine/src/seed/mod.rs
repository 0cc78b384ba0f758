//! `db seed`: the Prisma-compatible seed command, and declarative, idempotent, versioned seed
//! sets per environment.
//!
//! A run, top to bottom ([`seed_sets`]):
//! 1. plan the tables from the schema ([`plan`]): columns, keys, foreign keys, join tables,
//!    write order; on MySQL, how each column's collation compares text;
//! 2. find the sets' files ([`load`]), then stream every row through typing ([`prepare`]) and
//!    the checks ([`validate`]): keys, duplicates, references in the files or the database —
//!    any problem and nothing is written. Only key hashes are kept (and whole files of typed
//!    rows, within a budget);
//! 3. skip tables whose files all match their last checksum in `_strata_seeds` ([`history`]);
//! 4. in one transaction, take the rows again in batches, match each by its key and insert,
//!    update or leave it, table by table in foreign-key order; then fill deferred foreign keys
//!    and join tables, then prune ([`apply`]);
//! 5. record each applied file in `_strata_seeds` and commit.
//!
//! Glossary:
//! - **set**: a folder `prisma/seeds/<set>/`; `--env dev` loads `common` then `dev`.
//! - **key**: the columns a row is matched by: `$key` of its file (or `_meta.json`), else the
//!   `@id` if the row gives it, else the first `@unique`/`@@unique` it gives.
//! - **lookup**: a relation given by a unique key of its target (`"author": {"email": …}`).
//! - **stale row**: in the table, in no seed file; reported, and deleted with `--prune`.
//! - **deferred foreign key**: written NULL first and filled in a second pass (cycles,
//!   nullable self-relations).

pub mod apply;
pub mod command;
pub mod csv;
pub mod export;
pub mod generate;
pub mod history;
pub mod json;
pub mod load;
pub mod plan;
pub mod prepare;
pub mod resolve;
pub mod run;
pub mod validate;
pub mod value;

pub use command::{find_seed_command, run_seed_command, SeedCommand, SeedCommandError, SeedCommandReport};
pub use export::ExportedFile;
pub use generate::{FixedGenerators, Generators, SystemGenerators};
pub use run::{run, SeedOutcome, SeedRequest};

use database::bulk::BulkConnection;
use database::ConnectionInfo;
use std::path::{Path, PathBuf};

/// What to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeedOptions {
    /// The environment: loads `common`, then this set.
    pub env: Option<String>,
    /// Read and report; write nothing.
    pub dry_run: bool,
    /// Delete rows that no seed file has.
    pub prune: bool,
    /// Apply files even if their checksum is unchanged.
    pub force: bool,
    /// How many bytes of typed rows the first pass may keep for the second, which then need
    /// not read those files again (`None`: [`DEFAULT_ROW_CACHE_BYTES`]; `Some(0)`: read every
    /// file twice).
    pub row_cache_bytes: Option<usize>,
}

/// The default of [`SeedOptions::row_cache_bytes`]: 64 MiB.
pub const DEFAULT_ROW_CACHE_BYTES: usize = 64 << 20;

/// Progress of a long write, for a progress bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The model being written.
    pub table: String,
    /// Rows written so far.
    pub done: usize,
    /// Rows to write.
    pub total: usize,
}

/// One problem in the seed files, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedProblem {
    /// The file, as shown (`prisma/seeds/dev/User.csv`).
    pub file: String,
    /// The line (of the row, or of a syntax error).
    pub line: Option<u32>,
    /// The column of a syntax error.
    pub column: Option<u32>,
    /// The field or CSV column the problem is about (`field "email"`, `column "email"`).
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
}

impl SeedProblem {
    /// A problem with a whole file.
    pub fn file(file: &str, message: String) -> Self {
        SeedProblem { file: file.to_owned(), line: None, column: None, field: None, message }
    }

    /// A problem at a line (and column).
    pub fn at(file: &str, line: u32, column: Option<u32>, field: Option<String>, message: String) -> Self {
        SeedProblem { file: file.to_owned(), line: Some(line), column, field, message }
    }
}

impl std::fmt::Display for SeedProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        write!(f, ": ")?;
        if let Some(field) = &self.field {
            write!(f, "{field}: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// What happened to one table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableReport {
    /// The model.
    pub model: String,
    /// Rows inserted (or that would be, in a dry run).
    pub inserted: usize,
    /// Rows updated.
    pub updated: usize,
    /// Rows already as in the files.
    pub unchanged: usize,
    /// Rows in the table that no seed file has.
    pub stale: usize,
    /// Stale rows deleted (`--prune`).
    pub pruned: usize,
}

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The set.
    pub set: String,
    /// The file, as shown.
    pub path: String,
    /// SHA-256 of its bytes.
    pub checksum: String,
    /// Rows in the file.
    pub rows: usize,
    /// Skipped: same checksum as when last applied.
    pub skipped: bool,
}

/// The result of [`seed_sets`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeedReport {
    /// The sets loaded, in order.
    pub sets: Vec<String>,
    /// Requested sets without a folder.
    pub missing_sets: Vec<String>,
    /// Per file.
    pub files: Vec<FileReport>,
    /// Per table applied, in write order.
    pub tables: Vec<TableReport>,
    /// Nothing was written.
    pub dry_run: bool,
}

/// Why seeding failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SeedError {
    /// The seed files have problems; nothing was written.
    #[error("{} problem(s) in the seed files; nothing was written:\n{}", problems.len(), problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
    Problems {
        /// Every problem found.
        problems: Vec<SeedProblem>,
    },
    /// The schema's relations form a cycle of required foreign keys.
    #[error("The models {} point at each other through required relations: make one of those relations optional so rows can be inserted.", .0.join(", "))]
    RequiredCycle(Vec<String>),
    /// None of the requested sets exist.
    #[error("No seed set found: looked for {} in {}.", sets.join(", "), dir.display())]
    NoSets {
        /// The sets looked for.
        sets: Vec<String>,
        /// The seeds folder.
        dir: PathBuf,
    },
    /// A model named by `--tables` does not exist.
    #[error("There is no model named {0:?} in the schema.")]
    UnknownTable(String),
    /// The schema could not be found or read.
    #[error(transparent)]
    Engine(#[from] crate::EngineError),
    /// The schema has errors; `diagnostics` is Prisma's rendering of them.
    #[error("The schema at {} is invalid:\n{diagnostics}", path.display())]
    InvalidSchema {
        /// The schema's path.
        path: PathBuf,
        /// The rendered diagnostics.
        diagnostics: String,
    },
    /// No usable connection URL.
    #[error(transparent)]
    Url(Box<crate::url::UrlError>),
    /// The seed command's configuration is unreadable, or its shell could not start.
    #[error(transparent)]
    Command(Box<SeedCommandError>),
    /// `--export` without `--env`.
    #[error("--export needs --env NAME: the seed set to write (prisma/seeds/NAME/).")]
    ExportNeedsEnv,
    /// No seed sets and no seed command.
    #[error("Nothing to seed: there is no {seeds_dir}/ folder, and no seed command in package.json (\"prisma\": {{\"seed\": \"…\"}}) or strata.toml ([seed] command = \"…\").")]
    NothingToSeed {
        /// The seeds folder looked for, as shown.
        seeds_dir: String,
    },
    /// The database failed (the transaction was rolled back).
    #[error("{0}")]
    Database(#[from] database::Error),
    /// Reading or writing a file failed.
    #[error("Could not read or write {}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
}

/// Where the seed sets are: `seeds/` beside the schema file (`prisma/seeds`), or beside a schema
/// folder.
pub fn seeds_dir(schema_path: &Path) -> PathBuf {
    let dir = schema_path.parent().map(Path::to_path_buf).unwrap_or_default();
    dir.join("seeds")
}

/// Seeds the database at `info` from the sets under `seeds_dir` (`shown_dir` is how paths are
/// printed). Ids and timestamps come from `generators`; `progress` hears about long writes.
pub async fn seed_sets(
    datamodel: &psl::Datamodel,
    info: &ConnectionInfo,
    seeds_dir: &Path,
    shown_dir: &str,
    options: &SeedOptions,
    generators: &mut dyn Generators,
    progress: &mut dyn FnMut(&Progress),
) -> Result<SeedReport, SeedError> {
    let dialect = info.dialect();
    let mut plan = plan::SeedPlan::new(datamodel, dialect).map_err(|c| SeedError::RequiredCycle(c.0))?;
    let sets = load::set_names(options.env.as_deref());
    let mut problems = Vec::new();
    let (mut files, missing_sets) = load::load(seeds_dir, shown_dir, &sets, &plan, &mut problems)
        .map_err(|source| SeedError::Io { path: seeds_dir.to_path_buf(), source })?;
    if missing_sets.len() == sets.len() {
        return Err(SeedError::NoSets { sets, dir: seeds_dir.to_path_buf() });
    }
    let mut conn = BulkConnection::connect(info).await?;
    let result =
        seed_on(&mut conn, &mut plan, &mut files, missing_sets, sets, options, generators, progress, problems).await;
    match &result {
        Ok(_) => conn.close().await?,
        Err(_) => {
            let _ = conn.close().await;
        }
    }
    result
}

#[allow(clippy::too_many_arguments)]
async fn seed_on(
    conn: &mut BulkConnection,
    plan: &mut plan::SeedPlan,
    files: &mut [load::SeedFile],
    missing_sets: Vec<String>,
    sets: Vec<String>,
    options: &SeedOptions,
    generators: &mut dyn Generators,
    progress: &mut dyn FnMut(&Progress),
    mut problems: Vec<SeedProblem>,
) -> Result<SeedReport, SeedError> {
    let dialect = conn.dialect();
    // Keys are matched as the columns' collations compare text.
    if dialect == sql_schema::Dialect::Mysql {
        plan.set_collations(&collations(conn).await?);
    }
    let plan = &*plan;
    let hasher = resolve::KeyHasher::default();
    let budget = options.row_cache_bytes.unwrap_or(DEFAULT_ROW_CACHE_BYTES);
    let (index, mut cache) = validate::validate(conn, plan, files, &hasher, budget, &mut problems).await?;
    if !problems.is_empty() {
        problems.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        return Err(SeedError::Problems { problems });
    }
    if !options.dry_run {
        conn.script(&history::create_table_sql(dialect)).await?;
    }
    let last = history::last_checksums(conn).await?;
    let unchanged = |f: &load::SeedFile| last.get(&(f.set.clone(), f.name.clone())) == Some(&f.checksum);
    let mut active = vec![false; plan.tables.len()];
    for f in files.iter() {
        if options.force || options.prune || !unchanged(f) {
            active[f.table] = true;
        }
    }
    let mut report = SeedReport {
        sets: sets.iter().filter(|s| !missing_sets.contains(s)).cloned().collect(),
        missing_sets,
        files: files
            .iter()
            .map(|f| FileReport {
                set: f.set.clone(),
                path: f.shown.clone(),
                checksum: f.checksum.clone(),
                rows: f.rows,
                skipped: !active[f.table],
            })
            .collect(),
        tables: Vec::new(),
        dry_run: options.dry_run,
    };
    if !active.iter().any(|a| *a) {
        return Ok(report);
    }
    let transactional = !options.dry_run;
    if transactional {
        conn.begin().await?;
    }
    let outcome = async {
        let mut apply = apply::Apply::new(
            conn,
            plan,
            files,
            &index,
            &mut cache,
            &hasher,
            generators,
            progress,
            options.dry_run,
            options.prune,
        );
        let (tables, counts) = apply.run(&active).await?;
        if !options.dry_run {
            let now = apply.generators.now_micros();
            let entries: Vec<(String, String, String, [usize; 4])> = files
                .iter()
                .enumerate()
                .filter(|(_, f)| active[f.table])
                .map(|(i, f)| {
                    let c = counts[i];
                    (f.set.clone(), f.name.clone(), f.checksum.clone(), [c.inserted, c.updated, c.unchanged, c.pruned])
                })
                .collect();
            history::record(apply.conn, now, &entries).await?;
        }
        Ok::<_, SeedError>(tables)
    }
    .await;
    match outcome {
        Ok(tables) => {
            if transactional {
                conn.commit().await?;
            }
            report.tables = tables;
            Ok(report)
        }
        Err(e) => {
            if transactional {
                let _ = conn.rollback().await;
            }
            Err(e)
        }
    }
}

/// MySQL: how each text column of the database compares values (`(table, column) → fold`).
async fn collations(
    conn: &mut BulkConnection,
) -> Result<std::collections::HashMap<(String, String), plan::Fold>, database::Error> {
    let sql = "SELECT c.TABLE_NAME AS t, c.COLUMN_NAME AS c, c.COLLATION_NAME AS n, \
               COALESCE(l.PAD_ATTRIBUTE, 'PAD SPACE') AS p \
               FROM information_schema.COLUMNS c \
               LEFT JOIN information_schema.COLLATIONS l ON l.COLLATION_NAME = c.COLLATION_NAME \
               WHERE c.TABLE_SCHEMA = DATABASE() AND c.COLLATION_NAME IS NOT NULL";
    let rows = match conn.query(sql, &[]).await {
        Ok(rows) => rows,
        // Servers without PAD_ATTRIBUTE (MySQL 5.7, MariaDB before 10.2): every collation pads.
        Err(_) => {
            let sql = "SELECT TABLE_NAME AS t, COLUMN_NAME AS c, COLLATION_NAME AS n, 'PAD SPACE' AS p \
                       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND COLLATION_NAME IS NOT NULL";
            conn.query(sql, &[]).await?
        }
    };
    Ok(rows
        .iter()
        .map(|r| {
            let name = r.string("n");
            let pad = r.string("p") == "PAD SPACE" && !name.contains("_nopad_");
            let fold = plan::Fold::of_mysql_collation(&name, pad);
            ((r.string("t"), r.string("c")), fold)
        })
        .collect())
}

/// Writes the rows of `tables` (model or table names; all models when empty) as the seed set
/// `<seeds_dir>/<env>/`.
pub async fn export_set(
    datamodel: &psl::Datamodel,
    info: &ConnectionInfo,
    seeds_dir: &Path,
    shown_dir: &str,
    env: &str,
    tables: &[String],
) -> Result<Vec<export::ExportedFile>, SeedError> {
    let plan = plan::SeedPlan::new(datamodel, info.dialect()).map_err(|c| SeedError::RequiredCycle(c.0))?;
    let chosen: Vec<usize> = if tables.is_empty() {
        plan.order.iter().copied().filter(|t| plan.tables[*t].seedable).collect()
    } else {
        tables
            .iter()
            .map(|name| plan.find(name).ok_or_else(|| SeedError::UnknownTable(name.clone())))
            .collect::<Result<_, _>>()?
    };
    let mut conn = BulkConnection::connect(info).await?;
    let result = export::export(&mut conn, &plan, &chosen, &seeds_dir.join(env), &format!("{shown_dir}/{env}")).await;
    let _ = conn.close().await;
    result
}
