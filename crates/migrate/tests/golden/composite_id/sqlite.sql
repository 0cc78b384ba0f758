-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER,

    PRIMARY KEY ("a", "b")
);
