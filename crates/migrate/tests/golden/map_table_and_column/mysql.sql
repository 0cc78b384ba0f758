-- CreateTable
CREATE TABLE `users` (
    `user_id` INTEGER NOT NULL,
    `full_name` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`user_id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
