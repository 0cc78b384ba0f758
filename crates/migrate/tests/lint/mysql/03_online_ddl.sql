ALTER TABLE `Post` ADD COLUMN `subtitle` VARCHAR(191) NULL AFTER `title`;
ALTER TABLE `Post` DROP PRIMARY KEY, ADD PRIMARY KEY (`id`, `slug`);
ALTER TABLE `Post` ADD FULLTEXT INDEX `Post_body_idx`(`body`);
CREATE FULLTEXT INDEX `Post_title_idx` ON `Post`(`title`);
ALTER TABLE `Post` ADD COLUMN `x` INTEGER NULL AFTER `id`, ALGORITHM=INSTANT;
LOCK TABLES `Post` WRITE;
RENAME TABLE `Post` TO `Article`;
ALTER TABLE `Article` RENAME COLUMN `title` TO `headline`;
START TRANSACTION;
COMMIT;
UPDATE `Article` SET `headline` = '' WHERE `headline` IS NULL;
ALTER TABLE `Article` FROBNICATE;
-- expect: mysql-column-reorder@1
-- expect: mysql-primary-key-change@2
-- expect: unique-index-over-duplicates@2
-- expect: mysql-add-fulltext-index@3
-- expect: mysql-add-fulltext-index@4
-- expect: lock-table@6
-- expect: rename-table@7
-- expect: rename-column@8
-- expect: explicit-transaction-control@9
-- expect: explicit-transaction-control@10
-- expect: mysql-mixed-ddl-dml@11
-- expect: parse-error@12
