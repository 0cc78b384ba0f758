-- table: T rows=10 | id INTEGER, a VARCHAR(50) nonnull=10, b VARCHAR(100) nonnull=10, c INTEGER nonnull=10, d BIGINT nonnull=0
SET lock_timeout = '5s';
ALTER TABLE "T" ALTER COLUMN "a" SET DATA TYPE VARCHAR(100);
ALTER TABLE "T" ALTER COLUMN "b" SET DATA TYPE TEXT;
ALTER TABLE "T" ALTER COLUMN "c" SET DATA TYPE BIGINT;
ALTER TABLE "T" ALTER COLUMN "d" SET DATA TYPE INTEGER;
-- expect: type-change-rewrite@5
-- expect: type-change-rewrite@6
