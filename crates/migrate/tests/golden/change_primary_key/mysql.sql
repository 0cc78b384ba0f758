-- AlterTable
ALTER TABLE `T` DROP PRIMARY KEY,
    ADD PRIMARY KEY (`a`, `b`);
