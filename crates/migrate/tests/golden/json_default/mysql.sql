-- CreateTable
CREATE TABLE `T` (
    `id` INTEGER NOT NULL,
    `j` JSON NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
