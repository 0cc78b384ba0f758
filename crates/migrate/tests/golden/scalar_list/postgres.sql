-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "tags" TEXT[],
    "nums" INTEGER[] DEFAULT ARRAY[1, 2]::INTEGER[],

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
