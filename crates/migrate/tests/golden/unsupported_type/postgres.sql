-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "v" tsvector,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
