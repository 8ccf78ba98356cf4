-- Groups that stand for (nearly) every country are "global"; the others "group".
ALTER TABLE "Group" ADD COLUMN "scope" TEXT NOT NULL DEFAULT 'group';
