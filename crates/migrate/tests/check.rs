//! `check`: Prisma's destructive change warnings, word for word, with and without live facts.
//!
//! The three `*_like_prisma` tests replay migrations recorded with Prisma 7.10
//! (`migrate dev --create-only` from a migration history to a changed schema, on an empty dev
//! database, so the script's `Warnings:` block holds the no-database texts) and expect the same
//! block in the same order. The schemas are hand-built the way Prisma describes them (tables in
//! name order, as the history's shadow database returns them).

use migrate::check::{messages, ColumnRef, ColumnsRef, Fact, ForeignKeyRef, LiveFacts, TableRef};
use migrate::{check, check_with_facts, diff, plan_checks, render_script, CheckReport, Dialect, SqlSchema};
use sql_schema::{ColumnSpec, ColumnTypeFamily as F, DefaultValue, SchemaBuilder, Value};

fn c(family: F, native: &str) -> ColumnSpec {
    ColumnSpec::new(family, native)
}

fn pg() -> SchemaBuilder {
    SqlSchema::builder().namespace("public")
}

fn block(report: &CheckReport) -> Vec<String> {
    report.script_warnings().into_iter().map(|w| w.0).collect()
}

fn report(from: &SqlSchema, to: &SqlSchema, dialect: Dialect) -> CheckReport {
    check(&diff(from, to, dialect), from, to, dialect)
}

/// `a.prisma` → `b.prisma` of the PostgreSQL recording (User/Post/Gone).
fn users_before() -> SqlSchema {
    pg().enum_type("Role", &["A", "B", "C"])
        .table("Gone", |t| {
            t.column("id", c(F::Int, "INTEGER")).primary_key(Some("Gone_pkey"), &["id"]);
        })
        .table("Post", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("authorId", c(F::Int, "INTEGER"))
                .primary_key(Some("Post_pkey"), &["id"])
                .foreign_key("Post_authorId_fkey", &["authorId"], "User", &["id"]);
        })
        .table("User", |t| {
            t.column("id", c(F::Int, "INTEGER").autoincrement())
                .column("email", c(F::String, "TEXT"))
                .column("bio", c(F::String, "TEXT").nullable())
                .column("n", c(F::Int, "INTEGER"))
                .column("s", c(F::String, "VARCHAR(100)"))
                .column("o", c(F::String, "TEXT").nullable())
                .column("role", ColumnSpec::enum_type("Role"))
                .column("f", c(F::Float, "DOUBLE PRECISION"))
                .primary_key(Some("User_pkey"), &["id"]);
        })
        .build()
}

fn users_after(unique_email: bool, roles: &[&str]) -> SqlSchema {
    pg().enum_type("Role", roles)
        .table("User", |t| {
            t.column("id", c(F::Int, "INTEGER").autoincrement())
                .column("email", c(F::String, "TEXT"))
                .column("n", c(F::String, "TEXT"))
                .column("s", c(F::String, "VARCHAR(50)"))
                .column("o", c(F::String, "TEXT"))
                .column("x", c(F::Int, "INTEGER"))
                .column("y", c(F::String, "TEXT"))
                .column("role", ColumnSpec::enum_type("Role"))
                .column("f", c(F::Int, "INTEGER"))
                .primary_key(Some("User_pkey"), &["id"]);
            if unique_email {
                t.unique("User_email_key", &["email"]);
            }
        })
        .table("Post", |t| {
            t.column("id", c(F::String, "TEXT"))
                .column("authorId", c(F::Int, "INTEGER"))
                .primary_key(Some("Post_pkey"), &["id"])
                .foreign_key("Post_authorId_fkey", &["authorId"], "User", &["id"]);
        })
        .build()
}

fn y_column() -> ColumnRef {
    TableRef::new("User").column("y")
}

#[test]
fn postgres_warnings_like_prisma() {
    let (from, to) = (users_before(), users_after(false, &["A", "B", "C"]));
    let steps = diff(&from, &to, Dialect::Postgres);
    let report = plan_checks(&steps, &from, &to, Dialect::Postgres)
        .with_prisma_level_defaults([&y_column()])
        .evaluate(&LiveFacts::none());
    assert_eq!(
        block(&report),
        [
            "The primary key for the `Post` table will be changed. If it partially fails, the table could be left without primary key constraint.",
            "You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.",
            "You are about to alter the column `s` on the `User` table. The data in that column could be lost. The data in that column will be cast from `VarChar(100)` to `VarChar(50)`.",
            "You are about to alter the column `f` on the `User` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Integer`.",
            "You are about to drop the `Gone` table. If the table is not empty, all the data it contains will be lost.",
            "Added the required column `x` to the `User` table without a default value. This is not possible if the table is not empty.",
            "The required column `y` was added to the `User` table with a prisma-level default value. This is not possible if the table is not empty. Please add this column as optional, then populate it before making it required.",
            "Made the column `o` on table `User` required. This step will fail if there are existing NULL values in that column.",
        ]
    );
}

#[test]
fn postgres_unique_and_enum_warnings_like_prisma() {
    let (from, to) = (users_before(), users_after(true, &["B", "C"]));
    let report = report(&from, &to, Dialect::Postgres);
    let warnings: Vec<&str> = report.warnings.iter().map(|w| w.message.as_str()).collect();
    assert!(warnings.contains(
        &"The values [A] on the enum `Role` will be removed. If these variants are still used in the database, this will fail."
    ));
    assert!(warnings.contains(
        &"A unique constraint covering the columns `[email]` on the table `User` will be added. If there are existing duplicate values, this will fail."
    ));
    // Prisma lists the enum first: AlterEnum is the earlier step.
    assert!(warnings[0].starts_with("The values [A]"));
}

#[test]
fn postgres_casts_and_recreated_columns_like_prisma() {
    let role = || ColumnSpec::enum_type("Role");
    let from = pg()
        .enum_type("Role", &["A", "B"])
        .table("T", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("d", c(F::Decimal, "DECIMAL(10,2)"))
                .column("big", c(F::BigInt, "BIGINT"))
                .column("t", c(F::String, "TEXT"))
                .column("ts", c(F::DateTime, "TIMESTAMP(3)"))
                .column("num", c(F::String, "TEXT").nullable())
                .column("req", c(F::String, "TEXT"))
                .column("req2", c(F::String, "TEXT").nullable())
                .column("flag", c(F::Boolean, "BOOLEAN").nullable())
                .column("tags", c(F::String, "TEXT"))
                .column("money", c(F::Float, "DOUBLE PRECISION"))
                .column("role", role().nullable())
                .column("sm", c(F::Int, "SMALLINT"))
                .primary_key(Some("T_pkey"), &["id"]);
        })
        .build();
    let to = pg()
        .enum_type("Role", &["A", "B"])
        .table("T", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("d", c(F::Decimal, "DECIMAL(5,1)"))
                .column("big", c(F::Int, "INTEGER"))
                .column("t", c(F::String, "VARCHAR(10)"))
                .column("ts", c(F::DateTime, "TIMESTAMPTZ(6)"))
                .column("num", c(F::Int, "INTEGER").nullable())
                .column("req", c(F::Int, "INTEGER"))
                .column("req2", c(F::Int, "INTEGER"))
                .column("flag", c(F::Int, "INTEGER").nullable())
                .column("tags", c(F::String, "TEXT").list())
                .column("money", c(F::Decimal, "DECIMAL(65,30)"))
                .column("role", c(F::String, "TEXT").nullable())
                .column("sm", c(F::Int, "SMALLINT"))
                .primary_key(Some("T_pkey"), &["id"]);
        })
        .build();
    assert_eq!(
        block(&report(&from, &to, Dialect::Postgres)),
        [
            "You are about to alter the column `d` on the `T` table. The data in that column could be lost. The data in that column will be cast from `Decimal(10,2)` to `Decimal(5,1)`.",
            "You are about to alter the column `big` on the `T` table. The data in that column could be lost. The data in that column will be cast from `BigInt` to `Integer`.",
            "You are about to alter the column `t` on the `T` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(10)`.",
            "The `num` column on the `T` table would be dropped and recreated. This will lead to data loss if there is data in the column.",
            "The `flag` column on the `T` table would be dropped and recreated. This will lead to data loss if there is data in the column.",
            "The `tags` column on the `T` table would be dropped and recreated. This will lead to data loss if there is data in the column.",
            "You are about to alter the column `money` on the `T` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Decimal(65,30)`.",
            "The `role` column on the `T` table would be dropped and recreated. This will lead to data loss if there is data in the column.",
            "Changed the type of `req` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.",
            "Added the required column `req2` to the `T` table without a default value. This is not possible if the table is not empty.",
        ]
    );
}

#[test]
fn sqlite_warnings_like_prisma() {
    let sqlite = SqlSchema::builder;
    let from = sqlite()
        .table("Gone", |t| {
            t.column("id", c(F::Int, "INTEGER")).primary_key(None, &["id"]);
        })
        .table("Post", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("authorId", c(F::Int, "INTEGER"))
                .primary_key(None, &["id"])
                .foreign_key("Post_authorId_fkey", &["authorId"], "User", &["id"]);
        })
        .table("User", |t| {
            t.column("id", c(F::Int, "INTEGER").autoincrement())
                .column("email", c(F::String, "TEXT"))
                .column("bio", c(F::String, "TEXT").nullable())
                .column("n", c(F::Int, "INTEGER"))
                .column("o", c(F::String, "TEXT").nullable())
                .column("role", c(F::String, "TEXT"))
                .column("f", c(F::Float, "REAL"))
                .primary_key(None, &["id"]);
        })
        .build();
    let to = sqlite()
        .table("User", |t| {
            t.column("id", c(F::Int, "INTEGER").autoincrement())
                .column("email", c(F::String, "TEXT"))
                .column("n", c(F::String, "TEXT"))
                .column("o", c(F::String, "TEXT"))
                .column("x", c(F::Int, "INTEGER"))
                .column("y", c(F::String, "TEXT"))
                .column("role", c(F::String, "TEXT"))
                .column("f", c(F::Int, "INTEGER"))
                .primary_key(None, &["id"])
                .unique("User_email_key", &["email"]);
        })
        .table("Post", |t| {
            t.column("id", c(F::String, "TEXT"))
                .column("authorId", c(F::Int, "INTEGER"))
                .primary_key(None, &["id"])
                .foreign_key("Post_authorId_fkey", &["authorId"], "User", &["id"]);
        })
        .build();
    let steps = diff(&from, &to, Dialect::Sqlite);
    let report = plan_checks(&steps, &from, &to, Dialect::Sqlite)
        .with_prisma_level_defaults([&y_column()])
        .evaluate(&LiveFacts::none());
    assert_eq!(
        block(&report),
        [
            "You are about to drop the `Gone` table. If the table is not empty, all the data it contains will be lost.",
            "The primary key for the `Post` table will be changed. If it partially fails, the table could be left without primary key constraint.",
            "You are about to drop the column `bio` on the `User` table. All the data in the column will be lost.",
            "You are about to alter the column `f` on the `User` table. The data in that column could be lost. The data in that column will be cast from `Float` to `Int`.",
            "Added the required column `x` to the `User` table without a default value. This is not possible if the table is not empty.",
            "The required column `y` was added to the `User` table with a prisma-level default value. This is not possible if the table is not empty. Please add this column as optional, then populate it before making it required.",
            "Made the column `o` on table `User` required. This step will fail if there are existing NULL values in that column.",
        ]
    );
    // And the script starts with the block, as `migration.sql` does.
    let script = render_script(&steps, &from, &to, Dialect::Sqlite, &report.script_warnings());
    assert!(script.starts_with("/*\n  Warnings:\n\n  - You are about to drop the `Gone` table."));
    assert!(script.contains("with primary key constraint.") || script.contains("without primary key constraint.\n"));
}

#[test]
fn facts_sharpen_or_silence_the_messages() {
    let (from, to) = (users_before(), users_after(true, &["B", "C"]));
    let steps = diff(&from, &to, Dialect::Postgres);
    let user = TableRef::new("User");
    let mut facts = LiveFacts::none();
    facts.set(Fact::RowCount(TableRef::new("Gone")), 3);
    facts.set(Fact::RowCount(TableRef::new("Post")), 0);
    facts.set(Fact::RowCount(user.clone()), 2);
    facts.set(Fact::NonNullCount(user.column("bio")), 42);
    facts.set(Fact::NonNullCount(user.column("s")), 5);
    facts.set(Fact::NonNullCount(user.column("f")), 0);
    facts.set(Fact::NonNullCount(user.column("o")), 1);
    facts.set(Fact::DuplicateCount(ColumnsRef { table: user.clone(), columns: vec!["email".into()] }), 4);
    let report = check_with_facts(&steps, &from, &to, Dialect::Postgres, &facts);
    let warnings: Vec<&str> = report.warnings.iter().map(|w| w.message.as_str()).collect();
    let unexecutable: Vec<&str> = report.unexecutable.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        warnings,
        [
            "The values [A] on the enum `Role` will be removed. If these variants are still used in the database, this will fail.",
            "You are about to drop the column `bio` on the `User` table, which still contains 42 non-null values.",
            "You are about to alter the column `s` on the `User` table, which contains 5 non-null values. The data in that column will be cast from `VarChar(100)` to `VarChar(50)`.",
            "You are about to drop the `Gone` table, which is not empty (3 rows).",
        ]
    );
    assert_eq!(
        unexecutable,
        [
            "Added the required column `x` to the `User` table without a default value. There are 2 rows in this table, it is not possible to execute this step.",
            "Added the required column `y` to the `User` table without a default value. There are 2 rows in this table, it is not possible to execute this step.",
            "Made the column `o` on table `User` required, but there are 1 existing NULL values.",
            "A unique constraint covering the columns `[email]` on the table `User` will be added, but 4 values occur more than once in those columns, it is not possible to execute this step.",
        ]
    );
    // No duplicates: the unique index is fine and not reported.
    facts.set(Fact::DuplicateCount(ColumnsRef { table: user.clone(), columns: vec!["email".into()] }), 0);
    let report = check_with_facts(&steps, &from, &to, Dialect::Postgres, &facts);
    assert!(report.unexecutable.iter().all(|m| !m.message.contains("unique")));
    assert!(report.warnings.iter().all(|m| !m.message.contains("unique")));
}

#[test]
fn empty_tables_make_everything_safe() {
    let (from, to) = (users_before(), users_after(false, &["A", "B", "C"]));
    let steps = diff(&from, &to, Dialect::Postgres);
    let mut facts = LiveFacts::none();
    for t in ["Gone", "Post", "User"] {
        facts.set(Fact::RowCount(TableRef::new(t)), 0);
    }
    assert!(check_with_facts(&steps, &from, &to, Dialect::Postgres, &facts).is_empty());
}

#[test]
fn fact_queries_are_one_per_table() {
    let (from, to) = (users_before(), users_after(true, &["A", "B", "C"]));
    let steps = diff(&from, &to, Dialect::Postgres);
    let plan = plan_checks(&steps, &from, &to, Dialect::Postgres);
    let queries = plan.needed_facts().queries(Dialect::Postgres);
    let tables: Vec<String> = queries.iter().map(|q| q.table.name.clone()).collect();
    assert_eq!(tables, ["Gone", "Post", "User"]);
    let user = queries.iter().find(|q| q.table.name == "User").unwrap();
    assert_eq!(
        user.sql,
        "SELECT COUNT(*), COUNT(\"bio\"), COUNT(\"f\"), COUNT(\"o\"), COUNT(\"s\"), \
         (SELECT COUNT(*) FROM (SELECT 1 AS x FROM \"User\" WHERE \"email\" IS NOT NULL GROUP BY \"email\" HAVING COUNT(*) > 1) AS strata_duplicates) \
         FROM \"User\""
    );
    // The engine stores the row it got back.
    let mut facts = LiveFacts::none();
    facts.record(user, &[7, 1, 7, 6, 7, 0]).unwrap();
    assert_eq!(facts.row_count(&TableRef::new("User")), Some(7));
    assert_eq!(facts.null_count(&TableRef::new("User").column("o")), Some(1));
    assert!(facts.record(user, &[1]).is_err());
    // MySQL quotes with backticks.
    let mysql = plan.needed_facts().queries(Dialect::Mysql);
    assert!(mysql.iter().any(|q| q.sql == "SELECT COUNT(*) FROM `Gone`"));
}

#[test]
fn orphans_are_counted_for_foreign_keys_on_existing_tables() {
    let before = pg()
        .table("Post", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("authorId", c(F::Int, "INTEGER"))
                .primary_key(Some("Post_pkey"), &["id"]);
        })
        .table("User", |t| {
            t.column("id", c(F::Int, "INTEGER")).primary_key(Some("User_pkey"), &["id"]);
        })
        .build();
    let after = pg()
        .table("Post", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("authorId", c(F::Int, "INTEGER"))
                .primary_key(Some("Post_pkey"), &["id"])
                .foreign_key("Post_authorId_fkey", &["authorId"], "User", &["id"]);
        })
        .table("User", |t| {
            t.column("id", c(F::Int, "INTEGER")).primary_key(Some("User_pkey"), &["id"]);
        })
        .build();
    let steps = diff(&before, &after, Dialect::Postgres);
    // Prisma says nothing without a database, and so do we.
    assert!(check(&steps, &before, &after, Dialect::Postgres).is_empty());
    let plan = plan_checks(&steps, &before, &after, Dialect::Postgres);
    let queries = plan.needed_facts().queries(Dialect::Postgres);
    assert_eq!(
        queries[0].sql,
        "SELECT (SELECT COUNT(*) FROM \"Post\" AS strata_child WHERE strata_child.\"authorId\" IS NOT NULL AND NOT EXISTS \
         (SELECT 1 FROM \"User\" AS strata_parent WHERE strata_parent.\"id\" = strata_child.\"authorId\")) FROM \"Post\""
    );
    let mut facts = LiveFacts::none();
    facts.record(&queries[0], &[3]).unwrap();
    let report = check_with_facts(&steps, &before, &after, Dialect::Postgres, &facts);
    assert_eq!(
        report.unexecutable[0].message,
        "A foreign key on the columns `[authorId]` of the table `Post` referencing the `User` table will be added, but 3 rows reference no existing row, it is not possible to execute this step."
    );
}

#[test]
fn mysql_enum_and_required_changes() {
    let mysql = SqlSchema::builder;
    let before = mysql()
        .enum_type("T_role", &["A", "B"])
        .table("T", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("role", ColumnSpec::enum_type("T_role"))
                .column("o", c(F::String, "VARCHAR(191)").nullable())
                .column("n", c(F::Int, "INTEGER"))
                .column("d", c(F::Int, "INTEGER"))
                .primary_key(None, &["id"]);
        })
        .build();
    let after = mysql()
        .enum_type("T_role", &["B"])
        .table("T", |t| {
            t.column("id", c(F::Int, "INTEGER"))
                .column("role", ColumnSpec::enum_type("T_role"))
                .column("o", c(F::String, "VARCHAR(191)"))
                .column("n", c(F::Int, "SMALLINT"))
                .column("d", c(F::Int, "INTEGER").default(DefaultValue::Value(Value::Int(1))))
                .primary_key(None, &["id"]);
        })
        .build();
    assert_eq!(
        block(&report(&before, &after, Dialect::Mysql)),
        [
            "The values [A] on the enum `T_role` will be removed. If these variants are still used in the database, this will fail.",
            "You are about to alter the column `n` on the `T` table. The data in that column could be lost. The data in that column will be cast from `Int` to `SmallInt`.",
            "Made the column `o` on table `T` required. This step will fail if there are existing NULL values in that column.",
        ]
    );
}

#[test]
fn every_message_with_and_without_counts() {
    let cols = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // Drops.
    assert_eq!(messages::table_drop("Post", Some(0)), None);
    assert_eq!(
        messages::table_drop("Post", Some(3)).unwrap(),
        "You are about to drop the `Post` table, which is not empty (3 rows)."
    );
    assert_eq!(
        messages::column_drop("User", "bio", Some(50), Some(42)).unwrap(),
        "You are about to drop the column `bio` on the `User` table, which still contains 42 non-null values."
    );
    assert_eq!(messages::column_drop("User", "bio", Some(50), Some(0)), None);
    // Casts.
    assert_eq!(
        messages::risky_cast("T", "x", "Int", "String", Some(9), Some(5)).unwrap(),
        "You are about to alter the column `x` on the `T` table, which contains 5 non-null values. The data in that column will be cast from `Int` to `String`."
    );
    assert_eq!(
        messages::not_castable("T", "x", "Int", "Boolean", None, None).unwrap(),
        "You are about to alter the column `x` on the `T` table. The data in that column will be cast from `Int` to `Boolean`. This cast may fail. Please make sure the data in the column can be cast."
    );
    assert_eq!(
        messages::not_castable("T", "x", "Int", "Boolean", Some(3), Some(2)).unwrap(),
        "You are about to alter the column `x` on the `T` table, which contains 2 non-null values. The data in that column will be cast from `Int` to `Boolean`. This cast may fail. Please make sure the data in the column can be cast."
    );
    assert_eq!(
        messages::drop_and_recreate_column("T", "x", Some(3), Some(2)).unwrap(),
        "The `x` column on the `T` table would be dropped and recreated. This will lead to data loss."
    );
    assert_eq!(messages::primary_key_change("T", Some(0)), None);
    assert!(messages::primary_key_change("T", Some(1)).is_some());
    // Will fail.
    assert_eq!(
        messages::added_required_column("T", "x", Some(2)).unwrap(),
        "Added the required column `x` to the `T` table without a default value. There are 2 rows in this table, it is not possible to execute this step."
    );
    assert_eq!(
        messages::added_required_column_with_prisma_level_default("T", "x", Some(2)).unwrap(),
        "The required column `x` was added to the `T` table with a prisma-level default value. There are 2 rows in this table, it is not possible to execute this step. Please add this column as optional, then populate it before making it required."
    );
    assert_eq!(
        messages::made_optional_field_required("T", "x", Some(10), Some(7)).unwrap(),
        "Made the column `x` on table `T` required, but there are 3 existing NULL values."
    );
    assert_eq!(messages::made_optional_field_required("T", "x", Some(10), Some(10)), None);
    assert_eq!(
        messages::made_scalar_field_into_array("T", "x", None, None).unwrap(),
        "Changed the column `x` on the `T` table from a scalar field to a list field. If there are non-null values in that column, this step will fail."
    );
    assert_eq!(
        messages::made_scalar_field_into_array("T", "x", Some(4), Some(4)).unwrap(),
        "Changed the column `x` on the `T` table from a scalar field to a list field. There are 4 existing non-null values in that column, this step cannot be executed."
    );
    assert_eq!(
        messages::drop_and_recreate_required_column("T", "x", Some(1)).unwrap(),
        "Changed the type of `x` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done since the column is required and there is data in the table."
    );
    assert_eq!(
        messages::unique_constraint_addition("T", &cols(&["a", "b"])),
        "A unique constraint covering the columns `[a,b]` on the table `T` will be added. If there are existing duplicate values, this will fail."
    );
    assert_eq!(
        messages::enum_value_removal("Role", &cols(&["A", "B"])),
        "The values [A,B] on the enum `Role` will be removed. If these variants are still used in the database, this will fail."
    );
    let fk = ForeignKeyRef {
        table: TableRef::new("Post"),
        columns: cols(&["authorId"]),
        referenced_table: TableRef::new("User"),
        referenced_columns: cols(&["id"]),
    };
    let mut facts = LiveFacts::none();
    facts.set(Fact::OrphanCount(fk.clone()), 2);
    // Facts recorded with a schema are found by name too.
    facts.set(Fact::RowCount(TableRef::in_namespace(Some("public"), "Post")), 8);
    assert_eq!(facts.orphan_count(&fk), Some(2));
    assert_eq!(facts.row_count(&TableRef::new("Post")), Some(8));
    assert_eq!(facts.null_count(&ColumnRef { table: TableRef::new("Post"), column: "x".into() }), None);
}
