-- config: postgres-version = 10
SET lock_timeout = '5s';
ALTER TABLE "Post" ADD COLUMN "views" INTEGER NOT NULL DEFAULT 0;
ALTER TYPE "Status" ADD VALUE 'ARCHIVED';
-- expect: add-column-default-rewrite@3
-- expect: transaction-incompatible-statement@4
