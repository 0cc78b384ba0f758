SET statement_timeout = '30s';
VACUUM FULL "Post";
CLUSTER "Post" USING "Post_pkey";
REINDEX TABLE "Post";
CREATE INDEX "Post_title_idx" ON "Post"("title");
-- expect: vacuum-full@2
-- expect: transaction-incompatible-statement@2
-- expect: cluster@3
-- expect: reindex-non-concurrently@4
-- expect: create-index-non-concurrently@5
