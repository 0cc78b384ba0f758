-- The safe ways to do what the locking rules warn about: nothing to report.
SET lock_timeout = '5s';
ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") NOT VALID;
ALTER TABLE "Post" ADD CONSTRAINT "Post_title_nn" CHECK ("title" IS NOT NULL) NOT VALID;
ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_title_nn";
ALTER TABLE "Post" ALTER COLUMN "title" SET NOT NULL;
ALTER TABLE "Post" ADD COLUMN "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE "Post" ADD COLUMN "note" TEXT;
ALTER TABLE "Post" ALTER COLUMN "note" SET DEFAULT 'x';
