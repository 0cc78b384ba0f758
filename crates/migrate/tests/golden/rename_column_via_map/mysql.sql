-- AlterTable
ALTER TABLE `User` DROP COLUMN `name`,
    ADD COLUMN `display_name` VARCHAR(191) NULL;
