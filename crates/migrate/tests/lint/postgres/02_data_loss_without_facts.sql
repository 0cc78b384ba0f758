-- Without live facts, data-loss findings are hedged, as Prisma's warnings are.
SET lock_timeout = '5s';
DROP TABLE "Log";
ALTER TABLE "User" DROP COLUMN "bio";
-- strata-lint: allow drop-column
ALTER TABLE "User" DROP COLUMN "legacy";
-- AlterEnum
CREATE TYPE "Role_new" AS ENUM ('B', 'C');
ALTER TABLE "User" ALTER COLUMN "role" TYPE "Role_new" USING ("role"::text::"Role_new");
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
DROP TYPE "Role_old";
-- expect: drop-table@3
-- expect: drop-column@4
-- expect: drop-enum-value@8
-- expect: type-change-rewrite@9
