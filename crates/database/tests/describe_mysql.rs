//! Describing MySQL/MariaDB: hand-written DDL in a fresh database, described, compared with
//! the IR built by hand.

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
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,
    `role` ENUM('USER', 'ADMIN', 'it''s') NOT NULL DEFAULT 'USER',
    `createdAt` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `score` DOUBLE NOT NULL DEFAULT 1.50,
    `balance` DECIMAL(65, 30) NOT NULL DEFAULT 0,
    `active` BOOLEAN NOT NULL DEFAULT true,
    `meta` JSON NULL,
    `data` LONGBLOB NULL,
    `big` BIGINT NOT NULL DEFAULT -42,
    `ubig` BIGINT UNSIGNED NULL,
    `note` TEXT NULL,
    `uid` VARCHAR(36) NOT NULL DEFAULT (uuid()),
    `location` POINT NOT NULL,
    `tiny` TINYINT NULL,
    `smallu` SMALLINT UNSIGNED NULL,
    `dt` DATETIME NULL,
    `ts` TIMESTAMP(6) NULL,
    `day` DATE NULL,
    `clock` TIME(2) NULL,
    `year` YEAR NULL,
    `bin` BINARY(16) NULL,
    `vb` VARBINARY(10) NULL,
    `fl` FLOAT NULL,
    `quote` VARCHAR(20) NULL DEFAULT 'it''s \\ "x"',
    `doubled` INTEGER AS (`tiny` * 2) VIRTUAL,

    UNIQUE INDEX `User_email_key`(`email`),
    INDEX `User_name_createdAt_idx`(`name`(10), `createdAt` DESC),
    FULLTEXT INDEX `User_note_idx`(`note`),
    SPATIAL INDEX `User_location_idx`(`location`),
    PRIMARY KEY (`id`),
    CONSTRAINT `positive_score` CHECK (`score` >= 0)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Post` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `authorId` INTEGER NULL,
    `title` VARCHAR(191) NOT NULL DEFAULT '',

    INDEX `Post_authorId_fkey`(`authorId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Membership` (
    `userId` INTEGER NOT NULL,
    `postId` INTEGER NOT NULL,
    `kind` ENUM('a', 'b') NULL,

    PRIMARY KEY (`postId`, `userId`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `Membership` ADD CONSTRAINT `Membership_post_fkey` FOREIGN KEY (`postId`) REFERENCES `Post`(`id`) ON DELETE RESTRICT ON UPDATE RESTRICT;
ALTER TABLE `Membership` ADD CONSTRAINT `Membership_user_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION;

CREATE TABLE `_prisma_migrations` (`id` VARCHAR(36) NOT NULL, PRIMARY KEY (`id`));
CREATE VIEW `active_users` AS SELECT `id` FROM `User` WHERE `active`;
CREATE TRIGGER `Post_touch` BEFORE UPDATE ON `Post` FOR EACH ROW SET NEW.`title` = NEW.`title`;
"#;

fn col(name: &str) -> IndexColumnSpec {
    IndexColumnSpec::from(name)
}

fn expected() -> SqlSchema {
    let v = |v| D::Value(v);
    let nullable = |family, native: &str| ColumnSpec::new(family, native).nullable();
    SqlSchema::builder()
        .enum_type("Membership_kind", &["a", "b"])
        .enum_type("User_role", &["USER", "ADMIN", "it's"])
        .table("Membership", |t| {
            t.column("userId", ColumnSpec::int())
                .column("postId", ColumnSpec::int())
                .column("kind", ColumnSpec::enum_type("Membership_kind").nullable())
                .primary_key(None, &["postId", "userId"])
                // InnoDB's own index for the foreign key on `userId`.
                .index("Membership_user_fkey", &["userId"])
                .foreign_key_with("Membership_post_fkey", &["postId"], "Post", &["id"], A::Restrict, A::Restrict)
                .foreign_key_with("Membership_user_fkey", &["userId"], "User", &["id"], A::Cascade, A::NoAction);
        })
        .table("Post", |t| {
            t.column("id", ColumnSpec::int().autoincrement())
                .column("authorId", ColumnSpec::int().nullable())
                .column("title", ColumnSpec::new(F::String, "VARCHAR(191)").default(v(V::String(String::new()))))
                .primary_key(None, &["id"])
                .index("Post_authorId_fkey", &["authorId"])
                .foreign_key_with("Post_authorId_fkey", &["authorId"], "User", &["id"], A::SetNull, A::Cascade);
        })
        .table("User", |t| {
            t.column("id", ColumnSpec::int().autoincrement())
                .column("email", ColumnSpec::new(F::String, "VARCHAR(191)"))
                .column("name", nullable(F::String, "VARCHAR(191)"))
                .column("role", ColumnSpec::enum_type("User_role").default(v(V::Enum("USER".into()))))
                .column("createdAt", ColumnSpec::new(F::DateTime, "DATETIME(3)").default(D::Now))
                .column("score", ColumnSpec::new(F::Float, "DOUBLE").default(v(V::Float("1.5".into()))))
                .column(
                    "balance",
                    ColumnSpec::new(F::Decimal, "DECIMAL(65, 30)")
                        .default(v(V::Float("0.000000000000000000000000000000".into()))),
                )
                .column("active", ColumnSpec::new(F::Boolean, "BOOLEAN").default(v(V::Boolean(true))))
                .column("meta", nullable(F::Json, "JSON"))
                .column("data", nullable(F::Binary, "LONGBLOB"))
                .column("big", ColumnSpec::new(F::BigInt, "BIGINT").default(v(V::BigInt(-42))))
                .column("ubig", nullable(F::BigInt, "BIGINT UNSIGNED"))
                .column("note", nullable(F::String, "TEXT"))
                .column("uid", ColumnSpec::new(F::String, "VARCHAR(36)").default(D::DbGenerated(Some("uuid()".into()))))
                .column("location", ColumnSpec::new(F::Unsupported("point".into()), "point"))
                .column("tiny", nullable(F::Int, "TINYINT"))
                .column("smallu", nullable(F::Int, "SMALLINT UNSIGNED"))
                .column("dt", nullable(F::DateTime, "DATETIME(0)"))
                .column("ts", nullable(F::DateTime, "TIMESTAMP(6)"))
                .column("day", nullable(F::DateTime, "DATE"))
                .column("clock", nullable(F::DateTime, "TIME(2)"))
                .column("year", nullable(F::Int, "YEAR"))
                .column("bin", nullable(F::Binary, "BINARY(16)"))
                .column("vb", nullable(F::Binary, "VARBINARY(10)"))
                .column("fl", nullable(F::Float, "FLOAT"))
                .column("quote", nullable(F::String, "VARCHAR(20)").default(v(V::String("it's \\ \"x\"".into()))))
                .column("doubled", nullable(F::Int, "INTEGER"))
                .primary_key(None, &["id"])
                .unique("User_email_key", &["email"])
                .index_with(
                    "User_name_createdAt_idx",
                    IndexKind::Normal,
                    vec![
                        IndexColumnSpec { length: Some(10), ..col("name") },
                        IndexColumnSpec { sort_order: Some(SortOrder::Desc), ..col("createdAt") },
                    ],
                    None,
                )
                .index_with("User_note_idx", IndexKind::Fulltext, vec![col("note")], None);
        })
        .build()
}

#[tokio::test]
async fn round_trip_of_every_feature() {
    let mut db = TestDb::mysql("describe_all").await;
    db.conn().raw_cmd(DDL).await.unwrap();
    let described = describe(&mut db, &DescribeOptions::default()).await;
    assert_eq!(described.schema, expected());
    // Views, with their columns (types as the view's select list gives them).
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
            (K::UnsupportedIndexType, Some("User"), "User_location_idx"),
            (K::CheckConstraint, Some("User"), "positive_score"),
            (K::Trigger, Some("Post"), "Post_touch"),
            (K::GeneratedColumn, Some("User"), "doubled"),
        ]
    );
    // The server version is asked once per connection, then remembered.
    assert_eq!(described.stats.queries, 8);
    let again = describe(&mut db, &DescribeOptions { include_migrations_table: true, ..Default::default() }).await;
    assert_eq!(again.stats.queries, 7);
    assert!(again.schema.find_table(None, "_prisma_migrations").is_some());
    db.cleanup().await;
}

/// `n` tables, each with a primary key, an enum column, an index and a foreign key to the
/// previous one.
fn many_tables_ddl(n: usize) -> String {
    let mut sql = String::new();
    for i in 0..n {
        sql.push_str(&format!(
            "CREATE TABLE `T{i}` (`id` INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, \
             `name` VARCHAR(191) NOT NULL DEFAULT 'x', `status` ENUM('on', 'off') NOT NULL DEFAULT 'on', \
             `at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3), `prevId` INTEGER NULL, \
             INDEX `T{i}_name_idx`(`name`){});\n",
            if i > 0 { format!(", FOREIGN KEY (`prevId`) REFERENCES `T{}`(`id`)", i - 1) } else { String::new() }
        ));
    }
    sql
}

#[tokio::test]
async fn query_count_does_not_grow_with_tables() {
    let mut one = TestDb::mysql("describe_one").await;
    one.conn().raw_cmd(&many_tables_ddl(1)).await.unwrap();
    let small = describe(&mut one, &DescribeOptions::default()).await;
    one.cleanup().await;

    let mut fifty = TestDb::mysql("describe_fifty").await;
    fifty.conn().raw_cmd(&many_tables_ddl(50)).await.unwrap();
    let large = describe(&mut fifty, &DescribeOptions::default()).await;
    fifty.cleanup().await;

    assert_eq!(large.schema.tables.len(), 50);
    assert_eq!(large.schema.columns.len(), 250);
    assert_eq!(large.schema.enums.len(), 50);
    assert_eq!(large.schema.foreign_keys.len(), 49);
    // The named indexes, and InnoDB's own for each foreign key.
    assert_eq!(large.schema.indexes.len(), 99);
    assert_eq!(small.stats.queries, large.stats.queries);
    println!("mysql: 50 tables described with {} queries in {:?}", large.stats.queries, large.stats.elapsed);
}
