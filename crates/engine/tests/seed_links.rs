//! `db seed`: implicit many-to-many join tables, MySQL's case-insensitive keys, and files
//! larger than one write batch, on all three providers.

mod seed_common;

use engine::seed::{SeedError, SeedOptions};
use seed_common::*;
use sql_schema::Dialect;

const SCHEMA: &str = r#"
datasource db {
  provider = "PROVIDER"
}

model Post {
  id    Int    @id @default(autoincrement())
  slug  String @unique
  tags  Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}

model Member {
  id    Int    @id @default(autoincrement())
  email String @unique
  name  String
  notes Note[]
}

model Note {
  id       Int    @id
  text     String
  author   Member @relation(fields: [authorId], references: [id])
  authorId Int
}

model Item {
  id       Int    @id
  name     String @unique
  parent   Item?  @relation("tree", fields: [parentId], references: [id])
  parentId Int?
  children Item[] @relation("tree")
}
"#;

async fn setup(provider: Provider, hint: &str) -> (test_support::TestDb, psl::ValidatedSchema) {
    let mut db = provider.db(hint).await;
    let schema = schema_from(SCHEMA, provider);
    create_tables(&mut db, &schema, provider.dialect()).await;
    (db, schema)
}

fn force() -> SeedOptions {
    SeedOptions { force: true, ..SeedOptions::default() }
}

const LINKS: &str = "SELECT p.\"slug\", t.\"name\" FROM \"_PostToTag\" j JOIN \"Post\" p ON p.\"id\" = j.\"A\" \
                     JOIN \"Tag\" t ON t.\"id\" = j.\"B\" ORDER BY p.\"slug\", t.\"name\"";

async fn many_to_many(provider: Provider) {
    let (mut db, schema) = setup(provider, "seed_m2m").await;
    let dir = seeds_dir("m2m");
    write(&dir, "common", "Tag.csv", "name\nrust\ndb\nweb\n");
    write(
        &dir,
        "common",
        "Post.json",
        r#"[{"slug": "a", "tags": [{"name": "rust"}, {"name": "db"}]}, {"slug": "b", "tags": [{"name": "web"}]}]"#,
    );
    let first = seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();
    assert_eq!(counts(&first, "_PostToTag"), (3, 0, 0, 0, 0));
    assert_eq!(rows(&mut db, LINKS).await, [["a", "db"], ["a", "rust"], ["b", "web"]]);

    // Idempotent: forced, every pair is already there.
    let again = seed(&db, &schema, &dir, force()).await.unwrap();
    assert_eq!(counts(&again, "_PostToTag"), (0, 0, 3, 0, 0));
    assert_eq!(count(&mut db, "_PostToTag").await, 3);

    // A tag left out of the list is stale: kept, then deleted with --prune.
    write(
        &dir,
        "common",
        "Post.json",
        r#"[{"slug": "a", "tags": [{"name": "rust"}]}, {"slug": "b", "tags": [{"name": "web"}]}]"#,
    );
    let kept = seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();
    assert_eq!(counts(&kept, "_PostToTag"), (0, 0, 2, 1, 0));
    assert_eq!(count(&mut db, "_PostToTag").await, 3);
    let pruned = seed(&db, &schema, &dir, SeedOptions { prune: true, ..SeedOptions::default() }).await.unwrap();
    assert_eq!(counts(&pruned, "_PostToTag"), (0, 0, 2, 1, 1));
    assert_eq!(rows(&mut db, LINKS).await, [["a", "rust"], ["b", "web"]]);

    // A list item that names no row is an integrity error; nothing is written.
    write(&dir, "common", "Post.json", r#"[{"slug": "c", "tags": [{"name": "nope"}]}]"#);
    match seed(&db, &schema, &dir, SeedOptions::default()).await {
        Err(SeedError::Problems { problems }) => assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["prisma/seeds/common/Post.json:1: field \"tags\": no Tag with name = \"nope\" in the seed files or the database"]
        ),
        other => panic!("expected problems, got {other:?}"),
    }
    assert_eq!(count(&mut db, "Post").await, 2);

    // Export writes the lists on the A side (Post) by Tag id; seeding the export into a fresh
    // database gives the same pairs.
    write(
        &dir,
        "common",
        "Post.json",
        r#"[{"slug": "a", "tags": [{"name": "rust"}]}, {"slug": "b", "tags": [{"name": "web"}]}]"#,
    );
    let exported = engine::seed::export_set(
        &schema.datamodel,
        db.info(),
        &dir,
        "prisma/seeds",
        "snap",
        &["Post".into(), "Tag".into()],
    )
    .await
    .unwrap();
    assert_eq!(exported.len(), 2);
    let post_json = std::fs::read_to_string(dir.join("snap/Post.json")).unwrap();
    assert!(post_json.contains("{\"id\": 1, \"slug\": \"a\", \"tags\": [{\"id\": 1}]}"), "{post_json}");
    let tag_json = std::fs::read_to_string(dir.join("snap/Tag.json")).unwrap();
    assert!(!tag_json.contains("posts"), "{tag_json}");
    let (mut fresh, _) = setup(provider, "seed_m2m_fresh").await;
    std::fs::remove_dir_all(dir.join("common")).unwrap();
    let copied = seed(&fresh, &schema, &dir, env("snap")).await.unwrap();
    assert_eq!(counts(&copied, "_PostToTag"), (2, 0, 0, 0, 0));
    assert_eq!(rows(&mut fresh, LINKS).await, [["a", "rust"], ["b", "web"]]);
    fresh.cleanup().await;
    db.cleanup().await;
}

#[tokio::test]
async fn many_to_many_postgres() {
    many_to_many(Provider::Postgres).await;
}
#[tokio::test]
async fn many_to_many_mysql() {
    many_to_many(Provider::Mysql).await;
}
#[tokio::test]
async fn many_to_many_sqlite() {
    many_to_many(Provider::Sqlite).await;
}

/// On MySQL (`utf8mb4_unicode_ci`, as Prisma creates tables) keys that differ only by case are
/// one key; PostgreSQL and SQLite compare them exactly.
async fn case_insensitive_keys(provider: Provider) {
    let (mut db, schema) = setup(provider, "seed_ci").await;
    let mysql = provider.dialect() == Dialect::Mysql;
    let dir = seeds_dir("ci");
    write(&dir, "common", "Member.json", r#"[{"email": "Alice@x.com", "name": "Alice"}]"#);
    seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();

    // The same key in another case, and a note by its author in a third case.
    write(&dir, "common", "Member.json", r#"[{"email": "alice@x.com", "name": "Alice L."}]"#);
    write(&dir, "common", "Note.json", r#"[{"id": 1, "text": "hi", "author": {"email": "ALICE@X.COM"}}]"#);
    let second = seed(&db, &schema, &dir, SeedOptions::default()).await;
    if mysql {
        let second = second.unwrap();
        assert_eq!(counts(&second, "Member"), (0, 1, 0, 0, 0));
        assert_eq!(rows(&mut db, "SELECT \"email\", \"name\" FROM \"Member\"").await, [["alice@x.com", "Alice L."]]);
        let author =
            rows(&mut db, "SELECT m.\"email\" FROM \"Note\" n JOIN \"Member\" m ON m.\"id\" = n.\"authorId\"").await;
        assert_eq!(author, [["alice@x.com"]]);
    } else {
        // Exact comparison: ALICE@X.COM is nobody.
        match second {
            Err(SeedError::Problems { problems }) => {
                assert_eq!(problems.len(), 1, "{problems:?}");
                assert!(problems[0].to_string().contains("no Member with email = \"ALICE@X.COM\""), "{problems:?}");
            }
            other => panic!("expected problems, got {other:?}"),
        }
        std::fs::remove_file(dir.join("common/Note.json")).unwrap();
        let second = seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();
        assert_eq!(counts(&second, "Member"), (1, 0, 0, 1, 0));
    }

    // Duplicates within the files that differ only by case.
    let dir = seeds_dir("ci_dup");
    write(
        &dir,
        "common",
        "Member.json",
        "[\n{\"email\": \"Bob@x.com\", \"name\": \"B\"},\n{\"email\": \"bob@x.com\", \"name\": \"b\"}\n]",
    );
    let result = seed(&db, &schema, &dir, SeedOptions::default()).await;
    if mysql {
        match result {
            Err(SeedError::Problems { problems }) => assert_eq!(
                problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
                ["prisma/seeds/common/Member.json:3: duplicate unique key (email): the same value is at prisma/seeds/common/Member.json:2"]
            ),
            other => panic!("expected problems, got {other:?}"),
        }
    } else {
        assert_eq!(counts(&result.unwrap(), "Member").0, 2);
    }
    db.cleanup().await;
}

#[tokio::test]
async fn case_insensitive_keys_postgres() {
    case_insensitive_keys(Provider::Postgres).await;
}
#[tokio::test]
async fn case_insensitive_keys_mysql() {
    case_insensitive_keys(Provider::Mysql).await;
}
#[tokio::test]
async fn case_insensitive_keys_sqlite() {
    case_insensitive_keys(Provider::Sqlite).await;
}

/// More rows than one write batch (10,000): validation sees the whole file before anything is
/// written, references cross batches (a nullable self-relation, filled in the second pass), and
/// a forced re-run (with the rows kept from validation this time) matches every row.
async fn larger_than_a_batch(provider: Provider) {
    let (mut db, schema) = setup(provider, "seed_stream").await;
    let dir = seeds_dir("stream");
    const N: usize = 12_500;
    let mut csv = String::from("id,name,parent.name\n");
    for i in 1..=N {
        // Each row points at a row 11,000 rows later (wrapping): in another batch.
        let parent = (i + 11_000 - 1) % N + 1;
        csv.push_str(&format!("{i},item {i},item {parent}\n"));
    }
    // A duplicate in the very last row: nothing may be written.
    write(&dir, "common", "Item.csv", &format!("{csv}{},item 1,\n", N + 1));
    match seed(&db, &schema, &dir, SeedOptions::default()).await {
        Err(SeedError::Problems { problems }) => assert_eq!(
            problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [format!("prisma/seeds/common/Item.csv:{}: duplicate unique key (name): the same value is at prisma/seeds/common/Item.csv:2", N + 2)]
        ),
        other => panic!("expected problems, got {other:?}"),
    }
    assert_eq!(count(&mut db, "Item").await, 0);

    write(&dir, "common", "Item.csv", &csv);
    // And a JSON file of more than one batch, in the object form with `$key` after the rows.
    let tags: Vec<String> = (1..=10_200).map(|i| format!("  {{\"name\": \"tag {i}\"}}")).collect();
    write(&dir, "common", "Tag.json", &format!("{{\"rows\": [\n{}\n], \"$key\": [\"name\"]}}\n", tags.join(",\n")));
    // No rows kept from validation: the writing passes read the file again, batch by batch.
    let streamed = SeedOptions { row_cache_bytes: Some(0), ..SeedOptions::default() };
    let report = seed(&db, &schema, &dir, streamed).await.unwrap();
    assert_eq!(counts(&report, "Item"), (N, 0, 0, 0, 0));
    assert_eq!(counts(&report, "Tag"), (10_200, 0, 0, 0, 0));
    assert_eq!(rows(&mut db, "SELECT \"name\" FROM \"Tag\" WHERE \"id\" = 10200").await, [["tag 10200"]]);
    assert_eq!(report.files[0].rows, N);
    let sql = "SELECT c.\"id\", p.\"name\" FROM \"Item\" c JOIN \"Item\" p ON p.\"id\" = c.\"parentId\" WHERE c.\"id\" IN (1, 2000, 12500) ORDER BY c.\"id\"";
    assert_eq!(rows(&mut db, sql).await, [["1", "item 11001"], ["2000", "item 500"], ["12500", "item 11000"]]);
    let again = seed(&db, &schema, &dir, force()).await.unwrap();
    assert_eq!(counts(&again, "Item"), (0, 0, N, 0, 0));
    assert_eq!(counts(&again, "Tag"), (0, 0, 10_200, 0, 0));
    db.cleanup().await;
}

#[tokio::test]
async fn larger_than_a_batch_postgres() {
    larger_than_a_batch(Provider::Postgres).await;
}
#[tokio::test]
async fn larger_than_a_batch_mysql() {
    larger_than_a_batch(Provider::Mysql).await;
}
#[tokio::test]
async fn larger_than_a_batch_sqlite() {
    larger_than_a_batch(Provider::Sqlite).await;
}
