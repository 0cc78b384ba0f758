-- CreateIndex
CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`);
