-- table: User rows=3 | id INTEGER, email TEXT, bio TEXT NULL nonnull=2, name VARCHAR(100) nonnull=3
-- table: Post rows=0 | id INTEGER
-- table: Log rows=7 | id INTEGER
-- enum: Role A B C
SET lock_timeout = '5s';
DROP TABLE "Post";
DROP TABLE "Log";
ALTER TABLE "User" DROP COLUMN "bio";
ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(50);
CREATE TYPE "Role_new" AS ENUM ('B', 'C');
TRUNCATE "User";
DELETE FROM "User";
DELETE FROM "User" WHERE "id" = 1;
-- expect: drop-table@7
-- expect: drop-column@8
-- expect: narrowing-type-change@9
-- expect: type-change-rewrite@9
-- expect: drop-enum-value@10
-- expect: truncate-table@11
-- expect: delete-without-where@12
