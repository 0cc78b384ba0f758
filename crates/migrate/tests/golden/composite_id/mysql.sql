-- CreateTable
CREATE TABLE `T` (
    `a` INTEGER NOT NULL,
    `b` VARCHAR(191) NOT NULL,
    `c` INTEGER NULL,

    PRIMARY KEY (`a`, `b`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
