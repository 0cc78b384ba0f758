-- A migration of one statement runs outside a transaction: CONCURRENTLY works.
CREATE UNIQUE INDEX CONCURRENTLY "User_email_key" ON "User"("email");
-- expect: unique-index-over-duplicates@2
