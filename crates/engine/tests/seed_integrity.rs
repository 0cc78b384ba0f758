//! Bad seed files: every problem is reported with its file and line (and CSV column), and
//! nothing is written.

mod seed_common;

use engine::seed::{SeedError, SeedOptions};
use seed_common::*;

async fn problems_of(provider: Provider, files: &[(&str, &str)]) -> Vec<String> {
    let mut db = provider.db("seed_integrity").await;
    let schema = schema(provider);
    create_tables(&mut db, &schema, provider.dialect()).await;
    let dir = seeds_dir("integrity");
    for (name, text) in files {
        write(&dir, "common", name, text);
    }
    let result = seed(&db, &schema, &dir, SeedOptions::default()).await;
    let problems = match result {
        Err(SeedError::Problems { problems }) => problems.iter().map(ToString::to_string).collect(),
        other => panic!("expected problems, got {other:?}"),
    };
    // Nothing written, not even the history table.
    assert_eq!(count(&mut db, "User").await, 0);
    assert_eq!(count(&mut db, "Post").await, 0);
    let history = match provider.dialect() {
        sql_schema::Dialect::Postgres => "SELECT tablename FROM pg_tables WHERE tablename = '_strata_seeds'",
        sql_schema::Dialect::Mysql => "SELECT table_name FROM information_schema.tables WHERE table_name = '_strata_seeds' AND table_schema = DATABASE()",
        sql_schema::Dialect::Sqlite => "SELECT name FROM sqlite_master WHERE name = '_strata_seeds'",
    };
    assert!(rows(&mut db, history).await.is_empty());
    db.cleanup().await;
    problems
}

const BAD_USERS: &str = r#"[
  {"email": "ada@example.com", "role": "KING"},
  {"email": 5, "nickname": "x"},
  {"email": "ada@example.com", "createdAt": "last tuesday"},
  {"name": "no key"},
  {"email": "eve@example.com", "bestPost": {"title": "not unique"}, "posts": []}
]
"#;

const BAD_POSTS: &str = "slug,title,author.email,views,rating,published\n\
hello,Hello,nobody@example.com,1,1.234,true\n\
\"multi\nline\",Hi,ada@example.com,99999999999999999999,12345678901,maybe\n\
,No slug,ada@example.com,,,\n";

async fn every_problem_is_reported(provider: Provider) {
    let problems = problems_of(
        provider,
        &[
            ("User.json", BAD_USERS),
            ("Post.csv", BAD_POSTS),
            ("Profile.json", r#"[{"id": 1, "bio": "x", "avatar": "***"}]"#),
        ],
    )
    .await;
    let expected = [
        "prisma/seeds/common/Post.csv:3: column \"views\": 99999999999999999999 is out of range for BigInt",
        "prisma/seeds/common/Post.csv:3: column \"rating\": 12345678901 does not fit Decimal(10,2)",
        "prisma/seeds/common/Post.csv:3: column \"published\": \"maybe\" is not a boolean (true or false)",
        "prisma/seeds/common/Post.csv:5: column \"slug\": slug is required and cannot be null",
        "prisma/seeds/common/Profile.json:1: field \"avatar\": \"***\" is not base64",
        "prisma/seeds/common/Profile.json:1: field \"userId\": the required field userId is missing (or the relation user)",
        "prisma/seeds/common/User.json:2: field \"role\": \"KING\" is not a value of the enum (expected one of: USER, ADMIN)",
        "prisma/seeds/common/User.json:3: field \"email\": expected String, found a number",
        "prisma/seeds/common/User.json:3: field \"nickname\": User has no field \"nickname\"",
        "prisma/seeds/common/User.json:4: field \"createdAt\": \"last tuesday\" is not a date-time (use ISO 8601, e.g. 2024-05-01T12:00:00Z)",
        "prisma/seeds/common/User.json:5: the row has no key to match it by on a second run: give id or email or bestPostId (or declare \"$key\")",
        "prisma/seeds/common/User.json:6: field \"bestPost\": (title) is not the @id or a @unique of Post: a relation must name exactly one row",
        "prisma/seeds/common/User.json:6: field \"posts\": posts is a list relation: seed it from the other model's side",
    ];
    let sqlite = provider.dialect() == sql_schema::Dialect::Sqlite;
    for e in expected {
        // SQLite has no Decimal(10,2) (any precision fits) and no enums (role is a String).
        if sqlite && (e.contains("Decimal(10,2)") || e.contains("KING")) {
            continue;
        }
        assert!(problems.iter().any(|p| p == e), "missing {e:?} in:\n{}", problems.join("\n"));
    }
    if !sqlite {
        let e = "prisma/seeds/common/Post.csv:2: column \"rating\": 1.234 does not fit Decimal(10,2)";
        assert!(problems.iter().any(|p| p == e), "missing {e:?} in:\n{}", problems.join("\n"));
    }
}

#[tokio::test]
async fn every_problem_is_reported_postgres() {
    every_problem_is_reported(Provider::Postgres).await;
}
#[tokio::test]
async fn every_problem_is_reported_mysql() {
    every_problem_is_reported(Provider::Mysql).await;
}
#[tokio::test]
async fn every_problem_is_reported_sqlite() {
    every_problem_is_reported(Provider::Sqlite).await;
}

async fn duplicates_and_missing_references(provider: Provider) {
    let problems = problems_of(
        provider,
        &[
            (
                "User.json",
                r#"[{"email": "ada@example.com"}, {"email": "bob@example.com"}, {"email": "ada@example.com"}]"#,
            ),
            ("User.csv", "email,name\nbob@example.com,Again\n"),
            ("Post.csv", "slug,title,author.email\nhello,Hi,nobody@example.com\nhello,Again,ada@example.com\n"),
            ("Profile.json", r#"[{"id": 1, "bio": "x", "userId": "no-such-id"}]"#),
        ],
    )
    .await;
    let expected = [
        "prisma/seeds/common/User.json:1: duplicate unique key (email): the same value is at prisma/seeds/common/User.csv:2",
        "prisma/seeds/common/User.json:1: duplicate unique key (email): the same value is at prisma/seeds/common/User.json:1",
        "prisma/seeds/common/Post.csv:3: duplicate unique key (slug): the same value is at prisma/seeds/common/Post.csv:2",
    ];
    for e in expected {
        assert!(problems.iter().any(|p| p == e), "missing {e:?} in:\n{}", problems.join("\n"));
    }
    assert_eq!(problems.len(), 3, "{problems:#?}");

    // References are checked once the files are otherwise clean.
    let problems = problems_of(
        provider,
        &[
            ("User.json", r#"[{"email": "ada@example.com"}]"#),
            ("Post.csv", "slug,title,author.email\nhello,Hi,nobody@example.com\n"),
            ("Profile.json", r#"[{"id": 1, "bio": "x", "userId": "no-such-id"}]"#),
        ],
    )
    .await;
    assert_eq!(
        problems,
        [
            "prisma/seeds/common/Post.csv:2: field \"author\": no User with email = \"nobody@example.com\" in the seed files or the database",
            "prisma/seeds/common/Profile.json:1: field \"user\": no User with id = \"no-such-id\" in the seed files or the database",
        ]
    );
}

#[tokio::test]
async fn duplicates_and_missing_references_postgres() {
    duplicates_and_missing_references(Provider::Postgres).await;
}
#[tokio::test]
async fn duplicates_and_missing_references_mysql() {
    duplicates_and_missing_references(Provider::Mysql).await;
}
#[tokio::test]
async fn duplicates_and_missing_references_sqlite() {
    duplicates_and_missing_references(Provider::Sqlite).await;
}

async fn malformed_files(provider: Provider) {
    let problems = problems_of(
        provider,
        &[
            ("User.json", "[\n  {\"email\": \"a@example.com\",}\n]"),
            ("Post.csv", "slug,title\nhello,\"unterminated\n"),
            ("Profile.csv", "id,bio\n1,a\"b\n"),
            ("Nope.json", "[]"),
        ],
    )
    .await;
    assert_eq!(
        problems,
        [
            "prisma/seeds/common/Nope.json: there is no model named \"Nope\" in the schema",
            "prisma/seeds/common/Post.csv:2:7: unterminated quoted field",
            "prisma/seeds/common/Profile.csv:2:4: a quote inside an unquoted field (quote the whole field and double the quote)",
            "prisma/seeds/common/User.json:2:29: trailing comma",
        ]
    );
}

#[tokio::test]
async fn malformed_files_postgres() {
    malformed_files(Provider::Postgres).await;
}
#[tokio::test]
async fn malformed_files_mysql() {
    malformed_files(Provider::Mysql).await;
}
#[tokio::test]
async fn malformed_files_sqlite() {
    malformed_files(Provider::Sqlite).await;
}
