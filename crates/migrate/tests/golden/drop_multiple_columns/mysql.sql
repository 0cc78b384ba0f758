-- AlterTable
ALTER TABLE `User` DROP COLUMN `alpha`,
    DROP COLUMN `zeta`;
