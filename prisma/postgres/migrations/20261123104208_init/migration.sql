-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
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
    "contributionFr" TEXT NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "m49" TEXT NOT NULL,
    "regionSlug" TEXT,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupMember" (
    "groupId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "GroupMember_pkey" PRIMARY KEY ("groupId","countryCode")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "parentSlug" TEXT,
    "gfceCode" TEXT,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetGroup" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,

    CONSTRAINT "TargetGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approach" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "Approach_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApproachCountry" (
    "approachId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "ApproachCountry_pkey" PRIMARY KEY ("approachId","countryCode")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Initiative" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
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

    CONSTRAINT "InitiativeText_pkey" PRIMARY KEY ("initiativeId","locale")
);

-- CreateTable
CREATE TABLE "InitiativeOrganisation" (
    "initiativeId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "funding" BOOLEAN NOT NULL DEFAULT false,
    "iatiRole" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeOrganisation_pkey" PRIMARY KEY ("initiativeId","organisationId","column")
);

-- CreateTable
CREATE TABLE "InitiativeCountry" (
    "initiativeId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "InitiativeCountry_pkey" PRIMARY KEY ("initiativeId","countryCode")
);

-- CreateTable
CREATE TABLE "InitiativeGroup" (
    "initiativeId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,

    CONSTRAINT "InitiativeGroup_pkey" PRIMARY KEY ("initiativeId","groupId")
);

-- CreateTable
CREATE TABLE "InitiativeTheme" (
    "initiativeId" INTEGER NOT NULL,
    "themeId" INTEGER NOT NULL,

    CONSTRAINT "InitiativeTheme_pkey" PRIMARY KEY ("initiativeId","themeId")
);

-- CreateTable
CREATE TABLE "InitiativeTargetGroup" (
    "initiativeId" INTEGER NOT NULL,
    "targetGroupId" INTEGER NOT NULL,

    CONSTRAINT "InitiativeTargetGroup_pkey" PRIMARY KEY ("initiativeId","targetGroupId")
);

-- CreateTable
CREATE TABLE "GgeSession" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "GgeSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GgeSessionMember" (
    "sessionId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,

    CONSTRAINT "GgeSessionMember_pkey" PRIMARY KEY ("sessionId","countryCode")
);

-- CreateTable
CREATE TABLE "GgeDocument" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "GgeDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GgeKeyPoint" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "paragraphs" TEXT,
    "textJa" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "textFr" TEXT NOT NULL,

    CONSTRAINT "GgeKeyPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Event" (
    "id" SERIAL NOT NULL,
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

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventOrganisation" (
    "eventId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "EventOrganisation_pkey" PRIMARY KEY ("eventId","organisationId")
);

-- CreateTable
CREATE TABLE "EventInitiative" (
    "eventId" INTEGER NOT NULL,
    "initiativeId" INTEGER NOT NULL,

    CONSTRAINT "EventInitiative_pkey" PRIMARY KEY ("eventId","initiativeId")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "userId" TEXT,
    "entity" TEXT NOT NULL,
    "entitySlug" TEXT NOT NULL,
    "initiativeId" INTEGER,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Country" ADD CONSTRAINT "Country_regionSlug_fkey" FOREIGN KEY ("regionSlug") REFERENCES "Group"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Group" ADD CONSTRAINT "Group_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Group"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupMember" ADD CONSTRAINT "GroupMember_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_parentSlug_fkey" FOREIGN KEY ("parentSlug") REFERENCES "Theme"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approach" ADD CONSTRAINT "Approach_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApproachCountry" ADD CONSTRAINT "ApproachCountry_approachId_fkey" FOREIGN KEY ("approachId") REFERENCES "Approach"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApproachCountry" ADD CONSTRAINT "ApproachCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_approachId_fkey" FOREIGN KEY ("approachId") REFERENCES "Approach"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeText" ADD CONSTRAINT "InitiativeText_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeOrganisation" ADD CONSTRAINT "InitiativeOrganisation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeOrganisation" ADD CONSTRAINT "InitiativeOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCountry" ADD CONSTRAINT "InitiativeCountry_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCountry" ADD CONSTRAINT "InitiativeCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeGroup" ADD CONSTRAINT "InitiativeGroup_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeGroup" ADD CONSTRAINT "InitiativeGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Group"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTheme" ADD CONSTRAINT "InitiativeTheme_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTheme" ADD CONSTRAINT "InitiativeTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTargetGroup" ADD CONSTRAINT "InitiativeTargetGroup_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTargetGroup" ADD CONSTRAINT "InitiativeTargetGroup_targetGroupId_fkey" FOREIGN KEY ("targetGroupId") REFERENCES "TargetGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeSession" ADD CONSTRAINT "GgeSession_chairCountryCode_fkey" FOREIGN KEY ("chairCountryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeSession" ADD CONSTRAINT "GgeSession_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeSessionMember" ADD CONSTRAINT "GgeSessionMember_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GgeSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeSessionMember" ADD CONSTRAINT "GgeSessionMember_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeDocument" ADD CONSTRAINT "GgeDocument_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "GgeSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeDocument" ADD CONSTRAINT "GgeDocument_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GgeKeyPoint" ADD CONSTRAINT "GgeKeyPoint_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "GgeDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganisation" ADD CONSTRAINT "EventOrganisation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventOrganisation" ADD CONSTRAINT "EventOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventInitiative" ADD CONSTRAINT "EventInitiative_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventInitiative" ADD CONSTRAINT "EventInitiative_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE SET NULL ON UPDATE CASCADE;
