-- AlterTable
ALTER TABLE `User` ADD COLUMN `slug` VARCHAR(191) NOT NULL;

-- CreateIndex
CREATE INDEX `User_slug_idx` ON `User`(`slug`);
