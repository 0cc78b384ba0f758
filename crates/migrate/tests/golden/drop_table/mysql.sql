-- DropTable
DROP TABLE `User`;
