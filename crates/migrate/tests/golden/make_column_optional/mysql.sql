-- AlterTable
ALTER TABLE `User` MODIFY `name` VARCHAR(191) NULL;
