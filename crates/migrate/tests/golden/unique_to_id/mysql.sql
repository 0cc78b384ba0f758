-- AlterTable
ALTER TABLE `T` ADD PRIMARY KEY (`code`);

-- DropIndex
DROP INDEX `T_code_key` ON `T`;
