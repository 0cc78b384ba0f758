DROP TABLE `Old`;
ALTER TABLE `T` DROP COLUMN `bio`;
ALTER TABLE `T` ADD COLUMN `age` INTEGER NOT NULL;
ALTER TABLE `T` ADD CONSTRAINT `T_userId_fkey` FOREIGN KEY (`userId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `T` CHANGE `name` `fullName` VARCHAR(191) NOT NULL;
-- expect: drop-table@1
-- expect: drop-column@2
-- expect: add-required-column-without-default@3
-- expect: foreign-key-over-orphans@4
-- expect: rename-column@5
