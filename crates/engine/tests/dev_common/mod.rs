//! Shared by the dev, reset, push, shadow, drift and diff-source tests: a project folder
//! (`prisma/schema.prisma`, `prisma/migrations/`) pointed at a fresh test database, and an
//! [`Interaction`] that answers from a script.
#![allow(dead_code)]

use engine::dev::{self, DevError, DevEvent, DevReport, DevRequest, Interaction, Question};
use migrate::history::Timestamp;
use sql_schema::Dialect;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use test_support::TestDb;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The three dialects, for tests that run on each.
pub const DIALECTS: [Dialect; 3] = [Dialect::Postgres, Dialect::Mysql, Dialect::Sqlite];

/// `User` with an id, a unique email and an optional name.
pub const USER: &str = "model User {\n  id    Int     @id @default(autoincrement())\n  email String  @unique\n  \
                        name  String?\n}\n";

/// [`USER`] with a `bio`, and a `Post` written by a user.
pub const USER_BIO_POST: &str = "model User {\n  id    Int     @id @default(autoincrement())\n  email String  \
     @unique\n  name  String?\n  bio   String?\n  posts Post[]\n}\n\nmodel Post {\n  id       Int    @id \
     @default(autoincrement())\n  title    String\n  author   User   @relation(fields: [authorId], references: \
     [id])\n  authorId Int\n}\n";

/// A project folder and a fresh database.
pub struct Project {
    pub dir: PathBuf,
    pub db: TestDb,
    pub dialect: Dialect,
    /// Seconds added to the migrations' timestamps, so that each is one second after the last.
    clock: i64,
}

impl Project {
    pub async fn new(dialect: Dialect, hint: &str) -> Project {
        let db = match dialect {
            Dialect::Postgres => TestDb::postgres(hint).await,
            Dialect::Mysql => TestDb::mysql(hint).await,
            Dialect::Sqlite => TestDb::sqlite(hint).await,
        };
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("strata_dev_{hint}_{}_{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("prisma")).unwrap();
        let project = Project { dir, db, dialect, clock: 0 };
        project.write_schema("");
        project
    }

    /// Writes `prisma/schema.prisma`: the datasource (no URL: tests pass `--url`), then `models`.
    pub fn write_schema(&self, models: &str) {
        self.write_schema_with(models, "");
    }

    /// As [`Project::write_schema`], with extra datasource properties.
    pub fn write_schema_with(&self, models: &str, datasource_extra: &str) {
        let provider = self.dialect.provider();
        let text = format!("datasource db {{\n  provider = \"{provider}\"\n{datasource_extra}}}\n\n{models}");
        std::fs::write(self.schema(), text).unwrap();
    }

    pub fn schema(&self) -> PathBuf {
        self.dir.join("prisma/schema.prisma")
    }

    pub fn migrations_dir(&self) -> PathBuf {
        self.dir.join("prisma/migrations")
    }

    /// The migration folders, in order.
    pub fn migrations(&self) -> Vec<String> {
        let mut names: Vec<String> = match std::fs::read_dir(self.migrations_dir()) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect(),
            Err(_) => Vec::new(),
        };
        names.sort();
        names
    }

    /// The `migration.sql` of migration `name`.
    pub fn script(&self, name: &str) -> String {
        std::fs::read_to_string(self.migrations_dir().join(name).join("migration.sql")).unwrap()
    }

    /// Writes `prisma/migrations/NAME/migration.sql` (and the lock file).
    pub fn add_migration(&self, name: &str, sql: &str) {
        let folder = self.migrations_dir().join(name);
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("migration.sql"), sql).unwrap();
        std::fs::write(
            self.migrations_dir().join("migration_lock.toml"),
            migrate::history::MigrationLock::new(self.dialect.provider()).render(),
        )
        .unwrap();
    }

    /// A `migrate dev` request for this project; the migration is stamped 2030-01-01 plus one
    /// second per request.
    pub fn request(&mut self, name: Option<&str>) -> DevRequest {
        self.clock += 1;
        DevRequest {
            schema: Some(self.schema()),
            url: Some(self.db.url().to_owned()),
            name: name.map(str::to_owned),
            create_only: false,
            skip_seed: false,
            cwd: self.dir.clone(),
            now: Some(Timestamp::from_unix_micros((1_893_456_000 + self.clock) * 1_000_000)),
        }
    }

    pub async fn dev(&mut self, name: Option<&str>, interaction: &mut dyn Interaction) -> Result<DevReport, DevError> {
        let request = self.request(name);
        dev::dev(&request, interaction).await
    }

    pub async fn dev_ok(&mut self, name: Option<&str>) -> DevReport {
        self.dev(name, &mut Scripted::default()).await.unwrap_or_else(|e| panic!("{:?}: {e}", self.dialect))
    }

    /// `sql` for this dialect: identifiers in backticks on MySQL.
    pub fn sql(&self, sql: &str) -> String {
        match self.dialect {
            Dialect::Mysql => sql.replace('"', "`"),
            _ => sql.to_owned(),
        }
    }

    /// Runs `sql` (with `"` quotes, adapted to the dialect) on the database.
    pub async fn exec(&mut self, sql: &str) {
        let sql = self.sql(sql);
        self.db.conn().raw_cmd(&sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// `SELECT COUNT(*)` of a table.
    pub async fn count(&mut self, table: &str) -> i64 {
        let sql = self.sql(&format!("SELECT COUNT(*) AS n FROM \"{table}\""));
        self.db.conn().query_rows(&sql, &[]).await.unwrap()[0].int("n").unwrap()
    }

    /// User tables (not `_prisma_migrations`), sorted.
    pub async fn tables(&mut self) -> Vec<String> {
        self.db.user_tables().await
    }

    /// The migration names recorded as applied, in order.
    pub async fn applied(&mut self) -> Vec<String> {
        let sql = "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS \
                   NULL ORDER BY started_at";
        self.db.conn().query_rows(sql, &[]).await.unwrap().iter().map(|r| r.string("migration_name")).collect()
    }

    pub async fn cleanup(self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        self.db.cleanup().await;
    }
}

/// Answers questions from a script: `answers` in order (no answer left: no), `name` for the
/// migration name; records what was asked and told.
#[derive(Debug, Default)]
pub struct Scripted {
    pub interactive: bool,
    pub answers: VecDeque<bool>,
    pub name: Option<String>,
    pub asked: Vec<String>,
    pub events: Vec<String>,
}

impl Scripted {
    /// A person who answers `answers`.
    pub fn answering(answers: &[bool]) -> Scripted {
        Scripted { interactive: true, answers: answers.iter().copied().collect(), ..Scripted::default() }
    }
}

impl Interaction for Scripted {
    fn is_interactive(&self) -> bool {
        self.interactive
    }

    fn confirm(&mut self, question: Question<'_>) -> bool {
        self.asked.push(match question {
            Question::Reset { reason, target } => format!("reset: {reason}\n{target}"),
            Question::DevWarnings { warnings, .. } => format!("dev warnings: {}", warnings.join(" | ")),
            Question::PushWarnings { warnings } => format!("push warnings: {}", warnings.join(" | ")),
        });
        self.answers.pop_front().unwrap_or(false)
    }

    fn migration_name(&mut self) -> Option<String> {
        self.asked.push("name".to_owned());
        self.name.clone()
    }

    fn notify(&mut self, event: &DevEvent) {
        self.events.push(format!("{event:?}"));
    }
}

/// The histories of the corpus (`$STRATA_CORPUS/histories/<dir>`), with their provider, from
/// `manifest.tsv`; `None` (after printing `CORPUS_NOT_SET`) without a corpus.
pub fn corpus_histories() -> Option<Vec<(PathBuf, Dialect)>> {
    let Some(corpus) = test_support::corpus_dir() else {
        println!("{}", test_support::CORPUS_NOT_SET);
        return None;
    };
    let root = corpus.join("histories");
    let manifest = std::fs::read_to_string(root.join("manifest.tsv")).expect("histories/manifest.tsv");
    let mut histories = Vec::new();
    for line in manifest.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let fields: Vec<&str> = line.split('\t').collect();
        let dialect = Dialect::from_provider(fields[4]).unwrap_or_else(|| panic!("provider {}", fields[4]));
        histories.push((root.join(fields[0]), dialect));
    }
    assert!(!histories.is_empty(), "no history in {}", root.display());
    Some(histories)
}

/// A fresh database of `dialect` (for shadow databases and diff sides).
pub async fn fresh_db(dialect: Dialect, hint: &str) -> TestDb {
    match dialect {
        Dialect::Postgres => TestDb::postgres(hint).await,
        Dialect::Mysql => TestDb::mysql(hint).await,
        Dialect::Sqlite => TestDb::sqlite(hint).await,
    }
}

/// A copy of a corpus history (schema + migrations) in a scratch folder, as a project.
pub fn copy_history(history: &Path, into: &Path) {
    let _ = std::fs::remove_dir_all(into);
    copy_dir(history, into);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}
