-- CreateTable
CREATE TABLE "T" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "c" TEXT NOT NULL
);
