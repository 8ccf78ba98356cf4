-- Text search on PostgreSQL (lib/search/text-index-postgres.ts), written by hand: schema.prisma
-- cannot express extensions, functions or expression indexes, so scripts/migrate.ts keeps the
-- table out of the schema diff. pg_trgm and unaccent ship with postgresql-contrib and are
-- trusted extensions: the database owner may create them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent(text) is only STABLE (it looks its dictionary up through search_path). Naming the
-- dictionary makes the result fixed: lower-cased, without diacritics ("Sécurité" → "securite").
-- Japanese text passes through unchanged. The application folds documents with it when it writes
-- them and query terms when it matches.
CREATE OR REPLACE FUNCTION portal_search_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- One row per published initiative, rewritten by the application on every write, its text folded.
-- names: the names in every locale; body: summaries, objectives, activities, outcomes and the
-- source's wordings in every locale; entities: organisation, country and group names and aliases.
CREATE TABLE "InitiativeSearchDocument" (
    "initiativeId" INTEGER NOT NULL PRIMARY KEY,
    "names" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL DEFAULT '',
    "entities" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "InitiativeSearchDocument_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Trigram indexes serve LIKE '%term%' for terms of three characters or more, Japanese included
-- (the database must use a UTF-8 encoding; C.UTF-8 is enough).
CREATE INDEX "InitiativeSearchDocument_names_trgm" ON "InitiativeSearchDocument" USING gin ("names" gin_trgm_ops);
CREATE INDEX "InitiativeSearchDocument_body_trgm" ON "InitiativeSearchDocument" USING gin ("body" gin_trgm_ops);
CREATE INDEX "InitiativeSearchDocument_entities_trgm" ON "InitiativeSearchDocument" USING gin ("entities" gin_trgm_ops);
