-- DropIndex
DROP INDEX "User_slug_idx";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "slug";
