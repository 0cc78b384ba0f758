-- DropIndex
DROP INDEX "T_idx";

-- CreateIndex
CREATE INDEX "T_idx" ON "T"("a", "b");
