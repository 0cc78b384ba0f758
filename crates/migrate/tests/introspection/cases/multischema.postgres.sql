CREATE SCHEMA "auth";
CREATE TYPE "auth"."Level" AS ENUM ('low', 'high');
CREATE TABLE "auth"."users" (id UUID PRIMARY KEY, level "auth"."Level" NOT NULL DEFAULT 'low');
CREATE TABLE "public"."profiles" (id UUID PRIMARY KEY REFERENCES "auth"."users"(id), bio TEXT);
CREATE TABLE "public"."users" (id INTEGER PRIMARY KEY);
