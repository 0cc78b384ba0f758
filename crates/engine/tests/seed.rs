//! `db seed` with declarative sets against real databases: idempotency, updates, pruning,
//! relations by unique key, cycle breaking, dry runs, export → seed round trips.

mod seed_common;

use engine::seed::SeedOptions;
use seed_common::*;

async fn idempotent(provider: Provider) {
    let mut db = provider.db("seed_idempotent").await;
    let schema = schema(provider);
    create_tables(&mut db, &schema, provider.dialect()).await;
    let dir = seeds_dir("idempotent");
    write_blog(&dir);

    let first = seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();
    assert_eq!(counts(&first, "User"), (2, 0, 0, 0, 0));
    assert_eq!(counts(&first, "Post"), (2, 0, 0, 0, 0));
    assert_eq!(counts(&first, "Profile"), (1, 0, 0, 0, 0));
    assert_eq!(first.tables.iter().map(|t| t.model.as_str()).collect::<Vec<_>>(), ["User", "Post", "Profile"]);

    // Relations by unique key, both directions of the cycle, and a self-relation.
    let linked = rows(
        &mut db,
        "SELECT u.\"email\", p.\"slug\", a.\"email\" FROM \"User\" u JOIN \"Post\" p ON p.\"id\" = u.\"bestPostId\" \
         JOIN \"User\" a ON a.\"id\" = p.\"authorId\"",
    )
    .await;
    assert_eq!(linked, [["ada@example.com", "hello", "ada@example.com"]]);
    let mentor = rows(&mut db, "SELECT m.\"email\" FROM \"User\" u JOIN \"User\" m ON m.\"id\" = u.\"mentorId\" WHERE u.\"email\" = 'bob@example.com'").await;
    assert_eq!(mentor, [["ada@example.com"]]);
    let post_author = rows(&mut db, "SELECT u.\"email\", p.\"title\" FROM \"Post\" p JOIN \"User\" u ON u.\"id\" = p.\"authorId\" ORDER BY p.\"slug\"").await;
    assert_eq!(post_author, [["ada@example.com", "Hello world"], ["bob@example.com", "Second, with a comma"]]);
    // Generated uuids (v4) and defaults.
    let ids = rows(&mut db, "SELECT \"id\", \"role\" FROM \"User\" ORDER BY \"email\"").await;
    assert!(ids.iter().all(|r| r[0].len() == 36 && &r[0][14..15] == "4"), "{ids:?}");
    assert_eq!(ids[1][1], "USER");
    let profile = rows(&mut db, "SELECT \"bio\" FROM \"Profile\"").await;
    assert_eq!(profile, [["Line one\nline \"two\""]]);
    assert_eq!(count(&mut db, "_strata_seeds").await, 3);

    // Second run: every file unchanged and skipped; nothing written.
    let second = seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();
    assert!(second.tables.is_empty(), "{second:#?}");
    assert!(second.files.iter().all(|f| f.skipped));
    assert_eq!(count(&mut db, "_strata_seeds").await, 3);

    // Forced: every row compared and found unchanged (a later clock would show in updatedAt).
    let updated_at = format!("SELECT \"id\", {} FROM \"User\" ORDER BY \"email\"", txt(provider, "\"updatedAt\""));
    let before = rows(&mut db, &updated_at).await;
    let forced =
        seed_at(&db, &schema, &dir, SeedOptions { force: true, ..SeedOptions::default() }, NOW + 3_600_000_000)
            .await
            .unwrap();
    for model in ["User", "Post", "Profile"] {
        let (i, u, _, s, p) = counts(&forced, model);
        assert_eq!((i, u, s, p), (0, 0, 0, 0), "{model}: {forced:#?}");
    }
    assert_eq!(counts(&forced, "User").2, 2);
    assert_eq!(rows(&mut db, &updated_at).await, before);
    assert_eq!((count(&mut db, "User").await, count(&mut db, "Post").await), (2, 2));
    db.cleanup().await;
}

#[tokio::test]
async fn idempotent_postgres() {
    idempotent(Provider::Postgres).await;
}
#[tokio::test]
async fn idempotent_mysql() {
    idempotent(Provider::Mysql).await;
}
#[tokio::test]
async fn idempotent_sqlite() {
    idempotent(Provider::Sqlite).await;
}

async fn update_and_prune(provider: Provider) {
    let mut db = provider.db("seed_update_prune").await;
    let schema = schema(provider);
    create_tables(&mut db, &schema, provider.dialect()).await;
    let dir = seeds_dir("update");
    write_blog(&dir);
    seed(&db, &schema, &dir, SeedOptions::default()).await.unwrap();

    // A row the files don't have, and a changed file.
    db.conn()
        .raw_cmd(&"INSERT INTO \"User\" (\"id\", \"email\", \"role\", \"createdAt\", \"updatedAt\") VALUES ('eve', 'eve@example.com', 'USER', CREATED, CREATED)"
            .replace('"', if provider.dialect() == sql_schema::Dialect::Mysql { "`" } else { "\"" })
            .replace("CREATED", if provider.dialect() == sql_schema::Dialect::Sqlite { "0" } else { "'2024-01-01 00:00:00'" }))
        .await
        .unwrap();
    write(
        &dir,
        "common",
        "User.json",
        r#"[
  {"email": "ada@example.com", "name": "Ada Lovelace", "role": "ADMIN", "bestPost": {"slug": "hello"}},
  {"email": "bob@example.com", "name": "Bob", "mentor": {"email": "ada@example.com"}, "createdAt": "2024-01-02T03:04:05.678+01:00"}
]
"#,
    );
    let later = NOW + 86_400_000_000;

    // Dry run: reported, nothing written.
    let dry = seed_at(&db, &schema, &dir, SeedOptions { dry_run: true, prune: true, ..SeedOptions::default() }, later)
        .await
        .unwrap();
    assert!(dry.dry_run);
    assert_eq!(counts(&dry, "User"), (0, 1, 1, 1, 1));
    assert_eq!(rows(&mut db, "SELECT \"name\" FROM \"User\" WHERE \"email\" = 'ada@example.com'").await, [["Ada"]]);
    assert_eq!(count(&mut db, "User").await, 3);
    assert_eq!(count(&mut db, "_strata_seeds").await, 3);

    // Without --prune: updated, and the stale row is reported but kept.
    let report = seed_at(&db, &schema, &dir, SeedOptions::default(), later).await.unwrap();
    assert_eq!(counts(&report, "User"), (0, 1, 1, 1, 0));
    assert!(report.files.iter().find(|f| f.path.ends_with("User.json")).is_some_and(|f| !f.skipped));
    assert!(report.files.iter().find(|f| f.path.ends_with("Post.csv")).is_some_and(|f| f.skipped));
    let sql = format!(
        "SELECT \"name\", {} FROM \"User\" WHERE \"email\" = 'ada@example.com'",
        txt(provider, "\"updatedAt\"")
    );
    let ada = rows(&mut db, &sql).await;
    assert_eq!(ada[0][0], "Ada Lovelace");
    assert!(
        ada[0][1].starts_with("2024-05-02") || ada[0][1] == "1714608000000",
        "updatedAt moved to the run's clock: {ada:?}"
    );
    assert_eq!(count(&mut db, "User").await, 3);
    assert_eq!(count(&mut db, "_strata_seeds").await, 4);

    // With --prune: deleted.
    let pruned =
        seed_at(&db, &schema, &dir, SeedOptions { prune: true, ..SeedOptions::default() }, later).await.unwrap();
    assert_eq!(counts(&pruned, "User"), (0, 0, 2, 1, 1));
    assert_eq!(count(&mut db, "User").await, 2);
    assert!(rows(&mut db, "SELECT \"id\" FROM \"User\" WHERE \"email\" = 'eve@example.com'").await.is_empty());
    db.cleanup().await;
}

#[tokio::test]
async fn update_and_prune_postgres() {
    update_and_prune(Provider::Postgres).await;
}
#[tokio::test]
async fn update_and_prune_mysql() {
    update_and_prune(Provider::Mysql).await;
}
#[tokio::test]
async fn update_and_prune_sqlite() {
    update_and_prune(Provider::Sqlite).await;
}

async fn environments_and_export_round_trip(provider: Provider) {
    let mut db = provider.db("seed_export").await;
    let schema = schema(provider);
    create_tables(&mut db, &schema, provider.dialect()).await;
    let dir = seeds_dir("export");
    write_blog(&dir);
    // `dev` adds a post by a common user; `test` is not loaded.
    write(
        &dir,
        "dev",
        "Post.json",
        r#"[{"slug": "dev-only", "title": "Dev", "author": {"email": "bob@example.com"}, "rating": "1.5"}]"#,
    );
    write(
        &dir,
        "test",
        "Post.json",
        r#"[{"slug": "test-only", "title": "Test", "author": {"email": "bob@example.com"}}]"#,
    );
    let report = seed(&db, &schema, &dir, env("dev")).await.unwrap();
    assert_eq!(report.sets, ["common", "dev"]);
    assert_eq!(counts(&report, "Post").0, 3);

    let exported =
        engine::seed::export_set(&schema.datamodel, db.info(), &dir, "prisma/seeds", "snapshot", &[]).await.unwrap();
    assert_eq!(
        exported.iter().map(|f| (f.model.as_str(), f.rows)).collect::<Vec<_>>(),
        [("User", 2), ("Post", 3), ("Profile", 1)]
    );
    let post_json = std::fs::read_to_string(dir.join("snapshot/Post.json")).unwrap();
    assert!(post_json.starts_with("[\n  {\"id\": 1, \"slug\": \"hello\", \"title\": \"Hello world\", \"views\": 12345678901, \"rating\": \"4.5\""), "{post_json}");

    // Into a fresh database: the same rows (the snapshot's rows replace common's rows with the
    // same keys).
    let mut fresh = provider.db("seed_export_fresh").await;
    create_tables(&mut fresh, &schema, provider.dialect()).await;
    let copied = seed(&fresh, &schema, &dir, env("snapshot")).await.unwrap();
    assert_eq!(copied.sets, ["common", "snapshot"]);
    assert_eq!(counts(&copied, "User"), (2, 0, 0, 0, 0));
    let dir2 = seeds_dir("export2");
    engine::seed::export_set(&schema.datamodel, fresh.info(), &dir2, "prisma/seeds", "snapshot", &[]).await.unwrap();
    for model in ["User", "Post", "Profile"] {
        let a = std::fs::read_to_string(dir.join(format!("snapshot/{model}.json"))).unwrap();
        let b = std::fs::read_to_string(dir2.join(format!("snapshot/{model}.json"))).unwrap();
        assert_eq!(a, b, "{model}");
    }
    // The sequence moved past the copied ids: a new post gets the next one.
    write(
        &dir,
        "snapshot2",
        "Post.json",
        r#"[{"slug": "new", "title": "New", "author": {"email": "bob@example.com"}}]"#,
    );
    seed(&fresh, &schema, &dir, env("snapshot2")).await.unwrap();
    assert_eq!(rows(&mut fresh, "SELECT \"id\" FROM \"Post\" WHERE \"slug\" = 'new'").await, [["4"]]);

    // Only chosen tables, by model name.
    let only = engine::seed::export_set(&schema.datamodel, db.info(), &dir, "prisma/seeds", "users", &["User".into()])
        .await
        .unwrap();
    assert_eq!(only.len(), 1);
    fresh.cleanup().await;
    db.cleanup().await;
}

#[tokio::test]
async fn environments_and_export_round_trip_postgres() {
    environments_and_export_round_trip(Provider::Postgres).await;
}
#[tokio::test]
async fn environments_and_export_round_trip_mysql() {
    environments_and_export_round_trip(Provider::Mysql).await;
}
#[tokio::test]
async fn environments_and_export_round_trip_sqlite() {
    environments_and_export_round_trip(Provider::Sqlite).await;
}
