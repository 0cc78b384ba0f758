SET lock_timeout = '5s';
ALTER TABLE "Post" FROBNICATE "x";
DROP TABLE "Old";
-- expect: parse-error@2
-- expect: drop-table@3
