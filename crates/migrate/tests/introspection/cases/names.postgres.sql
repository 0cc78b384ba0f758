CREATE TABLE "1st-table" ("my id" SERIAL PRIMARY KEY, "2ndCol" TEXT, "ä" TEXT, "123" INTEGER, "_under" INTEGER, "a-b" INTEGER);
CREATE TABLE "class" (id INTEGER PRIMARY KEY);
CREATE TABLE "Child" (id INTEGER PRIMARY KEY, "parent-id" INTEGER REFERENCES "1st-table"("my id"), "cls" INTEGER REFERENCES "class"(id));
CREATE TYPE "my-enum" AS ENUM ('a b', '1x', 'ok', 'x-y');
CREATE TYPE "enum" AS ENUM ('v');
CREATE TABLE "Uses" (id INTEGER PRIMARY KEY, e "my-enum" DEFAULT 'a b', f "enum"[], g "my-enum" NOT NULL DEFAULT 'ok');
CREATE TABLE "empty" ();
CREATE TABLE "a_very_long_table_name_that_goes_on_and_on_and_on_and_on_for_ever" (id INTEGER, another_very_long_column_name_for_the_index INTEGER, CONSTRAINT "a_very_long_table_name_that_goes_on_and_on_and_on_and_on_for_pkey" PRIMARY KEY (id));
CREATE UNIQUE INDEX "a_very_long_table_name_that_goes_on_and_on_and_on_and_on_for_key" ON "a_very_long_table_name_that_goes_on_and_on_and_on_and_on_for_ever"(another_very_long_column_name_for_the_index);
