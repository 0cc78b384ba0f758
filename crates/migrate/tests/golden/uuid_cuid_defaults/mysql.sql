-- CreateTable
CREATE TABLE `T` (
    `id` VARCHAR(191) NOT NULL,
    `c` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
