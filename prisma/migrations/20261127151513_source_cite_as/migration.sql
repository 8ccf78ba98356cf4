-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN "citeAsEn" TEXT;
ALTER TABLE "SourceDocument" ADD COLUMN "citeAsFr" TEXT;
ALTER TABLE "SourceDocument" ADD COLUMN "citeAsJa" TEXT;
