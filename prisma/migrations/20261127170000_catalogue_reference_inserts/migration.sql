-- A new organisation, group, country, theme, target group or source changes what the catalogue index
-- can name (an initiative may link to it in the same transaction): every instance rebuilds its index.
CREATE TRIGGER "catalogue_change_organisation_insert" AFTER INSERT ON "Organisation" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_group_insert" AFTER INSERT ON "Group" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_country_insert" AFTER INSERT ON "Country" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_theme_insert" AFTER INSERT ON "Theme" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_targetgroup_insert" AFTER INSERT ON "TargetGroup" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

CREATE TRIGGER "catalogue_change_sourcedocument_insert" AFTER INSERT ON "SourceDocument" BEGIN
  INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL);
END;

