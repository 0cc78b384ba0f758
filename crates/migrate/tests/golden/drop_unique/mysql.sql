-- DropIndex
DROP INDEX `User_email_key` ON `User`;
