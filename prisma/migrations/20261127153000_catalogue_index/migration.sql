-- Catalogue index support (see lib/search): a change log read by every app instance, and a
-- full-text index keyed by the initiative id so that an edit deletes and rewrites one document.

-- Every write path (seed, admin form, archive/restore, CSV import) rewrites the Initiative row itself
-- (its version changes), so triggers on Initiative see every change to an initiative or its links.

-- CreateTable
CREATE TABLE "CatalogueChange" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "initiativeId" INTEGER
);

-- The old index had one row per (initiative, locale) keyed by an UNINDEXED column: every delete scanned it.
DROP TRIGGER IF EXISTS "initiative_search_insert";
DROP TRIGGER IF EXISTS "initiative_search_delete";
DROP TRIGGER IF EXISTS "initiative_search_update";
DROP TABLE IF EXISTS "initiative_search";

-- One document per initiative, rowid = Initiative.id, written by lib/search/text-index-sqlite.ts in the
-- same transaction as the initiative. names: its names in every locale; entities: names and acronyms of
-- its organisations, recipient countries and groups in every locale; body: the other texts; words: its short
-- words (2-4 letters, space-separated and space-padded) so that "CERT" matches the word, not "certificate".
CREATE VIRTUAL TABLE "initiative_text_index" USING fts5(
  names,
  entities,
  body,
  words,
  content = '',
  contentless_delete = 1,
  tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER "catalogue_change_initiative_insert" AFTER INSERT ON "Initiative" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NEW."id");
END;

CREATE TRIGGER "catalogue_change_initiative_update" AFTER UPDATE ON "Initiative" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NEW."id");
END;

CREATE TRIGGER "catalogue_change_initiative_delete" AFTER DELETE ON "Initiative" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (OLD."id");
END;

-- Initiatives are archived, never deleted by the app; a deletion by hand still leaves no stale document.
CREATE TRIGGER "initiative_text_index_delete" AFTER DELETE ON "Initiative" BEGIN
  DELETE FROM "initiative_text_index" WHERE rowid = OLD."id";
END;

-- Reference data read by the index (names, memberships, hierarchies): any change rebuilds it.
CREATE TRIGGER "catalogue_change_organisation_update" AFTER UPDATE ON "Organisation" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_organisation_delete" AFTER DELETE ON "Organisation" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_group_update" AFTER UPDATE ON "Group" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_group_delete" AFTER DELETE ON "Group" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_country_update" AFTER UPDATE ON "Country" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_country_delete" AFTER DELETE ON "Country" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_theme_update" AFTER UPDATE ON "Theme" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_theme_delete" AFTER DELETE ON "Theme" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_targetgroup_update" AFTER UPDATE ON "TargetGroup" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_targetgroup_delete" AFTER DELETE ON "TargetGroup" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_sourcedocument_update" AFTER UPDATE ON "SourceDocument" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_sourcedocument_delete" AFTER DELETE ON "SourceDocument" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_groupmember_insert" AFTER INSERT ON "GroupMember" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_groupmember_update" AFTER UPDATE ON "GroupMember" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_groupmember_delete" AFTER DELETE ON "GroupMember" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

-- Documents for existing initiatives are written by the seed (lib/seed), which rebuilds them all.
