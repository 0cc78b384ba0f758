-- AlterTable
ALTER TABLE "T" ADD COLUMN     "role" "Role";
