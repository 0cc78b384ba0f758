-- CreateIndex
CREATE UNIQUE INDEX `T_a_b_key` ON `T`(`a`, `b`);
