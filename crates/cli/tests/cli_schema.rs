//! `strata validate` and `strata format` as a user runs them: exit codes,
//! messages, files left alone or rewritten.

use std::path::Path;

mod common;
use common::{project, strata, text};

const VALID: &str = "datasource db {\n  provider = \"sqlite\"\n  url      = \"file:./dev.db\"\n}\n\nmodel User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";

const UNKNOWN_TYPE: &str =
    "datasource db {\n  provider = \"sqlite\"\n}\n\nmodel User {\n  id   Int @id\n  role Role\n}\n";

#[test]
fn validate_finds_prisma_schema_by_default() {
    let dir = project(&[("prisma/schema.prisma", VALID.as_bytes())]);
    let out = strata(dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("The schema at prisma/schema.prisma is valid"));
}

#[test]
fn validate_reports_errors_with_location_and_exits_1() {
    let dir = project(&[("schema.prisma", UNKNOWN_TYPE.as_bytes())]);
    let out = strata(dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("error: Type \"Role\" is neither a built-in type"), "{err}");
    assert!(err.contains("-->  schema.prisma:7"), "{err}");
    assert!(err.contains("Validation Error Count: 1"), "{err}");
}

#[test]
fn validate_json_lists_diagnostics_as_data() {
    let dir = project(&[("schema.prisma", UNKNOWN_TYPE.as_bytes())]);
    let out = strata(dir.path(), &["validate", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], false);
    let d = &v["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "schema.prisma");
    assert_eq!(d["line"], 7);
    assert_eq!(d["column"], 8);
    let start = d["span"]["start"].as_u64().unwrap() as usize;
    assert_eq!(&UNKNOWN_TYPE[start..start + 4], "Role");
}

#[test]
fn missing_schema_is_a_usage_error_naming_the_paths() {
    let dir = project::<&[u8]>(&[]);
    let out = strata(dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("prisma/schema.prisma") && err.contains("--schema"), "{err}");

    let out = strata(dir.path(), &["validate", "--schema", "nope.prisma"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nope.prisma"));
}

#[test]
fn non_utf8_schema_is_refused_clearly() {
    let dir = project(&[("schema.prisma", b"model A {\n  id Int @id // caf\xe9\n}\n")]);
    let out = strata(dir.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("not valid UTF-8") && err.contains("line 2, at byte offset 29"), "{err}");
}

#[test]
fn empty_bom_and_crlf_schemas_are_handled() {
    let dir = project::<&[u8]>(&[
        ("empty.prisma", b""),
        ("bom.prisma", format!("\u{feff}{VALID}").as_bytes()),
        ("crlf.prisma", VALID.replace('\n', "\r\n").as_bytes()),
    ]);
    for f in ["empty.prisma", "bom.prisma", "crlf.prisma"] {
        let out = strata(dir.path(), &["validate", "--schema", f]);
        assert_eq!(out.status.code(), Some(0), "{f}: {}", text(&out.stderr));
    }
}

#[test]
fn a_directory_without_schema_files_is_an_error() {
    let dir = project(&[("prisma/schema/readme.txt", b"hi")]);
    let out = strata(dir.path(), &["validate", "--schema", "prisma/schema"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("contains no .prisma files"));
}

#[test]
fn format_check_reports_and_writes_nothing() {
    let messy =
        "datasource db {\n  provider = \"sqlite\"\n}\n\nmodel User {\n  id Int @id\n  emailAddress String @unique\n}\n";
    let dir = project(&[("schema.prisma", messy.as_bytes())]);
    let out = strata(dir.path(), &["format", "--check"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("schema.prisma is not formatted"));
    assert_eq!(std::fs::read_to_string(dir.path().join("schema.prisma")).unwrap(), messy);

    let out = strata(dir.path(), &["format"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let formatted = std::fs::read_to_string(dir.path().join("schema.prisma")).unwrap();
    assert!(formatted.contains("  id           Int    @id\n  emailAddress String @unique\n"), "{formatted}");

    let out = strata(dir.path(), &["format", "--check"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn format_refuses_an_invalid_schema() {
    let dir = project(&[("schema.prisma", UNKNOWN_TYPE.as_bytes())]);
    let out = strata(dir.path(), &["format"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("Type \"Role\""));
    assert_eq!(std::fs::read_to_string(dir.path().join("schema.prisma")).unwrap(), UNKNOWN_TYPE);
}

/// The example projects the README walks through are valid and formatted.
#[test]
fn examples_validate_and_are_formatted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for example in ["blog", "marketplace", "farmers-market"] {
        let schema = format!("examples/{example}/prisma/schema.prisma");
        let out = strata(&root, &["validate", "--schema", &schema]);
        assert_eq!(out.status.code(), Some(0), "{schema}: {}", text(&out.stderr));
        let out = strata(&root, &["format", "--check", "--schema", &schema]);
        assert_eq!(out.status.code(), Some(0), "{schema}: {}", text(&out.stderr));
    }
}
