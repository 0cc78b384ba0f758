-- AlterTable
ALTER TABLE "T" ADD CONSTRAINT "T_pkey" PRIMARY KEY ("code");

-- DropIndex
DROP INDEX "T_code_key";
