-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_T" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "n" TEXT NOT NULL
);
INSERT INTO "new_T" ("id", "n") SELECT "id", "n" FROM "T";
DROP TABLE "T";
ALTER TABLE "new_T" RENAME TO "T";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
