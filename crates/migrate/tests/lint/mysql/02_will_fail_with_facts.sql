-- table: User rows=3 | id INTEGER, email VARCHAR(191)
-- table: Post rows=4 | id INTEGER, authorId INTEGER
-- duplicates: User(email) = 2
-- orphans: Post(authorId) -> User(id) = 1
ALTER TABLE `User` ADD COLUMN `age` INTEGER NOT NULL;
CREATE UNIQUE INDEX `User_email_key` ON `User`(`email`);
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
-- expect: add-required-column-without-default@5
-- expect: unique-index-over-duplicates@6
-- expect: foreign-key-over-orphans@7
