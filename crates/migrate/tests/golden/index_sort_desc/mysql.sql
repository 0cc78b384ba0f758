-- CreateIndex
CREATE INDEX `T_a_idx` ON `T`(`a` DESC);
