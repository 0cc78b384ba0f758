-- CreateTable
CREATE TABLE `T` (
    `id` INTEGER NOT NULL,
    `s` VARCHAR(191) NOT NULL DEFAULT 'x',

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
