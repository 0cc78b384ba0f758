-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_T" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "v" INTEGER NOT NULL
);
INSERT INTO "new_T" ("code", "v") SELECT "code", "v" FROM "T";
DROP TABLE "T";
ALTER TABLE "new_T" RENAME TO "T";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
