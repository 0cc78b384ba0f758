-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "s" TEXT NOT NULL DEFAULT 'x',

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
