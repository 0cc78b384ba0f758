//! Models, fields, enums and their attributes: behaviour the Prisma fixtures
//! do not pin down, checked against Prisma 6.19's output.

use psl::datamodel::{DefaultKind, IndexKind, LiteralValue, SortOrder};

fn validate(schema: &str) -> psl::ValidatedSchema {
    psl::validate(psl::SourceFile::new("schema.prisma", schema))
}

fn messages(schema: &str) -> Vec<String> {
    validate(schema).diagnostics.errors().iter().map(|d| d.message.clone()).collect()
}

#[test]
fn unknown_type_and_unknown_attribute_are_reported_in_one_run() {
    let errors = messages("model A {\n  id Int @id @map(1)\n  c  Strin\n  d  Int @foo\n}\n");
    assert_eq!(
        errors,
        [
            "Type \"Strin\" is neither a built-in type, nor refers to another model, composite type, or enum.",
            "Expected a string value, but received numeric value `1`.",
            "Attribute not known: \"@foo\".",
        ]
    );
}

#[test]
fn type_suggestions_follow_prismas_case_rules() {
    let errors = messages("model Abc {\n  id Int @id\n  a abc\n  b ABC\n  c DATETIME\n}\n");
    assert!(errors[0].ends_with("Did you mean \"Abc\"?"));
    assert!(!errors[1].contains("Did you mean"));
    assert!(errors[2].ends_with("Did you mean \"DateTime\"?"));
}

#[test]
fn multiple_unnamed_arguments_are_quoted_back() {
    let errors = messages("model A {\n  id Int @id @default(1, 2)\n}\n");
    assert_eq!(
        errors,
        ["Error parsing attribute \"@default\": You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? Did you mean `[1, 2]`?"]
    );
}

#[test]
fn attributes_are_lowered_into_the_datamodel() {
    let schema = r#"
datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum Role {
  ADMIN @map("admin")
  USER
  @@map("roles")
}

model User {
  id    String @id @default(uuid(7))
  email String @unique(map: "email_key")
  name  String @map("full_name") @default("anon")
  role  Role   @default(USER)
  tags  Int[]  @default([1, 2])
  at    DateTime @updatedAt

  @@index([name(sort: Desc), email], map: "by_name")
  @@unique([name, role])
  @@map("users")
}
"#;
    let validated = validate(schema);
    assert!(validated.is_valid(), "{}", validated.render_diagnostics(false));
    let dm = &validated.datamodel;
    let role = &dm.enums[0];
    assert_eq!(role.database_name(), "roles");
    assert_eq!(role.values[0].database_name(), "admin");

    let user = &dm.models[0];
    assert_eq!(user.database_name(), "users");
    assert_eq!(user.fields[2].database_name(), "full_name");
    let default = |i: usize| user.fields[i].as_scalar().and_then(|s| s.default.as_ref()).map(|d| d.kind.clone());
    assert_eq!(default(0), Some(DefaultKind::Uuid(7)));
    assert_eq!(default(2), Some(DefaultKind::Value(LiteralValue::String("anon".into()))));
    assert_eq!(default(3), Some(DefaultKind::Value(LiteralValue::EnumValue("USER".into()))));
    assert_eq!(
        default(4),
        Some(DefaultKind::Value(LiteralValue::List(vec![
            LiteralValue::Numeric("1".into()),
            LiteralValue::Numeric("2".into())
        ])))
    );
    assert!(user.fields[5].as_scalar().is_some_and(|s| s.is_updated_at));

    // Prisma's order: field uniques, then @@index, then @@unique.
    let kinds: Vec<IndexKind> = user.indexes.iter().map(|i| i.kind).collect();
    assert_eq!(kinds, [IndexKind::Unique, IndexKind::Normal, IndexKind::Unique]);
    assert_eq!(user.indexes[0].mapped_name.as_deref(), Some("email_key"));
    assert_eq!(user.indexes[1].fields[0].sort_order, Some(SortOrder::Desc));
    assert_eq!(
        psl::constraint_names::index_constraint_name(user, &user.indexes[2], Some(psl::Provider::Postgres)),
        "users_full_name_role_key"
    );
    assert_eq!(
        psl::constraint_names::primary_key_constraint_name(user, Some(psl::Provider::Postgres)).as_deref(),
        Some("users_pkey")
    );
}

#[test]
fn default_index_names_clash_in_sqlites_global_namespace() {
    let schema = "datasource db {\n  provider = \"sqlite\"\n  url = \"file:x\"\n}\nmodel A {\n  id Int @id\n  a Int\n  @@index([a])\n  @@index([a])\n}\n";
    let errors = messages(schema);
    assert_eq!(errors.len(), 2);
    assert!(errors[0].contains("The given constraint name `A_a_idx` has to be unique in the following namespace: global for indexes and unique constraints."));
}

#[test]
fn map_onto_another_fields_name_is_a_duplicate() {
    let errors = messages("model A {\n  id Int @id\n  a Int @map(\"b\")\n  b Int\n}\n");
    assert_eq!(errors, ["Field \"a\" is already defined on model \"A\"."]);
}
