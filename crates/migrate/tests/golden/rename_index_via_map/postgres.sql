-- RenameIndex
ALTER INDEX "User_name_idx" RENAME TO "user_name_idx";
