//! Relation inference and relation rules, on patterns common in real-world
//! schemas. Expected messages were checked against Prisma 6.19.

use psl::config::{Provider, RelationMode};
use psl::datamodel::{Datamodel, FieldArity, ReferentialAction, RelationKind};

fn validate(schema: &str) -> psl::ValidatedSchema {
    psl::validate(psl::SourceFile::new("schema.prisma", schema))
}

fn valid(schema: &str) -> Datamodel {
    let v = validate(schema);
    assert!(v.is_valid(), "{}", v.render_diagnostics(false));
    v.datamodel
}

fn errors(schema: &str) -> Vec<String> {
    validate(schema).diagnostics.errors().iter().map(|d| d.message.clone()).collect()
}

fn model_name(dm: &Datamodel, id: psl::datamodel::ModelId) -> &str {
    &dm.model(id).name
}

const PG: &str = "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n";

#[test]
fn one_to_many_forward_side_holds_the_foreign_key() {
    let dm = valid(&format!(
        "{PG}model User {{\n  id Int @id\n  posts Post[]\n}}\nmodel Post {{\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id], onDelete: Cascade)\n}}\n"
    ));
    assert_eq!(dm.relations.len(), 1);
    let r = &dm.relations[0];
    assert_eq!(r.kind, RelationKind::OneToMany);
    assert_eq!(r.name, "PostToUser");
    assert!(!r.is_named);
    assert_eq!(model_name(&dm, r.model_a), "Post");
    assert_eq!(model_name(&dm, r.model_b), "User");
    let (_, post) = dm.find_model("Post").unwrap();
    let author = post.fields[r.field_a.unwrap()].as_relation().unwrap();
    assert_eq!(author.fields, vec![1]);
    assert_eq!(author.references, vec![0]);
    assert_eq!(author.on_delete, Some(ReferentialAction::Cascade));
}

#[test]
fn one_to_one_with_unique_foreign_key() {
    let dm = valid(&format!(
        "{PG}model User {{\n  id Int @id\n  profile Profile?\n}}\nmodel Profile {{\n  id Int @id\n  userId Int @unique\n  user User @relation(fields: [userId], references: [id])\n}}\n"
    ));
    let r = &dm.relations[0];
    assert_eq!(r.kind, RelationKind::OneToOne);
    assert_eq!(model_name(&dm, r.model_a), "Profile");
    assert!(r.field_b.is_some());
}

#[test]
fn one_to_one_without_unique_is_an_error() {
    let errs = errors(&format!(
        "{PG}model User {{\n  id Int @id\n  profile Profile?\n}}\nmodel Profile {{\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n}}\n"
    ));
    assert_eq!(errs, vec!["Error parsing attribute \"@relation\": A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute to the field `userId`, or change the relation to one-to-many."]);
}

#[test]
fn implicit_many_to_many_model_a_sorts_first() {
    let dm = valid(&format!(
        "{PG}model Tag {{\n  id Int @id\n  posts Post[]\n}}\nmodel Post {{\n  id Int @id\n  tags Tag[]\n}}\n"
    ));
    let r = &dm.relations[0];
    assert_eq!(r.kind, RelationKind::ImplicitManyToMany);
    assert_eq!(r.name, "PostToTag");
    assert_eq!(model_name(&dm, r.model_a), "Post");
    assert_eq!(model_name(&dm, r.model_b), "Tag");
}

#[test]
fn self_relation_with_a_name() {
    let dm = valid(&format!(
        "{PG}model Employee {{\n  id Int @id\n  managerId Int?\n  manager Employee? @relation(\"Reports\", fields: [managerId], references: [id])\n  reports Employee[] @relation(\"Reports\")\n}}\n"
    ));
    assert_eq!(dm.relations.len(), 1);
    let r = &dm.relations[0];
    assert_eq!(r.name, "Reports");
    assert!(r.is_named);
    assert_eq!(r.field_a, Some(2));
    assert_eq!(r.field_b, Some(3));
}

#[test]
fn two_named_relations_between_the_same_models() {
    let dm = valid(&format!(
        "{PG}model User {{\n  id Int @id\n  written Post[] @relation(\"written\")\n  edited Post[] @relation(\"edited\")\n}}\nmodel Post {{\n  id Int @id\n  authorId Int\n  editorId Int?\n  author User @relation(\"written\", fields: [authorId], references: [id])\n  editor User? @relation(\"edited\", fields: [editorId], references: [id])\n}}\n"
    ));
    let names: Vec<&str> = dm.relations.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, vec!["written", "edited"]);
    assert!(dm.relations.iter().all(|r| r.field_a.is_some() && r.field_b.is_some()));
}

#[test]
fn unnamed_relations_between_the_same_models_are_ambiguous() {
    let errs = errors(&format!(
        "{PG}model User {{\n  id Int @id\n  written Post[]\n  edited Post[]\n}}\nmodel Post {{\n  id Int @id\n  authorId Int\n  editorId Int\n  author User @relation(fields: [authorId], references: [id])\n  editor User @relation(fields: [editorId], references: [id])\n}}\n"
    ));
    assert_eq!(errs, vec!["Error validating model \"User\": Ambiguous relation detected. The fields `written` and `edited` in model `User` both refer to `Post`. Please provide different relation names for them by adding `@relation(<name>)."]);
}

#[test]
fn compound_foreign_key() {
    let dm = valid(&format!(
        "{PG}model Tenant {{\n  org Int\n  slug String\n  users User[]\n  @@id([org, slug])\n}}\nmodel User {{\n  id Int @id\n  org Int\n  slug String\n  tenant Tenant @relation(fields: [org, slug], references: [org, slug])\n}}\n"
    ));
    let (_, user) = dm.find_model("User").unwrap();
    let tenant = user.fields[3].as_relation().unwrap();
    assert_eq!(tenant.fields, vec![1, 2]);
    assert_eq!(tenant.references, vec![0, 1]);
}

#[test]
fn missing_opposite_field() {
    let errs = errors(&format!(
        "{PG}model User {{\n  id Int @id\n}}\nmodel Post {{\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}}\n"
    ));
    assert_eq!(errs, vec!["Error validating field `author` in model `Post`: The relation field `author` on model `Post` is missing an opposite relation field on the model `User`. Either run `prisma format` or add it manually."]);
}

#[test]
fn default_referential_actions() {
    let dm = valid(&format!(
        "{PG}model User {{\n  id Int @id\n  posts Post[]\n  drafts Draft[]\n}}\nmodel Post {{\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n}}\nmodel Draft {{\n  id Int @id\n  authorId Int?\n  author User? @relation(fields: [authorId], references: [id])\n}}\n"
    ));
    let check = |model: &str, expected: ReferentialAction| {
        let (_, m) = dm.find_model(model).unwrap();
        let rf = m.fields[2].as_relation().unwrap();
        let arity = m.referential_arity(2);
        assert_eq!(rf.effective_on_delete(arity, Some(Provider::Postgres), RelationMode::ForeignKeys), expected);
        assert_eq!(rf.effective_on_update(), ReferentialAction::Cascade);
    };
    check("Post", ReferentialAction::Restrict);
    check("Draft", ReferentialAction::SetNull);
    let (_, post) = dm.find_model("Post").unwrap();
    assert_eq!(post.referential_arity(2), FieldArity::Required);
    let rf = post.fields[2].as_relation().unwrap();
    assert_eq!(
        rf.effective_on_delete(FieldArity::Required, Some(Provider::SqlServer), RelationMode::ForeignKeys),
        ReferentialAction::NoAction
    );
}

#[test]
fn invalid_referential_action() {
    let errs = errors(&format!(
        "{PG}model User {{\n  id Int @id\n  posts Post[]\n}}\nmodel Post {{\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id], onDelete: Explode)\n}}\n"
    ));
    assert_eq!(errs, vec!["Error parsing attribute \"@relation\": Invalid referential action: `Explode`"]);
}

#[test]
fn prisma_mode_self_relation_must_not_cascade() {
    let schema = "datasource db {\n  provider = \"mysql\"\n  url = env(\"DATABASE_URL\")\n  relationMode = \"prisma\"\n}\nmodel C {\n  id Int @id\n  pId Int?\n  p C? @relation(\"x\", fields: [pId], references: [id])\n  cs C[] @relation(\"x\")\n\n  @@index([pId])\n}\n";
    let errs = errors(schema);
    assert_eq!(errs, vec!["Error validating: A self-relation must have `onDelete` and `onUpdate` referential actions set to `NoAction` in one of the @relation attributes. (Implicit default `onDelete`: `SetNull`, and `onUpdate`: `Cascade`) Read more at https://pris.ly/d/cyclic-referential-actions"]);
}

#[test]
fn references_must_be_unique() {
    let errs = errors(&format!(
        "{PG}model User {{\n  id Int @id\n  email String\n  posts Post[]\n}}\nmodel Post {{\n  id Int @id\n  authorEmail String\n  author User @relation(fields: [authorEmail], references: [email])\n}}\n"
    ));
    assert_eq!(errs, vec!["Error parsing attribute \"@relation\": The argument `references` must refer to a unique criterion in the related model. Consider adding an `@unique` attribute to the field `email` in the model `User`."]);
}
