-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "citext";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH VERSION "1.1";

-- AlterTable
ALTER TABLE "A" ADD COLUMN     "name" CITEXT NOT NULL;
