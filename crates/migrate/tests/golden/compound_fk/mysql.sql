-- CreateTable
CREATE TABLE `A` (
    `x` INTEGER NOT NULL,
    `y` INTEGER NOT NULL,

    PRIMARY KEY (`x`, `y`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `B` (
    `id` INTEGER NOT NULL,
    `ax` INTEGER NOT NULL,
    `ay` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `B` ADD CONSTRAINT `B_ax_ay_fkey` FOREIGN KEY (`ax`, `ay`) REFERENCES `A`(`x`, `y`) ON DELETE RESTRICT ON UPDATE CASCADE;
