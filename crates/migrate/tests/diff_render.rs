//! Diff and render, on hand-built schemas: every step kind on every dialect, checked against
//! Prisma's own output (the golden files recorded with the oracle) where it exists.

mod common;

use common::*;
use migrate::{diff, render_script, Dialect, MigrationStep, SqlSchema, TableChange, Warning};
use sql_schema::{ColumnSpec, DefaultValue, ForeignKeyAction, IndexKind, Value};

const DIALECTS: [Dialect; 3] = Dialect::ALL;

/// `model User { id Int @id @default(autoincrement()) email String @unique name String? }`
/// with `f` applied to the `name` column spec and extra columns.
fn user(dialect: Dialect, name: Option<ColumnSpec>, extra: &[(&str, ColumnSpec)]) -> SqlSchema {
    schema(dialect)
        .table("User", |t| {
            t.column("id", autoincrement_id(dialect)).column("email", col(dialect, Scalar::String));
            if let Some(name) = name.clone() {
                t.column("name", name);
            }
            for (n, spec) in extra {
                t.column(n, spec.clone());
            }
            t.primary_key(pk_name(dialect, "User").as_deref(), &["id"]).unique("User_email_key", &["email"]);
        })
        .build()
}

fn name_col(dialect: Dialect) -> ColumnSpec {
    col(dialect, Scalar::String).nullable()
}

fn empty(dialect: Dialect) -> SqlSchema {
    schema(dialect).build()
}

/// User and Post with `Post.authorId` → `User.id`.
fn user_posts(dialect: Dialect, on_delete: ForeignKeyAction, fk_name: &str) -> SqlSchema {
    schema(dialect)
        .table("User", |t| {
            t.column("id", autoincrement_id(dialect))
                .column("email", col(dialect, Scalar::String))
                .primary_key(pk_name(dialect, "User").as_deref(), &["id"])
                .unique("User_email_key", &["email"]);
        })
        .table("Post", |t| {
            t.column("id", autoincrement_id(dialect))
                .column("title", col(dialect, Scalar::String))
                .column("authorId", col(dialect, Scalar::Int))
                .primary_key(pk_name(dialect, "Post").as_deref(), &["id"])
                .foreign_key_with(fk_name, &["authorId"], "User", &["id"], on_delete, ForeignKeyAction::Cascade);
        })
        .build()
}

#[test]
fn diff_of_a_schema_with_itself_is_empty() {
    for dialect in DIALECTS {
        for s in [
            empty(dialect),
            user(dialect, Some(name_col(dialect)), &[]),
            user_posts(dialect, ForeignKeyAction::Restrict, "Post_authorId_fkey"),
        ] {
            assert!(diff(&s, &s, dialect).is_empty(), "{dialect:?}");
            assert_eq!(migration(&s, &s, dialect), "-- This is an empty migration.");
        }
    }
}

#[test]
fn create_table() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let to = user(dialect, Some(name_col(dialect)), &[]);
        assert_golden("create_table", dialect, &empty(dialect), &to);
    }
}

#[test]
fn create_table_mysql_inlines_indexes() {
    let d = Dialect::Mysql;
    let to = user(d, Some(name_col(d)), &[]);
    let expected = "-- CreateTable\nCREATE TABLE `User` (\n    `id` INTEGER NOT NULL AUTO_INCREMENT,\n    `email` VARCHAR(191) NOT NULL,\n    `name` VARCHAR(191) NULL,\n\n    UNIQUE INDEX `User_email_key`(`email`),\n    PRIMARY KEY (`id`)\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n";
    assert_eq!(migration(&empty(d), &to, d), expected);
}

#[test]
fn drop_table() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let from = user(dialect, Some(name_col(dialect)), &[]);
        assert_golden("drop_table", dialect, &from, &empty(dialect));
    }
    let d = Dialect::Mysql;
    let from = user(d, Some(name_col(d)), &[]);
    assert_eq!(migration(&from, &empty(d), d), "-- DropTable\nDROP TABLE `User`;\n");
}

#[test]
fn add_optional_column() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let from = user(dialect, Some(name_col(dialect)), &[]);
        let to = user(dialect, Some(name_col(dialect)), &[("bio", col(dialect, Scalar::String).nullable())]);
        assert_golden("add_optional_column", dialect, &from, &to);
    }
}

#[test]
fn add_required_column() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let from = user(dialect, Some(name_col(dialect)), &[]);
        let to = user(dialect, Some(name_col(dialect)), &[("age", col(dialect, Scalar::Int))]);
        assert_golden("add_required_column", dialect, &from, &to);
    }
}

#[test]
fn drop_column() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let from = user(dialect, Some(name_col(dialect)), &[]);
        let to = user(dialect, None, &[]);
        assert_golden("drop_column", dialect, &from, &to);
    }
    let d = Dialect::Mysql;
    let steps = diff(&user(d, Some(name_col(d)), &[]), &user(d, None, &[]), d);
    assert!(
        matches!(&steps[..], [MigrationStep::AlterTable(a)] if matches!(a.changes[..], [TableChange::DropColumn { .. }]))
    );
}

#[test]
fn make_column_required_with_default() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let from = user(dialect, Some(name_col(dialect)), &[]);
        let to = user(dialect, Some(col(dialect, Scalar::String).default(string_default("anon"))), &[]);
        assert_golden("make_column_required_with_default", dialect, &from, &to);
    }
    let d = Dialect::Mysql;
    let from = user(d, Some(name_col(d)), &[]);
    let to = user(d, Some(col(d, Scalar::String).default(string_default("anon"))), &[]);
    assert_eq!(
        migration(&from, &to, d),
        "-- AlterTable\nALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL DEFAULT 'anon';\n"
    );
}

#[test]
fn drop_default_on_mysql_uses_alter_column() {
    let d = Dialect::Mysql;
    let from = user(d, Some(col(d, Scalar::String).default(string_default("x"))), &[]);
    let to = user(d, Some(col(d, Scalar::String)), &[]);
    assert_eq!(migration(&from, &to, d), "-- AlterTable\nALTER TABLE `User` ALTER COLUMN `name` DROP DEFAULT;\n");
}

#[test]
fn foreign_keys() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let from = user_posts(dialect, ForeignKeyAction::Restrict, "Post_authorId_fkey");
        let to = user_posts(dialect, ForeignKeyAction::Cascade, "Post_authorId_fkey");
        assert_golden("relation_on_delete_cascade", dialect, &from, &to);
        let renamed = user_posts(dialect, ForeignKeyAction::Restrict, "post_author_fk");
        if dialect.has_named_foreign_keys() {
            assert_golden("rename_foreign_key_via_map", dialect, &from, &renamed);
        } else {
            // SQLite keeps no constraint names (Prisma rejects `map:` on its relations).
            assert!(diff(&from, &renamed, dialect).is_empty());
        }
        assert_golden("create_tables_with_relation", dialect, &empty(dialect), &from);
    }
    let d = Dialect::Mysql;
    let from = user_posts(d, ForeignKeyAction::Restrict, "Post_authorId_fkey");
    let to = user_posts(d, ForeignKeyAction::Cascade, "Post_authorId_fkey");
    assert_eq!(
        migration(&from, &to, d),
        "-- DropForeignKey\nALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`;\n\n-- AddForeignKey\nALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;\n"
    );
    // MySQL cannot rename foreign keys: it adds the new one and drops the old one.
    let renamed = user_posts(d, ForeignKeyAction::Restrict, "post_author_fk");
    let steps = diff(&from, &renamed, d);
    assert!(matches!(steps[..], [MigrationStep::DropForeignKey { .. }, MigrationStep::AddForeignKey { .. }]));
}

fn with_name_index(dialect: Dialect, index_name: &str) -> SqlSchema {
    schema(dialect)
        .table("User", |t| {
            t.column("id", autoincrement_id(dialect))
                .column("email", col(dialect, Scalar::String))
                .column("name", name_col(dialect))
                .primary_key(pk_name(dialect, "User").as_deref(), &["id"])
                .unique("User_email_key", &["email"])
                .index(index_name, &["name"]);
        })
        .build()
}

#[test]
fn indexes() {
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        let plain = user(dialect, Some(name_col(dialect)), &[]);
        let indexed = with_name_index(dialect, "User_name_idx");
        assert_golden("add_index", dialect, &plain, &indexed);
        assert_golden("drop_index", dialect, &indexed, &plain);
        assert_golden("rename_index_via_map", dialect, &indexed, &with_name_index(dialect, "user_name_idx"));
    }
    let d = Dialect::Mysql;
    let renamed = migration(&with_name_index(d, "User_name_idx"), &with_name_index(d, "user_name_idx"), d);
    assert_eq!(renamed, "-- RenameIndex\nALTER TABLE `User` RENAME INDEX `User_name_idx` TO `user_name_idx`;\n");
    let added = migration(&user(d, Some(name_col(d)), &[]), &with_name_index(d, "User_name_idx"), d);
    assert_eq!(added, "-- CreateIndex\nCREATE INDEX `User_name_idx` ON `User`(`name`);\n");
}

fn enum_table(dialect: Dialect, values: &[&str], default: Option<&str>) -> SqlSchema {
    let mut builder = schema(dialect);
    let enum_name = if dialect.has_inline_enums() { "T_role" } else { "Role" };
    builder = builder.enum_type(enum_name, values);
    builder
        .table("T", |t| {
            let mut role = ColumnSpec::enum_type(enum_name);
            if dialect == Dialect::Sqlite {
                role = ColumnSpec::new(sql_schema::ColumnTypeFamily::String, "TEXT");
            }
            if let Some(d) = default {
                role = role.default(DefaultValue::Value(Value::Enum(d.into())));
            }
            t.column("id", col(dialect, Scalar::Int))
                .column("role", role)
                .primary_key(pk_name(dialect, "T").as_deref(), &["id"]);
        })
        .build()
}

#[test]
fn enums_on_postgres() {
    let d = Dialect::Postgres;
    let from = enum_table(d, &["USER", "ADMIN", "OWNER"], Some("USER"));
    let to = enum_table(d, &["USER", "ADMIN"], Some("USER"));
    assert_golden("enum_remove_value_with_default", d, &from, &to);
    let from = enum_table(d, &["USER", "ADMIN"], None);
    assert_golden("enum_add_value", d, &from, &enum_table(d, &["USER", "ADMIN", "OWNER"], None));
    assert_golden("enum_add_two_values", d, &from, &enum_table(d, &["USER", "ADMIN", "OWNER", "GUEST"], None));
}

#[test]
fn enums_on_mysql_are_column_types() {
    let d = Dialect::Mysql;
    let from = enum_table(d, &["USER", "ADMIN"], Some("USER"));
    let to = enum_table(d, &["USER", "ADMIN", "OWNER"], Some("USER"));
    assert_eq!(
        migration(&from, &to, d),
        "-- AlterTable\nALTER TABLE `T` MODIFY `role` ENUM('USER', 'ADMIN', 'OWNER') NOT NULL DEFAULT 'USER';\n"
    );
    assert!(migration(&empty(d), &from, d).contains("`role` ENUM('USER', 'ADMIN') NOT NULL DEFAULT 'USER',"));
}

#[test]
fn sqlite_redefines_tables_it_cannot_alter() {
    let d = Dialect::Sqlite;
    let from = user(d, Some(name_col(d)), &[]);
    let to = user(d, Some(col(d, Scalar::String)), &[]);
    let steps = diff(&from, &to, d);
    assert!(matches!(steps[..], [MigrationStep::RedefineTables(_)]));
    let sql = migration(&from, &to, d);
    assert!(sql.starts_with("-- RedefineTables\nPRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n"));
    assert!(sql.ends_with("PRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n"));
    assert_golden("make_column_required", d, &from, &to);
}

#[test]
fn primary_key_changes() {
    let make = |dialect: Dialect, composite: bool| {
        schema(dialect)
            .table("T", |t| {
                t.column("a", col(dialect, Scalar::Int)).column("b", col(dialect, Scalar::String));
                let cols: &[&str] = if composite { &["a", "b"] } else { &["a"] };
                t.primary_key(pk_name(dialect, "T").as_deref(), cols);
            })
            .build()
    };
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        assert_golden("change_primary_key", dialect, &make(dialect, false), &make(dialect, true));
    }
    let d = Dialect::Mysql;
    assert_eq!(
        migration(&make(d, false), &make(d, true), d),
        "-- AlterTable\nALTER TABLE `T` DROP PRIMARY KEY,\n    ADD PRIMARY KEY (`a`, `b`);\n"
    );
}

#[test]
fn type_changes() {
    let make = |dialect: Dialect, scalar: Scalar| {
        schema(dialect)
            .table("T", |t| {
                t.column("id", col(dialect, Scalar::Int))
                    .column("n", col(dialect, scalar))
                    .primary_key(pk_name(dialect, "T").as_deref(), &["id"]);
            })
            .build()
    };
    for dialect in [Dialect::Postgres, Dialect::Sqlite] {
        assert_golden(
            "change_type_int_to_bigint",
            dialect,
            &make(dialect, Scalar::Int),
            &make(dialect, Scalar::BigInt),
        );
        assert_golden(
            "change_type_string_to_int",
            dialect,
            &make(dialect, Scalar::String),
            &make(dialect, Scalar::Int),
        );
    }
    let d = Dialect::Mysql;
    assert_eq!(
        migration(&make(d, Scalar::Int), &make(d, Scalar::BigInt), d),
        "-- AlterTable\nALTER TABLE `T` MODIFY `n` BIGINT NOT NULL;\n"
    );
}

#[test]
fn namespaces_are_created_first() {
    let d = Dialect::Postgres;
    let to = SqlSchema::builder()
        .namespace("auth")
        .enum_in("auth", "Role", &["A"])
        .table_in("auth", "User", |t| {
            t.column("id", col(d, Scalar::Int))
                .column("role", ColumnSpec::enum_in("auth", "Role"))
                .primary_key(Some("User_pkey"), &["id"]);
        })
        .build();
    let sql = migration(&SqlSchema::new(), &to, d);
    assert_eq!(
        sql,
        "-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS \"auth\";\n\n-- CreateEnum\nCREATE TYPE \"auth\".\"Role\" AS ENUM ('A');\n\n-- CreateTable\nCREATE TABLE \"auth\".\"User\" (\n    \"id\" INTEGER NOT NULL,\n    \"role\" \"auth\".\"Role\" NOT NULL,\n\n    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n"
    );
}

#[test]
fn warnings_block_comes_first() {
    let d = Dialect::Postgres;
    let from = user(d, Some(name_col(d)), &[]);
    let to = user(d, None, &[]);
    let warnings = [Warning(
        "You are about to drop the column `name` on the `User` table. All the data in the column will be lost."
            .to_owned(),
    )];
    let sql = render_script(&diff(&from, &to, d), &from, &to, d, &warnings);
    assert_eq!(
        sql,
        "/*\n  Warnings:\n\n  - You are about to drop the column `name` on the `User` table. All the data in the column will be lost.\n\n*/\n-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"name\";\n"
    );
}

#[test]
fn fulltext_and_prefix_indexes_on_mysql() {
    let d = Dialect::Mysql;
    let to = schema(d)
        .table("T", |t| {
            t.column("id", col(d, Scalar::Int))
                .column("body", ColumnSpec::new(sql_schema::ColumnTypeFamily::String, "TEXT"))
                .primary_key(None, &["id"])
                .index_with("T_body_idx", IndexKind::Fulltext, vec!["body".into()], None)
                .index_with(
                    "T_body_prefix_idx",
                    IndexKind::Normal,
                    vec![sql_schema::IndexColumnSpec { length: Some(10), ..From::from("body") }],
                    None,
                );
        })
        .build();
    assert_eq!(
        migration(&empty(d), &to, d),
        "-- CreateTable\nCREATE TABLE `T` (\n    `id` INTEGER NOT NULL,\n    `body` TEXT NOT NULL,\n\n    FULLTEXT INDEX `T_body_idx`(`body`),\n    INDEX `T_body_prefix_idx`(`body`(10)),\n    PRIMARY KEY (`id`)\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
    );
}
