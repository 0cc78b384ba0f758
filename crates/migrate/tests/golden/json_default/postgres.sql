-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "j" JSONB NOT NULL DEFAULT '{"a": 1}',

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
