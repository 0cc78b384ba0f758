-- enum: T_role A B C
-- table: T rows=5 | id INTEGER, name VARCHAR(100) nonnull=5, role enum:T_role, bio TEXT NULL nonnull=0, nick VARCHAR(191) NULL nonnull=3
-- table: Old rows=9 | id INTEGER
DROP TABLE `Old`;
ALTER TABLE `T` DROP COLUMN `bio`;
ALTER TABLE `T` MODIFY `name` VARCHAR(50) NOT NULL;
ALTER TABLE `T` MODIFY `role` ENUM('B', 'C') NOT NULL;
ALTER TABLE `T` MODIFY `nick` VARCHAR(191) NOT NULL;
TRUNCATE TABLE `T`;
DELETE FROM `T`;
-- expect: drop-table@4
-- expect: narrowing-type-change@6
-- expect: mysql-type-change-copy@6
-- expect: drop-enum-value@7
-- expect: mysql-type-change-copy@7
-- expect: set-not-null-over-nulls@8
-- expect: truncate-table@9
-- expect: delete-without-where@10
-- expect: mysql-mixed-ddl-dml@10
