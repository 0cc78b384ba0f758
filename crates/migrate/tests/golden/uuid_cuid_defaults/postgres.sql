-- CreateTable
CREATE TABLE "T" (
    "id" TEXT NOT NULL,
    "c" TEXT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
