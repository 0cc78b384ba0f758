-- Live facts say the tables are empty: nothing is lost and nothing fails.
-- table: User rows=0 | id INTEGER, email TEXT, nick TEXT NULL
-- table: Log rows=0 | id INTEGER
-- duplicates: User(email) = 0
SET lock_timeout = '5s';
ALTER TABLE "User" ADD COLUMN "x" INTEGER NOT NULL;
ALTER TABLE "User" DROP COLUMN "nick";
ALTER TABLE "User" ADD CONSTRAINT "User_email_key" UNIQUE ("email");
DROP TABLE "Log";
-- expect: constraint-builds-index@8
