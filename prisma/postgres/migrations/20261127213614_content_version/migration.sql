-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);

-- Every statement writing these tables bumps the counter (the seed rewrites them in place; admin GGE saves also write AuditLog).
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "content_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "content_version_approach" AFTER INSERT OR UPDATE OR DELETE ON "Approach"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_approachcountry" AFTER INSERT OR UPDATE OR DELETE ON "ApproachCountry"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_ggesession" AFTER INSERT OR UPDATE OR DELETE ON "GgeSession"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_ggesessionmember" AFTER INSERT OR UPDATE OR DELETE ON "GgeSessionMember"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_ggedocument" AFTER INSERT OR UPDATE OR DELETE ON "GgeDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_ggekeypoint" AFTER INSERT OR UPDATE OR DELETE ON "GgeKeyPoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_event" AFTER INSERT OR UPDATE OR DELETE ON "Event"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_eventorganisation" AFTER INSERT OR UPDATE OR DELETE ON "EventOrganisation"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();

CREATE TRIGGER "content_version_eventinitiative" AFTER INSERT OR UPDATE OR DELETE ON "EventInitiative"
  FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"();
