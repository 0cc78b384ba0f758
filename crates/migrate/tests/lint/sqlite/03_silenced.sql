-- config: allow = ["rename-table"]
-- config: min-severity = "warning"
-- strata-lint: allow drop-table
DROP TABLE "Old";
ALTER TABLE "Account" RENAME TO "Customer";
ALTER TABLE "User" RENAME COLUMN "name" TO "fullName";
-- strata-lint: allow delete-without-where, drop-column
DELETE FROM "Session";
DELETE FROM "Token";
-- expect: delete-without-where@9
