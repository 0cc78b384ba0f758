-- Tables created by the migration are empty: only what concerns them is reported.
CREATE TABLE "Tag" ("id" SERIAL NOT NULL, "name" TEXT NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");
ALTER TABLE "Tag" ADD COLUMN "slug" TEXT NOT NULL;
ALTER TABLE "Tag" ADD CONSTRAINT "Tag_id_fkey" FOREIGN KEY ("id") REFERENCES "Tag"("id");
ALTER TABLE "Tag" RENAME COLUMN "name" TO "label";
DROP TABLE "Tag";
