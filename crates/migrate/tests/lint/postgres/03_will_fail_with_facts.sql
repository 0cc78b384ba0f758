-- table: User rows=2 | id INTEGER, email TEXT nonnull=2, nick TEXT NULL nonnull=1
-- table: Post rows=5 | id INTEGER, authorId INTEGER
-- duplicates: User(email) = 1
-- orphans: Post(authorId) -> User(id) = 2
SET lock_timeout = '5s';
ALTER TABLE "User" ADD COLUMN "x" INTEGER NOT NULL;
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
ALTER TABLE "User" ALTER COLUMN "nick" SET NOT NULL;
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- expect: add-required-column-without-default@6
-- expect: unique-index-over-duplicates@7
-- expect: create-index-non-concurrently@7
-- expect: set-not-null-over-nulls@8
-- expect: set-not-null-full-scan@8
-- expect: foreign-key-over-orphans@9
-- expect: foreign-key-without-not-valid@9
