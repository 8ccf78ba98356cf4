-- Catalogue index support on PostgreSQL (see lib/search and the SQLite migration of the same name):
-- every write that can change what the in-memory catalogue index holds appends a row to
-- "CatalogueChange"; each app instance compares the newest seq with its own on every request.

CREATE OR REPLACE FUNCTION portal_catalogue_initiative_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END);
  RETURN NULL;
END $$;

-- Reference data (names, memberships, hierarchies): any change makes every instance rebuild.
CREATE OR REPLACE FUNCTION portal_catalogue_reference_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
  RETURN NULL;
END $$;

CREATE TRIGGER "catalogue_change_initiative" AFTER INSERT OR UPDATE OR DELETE ON "Initiative"
  FOR EACH ROW EXECUTE FUNCTION portal_catalogue_initiative_change();
CREATE TRIGGER "catalogue_change_organisation" AFTER UPDATE OR DELETE ON "Organisation"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();
CREATE TRIGGER "catalogue_change_group" AFTER UPDATE OR DELETE ON "Group"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();
CREATE TRIGGER "catalogue_change_country" AFTER UPDATE OR DELETE ON "Country"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();
CREATE TRIGGER "catalogue_change_theme" AFTER UPDATE OR DELETE ON "Theme"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();
CREATE TRIGGER "catalogue_change_targetgroup" AFTER UPDATE OR DELETE ON "TargetGroup"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();
CREATE TRIGGER "catalogue_change_sourcedocument" AFTER UPDATE OR DELETE ON "SourceDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();
CREATE TRIGGER "catalogue_change_groupmember" AFTER INSERT OR UPDATE OR DELETE ON "GroupMember"
  FOR EACH STATEMENT EXECUTE FUNCTION portal_catalogue_reference_change();

-- Short words (2-4 letters), space-padded, so that "CERT" matches the word and not "certificate".
ALTER TABLE "InitiativeSearchDocument" ADD COLUMN "words" TEXT NOT NULL DEFAULT '';
CREATE INDEX "InitiativeSearchDocument_words_trgm" ON "InitiativeSearchDocument" USING gin ("words" gin_trgm_ops);
