-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "author" TEXT,
    "publisherJa" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "publisherFr" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "url" TEXT,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "contributionJa" TEXT NOT NULL,
    "contributionEn" TEXT NOT NULL,
    "contributionFr" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "m49" TEXT NOT NULL,
    "regionSlug" TEXT,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    CONSTRAINT "Country_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Group" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Group" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "m49" TEXT,
    "parentSlug" TEXT,
    "acronym" TEXT,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "membersAsOf" TEXT,
    "noteJa" TEXT,
    "noteEn" TEXT,
    "noteFr" TEXT,
    CONSTRAINT "Group_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Group" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "groupId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("groupId", "countryCode"),
    CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GroupMember_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "parentSlug" TEXT,
    "gfceCode" TEXT,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    CONSTRAINT "Theme_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Theme" ("slug") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TargetGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Approach" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "descriptionJa" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionFr" TEXT NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "sourceLocator" TEXT NOT NULL,
    CONSTRAINT "Approach_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApproachCountry" (
    "approachId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("approachId", "countryCode"),
    CONSTRAINT "ApproachCountry_approachId_fkey" FOREIGN KEY ("approachId") REFERENCES "Approach" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApproachCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "acronym" TEXT,
    "type" TEXT NOT NULL,
    "countryCode" TEXT,
    "approachId" INTEGER,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "sourceLocator" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_approachId_fkey" FOREIGN KEY ("approachId") REFERENCES "Approach" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Organisation_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "appendixRow" INTEGER,
    "originalLocale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'published',
    "startYear" INTEGER,
    "startMonth" INTEGER,
    "endYear" INTEGER,
    "endMonth" INTEGER,
    "ongoing" BOOLEAN NOT NULL DEFAULT false,
    "sourceDocumentId" INTEGER NOT NULL,
    "sourceLocator" TEXT NOT NULL,
    "sourceLine" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Initiative_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeText" (
    "initiativeId" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT,
    "summary" TEXT,
    "objectives" TEXT,
    "activities" TEXT,
    "outcomes" TEXT,
    "recipientText" TEXT,
    "themeText" TEXT,
    "targetGroupText" TEXT,
    "periodText" TEXT,

    PRIMARY KEY ("initiativeId", "locale"),
    CONSTRAINT "InitiativeText_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeOrganisation" (
    "initiativeId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "funding" BOOLEAN NOT NULL DEFAULT false,
    "iatiRole" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("initiativeId", "organisationId", "column"),
    CONSTRAINT "InitiativeOrganisation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeCountry" (
    "initiativeId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("initiativeId", "countryCode"),
    CONSTRAINT "InitiativeCountry_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeGroup" (
    "initiativeId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,

    PRIMARY KEY ("initiativeId", "groupId"),
    CONSTRAINT "InitiativeGroup_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeTheme" (
    "initiativeId" INTEGER NOT NULL,
    "themeId" INTEGER NOT NULL,

    PRIMARY KEY ("initiativeId", "themeId"),
    CONSTRAINT "InitiativeTheme_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InitiativeTargetGroup" (
    "initiativeId" INTEGER NOT NULL,
    "targetGroupId" INTEGER NOT NULL,

    PRIMARY KEY ("initiativeId", "targetGroupId"),
    CONSTRAINT "InitiativeTargetGroup_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InitiativeTargetGroup_targetGroupId_fkey" FOREIGN KEY ("targetGroupId") REFERENCES "TargetGroup" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GgeSession" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "mandate" TEXT,
    "chairNameJa" TEXT,
    "chairNameEn" TEXT,
    "chairNameFr" TEXT,
    "chairCountryCode" TEXT,
    "outcome" TEXT NOT NULL,
    "summaryJa" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "sourceLocator" TEXT NOT NULL,
    CONSTRAINT "GgeSession_chairCountryCode_fkey" FOREIGN KEY ("chairCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GgeSession_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GgeSessionMember" (
    "sessionId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    PRIMARY KEY ("sessionId", "countryCode"),
    CONSTRAINT "GgeSessionMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GgeSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GgeSessionMember_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GgeDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "sessionId" INTEGER,
    "titleJa" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "summaryJa" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "url" TEXT,
    "sourceDocumentId" INTEGER NOT NULL,
    "sourceLocator" TEXT NOT NULL,
    CONSTRAINT "GgeDocument_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GgeSession" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "GgeDocument_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GgeKeyPoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "paragraphs" TEXT,
    "textJa" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "textFr" TEXT NOT NULL,
    CONSTRAINT "GgeKeyPoint_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "GgeDocument" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "locationJa" TEXT,
    "locationEn" TEXT,
    "locationFr" TEXT,
    "summaryJa" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "summaryFr" TEXT NOT NULL,
    "sourceDocumentId" INTEGER NOT NULL,
    "sourceLocator" TEXT NOT NULL,
    CONSTRAINT "Event_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventOrganisation" (
    "eventId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    PRIMARY KEY ("eventId", "organisationId"),
    CONSTRAINT "EventOrganisation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventInitiative" (
    "eventId" INTEGER NOT NULL,
    "initiativeId" INTEGER NOT NULL,

    PRIMARY KEY ("eventId", "initiativeId"),
    CONSTRAINT "EventInitiative_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventInitiative_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" DATETIME
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT,
    "entity" TEXT NOT NULL,
    "entitySlug" TEXT NOT NULL,
    "initiativeId" INTEGER,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AuditLog_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_slug_key" ON "SourceDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Group_slug_key" ON "Group"("slug");

-- CreateIndex
CREATE INDEX "GroupMember_countryCode_idx" ON "GroupMember"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "TargetGroup_slug_key" ON "TargetGroup"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Approach_slug_key" ON "Approach"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_type_idx" ON "Organisation"("type");

-- CreateIndex
CREATE INDEX "Organisation_countryCode_idx" ON "Organisation"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_appendixRow_key" ON "Initiative"("appendixRow");

-- CreateIndex
CREATE INDEX "Initiative_status_idx" ON "Initiative"("status");

-- CreateIndex
CREATE INDEX "Initiative_startYear_idx" ON "Initiative"("startYear");

-- CreateIndex
CREATE INDEX "InitiativeOrganisation_organisationId_idx" ON "InitiativeOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "InitiativeCountry_countryCode_idx" ON "InitiativeCountry"("countryCode");

-- CreateIndex
CREATE INDEX "InitiativeGroup_groupId_idx" ON "InitiativeGroup"("groupId");

-- CreateIndex
CREATE INDEX "InitiativeTheme_themeId_idx" ON "InitiativeTheme"("themeId");

-- CreateIndex
CREATE INDEX "InitiativeTargetGroup_targetGroupId_idx" ON "InitiativeTargetGroup"("targetGroupId");

-- CreateIndex
CREATE UNIQUE INDEX "GgeSession_slug_key" ON "GgeSession"("slug");

-- CreateIndex
CREATE INDEX "GgeSessionMember_countryCode_idx" ON "GgeSessionMember"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "GgeDocument_slug_key" ON "GgeDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "GgeDocument_symbol_key" ON "GgeDocument"("symbol");

-- CreateIndex
CREATE INDEX "GgeKeyPoint_documentId_idx" ON "GgeKeyPoint"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entitySlug_idx" ON "AuditLog"("entity", "entitySlug");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");
