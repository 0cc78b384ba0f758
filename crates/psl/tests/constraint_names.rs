//! Constraint name clashes (indexes, primary keys, foreign keys, SQL Server
//! default constraints, client names)
//! and the spans Prisma gives attributes. Expected messages and spans were
//! checked against Prisma 6.19 (`psl619.sh validate`).

fn validate(schema: &str) -> psl::ValidatedSchema {
    psl::validate(psl::SourceFile::new("schema.prisma", schema))
}

/// Each error as (message, the source text its span covers).
fn errors(schema: &str) -> Vec<(String, String)> {
    validate(schema)
        .diagnostics
        .errors()
        .iter()
        .map(|d| (d.message.clone(), schema[d.span.start()..d.span.end()].to_string()))
        .collect()
}

fn clash(attribute: &str, name: &str, namespace: &str) -> String {
    format!("Error parsing attribute \"{attribute}\": The given constraint name `{name}` has to be unique in the following namespace: {namespace}. Please provide a different name using the `map` argument.")
}

#[test]
fn a_field_attribute_without_parentheses_spans_the_blanks_after_it() {
    let schema = "datasource db {\n  provider = \"mysql\"\n  url = \"mysql://x\"\n}\n\nmodel User {\n  id Int @id\n  b  Int @ignore   @ignore  \n}\n";
    let spans: Vec<String> = errors(schema).into_iter().map(|(_, span)| span).collect();
    assert_eq!(spans, ["@ignore   ", "@ignore  "]);
}

#[test]
fn a_block_attribute_spans_the_blanks_and_comment_after_it() {
    let schema = "datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://x\"\n}\n\nmodel A {\n  id Int @id\n  @@index([nope])   // hello\n  @@unique([nope2])   \n  @@ignore\t\n  @@ignore\n}\n";
    let spans: Vec<String> = errors(schema).into_iter().map(|(_, span)| span).collect();
    assert_eq!(spans, ["@@ignore\t", "@@ignore", "@@index([nope])   // hello", "@@unique([nope2])   "]);
}

#[test]
fn foreign_key_names_clash_globally_on_mysql() {
    let schema = "datasource db {\n  provider = \"mysql\"\n  url = \"mysql://x\"\n}\n\nmodel User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int       @id\n  authorId Int\n  author   User      @relation(fields: [authorId], references: [id], map: \"fk\")\n  comments Comment[]\n}\n\nmodel Comment {\n  id     Int  @id\n  postId Int\n  post   Post @relation(fields: [postId], references: [id], map: \"fk\")\n}\n";
    let message = clash("@relation", "fk", "global for foreign keys");
    assert_eq!(errors(schema), [(message.clone(), "map: \"fk\"".to_string()), (message, "map: \"fk\"".to_string())]);
}

#[test]
fn foreign_key_names_clash_with_indexes_of_the_model_on_postgres() {
    let schema = "datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://x\"\n}\n\nmodel User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n\n  @@index([authorId], map: \"Post_authorId_fkey\")\n}\n";
    // Only the foreign key is reported: index names are not checked in the
    // namespace that holds foreign keys.
    let namespace = "on model `Post` for primary key, indexes, unique constraints and foreign keys";
    let found = errors(schema);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, clash("@relation", "Post_authorId_fkey", namespace));
    assert!(found[0].1.starts_with("author   User @relation("), "{:?}", found[0].1);
}

#[test]
fn default_constraint_names_clash_on_sql_server() {
    let schema = "datasource db {\n  provider = \"sqlserver\"\n  url = \"sqlserver://x\"\n}\n\nmodel A {\n  id Int @id\n  a  Int @default(1, map: \"dflt\")\n  b  Int @default(2, map: \"dflt\")\n  c  Int @default(3)\n}\n\nmodel B {\n  id Int @id @default(1, map: \"A_c_df\")\n}\n";
    let namespace = "global for primary keys, foreign keys and default constraints";
    let found = errors(schema);
    let expected = [
        (clash("@default", "dflt", namespace), "map: \"dflt\""),
        (clash("@default", "dflt", namespace), "map: \"dflt\""),
        (clash("@default", "A_c_df", namespace), "c  Int @default(3)\n"),
        (clash("@default", "A_c_df", namespace), "map: \"A_c_df\""),
    ];
    let expected: Vec<(String, String)> = expected.into_iter().map(|(m, s)| (m, s.to_string())).collect();
    assert_eq!(found, expected);
}

#[test]
fn view_indexes_get_no_provider_index_rules() {
    // Prisma runs the provider's model rules (here PostgreSQL's index type
    // checks) on models only; a view's `@@index` is just not allowed.
    let schema = "datasource db {\n  provider = \"postgresql\"\n  url = \"postgresql://x\"\n}\n\ngenerator js {\n  provider        = \"prisma-client\"\n  previewFeatures = [\"views\"]\n}\n\nview Mountain {\n  name   String @unique\n  region String\n\n  @@index([name, region], type: Gin)\n}\n";
    let messages: Vec<String> = errors(schema).into_iter().map(|(m, _)| m).collect();
    assert_eq!(messages, ["Error validating: Views cannot have indexes."]);
}

/// The (message, span text) pairs of `clash(attribute, name, namespace)` errors.
fn clashes(expected: &[(&str, &str, &str, &str)]) -> Vec<(String, String)> {
    expected.iter().map(|(attr, name, ns, span)| (clash(attr, name, ns), span.to_string())).collect()
}

#[test]
fn index_names_clash_across_models_on_sqlite() {
    // `B_x_idx` is the default name of an index on `B.x`, but that index is
    // named `shared`, so the explicit `B_x_idx` clashes with nothing.
    let schema = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:dev.db\"\n}\n\nmodel A {\n  id Int @id\n  x  Int\n  y  Int @unique(map: \"shared\")\n\n  @@index([x], map: \"shared\")\n}\n\nmodel B {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"shared\")\n  @@index([id], map: \"B_x_idx\")\n}\n";
    let ns = "global for indexes and unique constraints";
    let expected = clashes(&[
        ("@unique", "shared", ns, "map: \"shared\""),
        ("@@index", "shared", ns, "map: \"shared\""),
        ("@@index", "shared", ns, "map: \"shared\""),
    ]);
    assert_eq!(errors(schema), expected);
}

#[test]
fn index_names_clash_only_within_a_model_on_mysql() {
    let schema = "datasource db {\n  provider = \"mysql\"\n  url      = \"mysql://x\"\n}\n\nmodel A {\n  id Int @id\n  x  Int\n  y  Int\n\n  @@index([x], map: \"same\")\n  @@unique([y], map: \"same\")\n}\n\nmodel B {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"same\")\n}\n";
    let ns = "on model `A` for indexes and unique constraints";
    let expected = clashes(&[("@@index", "same", ns, "map: \"same\""), ("@@unique", "same", ns, "map: \"same\"")]);
    assert_eq!(errors(schema), expected);
}

#[test]
fn a_primary_key_name_clashes_globally_and_on_its_model_on_postgres() {
    let schema = "datasource db {\n  provider = \"postgresql\"\n  url      = \"postgresql://x\"\n}\n\nmodel A {\n  id Int @id(map: \"A_key\")\n  x  Int\n\n  @@index([x], map: \"A_key\")\n}\n\nmodel B {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"A_key\")\n}\n";
    let global = "global for primary key, indexes and unique constraints";
    let local = "on model `A` for primary key, indexes, unique constraints and foreign keys";
    let expected = clashes(&[
        ("@id", "A_key", global, "map: \"A_key\""),
        ("@id", "A_key", local, "map: \"A_key\""),
        ("@@index", "A_key", global, "map: \"A_key\""),
        ("@@index", "A_key", global, "map: \"A_key\""),
    ]);
    assert_eq!(errors(schema), expected);
}

#[test]
fn names_in_different_database_schemas_do_not_clash() {
    let schema = "datasource db {\n  provider = \"postgresql\"\n  url      = \"postgresql://x\"\n  schemas  = [\"one\", \"two\"]\n}\n\nmodel A {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"ix\")\n  @@schema(\"one\")\n}\n\nmodel B {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"ix\")\n  @@schema(\"two\")\n}\n\nmodel C {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"ix\")\n  @@schema(\"two\")\n}\n";
    let found = errors(schema);
    let ns = "global for primary key, indexes and unique constraints";
    assert_eq!(found, clashes(&[("@@index", "ix", ns, "map: \"ix\""), ("@@index", "ix", ns, "map: \"ix\"")]));
    // The two clashing indexes are B's and C's, in schema `two`.
    let lines: Vec<usize> =
        validate(schema).diagnostics.errors().iter().map(|d| schema[..d.span.start()].lines().count()).collect();
    assert_eq!(lines, [19, 27]);
}

#[test]
fn a_client_name_used_twice_on_a_model_clashes() {
    let schema = "datasource db {\n  provider = \"postgresql\"\n  url      = \"postgresql://x\"\n}\n\nmodel A {\n  a Int\n  b Int\n  c Int\n\n  @@id([a, b], name: \"ab\")\n  @@unique([a, c], name: \"ab\")\n  @@unique([b, c], name: \"bc\")\n}\n\nmodel B {\n  a Int\n  b Int\n\n  @@id([a, b], name: \"bc\")\n}\n";
    let message = |attr: &str| {
        format!("Error parsing attribute \"{attr}\": The given custom name `ab` has to be unique on the model. Please provide a different name for the `name` argument.")
    };
    let expected = [(message("@@id"), "name: \"ab\"".to_string()), (message("@@unique"), "name: \"ab\"".to_string())];
    assert_eq!(errors(schema), expected);
}
