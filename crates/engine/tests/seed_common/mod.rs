//! Shared helpers of the seed tests: a blog schema, its tables on a fresh database of each
//! provider, seed folders in temporary directories, and reading rows back as text.

#![allow(dead_code)]

use engine::seed::{FixedGenerators, Progress, SeedError, SeedOptions, SeedReport};
use sql_schema::Dialect;
use std::path::{Path, PathBuf};
use test_support::TestDb;

/// A blog: users (uuid ids, keyed by email), posts (autoincrement ids, keyed by slug) with a
/// cycle User.bestPost ↔ Post.author, profiles with bytes, and every scalar type seeds touch.
pub const SCHEMA: &str = r#"
datasource db {
  provider = "PROVIDER"
}

enum Role {
  USER
  ADMIN
}

model User {
  id         String   @id @default(uuid())
  email      String   @unique
  name       String?
  role       Role     @default(USER)
  createdAt  DateTime @default(now())
  updatedAt  DateTime @updatedAt
  posts      Post[]
  profile    Profile?
  bestPost   Post?    @relation("best", fields: [bestPostId], references: [id])
  bestPostId Int?     @unique
  mentor     User?    @relation("mentor", fields: [mentorId], references: [id])
  mentorId   String?
  mentees    User[]   @relation("mentor")
}

model Post {
  id          Int       @id @default(autoincrement())
  slug        String    @unique
  title       String
  views       BigInt    @default(0)
  rating      Decimal?  @db.DECIMALTYPE
  score       Float?
  published   Boolean   @default(false)
  publishedAt DateTime?
  meta        Json?
  author      User      @relation(fields: [authorId], references: [id])
  authorId    String
  bestOf      User?     @relation("best")
}

model Profile {
  id     Int    @id
  bio    String
  avatar Bytes?
  user   User   @relation(fields: [userId], references: [id])
  userId String @unique
}
"#;

/// The three providers.
#[derive(Debug, Clone, Copy)]
pub enum Provider {
    Postgres,
    Mysql,
    Sqlite,
}

impl Provider {
    pub fn dialect(self) -> Dialect {
        match self {
            Provider::Postgres => Dialect::Postgres,
            Provider::Mysql => Dialect::Mysql,
            Provider::Sqlite => Dialect::Sqlite,
        }
    }

    pub async fn db(self, hint: &str) -> TestDb {
        match self {
            Provider::Postgres => TestDb::postgres(hint).await,
            Provider::Mysql => TestDb::mysql(hint).await,
            Provider::Sqlite => TestDb::sqlite(hint).await,
        }
    }
}

/// The schema for a provider, validated.
pub fn schema(provider: Provider) -> psl::ValidatedSchema {
    schema_from(SCHEMA, provider)
}

/// Any schema text with `PROVIDER` (and `DECIMALTYPE`) filled in, validated.
pub fn schema_from(text: &str, provider: Provider) -> psl::ValidatedSchema {
    let text = text.replace("PROVIDER", provider.dialect().provider());
    let text = match provider {
        // SQLite has no enums and no native decimal type attribute.
        Provider::Sqlite => text
            .replace(" @db.DECIMALTYPE", "")
            .replace("enum Role {\n  USER\n  ADMIN\n}\n", "")
            .replace("Role     @default(USER)", "String   @default(\"USER\")"),
        _ => text.replace("DECIMALTYPE", "Decimal(10, 2)"),
    };
    let validated = psl::validate(psl::SourceFile::new("schema.prisma", text));
    assert!(validated.is_valid(), "{}", validated.render_diagnostics(false));
    validated
}

/// Creates the schema's tables as Prisma would (calculate from empty, render, run).
pub async fn create_tables(db: &mut TestDb, schema: &psl::ValidatedSchema, dialect: Dialect) {
    let to = migrate::calculate::calculate(schema, dialect);
    let from = migrate::SqlSchema::default();
    let steps = migrate::diff(&from, &to, dialect);
    let script = migrate::render_script(&steps, &from, &to, dialect, &[]);
    db.conn().raw_cmd(&script).await.unwrap_or_else(|e| panic!("{e}\n{script}"));
}

/// A fresh folder for seed sets.
pub fn seeds_dir(hint: &str) -> PathBuf {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "strata_seeds_{hint}_{}_{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `<dir>/<set>/<name>`.
pub fn write(dir: &Path, set: &str, name: &str, text: &str) {
    std::fs::create_dir_all(dir.join(set)).unwrap();
    std::fs::write(dir.join(set).join(name), text).unwrap();
}

/// 2024-05-01T00:00:00Z, in microseconds.
pub const NOW: i64 = 1_714_521_600_000_000;

/// Seeds with a fixed clock and random seed.
pub async fn seed(
    db: &TestDb,
    schema: &psl::ValidatedSchema,
    dir: &Path,
    options: SeedOptions,
) -> Result<SeedReport, SeedError> {
    seed_at(db, schema, dir, options, NOW).await
}

/// Seeds with the clock at `now`.
pub async fn seed_at(
    db: &TestDb,
    schema: &psl::ValidatedSchema,
    dir: &Path,
    options: SeedOptions,
    now: i64,
) -> Result<SeedReport, SeedError> {
    let mut generators = FixedGenerators::new(now, 42);
    let mut progress = |_: &Progress| {};
    engine::seed::seed_sets(&schema.datamodel, db.info(), dir, "prisma/seeds", &options, &mut generators, &mut progress)
        .await
}

/// Options for `--env env`.
pub fn env(env: &str) -> SeedOptions {
    SeedOptions { env: Some(env.to_owned()), ..SeedOptions::default() }
}

/// Rows of a query, every value as text (`NULL` for null).
pub async fn rows(db: &mut TestDb, sql: &str) -> Vec<Vec<String>> {
    let sql = match db.info().dialect() {
        Dialect::Mysql => sql.replace('"', "`"),
        _ => sql.to_owned(),
    };
    db.conn()
        .query_rows(&sql, &[])
        .await
        .unwrap_or_else(|e| panic!("{e}: {sql}"))
        .iter()
        .map(|r| {
            r.values()
                .iter()
                .map(|v| match v {
                    database::SqlValue::Null => "NULL".to_owned(),
                    database::SqlValue::Bool(b) => b.to_string(),
                    database::SqlValue::Int(i) => i.to_string(),
                    database::SqlValue::Float(f) => f.to_string(),
                    database::SqlValue::Text(s) => s.clone(),
                    database::SqlValue::Bytes(b) => format!("{b:?}"),
                })
                .collect()
        })
        .collect()
}

/// `SELECT COUNT(*)` as a number.
pub async fn count(db: &mut TestDb, table: &str) -> i64 {
    let q = db.info().dialect().quote_identifier(table);
    rows(db, &format!("SELECT COUNT(*) AS n FROM {q}")).await[0][0].parse().unwrap()
}

/// The table report of `model` (panics if absent).
pub fn table<'a>(report: &'a SeedReport, model: &str) -> &'a engine::seed::TableReport {
    report.tables.iter().find(|t| t.model == model).unwrap_or_else(|| panic!("no {model} in {report:#?}"))
}

/// (inserted, updated, unchanged, stale, pruned) of `model`.
pub fn counts(report: &SeedReport, model: &str) -> (usize, usize, usize, usize, usize) {
    let t = table(report, model);
    (t.inserted, t.updated, t.unchanged, t.stale, t.pruned)
}

/// The blog's `common` set: users by email (one with a lookup into posts, closing the cycle),
/// posts in CSV with their author by email, a profile with bytes.
pub fn write_blog(dir: &Path) {
    write(
        dir,
        "common",
        "User.json",
        r#"[
  {"email": "ada@example.com", "name": "Ada", "role": "ADMIN", "bestPost": {"slug": "hello"}},
  {"email": "bob@example.com", "name": "Bob", "mentor": {"email": "ada@example.com"}, "createdAt": "2024-01-02T03:04:05.678+01:00"}
]
"#,
    );
    write(
        dir,
        "common",
        "Post.csv",
        "slug,title,author.email,rating,score,published,publishedAt,meta,views\r\n\
         hello,Hello world,ada@example.com,4.50,0.25,true,2024-02-03T04:05:06Z,\"{\"\"tags\"\": [\"\"a\"\"]}\",12345678901\r\n\
         second,\"Second, with a comma\",bob@example.com,,,false,,,\r\n",
    );
    write(
        dir,
        "common",
        "Profile.json",
        r#"[{"id": 1, "bio": "Line one\nline \"two\"", "avatar": "AAEC/w==", "user": {"email": "ada@example.com"}}]"#,
    );
}

/// A column read as text: `"c"::text` on PostgreSQL, `CAST(c AS CHAR)` on MySQL.
pub fn txt(provider: Provider, column: &str) -> String {
    match provider {
        Provider::Postgres => format!("{column}::text"),
        Provider::Mysql => format!("CAST({column} AS CHAR)"),
        Provider::Sqlite => column.to_owned(),
    }
}
