DROP TABLE "Old";
ALTER TABLE "User" DROP COLUMN "bio";
ALTER TABLE "User" ADD COLUMN "age" INTEGER NOT NULL;
ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";
ALTER TABLE "Account" RENAME TO "Customer";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
DELETE FROM "Session";
VACUUM;
BEGIN TRANSACTION;
COMMIT;
PRAGMA foreign_keys=OFF;
ALTER TABLE "User" FROBNICATE;
-- expect: drop-table@1
-- expect: drop-column@2
-- expect: add-required-column-without-default@3
-- expect: rename-column@4
-- expect: rename-table@5
-- expect: unique-index-over-duplicates@6
-- expect: delete-without-where@7
-- expect: transaction-incompatible-statement@8
-- expect: explicit-transaction-control@9
-- expect: explicit-transaction-control@10
-- expect: sqlite-foreign-keys-left-off@11
-- expect: parse-error@12
