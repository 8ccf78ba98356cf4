-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "noteEn" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "noteFr" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "noteJa" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "sourceName" TEXT;
