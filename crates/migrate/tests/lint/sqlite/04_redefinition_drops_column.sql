-- table: User rows=3 | id INTEGER, email TEXT nonnull=3, bio TEXT NULL nonnull=0
-- A redefinition that copies `id` only: `email` (3 values) is dropped, `bio` (all NULL) is not reported.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);
INSERT INTO "new_User" ("id") SELECT "id" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
-- expect: sqlite-table-redefinition@9
-- expect: drop-column@9
