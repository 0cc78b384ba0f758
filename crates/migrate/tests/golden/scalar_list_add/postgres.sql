-- AlterTable
ALTER TABLE "T" ADD COLUMN     "tags" TEXT[];
