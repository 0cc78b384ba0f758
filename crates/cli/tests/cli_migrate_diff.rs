//! `strata migrate diff` as a user runs it: the summary and the script byte for byte as
//! `prisma migrate diff` prints them (recorded with the oracle), exit codes, `--output`, and
//! clear errors for what is not supported, for migrations folders without a shadow database and
//! for databases that cannot be reached.

mod common;
use common::{project, strata, text};

fn schema(provider: &str, models: &str) -> String {
    format!("datasource db {{\n  provider = \"{provider}\"\n}}\n{models}")
}

const USER: &str = "
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
";

const USER_WITH_BIO: &str = "
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  bio   String?
}
";

#[test]
fn script_from_empty_on_sqlite_is_prismas() {
    let dir = project(&[("schema.prisma", &schema("sqlite", USER))]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "-- CreateTable\nCREATE TABLE \"User\" (\n    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"email\" TEXT NOT NULL\n);\n\n-- CreateIndex\nCREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n\n"
    );
}

#[test]
fn summary_from_empty_on_postgres_is_prismas() {
    let dir = project(&[("schema.prisma", &schema("postgresql", USER))]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "\n[+] Added Schemas\n  - public\n\n[+] Added tables\n  - User\n\n[*] Changed the `User` table\n  [+] Added unique index on columns (email)\n\n"
    );
}

#[test]
fn summary_of_a_changed_table() {
    let dir = project(&[("a.prisma", &schema("postgresql", USER)), ("b.prisma", &schema("postgresql", USER_WITH_BIO))]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-schema", "a.prisma", "--to-schema", "b.prisma"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "\n[*] Changed the `User` table\n  [+] Added column `bio`\n\n");

    let out =
        strata(dir.path(), &["migrate", "diff", "--from-schema", "a.prisma", "--to-schema", "b.prisma", "--script"]);
    assert_eq!(text(&out.stdout), "-- AlterTable\nALTER TABLE \"User\" ADD COLUMN     \"bio\" TEXT;\n\n");
}

#[test]
fn dropping_everything_qualifies_the_default_schema_like_prisma_7() {
    let dir = project(&[("schema.prisma", &schema("postgresql", USER))]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-schema", "schema.prisma", "--to-empty", "--script"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "-- DropTable\nDROP TABLE \"public\".\"User\";\n\n");
    let out = strata(dir.path(), &["migrate", "diff", "--from-schema", "schema.prisma", "--to-empty"]);
    assert_eq!(text(&out.stdout), "\n[-] Removed tables\n  - User\n\n");
}

#[test]
fn no_difference() {
    let dir = project(&[("schema.prisma", &schema("mysql", USER))]);
    let args = ["migrate", "diff", "--from-schema", "schema.prisma", "--to-schema", "schema.prisma"];
    let out = strata(dir.path(), &args);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), "No difference detected.\n\n");

    let out = strata(dir.path(), &[&args[..], &["--script"]].concat());
    assert_eq!(text(&out.stdout), "-- This is an empty migration.\n\n");

    let out = strata(dir.path(), &[&args[..], &["--exit-code"]].concat());
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn exit_code_two_when_there_is_a_difference() {
    let dir = project(&[("schema.prisma", &schema("mysql", USER))]);
    let out = strata(
        dir.path(),
        &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--exit-code", "--script"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("-- CreateTable\nCREATE TABLE `User` (\n"));
    // Without --exit-code a difference is a success.
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn output_writes_the_file_and_prints_nothing() {
    let dir = project(&[("schema.prisma", &schema("sqlite", USER))]);
    let out = strata(
        dir.path(),
        &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script", "--output", "out/m.sql"],
    );
    // The folder does not exist: a clear error, exit 1.
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Could not write out/m.sql"), "{}", text(&out.stderr));

    let out = strata(
        dir.path(),
        &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script", "--output", "m.sql"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "");
    let written = std::fs::read_to_string(dir.path().join("m.sql")).unwrap();
    assert!(written.starts_with("-- CreateTable\n") && written.ends_with(");\n"), "{written}");
}

#[test]
fn providers_must_agree() {
    let dir = project(&[("a.prisma", &schema("sqlite", USER)), ("b.prisma", &schema("postgresql", USER))]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-schema", "a.prisma", "--to-schema", "b.prisma"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("different databases: `sqlite` and `postgresql`"), "{}", text(&out.stderr));
}

#[test]
fn sqlserver_and_mongodb_are_refused() {
    for provider in ["sqlserver", "mongodb"] {
        let models = if provider == "mongodb" {
            "\nmodel User {\n  id String @id @default(auto()) @map(\"_id\") @db.ObjectId\n}\n"
        } else {
            USER
        };
        let dir = project(&[("schema.prisma", &schema(provider, models))]);
        let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma"]);
        assert_eq!(out.status.code(), Some(1), "{provider}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains(&format!("Strata does not migrate {provider} schemas")),
            "{provider}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn urls_and_migrations_folders_fail_clearly_without_a_database() {
    let dir = project(&[("schema.prisma", &schema("postgresql", USER))]);
    for flag in ["--from-migrations", "--to-migrations"] {
        let other = if flag.starts_with("--from") { "--to-schema" } else { "--from-schema" };
        let out = strata(dir.path(), &["migrate", "diff", flag, "migrations", other, "schema.prisma"]);
        assert_eq!(out.status.code(), Some(1), "{flag}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("You must pass the --shadow-database-url if you want to diff a migrations directory."),
            "{stderr}"
        );
    }
    for flag in ["--from-url", "--to-url"] {
        let other = if flag.starts_with("--from") { "--to-schema" } else { "--from-schema" };
        let out = strata(dir.path(), &["migrate", "diff", flag, "postgresql://localhost:1/db", other, "schema.prisma"]);
        assert_eq!(out.status.code(), Some(1), "{flag}");
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with("Error: P1001\n\nCan't reach database server at `localhost`:`1`"), "{stderr}");
    }
}

#[test]
fn an_invalid_schema_prints_its_diagnostics() {
    let dir = project(&[("schema.prisma", &schema("postgresql", "\nmodel User {\n  id Int @id\n  x Nope\n}\n"))]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Type \"Nope\" is neither a built-in type"), "{stderr}");
    assert!(stderr.contains("The schema at schema.prisma is invalid."), "{stderr}");
}

#[test]
fn each_side_is_required_once() {
    let dir = project(&[("schema.prisma", &schema("sqlite", USER))]);
    let out = strata(dir.path(), &["migrate", "diff", "--to-schema", "schema.prisma"]);
    assert_eq!(out.status.code(), Some(2));
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--from-schema", "schema.prisma", "--to-empty"]);
    assert_eq!(out.status.code(), Some(2));
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-empty"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("at least one side must be a schema"));
}

/// Recorded with the oracle: one `Added extensions` section per extension, before the schemas.
#[test]
fn extensions_summary_and_script_are_prismas() {
    let text_schema = "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"postgresqlExtensions\"]\n}\n\n\
                       datasource db {\n  provider   = \"postgresql\"\n  extensions = [citext, uuid_ossp(map: \"uuid-ossp\")]\n}\n\n\
                       model A {\n  id Int @id\n}\n";
    let dir = project(&[("schema.prisma", text_schema)]);
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "\n[+] Added extensions\n  - citext\n\n[+] Added extensions\n  - uuid-ossp\n\n[+] Added Schemas\n  - public\n\n[+] Added tables\n  - A\n\n"
    );
    let out = strata(dir.path(), &["migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script"]);
    assert!(
        text(&out.stdout).starts_with(
            "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"public\";\n\n-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS \"citext\";\n\n-- CreateExtension\nCREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";\n\n-- CreateTable\n"
        ),
        "{}",
        text(&out.stdout)
    );
}
