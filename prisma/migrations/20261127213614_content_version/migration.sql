-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- Every write to these tables bumps the counter (the seed rewrites them in place; admin GGE saves also write AuditLog).
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "content_version_approach_insert" AFTER INSERT ON "Approach" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_approach_update" AFTER UPDATE ON "Approach" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_approach_delete" AFTER DELETE ON "Approach" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_approachcountry_insert" AFTER INSERT ON "ApproachCountry" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_approachcountry_update" AFTER UPDATE ON "ApproachCountry" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_approachcountry_delete" AFTER DELETE ON "ApproachCountry" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggesession_insert" AFTER INSERT ON "GgeSession" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggesession_update" AFTER UPDATE ON "GgeSession" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggesession_delete" AFTER DELETE ON "GgeSession" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggesessionmember_insert" AFTER INSERT ON "GgeSessionMember" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggesessionmember_update" AFTER UPDATE ON "GgeSessionMember" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggesessionmember_delete" AFTER DELETE ON "GgeSessionMember" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggedocument_insert" AFTER INSERT ON "GgeDocument" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggedocument_update" AFTER UPDATE ON "GgeDocument" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggedocument_delete" AFTER DELETE ON "GgeDocument" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggekeypoint_insert" AFTER INSERT ON "GgeKeyPoint" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggekeypoint_update" AFTER UPDATE ON "GgeKeyPoint" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_ggekeypoint_delete" AFTER DELETE ON "GgeKeyPoint" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_event_insert" AFTER INSERT ON "Event" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_event_update" AFTER UPDATE ON "Event" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_event_delete" AFTER DELETE ON "Event" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_eventorganisation_insert" AFTER INSERT ON "EventOrganisation" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_eventorganisation_update" AFTER UPDATE ON "EventOrganisation" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_eventorganisation_delete" AFTER DELETE ON "EventOrganisation" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_eventinitiative_insert" AFTER INSERT ON "EventInitiative" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_eventinitiative_update" AFTER UPDATE ON "EventInitiative" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "content_version_eventinitiative_delete" AFTER DELETE ON "EventInitiative" BEGIN
  UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
