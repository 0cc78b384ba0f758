-- CreateEnum
CREATE TYPE "Role" AS ENUM ('A', 'B');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "roles" "Role"[],

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
