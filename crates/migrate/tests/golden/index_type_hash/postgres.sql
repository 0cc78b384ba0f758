-- CreateIndex
CREATE INDEX "T_a_idx" ON "T" USING HASH ("a");
