-- AlterTable
ALTER TABLE "User" DROP COLUMN "name",
ADD COLUMN     "display_name" TEXT;
