-- DropIndex
DROP INDEX `User_slug_idx` ON `User`;

-- AlterTable
ALTER TABLE `User` DROP COLUMN `slug`;
