SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY "Post_title_idx" ON "Post"("title");
ALTER TYPE "Status" ADD VALUE 'ARCHIVED';
UPDATE "Post" SET "status" = 'ARCHIVED' WHERE "legacy";
BEGIN;
ALTER TABLE "Post" DROP CONSTRAINT "Post_x_fkey" CASCADE;
COMMIT;
-- expect: transaction-incompatible-statement@2
-- expect: new-enum-value-used-in-transaction@4
-- expect: explicit-transaction-control@5
-- expect: drop-cascade@6
-- expect: explicit-transaction-control@7
