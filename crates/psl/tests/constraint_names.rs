//! Constraint name clashes (foreign keys, SQL Server default constraints)
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
        .map(|d| (d.message.clone(), schema[d.span.start..d.span.end].to_string()))
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
