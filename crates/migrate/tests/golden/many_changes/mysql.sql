-- DropForeignKey
ALTER TABLE `Post` DROP FOREIGN KEY `Post_authorId_fkey`;

-- AlterTable
ALTER TABLE `Post` ADD COLUMN `body` VARCHAR(191) NULL;

-- DropTable
DROP TABLE `Old`;

-- CreateTable
CREATE TABLE `New` (
    `id` INTEGER NOT NULL,
    `v` VARCHAR(191) NOT NULL,

    UNIQUE INDEX `New_v_key`(`v`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
