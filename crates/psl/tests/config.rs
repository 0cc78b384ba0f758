//! Configuration, preview features, native types and provider rules that the
//! corpus fixtures do not cover. Every expected message was checked against
//! Prisma 6.19 (`psl619.sh lint`).

use psl::{Severity, SourceFile};

fn diagnostics(schema: &str) -> Vec<(Severity, String)> {
    let validated = psl::validate(SourceFile::new("schema.prisma", schema));
    validated.diagnostics.iter().map(|d| (d.severity, d.message.clone())).collect()
}

fn errors(schema: &str) -> Vec<String> {
    diagnostics(schema).into_iter().filter(|(s, _)| *s == Severity::Error).map(|(_, m)| m).collect()
}

fn warnings(schema: &str) -> Vec<String> {
    diagnostics(schema).into_iter().filter(|(s, _)| *s == Severity::Warning).map(|(_, m)| m).collect()
}

fn datasource(provider: &str, extra: &str) -> String {
    format!("datasource db {{\n  provider = \"{provider}\"\n  url = \"x\"\n{extra}}}\n")
}

#[test]
fn url_is_optional_strata_departure() {
    let schema = "datasource db {\n  provider = \"postgresql\"\n}\nmodel A {\n  id Int @id\n}\n";
    assert!(diagnostics(schema).is_empty());
    let validated = psl::validate(SourceFile::new("schema.prisma", schema));
    assert!(validated.configuration.datasource().is_some_and(|d| d.url.is_none()));
}

#[test]
fn provider_rules() {
    assert_eq!(
        errors("datasource db {\n  url = \"a\"\n}\n"),
        ["Argument \"provider\" is missing in data source block \"db\"."]
    );
    assert_eq!(
        errors("datasource db {\n  provider = env(\"A\")\n}\n"),
        ["A datasource must not use the env() function in the provider argument."]
    );
    assert_eq!(
        errors("datasource db {\n  provider = \"\"\n}\n"),
        ["Error validating datasource `db`: The provider argument in a datasource must not be empty"]
    );
    assert_eq!(
        errors("datasource db {\n  provider = foo\n}\n"),
        ["Error validating datasource `db`: The provider argument in a datasource must be a string literal"]
    );
    assert_eq!(errors("datasource db {\n  provider = \"foo\"\n}\n"), ["Datasource provider not known: \"foo\"."]);
}

#[test]
fn url_values() {
    assert_eq!(
        errors(&datasource("sqlite", "").replace("url = \"x\"", "url = 1")),
        ["Expected a String value, but received numeric value `1`."]
    );
    assert_eq!(
        errors(&datasource("sqlite", "").replace("url = \"x\"", "url = env()")),
        ["Exactly one string parameter must be passed to the env function."]
    );
    assert_eq!(
        errors(&datasource("sqlite", "").replace("url = \"x\"", "url = env(\"A\",)")),
        ["Exactly one string parameter must be passed to the env function."]
    );
    assert_eq!(
        errors(&datasource("sqlite", "").replace("url = \"x\"", "url = foo(\"a\")")),
        ["Expected a String value, but received functional value `foo(\"a\")`."]
    );
}

#[test]
fn relation_mode_settings() {
    assert_eq!(
        errors(&datasource("sqlite", "  relationMode = \"bar\"\n")),
        ["Error validating datasource `relationMode`: Invalid relation mode setting: \"bar\". Supported values: \"prisma\", \"foreignKeys\""]
    );
    assert_eq!(
        errors(&datasource("mongodb", "  relationMode = \"foreignKeys\"\n")),
        ["Error validating datasource `relationMode`: Invalid relation mode setting: \"foreignKeys\". Supported values: \"prisma\""]
    );
    let both = datasource("sqlite", "  relationMode = \"prisma\"\n  referentialIntegrity = \"prisma\"\n");
    assert_eq!(
        errors(&both),
        ["The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use only `relationMode` instead."]
    );
    assert_eq!(
        warnings(&both),
        ["The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. Learn more at https://pris.ly/d/relation-mode"]
    );
}

#[test]
fn schemas_and_unknown_properties() {
    assert_eq!(
        errors(&datasource("postgresql", "  schemas = []\n")),
        ["If provided, the schemas array can not be empty."]
    );
    assert_eq!(
        errors(&datasource("sqlite", "  previewFeatures = [\"x\"]\n  foo = 1\n  schemas = [\"a\", \"a\"]\n")),
        [
            "Preview features are only supported in the generator block. Please move this field to the generator block.",
            "The `schemas` property is not supported on the current connector.",
            "Property not known: \"foo\".",
        ]
    );
    assert_eq!(errors(&datasource("cockroachdb", "  extensions = [a]\n")), ["Property not known: \"extensions\"."]);
}

#[test]
fn several_datasources() {
    let schema = format!("{}{}", datasource("sqlite", ""), datasource("mysql", "").replace("db", "db2"));
    assert_eq!(
        errors(&schema),
        [
            "Error validating datasource `db`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
            "Error validating datasource `db2`: You defined more than one datasource. This is not allowed yet because support for multiple databases has not been implemented yet.",
        ]
    );
}

fn generator(features: &str, provider: &str) -> String {
    format!(
        "generator client {{\n  provider = \"prisma-client-js\"\n  previewFeatures = [{features}]\n}}\n{}",
        datasource(provider, "")
    )
}

#[test]
fn preview_features_of_6_19() {
    assert_eq!(
        errors(&generator("\"foo\"", "postgresql")),
        ["The preview feature \"foo\" is not known. Expected one of: fullTextSearchPostgres, metrics, nativeDistinct, postgresqlExtensions, relationJoins, schemaEngineDriverAdapters, shardKeys, strictUndefinedChecks, views"]
    );
    assert_eq!(
        errors(&generator("\"esm\"", "mysql")),
        ["The preview feature \"esm\" is not known. Expected one of: metrics, nativeDistinct, postgresqlExtensions, relationJoins, schemaEngineDriverAdapters, shardKeys, strictUndefinedChecks, views"]
    );
    assert_eq!(
        warnings(&generator("\"multiSchema\", \"typedSql\", \"reactNative\"", "postgresql")),
        ["Preview feature \"multiSchema\" is deprecated. The functionality can be used without specifying it as a preview feature."]
    );
    assert_eq!(
        warnings(&generator("\"fulltextsearch\"", "cockroachdb")),
        ["Preview feature \"fulltextsearch\" is deprecated. The functionality can be used without specifying it as a preview feature."]
    );
    let validated = psl::validate(SourceFile::new("schema.prisma", generator("\"fullTextSearch\"", "postgres")));
    assert!(validated.configuration.has_preview_feature("fullTextSearchPostgres"));
}

#[test]
fn generator_values() {
    assert_eq!(
        errors("generator client {\n  output = \"x\"\n}\n"),
        ["Argument \"provider\" is missing in generator block \"client\"."]
    );
    assert_eq!(
        errors("generator client {\n  provider = \"a\"\n  engineType = 1\n  binaryTargets = [\"native\", env(\"A\"), 3]\n  output = 4\n}\n"),
        [
            "Expected a String value, but received numeric value `1`.",
            "Expected a String value, but received numeric value `4`.",
            "Expected a String value, but received numeric value `3`.",
        ]
    );
    assert_eq!(
        errors("generator client {\n  provider = \"a\"\n  foo = [[1], \"a\"]\n  bar = f(\"A\")\n  q = env(1)\n}\n"),
        ["Expected a string value, but received numeric value `1`."]
    );
    assert_eq!(
        errors("generator g {\n  provider = \n  a = \n}\n"),
        ["Property provider in generator g needs to be assigned a value"]
    );
}

fn model(provider: &str, fields: &str) -> String {
    format!("{}model A {{\n  id Int @id\n{fields}}}\n", datasource(provider, ""))
}

#[test]
fn native_types() {
    assert_eq!(
        errors(&model(
            "postgresql",
            "  a String @db.Foo\n  b Decimal @db.Decimal(70, 80)\n  c String @db.VarChar(\"10\")\n  d String @db.VarChar(1, 2)\n  e Int @db.VarChar(10)\n  f Decimal @db.Decimal(1)\n  h DateTime @db.Timestamp(7)\n  i String @x.Text\n  j String @db.Text(1)\n  k String @db.Bit(0)\n"
        )),
        [
            "Native type Foo is not supported for postgresql connector.",
            "The scale must not be larger than the precision for the Decimal(70,80) native type in Postgres.",
            "Expected a nonnegative integer, but found (\"10\").",
            "Native type VarChar takes 1 optional arguments, but received 2.",
            "Native type VarChar is not compatible with declared field type Int, expected field type String.",
            "Expected two nonnegative integers, but found (1).",
            "Argument M is out of range for native type `Timestamp(7)` of Postgres: M can range from 0 to 6.",
            "The prefix x is invalid. It must be equal to the name of an existing datasource e.g. db. Did you mean to use db.Text?",
            "Function \"Text\" takes 0 arguments, but received 1.",
            "Argument M is out of range for native type `Bit(0)` of Postgres: M must be a positive integer.",
        ]
    );
    assert_eq!(
        errors(&model("mysql", "  c Boolean @db.Bit(2)\n  d Decimal @db.Decimal(66,2)\n  l Int @db.Bit\n")),
        [
            "Argument M is out of range for native type `Bit(2)` of MySQL: only Bit(1) can be used as Boolean.",
            "Argument M is out of range for native type `Decimal(66,2)` of MySQL: Precision can range from 1 to 65.",
            "Function \"Bit\" takes 1 arguments, but received 0.",
        ]
    );
    assert_eq!(
        errors(&model("sqlite", "  a String @db.Text\n")),
        ["Native type Text is not supported for sqlite connector."]
    );
    assert_eq!(
        errors(&model("postgresql", "  e String @db.Xml @unique\n")),
        ["Native type `Xml` cannot be unique in Postgres."]
    );
}

#[test]
fn schema_attribute_without_multi_schema_support() {
    let schema = format!("{}model A {{\n  id Int @id\n  @@schema(\"a\")\n}}\n", datasource("mysql", ""));
    assert_eq!(errors(&schema), ["@@schema is not supported on the current datasource provider"]);
}

#[test]
fn extensions_need_the_preview_feature_before_model_errors() {
    let schema = format!("{}model A {{\n  id Int\n}}\n", datasource("postgresql", "  extensions = [a]\n"));
    let errors = errors(&schema);
    assert_eq!(
        errors[0],
        "The `extensions` property is only available with the `postgresqlExtensions` preview feature."
    );
    assert_eq!(errors.len(), 2);
}

/// Prisma 6.19 accepts enums and Json on SQLite (stored as text).
#[test]
fn sqlite_accepts_enums_and_json() {
    let schema = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nenum Role {\n  A\n  B\n}\n\nmodel M {\n  id   Int  @id\n  role Role @default(A)\n  data Json\n}\n";
    let validated = psl::validate(psl::SourceFile::new("schema.prisma", schema));
    assert!(validated.is_valid(), "{}", validated.render_diagnostics(false));
}
