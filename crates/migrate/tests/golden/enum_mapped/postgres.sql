-- CreateEnum
CREATE TYPE "status_t" AS ENUM ('on', 'off');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "s" "status_t" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
