CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');

CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(191) NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "score" DECIMAL(10,2),
    "tags" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE VIEW "ActiveUser" AS SELECT "id", "email", "role", "score", "tags", "createdAt" FROM "User";

CREATE VIEW "user stats" AS SELECT count(*) AS "total", max("score") AS "best", now() AS "at" FROM "User";
