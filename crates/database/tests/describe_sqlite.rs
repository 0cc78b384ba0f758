//! Describing SQLite: hand-written DDL in a fresh database file, described, compared with the
//! IR built by hand.

use database::{DescribeOptions, DescribedSchema, UnrepresentableKind as K};
use sql_schema::{
    ColumnSpec, ColumnTypeFamily as F, DefaultValue as D, ForeignKeyAction as A, IndexColumnSpec, IndexKind, SortOrder,
    SqlSchema, Value as V,
};
use test_support::TestDb;

async fn describe(db: &mut TestDb, options: &DescribeOptions) -> DescribedSchema {
    db.conn().describe(options).await.unwrap_or_else(|e| panic!("describe: {e}"))
}

const DDL: &str = r#"
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'USER',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "score" REAL NOT NULL DEFAULT 1.50,
    "balance" DECIMAL NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "big" BIGINT NOT NULL DEFAULT -42,
    "data" BLOB,
    "meta" JSONB,
    "note" TEXT DEFAULT 'it''s',
    "expr" TEXT DEFAULT (lower('X')),
    "odd" POINT,
    "doubled" INTEGER GENERATED ALWAYS AS ("big" * 2) VIRTUAL,
    CONSTRAINT "positive" CHECK ("score" >= 0)
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_name_createdAt_idx" ON "User"("name" DESC, "createdAt");
CREATE INDEX "User_partial" ON "User"("email") WHERE "active";
CREATE INDEX "User_lower" ON "User"(lower("email"));

CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "authorId" INTEGER,
    "editorId" INTEGER,
    "title" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Post_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ON DELETE CASCADE
);

CREATE TABLE "Membership" (
    "userId" INTEGER NOT NULL,
    "postId" INTEGER NOT NULL,
    "tag" TEXT NOT NULL,
    PRIMARY KEY ("postId", "userId"),
    UNIQUE ("tag"),
    CONSTRAINT "Membership_fkey" FOREIGN KEY ("postId") REFERENCES "Post" ("id") ON DELETE RESTRICT ON UPDATE RESTRICT
);

CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY NOT NULL);
CREATE VIEW "active_users" AS SELECT "id" FROM "User" WHERE "active";
CREATE TRIGGER "Post_touch" AFTER UPDATE ON "Post" BEGIN SELECT 1; END;
"#;

fn expected() -> SqlSchema {
    let v = |v| D::Value(v);
    let nullable = |family, native: &str| ColumnSpec::new(family, native).nullable();
    SqlSchema::builder()
        .table("Membership", |t| {
            t.column("userId", ColumnSpec::int())
                .column("postId", ColumnSpec::int())
                .column("tag", ColumnSpec::text())
                .primary_key(None, &["postId", "userId"])
                .unique("sqlite_autoindex_Membership_2", &["tag"])
                .foreign_key_with("", &["postId"], "Post", &["id"], A::Restrict, A::Restrict);
        })
        .table("Post", |t| {
            t.column("id", ColumnSpec::int().autoincrement())
                .column("authorId", ColumnSpec::int().nullable())
                .column("editorId", ColumnSpec::int().nullable())
                .column("title", ColumnSpec::text().default(v(V::String(String::new()))))
                .primary_key(None, &["id"])
                .foreign_key_with("", &["authorId"], "User", &["id"], A::SetNull, A::Cascade)
                .foreign_key_with("", &["editorId"], "User", &["id"], A::Cascade, A::NoAction);
        })
        .table("User", |t| {
            t.column("id", ColumnSpec::int().autoincrement())
                .column("email", ColumnSpec::text())
                .column("name", ColumnSpec::text().nullable())
                .column("role", ColumnSpec::text().default(v(V::String("USER".into()))))
                .column("createdAt", ColumnSpec::new(F::DateTime, "DATETIME").default(D::Now))
                .column("score", ColumnSpec::new(F::Float, "REAL").default(v(V::Float("1.5".into()))))
                .column("balance", ColumnSpec::new(F::Decimal, "DECIMAL").default(v(V::Float("0".into()))))
                .column("active", ColumnSpec::new(F::Boolean, "BOOLEAN").default(v(V::Boolean(true))))
                .column("big", ColumnSpec::new(F::BigInt, "BIGINT").default(v(V::BigInt(-42))))
                .column("data", nullable(F::Binary, "BLOB"))
                .column("meta", nullable(F::Json, "JSONB"))
                .column("note", ColumnSpec::text().nullable().default(v(V::String("it's".into()))))
                .column("expr", ColumnSpec::text().nullable().default(D::DbGenerated(Some("lower('X')".into()))))
                .column("odd", nullable(F::Unsupported("POINT".into()), "POINT"))
                .column("doubled", ColumnSpec::int().nullable())
                .primary_key(None, &["id"])
                // Indexes in `PRAGMA index_list` order: the newest first.
                .index_with(
                    "User_name_createdAt_idx",
                    IndexKind::Normal,
                    vec![
                        IndexColumnSpec { sort_order: Some(SortOrder::Desc), ..IndexColumnSpec::from("name") },
                        IndexColumnSpec::from("createdAt"),
                    ],
                    None,
                )
                .unique("User_email_key", &["email"]);
        })
        .build()
}

/// SQLite keeps no foreign key names.
fn unnamed_foreign_keys(mut schema: SqlSchema) -> SqlSchema {
    for (_, fk) in &mut schema.foreign_keys {
        fk.constraint_name = None;
    }
    schema
}

#[tokio::test]
async fn round_trip_of_every_feature() {
    let mut db = TestDb::sqlite("describe_all").await;
    db.conn().raw_cmd(DDL).await.unwrap();
    let described = describe(&mut db, &DescribeOptions::default()).await;
    assert_eq!(described.schema, unnamed_foreign_keys(expected()));
    // Views, with their columns (SQLite gives the declared type of the selected column).
    let views: Vec<(&str, Vec<(&str, &str)>)> = described
        .views
        .iter()
        .map(|v| (v.name.as_str(), v.columns.iter().map(|c| (c.name.as_str(), c.tpe.native_type.as_str())).collect()))
        .collect();
    assert_eq!(views, [("active_users", vec![("id", "INTEGER")])]);

    let kinds: Vec<(K, Option<&str>, &str)> =
        described.unrepresentable.iter().map(|u| (u.kind, u.table.as_deref(), u.name.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (K::View, None, "active_users"),
            (K::PartialIndex, Some("User"), "User_partial"),
            (K::ExpressionIndex, Some("User"), "User_lower"),
            (K::CheckConstraint, Some("User"), "positive"),
            (K::Trigger, Some("Post"), "Post_touch"),
            (K::GeneratedColumn, Some("User"), "doubled"),
        ]
    );
    assert_eq!(described.stats.queries, 4);

    let with_history =
        describe(&mut db, &DescribeOptions { include_migrations_table: true, ..Default::default() }).await;
    assert!(with_history.schema.find_table(None, "_prisma_migrations").is_some());
    db.cleanup().await;
}

fn many_tables_ddl(n: usize) -> String {
    let mut sql = String::new();
    for i in 0..n {
        sql.push_str(&format!(
            "CREATE TABLE \"T{i}\" (\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, \
             \"name\" TEXT NOT NULL DEFAULT 'x', \"status\" TEXT NOT NULL DEFAULT 'on', \
             \"at\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, \"prevId\" INTEGER{});\n\
             CREATE INDEX \"T{i}_name_idx\" ON \"T{i}\"(\"name\");\n",
            if i > 0 { format!(" REFERENCES \"T{}\" (\"id\")", i - 1) } else { String::new() }
        ));
    }
    sql
}

#[tokio::test]
async fn query_count_does_not_grow_with_tables() {
    let mut one = TestDb::sqlite("describe_one").await;
    one.conn().raw_cmd(&many_tables_ddl(1)).await.unwrap();
    let small = describe(&mut one, &DescribeOptions::default()).await;
    one.cleanup().await;

    let mut fifty = TestDb::sqlite("describe_fifty").await;
    fifty.conn().raw_cmd(&many_tables_ddl(50)).await.unwrap();
    let large = describe(&mut fifty, &DescribeOptions::default()).await;
    fifty.cleanup().await;

    assert_eq!(large.schema.tables.len(), 50);
    assert_eq!(large.schema.columns.len(), 250);
    assert_eq!(large.schema.foreign_keys.len(), 49);
    assert_eq!(large.schema.indexes.len(), 50);
    assert_eq!(small.stats.queries, large.stats.queries);
    println!("sqlite: 50 tables described with {} queries in {:?}", large.stats.queries, large.stats.elapsed);
}
