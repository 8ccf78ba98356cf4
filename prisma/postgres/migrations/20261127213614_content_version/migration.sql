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

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Approach', 'ApproachCountry', 'GgeSession', 'GgeSessionMember', 'GgeDocument', 'GgeKeyPoint', 'Event', 'EventOrganisation', 'EventInitiative'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "content_version_bump"()', 'content_version_' || lower(t), t);
  END LOOP;
END;
$$;
