-- Concept columns in the full-text index (lib/search/concept-tokens.ts): each document also carries one
-- token per known concept it names (a country, group, organisation or synonym set, in any of its names),
-- per field, so that a query for a concept looks up one rare trigram instead of every name's phrase.
-- FTS5 tables cannot gain columns: the index is recreated empty, and `npm run db:migrate` rewrites every
-- document right after (scripts/text-index.ts), as the seed does.
DROP TABLE IF EXISTS "initiative_text_index";

CREATE VIRTUAL TABLE "initiative_text_index" USING fts5(
  names,
  entities,
  body,
  words,
  concept_names,
  concept_entities,
  concept_body,
  content = '',
  contentless_delete = 1,
  tokenize = 'trigram remove_diacritics 1'
);

-- Which concept vocabulary every document was marked with. Queries use the concept columns only when it
-- is the running code's: until a rebuild, they look for every name, as before.
CREATE TABLE "initiative_text_index_state" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "vocabulary" TEXT NOT NULL
);
