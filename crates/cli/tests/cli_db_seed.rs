//! `strata db seed` as a user runs it, on a SQLite project: the example blog's seed sets, the
//! package.json seed command, a second run that changes nothing, --dry-run --json, problems with
//! their locations, --export, and no password in any message.

use std::path::{Path, PathBuf};

mod common;
use common::{strata, text};

/// The blog example's schema, with its enum as a String (enums need a newer SQLite connector).
fn blog_schema() -> String {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/blog/prisma/schema.prisma");
    let text = std::fs::read_to_string(example).unwrap();
    let start = text.find("enum Role").unwrap();
    let end = start + text[start..].find('}').unwrap() + 1;
    let mut text = format!("{}{}", &text[..start], &text[end..]);
    text = text.replace("Role     @default(READER)", "String   @default(\"READER\")");
    text
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A project with the blog schema, its tables in `prisma/dev.db`, the example's seed sets and a
/// package.json seed command.
fn project() -> PathBuf {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let dir = std::env::temp_dir().join(format!(
        "strata_cli_seed_{}_{}",
        std::process::id(),
        N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("prisma")).unwrap();
    let schema_text = blog_schema();
    std::fs::write(dir.join("prisma/schema.prisma"), &schema_text).unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/blog/prisma/seeds"),
        &dir.join("prisma/seeds"),
    );
    std::fs::write(dir.join("package.json"), r#"{"prisma": {"seed": "echo ran > seed-command-ran.txt"}}"#).unwrap();

    let schema = psl::validate(psl::SourceFile::new("schema.prisma", schema_text));
    assert!(schema.is_valid(), "{}", schema.render_diagnostics(false));
    let dialect = migrate::Dialect::Sqlite;
    let to = migrate::calculate::calculate(&schema, dialect);
    let from = migrate::SqlSchema::default();
    let script = migrate::render_script(&migrate::diff(&from, &to, dialect), &from, &to, dialect, &[]);
    let db = dir.join("prisma/dev.db");
    std::fs::write(&db, b"").unwrap();
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
        let info = database::ConnectionInfo::parse(&format!("file:{}", db.display()), &dir).unwrap();
        let mut conn = database::Connection::connect(&info).await.unwrap();
        conn.raw_cmd(&script).await.unwrap();
        conn.close().await.unwrap();
    });
    dir
}

#[test]
fn seeds_the_blog_then_changes_nothing() {
    let dir = project();
    let first = strata(&dir, &["db", "seed", "--env", "dev"]);
    let stdout = text(&first.stdout);
    assert!(first.status.success(), "{stdout}\n{}", text(&first.stderr));
    assert!(stdout.contains("Seeded from common, dev:"), "{stdout}");
    assert!(stdout.contains("  User             3          0          0          0"), "{stdout}");
    assert!(stdout.contains("  Comment          2          0          0          0"), "{stdout}");
    assert!(stdout.contains("The seed command `echo ran > seed-command-ran.txt` has been executed."), "{stdout}");
    assert!(dir.join("seed-command-ran.txt").is_file());

    let second = strata(&dir, &["db", "seed", "--env", "dev"]);
    assert!(second.status.success());
    assert!(text(&second.stdout).contains("Seed sets common, dev are unchanged since they were last applied"));

    // A changed file: a dry run says what would change, as JSON, and writes nothing.
    let post = dir.join("prisma/seeds/dev/Post.json");
    let changed = std::fs::read_to_string(&post).unwrap().replace("\"A draft\"", "\"A better draft\"");
    std::fs::write(&post, changed).unwrap();
    let dry = strata(&dir, &["db", "seed", "--env", "dev", "--dry-run", "--json"]);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    let json: serde_json::Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert_eq!(json["sets"]["dryRun"], true);
    let post_report = json["sets"]["tables"].as_array().unwrap().iter().find(|t| t["model"] == "Post").unwrap();
    assert_eq!((post_report["updated"].as_u64(), post_report["unchanged"].as_u64()), (Some(1), Some(1)));
    assert!(json["command"].is_null(), "the seed command does not run in a dry run");
    let applied = strata(&dir, &["db", "seed", "--env", "dev", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&applied.stdout).unwrap();
    let post_report = json["sets"]["tables"].as_array().unwrap().iter().find(|t| t["model"] == "Post").unwrap();
    assert_eq!(post_report["updated"], 1);

    // Export, then the files are a set of their own.
    let export = strata(&dir, &["db", "seed", "--export", "--env", "snapshot", "--tables", "User,Tag"]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert_eq!(
        text(&export.stdout),
        "Wrote prisma/seeds/snapshot/User.json (3 rows)\nWrote prisma/seeds/snapshot/Tag.json (3 rows)\n"
    );
    let users = std::fs::read_to_string(dir.join("prisma/seeds/snapshot/User.json")).unwrap();
    assert!(users.starts_with("[\n  {\"id\": 1, \"email\": \"ada@example.com\", \"name\": \"Ada Lovelace\", \"role\": \"ADMIN\", \"createdAt\": \""), "{users}");
}

#[test]
fn problems_are_located_and_nothing_is_written() {
    let dir = project();
    std::fs::write(
        dir.join("prisma/seeds/dev/Comment.csv"),
        "id,post.slug,author.email,body\n1,no-such-post,reader@example.com,x\nthree,hello-strata,,\"y\n",
    )
    .unwrap();
    let out = strata(&dir, &["db", "seed", "--env", "dev"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("prisma/seeds/dev/Comment.csv:3:21: unterminated quoted field"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!dir.join("seed-command-ran.txt").exists());

    std::fs::write(dir.join("prisma/seeds/dev/Comment.csv"), "id,post.slug,body\nthree,hello-strata,x\n").unwrap();
    let out = strata(&dir, &["db", "seed", "--env", "dev", "--json"]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["problems"][0]["file"], "prisma/seeds/dev/Comment.csv");
    assert_eq!(json["problems"][0]["line"], 2);
    assert_eq!(json["problems"][0]["field"], "column \"id\"");
}

#[test]
fn passwords_are_never_printed() {
    let dir = project();
    let out = strata(&dir, &["db", "seed", "--url", "postgresql://user:hunter2@127.0.0.1:9/db?connect_timeout=1"]);
    assert_eq!(out.status.code(), Some(2));
    let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(!all.contains("hunter2"), "{all}");
    assert!(all.contains("postgresql://user:****@127.0.0.1:9/db"), "{all}");
}

#[test]
fn nothing_to_seed() {
    let dir = project();
    std::fs::remove_dir_all(dir.join("prisma/seeds")).unwrap();
    std::fs::remove_file(dir.join("package.json")).unwrap();
    let out = strata(&dir, &["db", "seed"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("Nothing to seed"), "{}", text(&out.stderr));
}
