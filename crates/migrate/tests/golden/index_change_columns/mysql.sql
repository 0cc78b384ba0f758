-- DropIndex
DROP INDEX `T_idx` ON `T`;

-- CreateIndex
CREATE INDEX `T_idx` ON `T`(`a`, `b`);
