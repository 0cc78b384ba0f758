-- CreateTable
CREATE TABLE "audit"."Log" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Log_pkey" PRIMARY KEY ("id")
);
