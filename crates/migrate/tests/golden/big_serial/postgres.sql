-- CreateTable
CREATE TABLE "T" (
    "id" BIGSERIAL NOT NULL,
    "s" SMALLSERIAL NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
