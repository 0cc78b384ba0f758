-- AlterTable
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NOT NULL DEFAULT 'it''s';
