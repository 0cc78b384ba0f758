-- CreateTable
CREATE TABLE "users" (
    "user_id" INTEGER NOT NULL,
    "full_name" TEXT NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("user_id")
);
