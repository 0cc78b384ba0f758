-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER,

    CONSTRAINT "T_pkey" PRIMARY KEY ("a","b")
);
