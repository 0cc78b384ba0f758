//! `strata db pull` as a user runs it, against real databases: SQLite files and fresh
//! databases on the PostgreSQL and MariaDB test servers (`scripts/test` starts them).

use database::{Connection, ConnectionInfo};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};

mod common;
use common::{strata, text};

static N: AtomicU32 = AtomicU32::new(0);

/// A fresh, empty project directory.
fn project(hint: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "strata_cli_pull_{hint}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    dir
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

/// Runs `sql` on the database at `url` (created first on a server).
fn apply(url: &str, sql: &str) {
    runtime().block_on(async {
        let info = ConnectionInfo::parse(url, Path::new("/")).unwrap();
        if !matches!(info, ConnectionInfo::Sqlite(_)) {
            database::drop_database(&info).await.unwrap();
        }
        if !database::database_exists(&info).await.unwrap() {
            database::create_database(&info).await.unwrap();
        }
        let mut conn = Connection::connect(&info).await.unwrap();
        conn.raw_cmd(sql).await.unwrap_or_else(|e| panic!("{e}"));
        let _ = conn.close().await;
    });
}

fn drop_db(url: &str) {
    runtime().block_on(async {
        let info = ConnectionInfo::parse(url, Path::new("/")).unwrap();
        let _ = database::drop_database(&info).await;
    });
}

/// A fresh database URL on the server of `var` (`STRATA_TEST_POSTGRES_URL` / `_MYSQL_URL`).
fn server_db(var: &str, hint: &str) -> String {
    let server = std::env::var(var).unwrap_or_else(|_| panic!("{var} is not set: run the tests through scripts/test"));
    let name = format!("strata_cli_pull_{hint}_{}_{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed));
    let (base, _) = server.rsplit_once('/').unwrap();
    format!("{base}/{name}")
}

const BLOG_SQLITE: &str = r#"
CREATE TABLE "users" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE TABLE "posts" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "author_id" INTEGER NOT NULL,
  CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);
"#;

#[test]
fn print_with_only_a_url_writes_the_schema_to_stdout() {
    let dir = project("print");
    let db = dir.join("dev.db");
    apply(&format!("file:{}", db.display()), BLOG_SQLITE);
    let out = strata(&dir, &["db", "pull", "--url", "file:./dev.db", "--print"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let expected = r#"datasource db {
  provider = "sqlite"
}

model posts {
  id        Int    @id @default(autoincrement())
  title     String
  author_id Int
  users     users  @relation(fields: [author_id], references: [id])
}

model users {
  id         Int      @id @default(autoincrement())
  email      String   @unique
  created_at DateTime @default(now())
  posts      posts[]
}
"#;
    assert_eq!(text(&out.stdout), expected);
    assert_eq!(text(&out.stderr), "");
    assert!(!dir.join("prisma/schema.prisma").exists(), "--print writes nothing");
}

#[test]
fn reintrospection_rewrites_the_schema_keeping_the_users_names() {
    let dir = project("reintro");
    apply(&format!("file:{}", dir.join("prisma/dev.db").display()), BLOG_SQLITE);
    let previous = r#"generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

/// Someone who writes.
model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  createdAt DateTime @default(now()) @map("created_at")
  posts     Post[]

  @@map("users")
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int    @map("author_id")
  author   User   @relation(fields: [authorId], references: [id])

  @@map("posts")
}
"#;
    std::fs::write(dir.join("prisma/schema.prisma"), previous).unwrap();
    let out = strata(&dir, &["db", "pull"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), format!("{}\n", text(&out.stdout).lines().next().unwrap()));
    assert!(text(&out.stdout).starts_with("Introspected 2 models and wrote them into prisma/schema.prisma in "));
    let written = std::fs::read_to_string(dir.join("prisma/schema.prisma")).unwrap();
    assert_eq!(written, previous, "nothing changed in the database, so nothing changes in the schema");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("These models were enriched with `@@map` information taken from the previous Prisma schema:\n  - \"Post\"\n  - \"User\"\n"), "{stderr}");
}

#[test]
fn force_ignores_the_models_but_keeps_generators_and_datasource() {
    let dir = project("force");
    apply(&format!("file:{}", dir.join("prisma/dev.db").display()), BLOG_SQLITE);
    let previous = "generator client {\n  provider = \"prisma-client-js\"\n}\n\ndatasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel User {\n  id Int @id\n\n  @@map(\"users\")\n}\n";
    std::fs::write(dir.join("prisma/schema.prisma"), previous).unwrap();
    let out = strata(&dir, &["db", "pull", "--force", "--print"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with("generator client {\n  provider = \"prisma-client-js\"\n}\n\ndatasource db {"),
        "{stdout}"
    );
    assert!(stdout.contains("\nmodel users {"), "{stdout}");
    assert!(!stdout.contains("model User {"), "{stdout}");
}

#[test]
fn an_invalid_schema_stops_the_pull_unless_forced() {
    let dir = project("invalid");
    apply(&format!("file:{}", dir.join("prisma/dev.db").display()), BLOG_SQLITE);
    let invalid = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel A {\n  id Int @id\n  b  Missing\n}\n";
    std::fs::write(dir.join("prisma/schema.prisma"), invalid).unwrap();
    let out = strata(&dir, &["db", "pull", "--print"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("Error: P1012\n"), "{stderr}");
    assert!(stderr.contains("Introspection failed as your current Prisma schema file is invalid"), "{stderr}");
    let out = strata(&dir, &["db", "pull", "--force"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read_to_string(dir.join("prisma/schema.prisma")).unwrap();
    assert!(written.contains("model posts {") && !written.contains("model A {"), "{written}");
}

#[test]
fn no_schema_and_no_url_is_a_usage_error() {
    let dir = project("nothing");
    let out = strata(&dir, &["db", "pull"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Could not find a schema file"), "{}", text(&out.stderr));
}

#[test]
fn postgres_warnings_go_to_stderr_and_an_empty_database_is_p4001() {
    let url = server_db("STRATA_TEST_POSTGRES_URL", "pg");
    apply(&url, "CREATE TABLE \"Event\" (\"at\" TIMESTAMP(3), \"kind\" INTERVAL);\nCREATE TABLE \"Thing\" (id SERIAL PRIMARY KEY, label VARCHAR(20));");
    let dir = project("pg");
    let out = strata(&dir, &["db", "pull", "--url", &url, "--print"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let expected = r#"datasource db {
  provider = "postgresql"
}

/// The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.
model Event {
  at   DateTime?
  kind Unsupported("interval")?

  @@ignore
}

model Thing {
  id    Int     @id @default(autoincrement())
  label String? @db.VarChar(20)
}
"#;
    assert_eq!(text(&out.stdout), expected);
    let expected_warnings = r#"
*** WARNING ***

The following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:
  - "Event"

These fields are not supported by Prisma Client, because Prisma currently does not support their types:
  - Model: "Event", field: "kind", original data type: "interval"
"#;
    assert_eq!(text(&out.stderr), expected_warnings);

    apply(&url, "SELECT 1");
    let out = strata(&dir, &["db", "pull", "--url", &url]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with("Error: P4001\n\nThe introspected database was empty"),
        "{}",
        text(&out.stderr)
    );
    assert!(!dir.join("prisma/schema.prisma").exists());
    drop_db(&url);
}

#[test]
fn postgres_pull_without_a_schema_writes_prisma_schema_prisma() {
    let url = server_db("STRATA_TEST_POSTGRES_URL", "pgw");
    apply(&url, "CREATE TYPE \"Mood\" AS ENUM ('happy', 'sad');\nCREATE TABLE \"Person\" (id SERIAL PRIMARY KEY, mood \"Mood\" NOT NULL DEFAULT 'happy');");
    let dir = project("pgw");
    let out = strata(&dir, &["db", "pull", "--url", &url]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("Introspected 1 model and wrote it into prisma/schema.prisma in "));
    let written = std::fs::read_to_string(dir.join("prisma/schema.prisma")).unwrap();
    assert_eq!(
        written,
        "datasource db {\n  provider = \"postgresql\"\n}\n\nmodel Person {\n  id   Int  @id @default(autoincrement())\n  mood Mood @default(happy)\n}\n\nenum Mood {\n  happy\n  sad\n}\n"
    );
    drop_db(&url);
}

#[test]
fn mysql_inline_enums_and_native_types() {
    let url = server_db("STRATA_TEST_MYSQL_URL", "my");
    apply(
        &url,
        "CREATE TABLE `Order` (`id` INTEGER NOT NULL AUTO_INCREMENT, `status` ENUM('new', 'paid') NOT NULL DEFAULT 'new', \
         `note` VARCHAR(50) NULL, `total` DECIMAL(10, 2) NOT NULL, PRIMARY KEY (`id`));",
    );
    let dir = project("my");
    let out = strata(&dir, &["db", "pull", "--url", &url, "--print"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let expected = r#"datasource db {
  provider = "mysql"
}

model Order {
  id     Int          @id @default(autoincrement())
  status Order_status @default(new)
  note   String?      @db.VarChar(50)
  total  Decimal      @db.Decimal(10, 2)
}

enum Order_status {
  new
  paid
}
"#;
    assert_eq!(text(&out.stdout), expected);
    drop_db(&url);
}
