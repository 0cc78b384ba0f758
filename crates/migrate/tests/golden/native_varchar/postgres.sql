-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "s" VARCHAR(191) NOT NULL,
    "t" TIMESTAMPTZ(6) NOT NULL,
    "d" DECIMAL(10,2) NOT NULL,
    "u" UUID NOT NULL,
    "j" JSON NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
