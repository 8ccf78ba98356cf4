-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Initiative" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "appendixRow" INTEGER,
    "originalLocale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
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
INSERT INTO "new_Initiative" ("appendixRow", "createdAt", "endMonth", "endYear", "id", "ongoing", "originalLocale", "slug", "sourceDocumentId", "sourceLine", "sourceLocator", "startMonth", "startYear", "status", "updatedAt", "version") SELECT "appendixRow", "createdAt", "endMonth", "endYear", "id", "ongoing", "originalLocale", "slug", "sourceDocumentId", "sourceLine", "sourceLocator", "startMonth", "startYear", "status", "updatedAt", "version" FROM "Initiative";
DROP TABLE "Initiative";
ALTER TABLE "new_Initiative" RENAME TO "Initiative";
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");
CREATE UNIQUE INDEX "Initiative_appendixRow_key" ON "Initiative"("appendixRow");
CREATE INDEX "Initiative_status_idx" ON "Initiative"("status");
CREATE INDEX "Initiative_startYear_idx" ON "Initiative"("startYear");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
