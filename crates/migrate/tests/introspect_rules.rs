//! Introspection rules, one test each, on hand-built `SqlSchema`s (no database). The expected
//! texts follow what Prisma 7.10's `db pull` prints for the same tables (checked with the
//! oracle; the database-backed comparisons are in `introspect_oracle.rs`).

use migrate::introspect::{introspect, introspect_with, DatabaseNote, DatabaseNoteKind, IntrospectionInput};
use sql_schema::{
    ColumnSpec, ColumnTypeFamily as F, DefaultValue, Dialect, ForeignKeyAction as A, IndexColumnSpec, IndexKind,
    SortOrder, SqlSchema, Value,
};

const PG: &str = "datasource db {\n  provider = \"postgresql\"\n}\n\n";

fn pg(native: &str, family: F) -> ColumnSpec {
    ColumnSpec::new(family, native)
}

fn int() -> ColumnSpec {
    pg("INTEGER", F::Int)
}

fn text() -> ColumnSpec {
    pg("TEXT", F::String)
}

fn serial() -> ColumnSpec {
    int().autoincrement()
}

fn pull(schema: &SqlSchema, dialect: Dialect) -> String {
    introspect(schema, dialect, None).schema_text
}

fn pull_on(schema: &SqlSchema, dialect: Dialect, previous: &str) -> migrate::introspect::IntrospectionResult {
    let previous = psl::validate(psl::SourceFile::new("schema.prisma", previous));
    assert!(previous.is_valid(), "{}", previous.render_diagnostics(false));
    introspect(schema, dialect, Some(&previous))
}

#[test]
fn header_without_previous_schema_is_the_datasource() {
    let schema = SqlSchema::builder().table("A", |t| {
        t.column("id", int()).primary_key(Some("A_pkey"), &["id"]);
    });
    let out = pull(&schema.build(), Dialect::Postgres);
    assert_eq!(out, format!("{PG}model A {{\n  id Int @id\n}}\n"));
}

#[test]
fn empty_database_is_reported_empty() {
    let result = introspect(&SqlSchema::new(), Dialect::Sqlite, None);
    assert!(result.is_empty);
    assert_eq!(result.schema_text, "datasource db {\n  provider = \"sqlite\"\n}\n");
}

#[test]
fn invalid_names_are_sanitized_and_mapped() {
    let schema = SqlSchema::builder()
        .table("1st-table", |t| {
            t.column("my id", int()).column("2nd", text().nullable()).primary_key(Some("1st-table_pkey"), &["my id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    let expected = "model st_table {\n  my_id Int     @id @map(\"my id\")\n  nd    String? @map(\"2nd\")\n\n  @@map(\"1st-table\")\n}\n";
    assert_eq!(out, format!("{PG}{expected}"));
}

#[test]
fn reserved_model_names_are_renamed_with_a_comment() {
    let schema = SqlSchema::builder()
        .table("PrismaClient", |t| {
            t.column("id", serial()).primary_key(Some("PrismaClient_pkey"), &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(out.contains("/// This model has been renamed to 'RenamedPrismaClient' during introspection, because the original name 'PrismaClient' is reserved.\nmodel RenamedPrismaClient {"), "{out}");
    assert!(out.contains("@@map(\"PrismaClient\")"));
}

#[test]
fn columns_without_any_valid_character_are_commented_out() {
    let schema = SqlSchema::builder()
        .table("T", |t| {
            t.column("id", int()).column("123", int().nullable()).primary_key(Some("T_pkey"), &["id"]);
        })
        .build();
    let result = introspect(&schema, Dialect::Postgres, None);
    assert!(result.schema_text.contains(
        "  /// This field was commented out because of an invalid name. Please provide a valid one that matches [a-zA-Z][a-zA-Z0-9_]*\n  // 123 Int? @map(\"123\")"
    ), "{}", result.schema_text);
    assert!(result.warnings_text().contains("  - Model: \"T\", field(s): [\"123\"]"));
}

#[test]
fn one_to_many_relation_fields_are_named_after_the_models() {
    let schema = SqlSchema::builder()
        .table("User", |t| {
            t.column("id", serial()).primary_key(Some("User_pkey"), &["id"]);
        })
        .table("Post", |t| {
            t.column("id", serial()).column("authorId", int()).primary_key(Some("Post_pkey"), &["id"]).foreign_key(
                "Post_authorId_fkey",
                &["authorId"],
                "User",
                &["id"],
            );
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    let expected = "model Post {\n  id       Int  @id @default(autoincrement())\n  authorId Int\n  User     User @relation(fields: [authorId], references: [id])\n}\n\nmodel User {\n  id   Int    @id @default(autoincrement())\n  Post Post[]\n}\n";
    assert_eq!(out, format!("{PG}{expected}"));
}

#[test]
fn referential_actions_are_rendered_when_not_the_default() {
    let schema = SqlSchema::builder()
        .table("A", |t| {
            t.column("id", int()).primary_key(Some("A_pkey"), &["id"]);
        })
        .table("B", |t| {
            t.column("id", int())
                .column("req", int())
                .column("opt", int().nullable())
                .column("opt2", int().nullable())
                .primary_key(Some("B_pkey"), &["id"])
                .foreign_key_with("B_opt2_fkey", &["opt2"], "A", &["id"], A::Restrict, A::NoAction)
                .foreign_key_with("B_opt_fkey", &["opt"], "A", &["id"], A::SetNull, A::Cascade)
                .foreign_key_with("custom", &["req"], "A", &["id"], A::Cascade, A::Restrict);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(
        out.contains(
            "@relation(\"B_opt2ToA\", fields: [opt2], references: [id], onDelete: Restrict, onUpdate: NoAction)"
        ),
        "{out}"
    );
    assert!(out.contains("@relation(\"B_optToA\", fields: [opt], references: [id])"), "{out}");
    assert!(out.contains("@relation(\"B_reqToA\", fields: [req], references: [id], onDelete: Cascade, onUpdate: Restrict, map: \"custom\")"), "{out}");
}

#[test]
fn ambiguous_relations_are_named_after_their_columns() {
    let schema = SqlSchema::builder()
        .table("User", |t| {
            t.column("id", int()).primary_key(Some("User_pkey"), &["id"]);
        })
        .table("Msg", |t| {
            t.column("id", int())
                .column("from", int())
                .column("to", int())
                .primary_key(Some("Msg_pkey"), &["id"])
                .foreign_key("Msg_from_fkey", &["from"], "User", &["id"])
                .foreign_key("Msg_to_fkey", &["to"], "User", &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(
        out.contains("User_Msg_fromToUser User @relation(\"Msg_fromToUser\", fields: [from], references: [id])"),
        "{out}"
    );
    assert!(
        out.contains("User_Msg_toToUser   User @relation(\"Msg_toToUser\", fields: [to], references: [id])"),
        "{out}"
    );
    assert!(out.contains("Msg_Msg_fromToUser Msg[] @relation(\"Msg_fromToUser\")"), "{out}");
    assert!(out.contains("Msg_Msg_toToUser   Msg[] @relation(\"Msg_toToUser\")"), "{out}");
}

#[test]
fn a_column_named_like_the_referenced_model_makes_the_relation_ambiguous() {
    let schema = SqlSchema::builder()
        .table("User", |t| {
            t.column("id", int()).primary_key(Some("User_pkey"), &["id"]);
        })
        .table("Note", |t| {
            t.column("id", int()).column("User", int()).primary_key(Some("Note_pkey"), &["id"]).foreign_key(
                "Note_User_fkey",
                &["User"],
                "User",
                &["id"],
            );
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(
        out.contains("User_Note_UserToUser User @relation(\"Note_UserToUser\", fields: [User], references: [id])"),
        "{out}"
    );
}

#[test]
fn self_relations_get_a_name_and_an_other_prefixed_back_field() {
    let schema = SqlSchema::builder()
        .table("Biscuit", |t| {
            t.column("id", serial())
                .column("next_biscuit_id", int().nullable())
                .primary_key(Some("Biscuit_pkey"), &["id"])
                .foreign_key_with(
                    "Biscuit_next_biscuit_id_fkey",
                    &["next_biscuit_id"],
                    "Biscuit",
                    &["id"],
                    A::NoAction,
                    A::NoAction,
                );
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    let expected = "model Biscuit {\n  id              Int       @id @default(autoincrement())\n  next_biscuit_id Int?\n  Biscuit         Biscuit?  @relation(\"BiscuitToBiscuit\", fields: [next_biscuit_id], references: [id], onDelete: NoAction, onUpdate: NoAction)\n  other_Biscuit   Biscuit[] @relation(\"BiscuitToBiscuit\")\n}\n";
    assert_eq!(out, format!("{PG}{expected}"));
}

#[test]
fn a_unique_foreign_key_gives_an_optional_back_field() {
    let schema = SqlSchema::builder()
        .table("User", |t| {
            t.column("id", int()).primary_key(Some("User_pkey"), &["id"]);
        })
        .table("Profile", |t| {
            t.column("id", int())
                .column("userId", int())
                .primary_key(Some("Profile_pkey"), &["id"])
                .unique("Profile_userId_key", &["userId"])
                .foreign_key("Profile_userId_fkey", &["userId"], "User", &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(
        out.contains("  userId Int  @unique\n  User   User @relation(fields: [userId], references: [id])"),
        "{out}"
    );
    assert!(out.contains("  Profile Profile?\n"), "{out}");
}

#[test]
fn duplicate_foreign_keys_give_one_relation() {
    let schema = SqlSchema::builder()
        .table("A", |t| {
            t.column("id", int()).primary_key(Some("A_pkey"), &["id"]);
        })
        .table("B", |t| {
            t.column("id", int())
                .column("aId", int())
                .primary_key(Some("B_pkey"), &["id"])
                .foreign_key("B_aId_fkey", &["aId"], "A", &["id"])
                .foreign_key("B_aId_fkey2", &["aId"], "A", &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert_eq!(out.matches("@relation(").count(), 1, "{out}");
}

fn join_table(t: &mut sql_schema::TableBuilder, a: &str, b: &str) {
    t.column("A", int()).column("B", int()).primary_key(None, &["A", "B"]).index(&format!("{}_B_index", "_x"), &["B"]);
    t.foreign_key("a_fkey", &["A"], a, &["id"]).foreign_key("b_fkey", &["B"], b, &["id"]);
}

#[test]
fn join_tables_become_list_relation_fields() {
    let schema = SqlSchema::builder()
        .table("Category", |t| {
            t.column("id", int()).primary_key(Some("Category_pkey"), &["id"]);
        })
        .table("Post", |t| {
            t.column("id", int()).primary_key(Some("Post_pkey"), &["id"]);
        })
        .table("_CategoryToPost", |t| join_table(t, "Category", "Post"))
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(!out.contains("_CategoryToPost"), "{out}");
    assert!(out.contains("model Category {\n  id   Int    @id\n  Post Post[]\n}"), "{out}");
    assert!(out.contains("model Post {\n  id       Int        @id\n  Category Category[]\n}"), "{out}");
}

#[test]
fn self_join_tables_and_named_join_tables() {
    let schema = SqlSchema::builder()
        .table("User", |t| {
            t.column("id", int()).primary_key(Some("User_pkey"), &["id"]);
        })
        .table("_Friends", |t| join_table(t, "User", "User"))
        .build();
    let out = pull(&schema, Dialect::Postgres);
    assert!(out.contains("  User_A User[] @relation(\"Friends\")\n  User_B User[] @relation(\"Friends\")"), "{out}");
}

#[test]
fn join_tables_need_the_unique_index_outside_postgres() {
    let schema = SqlSchema::builder()
        .table("A", |t| {
            t.column("id", ColumnSpec::int()).primary_key(None, &["id"]);
        })
        .table("B", |t| {
            t.column("id", ColumnSpec::int()).primary_key(None, &["id"]);
        })
        .table("_AToB", |t| {
            t.column("A", ColumnSpec::int())
                .column("B", ColumnSpec::int())
                .primary_key(None, &["A", "B"])
                .index("_AToB_B_index", &["B"]);
            t.foreign_key("a", &["A"], "A", &["id"]).foreign_key("b", &["B"], "B", &["id"]);
        })
        .build();
    // On SQLite a primary key on (A, B) does not make a join table: it stays a model.
    let out = pull(&schema, Dialect::Sqlite);
    assert!(out.contains("model AToB {"), "{out}");
}

#[test]
fn tables_without_a_unique_criterion_are_ignored() {
    let schema = SqlSchema::builder()
        .table("A", |t| {
            t.column("id", int()).primary_key(Some("A_pkey"), &["id"]);
        })
        .table("log", |t| {
            t.column("msg", text().nullable()).column("aId", int().nullable()).foreign_key_with(
                "log_aId_fkey",
                &["aId"],
                "A",
                &["id"],
                A::SetNull,
                A::Cascade,
            );
        })
        .build();
    let result = introspect(&schema, Dialect::Postgres, None);
    let out = &result.schema_text;
    assert!(out.contains("/// The underlying table does not contain a valid unique identifier and can therefore currently not be handled by Prisma Client.\nmodel log {"), "{out}");
    assert!(out.contains("  @@ignore\n}"), "{out}");
    // The relation field on the other side is ignored, not the one in the ignored model.
    assert!(out.contains("  log log[] @ignore"), "{out}");
    assert!(out.contains("  A   A?      @relation(fields: [aId], references: [id])\n"), "{out}");
    assert_eq!(
        result.warnings_text(),
        "*** WARNING ***\n\nThe following models were ignored as they do not have a valid unique identifier or id. This is currently not supported by Prisma Client:\n  - \"log\"\n"
    );
}

#[test]
fn keys_and_indexes_get_map_only_for_non_default_names() {
    let schema = SqlSchema::builder()
        .table("T", |t| {
            t.column("a", int())
                .column("b", int())
                .column("c", text())
                .primary_key(Some("T_pk"), &["a", "b"])
                .unique("T_c_key", &["c"])
                .index_with(
                    "T_b_c_idx",
                    IndexKind::Normal,
                    vec![
                        "b".into(),
                        IndexColumnSpec {
                            name: "c".into(),
                            sort_order: Some(SortOrder::Desc),
                            length: None,
                            operator_class: None,
                        },
                    ],
                    None,
                )
                .unique("custom_unique", &["a", "c"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    let expected = "model T {\n  a Int\n  b Int\n  c String @unique\n\n  @@id([a, b], map: \"T_pk\")\n  @@unique([a, c], map: \"custom_unique\")\n  @@index([b, c(sort: Desc)])\n}\n";
    assert_eq!(out, format!("{PG}{expected}"));
}

#[test]
fn native_types_only_when_not_the_default() {
    let schema = SqlSchema::builder()
        .table("T", |t| {
            t.column("id", ColumnSpec::new(F::Int, "INTEGER UNSIGNED"))
                .column("name", ColumnSpec::new(F::String, "VARCHAR(191)"))
                .column("title", ColumnSpec::new(F::String, "VARCHAR(50)"))
                .column("at", ColumnSpec::new(F::DateTime, "DATETIME(3)"))
                .column("day", ColumnSpec::new(F::DateTime, "DATE"))
                .column("flag", ColumnSpec::new(F::Boolean, "BOOLEAN"))
                .column("amount", ColumnSpec::new(F::Decimal, "DECIMAL(10, 2)"))
                .primary_key(None, &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Mysql);
    let expected = "model T {\n  id     Int      @id @db.UnsignedInt\n  name   String\n  title  String   @db.VarChar(50)\n  at     DateTime\n  day    DateTime @db.Date\n  flag   Boolean\n  amount Decimal  @db.Decimal(10, 2)\n}\n";
    assert_eq!(out, format!("datasource db {{\n  provider = \"mysql\"\n}}\n\n{expected}"));
}

#[test]
fn defaults_of_every_kind() {
    let schema = SqlSchema::builder()
        .enum_type("Role", &["USER", "very admin"])
        .table("T", |t| {
            t.column("id", serial().default(DefaultValue::Sequence("T_id_seq".into())))
                .column("s", text().default(DefaultValue::Value(Value::String("a \"b\"".into()))))
                .column("n", int().default(DefaultValue::Value(Value::Int(-3))))
                .column("at", pg("TIMESTAMP(3)", F::DateTime).default(DefaultValue::Now))
                .column(
                    "day",
                    pg("DATE", F::DateTime).default(DefaultValue::Value(Value::DateTime("2024-01-01".into()))),
                )
                .column(
                    "role",
                    ColumnSpec::enum_type("Role").default(DefaultValue::Value(Value::Enum("very admin".into()))),
                )
                .column(
                    "tags",
                    text().list().default(DefaultValue::Value(Value::List(vec![Value::String("x".into())]))),
                )
                .column("expr", text().default(DefaultValue::DbGenerated(Some("md5('x'::text)".into()))))
                .column("bytes", pg("BYTEA", F::Binary).default(DefaultValue::Value(Value::Bytes(vec![1, 255]))))
                .column(
                    "u",
                    pg("UUID", F::String)
                        .default(DefaultValue::Value(Value::String("00000000-0000-0000-0000-000000000000".into()))),
                )
                .primary_key(Some("T_pkey"), &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Postgres);
    for expected in [
        "@id @default(autoincrement())",
        "@default(\"a \\\"b\\\"\")",
        "@default(-3)",
        "@default(now())",
        "@default(dbgenerated(\"'2024-01-01'::date\")) @db.Date",
        "@default(very_admin)",
        "@default([\"x\"])",
        "@default(dbgenerated(\"md5('x'::text)\"))",
        "@default(\"Af8=\")",
        "@default(dbgenerated(\"'00000000-0000-0000-0000-000000000000'::uuid\")) @db.Uuid",
        "very_admin @map(\"very admin\")",
    ] {
        assert!(out.contains(expected), "missing `{expected}` in\n{out}");
    }
}

#[test]
fn mysql_inline_enums_are_named_after_table_and_column() {
    let schema = SqlSchema::builder()
        .enum_type("A_enum_column", &["don't know"])
        .table("A", |t| {
            t.column("id", ColumnSpec::new(F::Int, "INTEGER"))
                .column(
                    "enum_column",
                    ColumnSpec::enum_type("A_enum_column")
                        .default(DefaultValue::Value(Value::Enum("don't know".into()))),
                )
                .primary_key(None, &["id"]);
        })
        .build();
    let out = pull(&schema, Dialect::Mysql);
    assert!(out.ends_with("model A {\n  id          Int           @id\n  enum_column A_enum_column @default(don_t_know)\n}\n\nenum A_enum_column {\n  don_t_know @map(\"don't know\")\n}\n"), "{out}");
}

#[test]
fn sqlite_types_outside_prismas_list_are_unsupported_and_foreign_keys_come_last_declared_first() {
    let schema = SqlSchema::builder()
        .table("B", |t| {
            t.column("id", ColumnSpec::int().autoincrement()).primary_key(None, &["id"]);
        })
        .table("A", |t| {
            t.column("id", ColumnSpec::int().autoincrement())
                .column("x", ColumnSpec::new(F::Int, "INT").nullable())
                .column("y", ColumnSpec::new(F::Int, "INT").nullable())
                .column("j", ColumnSpec::new(F::Json, "JSON").nullable())
                .primary_key(None, &["id"])
                .foreign_key("", &["x"], "B", &["id"])
                .foreign_key("", &["y"], "B", &["id"]);
        })
        .build();
    let result = introspect(&schema, Dialect::Sqlite, None);
    let out = &result.schema_text;
    assert!(out.contains("  j        Unsupported(\"json\")?\n  B_A_yToB B?"), "{out}");
    assert!(result.warnings_text().contains("Model: \"A\", field: \"j\", original data type: \"json\""));
}

#[test]
fn notes_add_documentation_and_warnings() {
    let schema = SqlSchema::builder()
        .table("T", |t| {
            t.column("id", int()).column("a", int()).primary_key(Some("T_pkey"), &["id"]);
        })
        .build();
    let notes = [
        DatabaseNote {
            kind: DatabaseNoteKind::CheckConstraint,
            namespace: None,
            table: "T".into(),
            name: "a_positive".into(),
        },
        DatabaseNote {
            kind: DatabaseNoteKind::ExpressionIndex,
            namespace: None,
            table: "T".into(),
            name: "lower_a".into(),
        },
    ];
    let input = IntrospectionInput {
        schema: &schema,
        dialect: Dialect::Postgres,
        previous: None,
        notes: &notes,
        default_namespace: None,
        views: &[],
    };
    let result = introspect_with(&input);
    assert!(result.schema_text.contains("/// This table contains check constraints and requires additional setup for migrations. Visit https://pris.ly/d/check-constraints for more info.\n/// This model contains an expression index which requires additional setup for migrations. Visit https://pris.ly/d/expression-indexes for more info.\nmodel T {"), "{}", result.schema_text);
    let warnings = result.warnings_text();
    assert!(warnings.contains("  - Model: \"T\", constraint: \"a_positive\""), "{warnings}");
    assert!(warnings.contains("  - Model: \"T\", constraint: \"lower_a\""), "{warnings}");
}

fn reintrospection_schema() -> SqlSchema {
    SqlSchema::builder()
        .enum_type("user_role", &["user", "super admin"])
        .table("posts", |t| {
            t.column("id", serial()).column("author_id", text()).primary_key(Some("posts_pkey"), &["id"]).foreign_key(
                "posts_author_id_fkey",
                &["author_id"],
                "users",
                &["id"],
            );
        })
        .table("users", |t| {
            t.column("id", text())
                .column("created_at", pg("TIMESTAMP(3)", F::DateTime).default(DefaultValue::Now))
                .column("updated_at", pg("TIMESTAMP(3)", F::DateTime))
                .column("role", ColumnSpec::enum_type("user_role"))
                .column("added", int().nullable())
                .primary_key(Some("users_pkey"), &["id"]);
        })
        .build()
}

const PREVIOUS: &str = r#"generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

/// People.
model Person {
  id        String   @id @default(cuid())
  updatedAt DateTime @updatedAt @map("updated_at")
  createdAt DateTime @default(now()) @map("created_at")
  role      Role
  articles  Post[]   @relation("writtenBy")

  @@map("users")
}

model Post {
  id       Int    @id @default(autoincrement())
  authorId String @map("author_id")
  writer   Person @relation("writtenBy", fields: [authorId], references: [id])

  @@map("posts")
}

enum Role {
  user
  superAdmin @map("super admin")

  @@map("user_role")
}
"#;

#[test]
fn reintrospection_keeps_the_users_names_comments_and_order() {
    let result = pull_on(&reintrospection_schema(), Dialect::Postgres, PREVIOUS);
    let expected = r#"generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

/// People.
model Person {
  id        String   @id @default(cuid())
  createdAt DateTime @default(now()) @map("created_at")
  updatedAt DateTime @updatedAt @map("updated_at")
  role      Role
  added     Int?
  articles  Post[]   @relation("writtenBy")

  @@map("users")
}

model Post {
  id       Int    @id @default(autoincrement())
  authorId String @map("author_id")
  writer   Person @relation("writtenBy", fields: [authorId], references: [id])

  @@map("posts")
}

enum Role {
  user
  superAdmin @map("super admin")

  @@map("user_role")
}
"#;
    assert_eq!(result.schema_text, expected);
    let warnings = result.warnings_text();
    assert!(warnings.contains("These models were enriched with `@@map` information taken from the previous Prisma schema:\n  - \"Post\"\n  - \"Person\"\n"), "{warnings}");
    assert!(
        warnings.contains(
            "These enums were enriched with `@@map` information taken from the previous Prisma schema:\n  - \"Role\"\n"
        ),
        "{warnings}"
    );
}

#[test]
fn reintrospection_drops_models_whose_tables_are_gone() {
    let previous = format!("{PG}model Gone {{\n  id Int @id\n}}\n");
    let schema = SqlSchema::builder()
        .table("Here", |t| {
            t.column("id", int()).primary_key(Some("Here_pkey"), &["id"]);
        })
        .build();
    let result = pull_on(&schema, Dialect::Postgres, &previous);
    assert_eq!(result.schema_text, format!("{PG}model Here {{\n  id Int @id\n}}\n"));
}

#[test]
fn reintrospection_with_prisma_relation_mode_copies_relations() {
    let previous = "datasource db {\n  provider     = \"postgresql\"\n  relationMode = \"prisma\"\n}\n\nmodel A {\n  id Int @id\n  bs B[]\n}\n\nmodel B {\n  id  Int @id\n  aId Int\n  a   A   @relation(fields: [aId], references: [id], onDelete: Cascade)\n\n  @@index([aId])\n}\n";
    let schema = SqlSchema::builder()
        .table("A", |t| {
            t.column("id", int()).primary_key(Some("A_pkey"), &["id"]);
        })
        .table("B", |t| {
            t.column("id", int())
                .column("aId", int())
                .primary_key(Some("B_pkey"), &["id"])
                .index("B_aId_idx", &["aId"]);
        })
        .build();
    let result = pull_on(&schema, Dialect::Postgres, previous);
    assert_eq!(result.schema_text, previous);
    assert!(result.warnings_text().contains("Relations were copied from the previous data model"));
}
