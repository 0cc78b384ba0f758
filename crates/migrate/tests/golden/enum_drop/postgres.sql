-- AlterTable
ALTER TABLE "T" DROP COLUMN "role";

-- DropEnum
DROP TYPE "Role";
