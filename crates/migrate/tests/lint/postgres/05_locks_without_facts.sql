ALTER TABLE "Post" ADD CONSTRAINT "Post_check" CHECK ("n" > 0);
ALTER TABLE "Post" ADD COLUMN "token" UUID NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE "Post" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Post" ADD COLUMN "seq" SERIAL NOT NULL;
ALTER TABLE "Post" ADD CONSTRAINT "Post_pkey" PRIMARY KEY ("id");
LOCK TABLE "Post" IN ACCESS EXCLUSIVE MODE;
ALTER TABLE "Post" RENAME COLUMN "title" TO "headline";
ALTER TABLE "Post" RENAME TO "Article";
DROP TABLE "Comment" CASCADE;
-- expect: missing-lock-timeout@1
-- expect: check-without-not-valid@1
-- expect: volatile-default-on-add-column@2
-- expect: volatile-default-on-add-column@4
-- expect: constraint-builds-index@5
-- expect: unique-index-over-duplicates@5
-- expect: lock-table@6
-- expect: rename-column@7
-- expect: rename-table@8
-- expect: drop-cascade@9
-- expect: drop-table@9
