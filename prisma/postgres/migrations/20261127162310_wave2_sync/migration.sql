-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "scope" TEXT NOT NULL DEFAULT 'group';

-- AlterTable
ALTER TABLE "Initiative" ALTER COLUMN "status" SET DEFAULT 'draft';

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "noteEn" TEXT,
ADD COLUMN     "noteFr" TEXT,
ADD COLUMN     "noteJa" TEXT,
ADD COLUMN     "sourceName" TEXT;

-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "citeAsEn" TEXT,
ADD COLUMN     "citeAsFr" TEXT,
ADD COLUMN     "citeAsJa" TEXT;

-- CreateTable
CREATE TABLE "CatalogueChange" (
    "seq" SERIAL NOT NULL,
    "initiativeId" INTEGER,

    CONSTRAINT "CatalogueChange_pkey" PRIMARY KEY ("seq")
);
