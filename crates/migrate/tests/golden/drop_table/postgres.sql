-- DropTable
DROP TABLE "User";
