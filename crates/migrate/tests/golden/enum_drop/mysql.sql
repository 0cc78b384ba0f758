-- AlterTable
ALTER TABLE `T` DROP COLUMN `role`;
