CREATE TABLE "users" ("id" TEXT NOT NULL PRIMARY KEY, "full_name" TEXT NOT NULL, "updated" DATETIME NOT NULL, "age" INTEGER);
CREATE TABLE "posts" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "user_id" TEXT NOT NULL, "body" TEXT, CONSTRAINT "posts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE);
CREATE INDEX "posts_user_id_idx" ON "posts"("user_id");
CREATE INDEX "by_body" ON "posts"("body");
