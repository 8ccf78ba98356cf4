-- Full-text index over initiative texts in every locale. The trigram tokenizer matches inside
-- words, which Japanese (written without spaces) needs; remove_diacritics lets "securite"
-- find "sécurité". Triggers keep it in sync on every write to InitiativeText.
CREATE VIRTUAL TABLE "initiative_search" USING fts5(
  initiative_id UNINDEXED,
  locale UNINDEXED,
  name,
  body,
  tokenize = 'trigram remove_diacritics 1'
);

CREATE TRIGGER "initiative_search_insert" AFTER INSERT ON "InitiativeText" BEGIN
  INSERT INTO "initiative_search" (initiative_id, locale, name, body)
  VALUES (NEW."initiativeId", NEW."locale", NEW."name",
    concat_ws(' ', NEW."summary", NEW."objectives", NEW."activities", NEW."outcomes", NEW."recipientText", NEW."themeText", NEW."targetGroupText"));
END;

CREATE TRIGGER "initiative_search_delete" AFTER DELETE ON "InitiativeText" BEGIN
  DELETE FROM "initiative_search" WHERE initiative_id = OLD."initiativeId" AND locale = OLD."locale";
END;

CREATE TRIGGER "initiative_search_update" AFTER UPDATE ON "InitiativeText" BEGIN
  DELETE FROM "initiative_search" WHERE initiative_id = OLD."initiativeId" AND locale = OLD."locale";
  INSERT INTO "initiative_search" (initiative_id, locale, name, body)
  VALUES (NEW."initiativeId", NEW."locale", NEW."name",
    concat_ws(' ', NEW."summary", NEW."objectives", NEW."activities", NEW."outcomes", NEW."recipientText", NEW."themeText", NEW."targetGroupText"));
END;
