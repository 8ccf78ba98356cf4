-- CreateIndex
CREATE INDEX "Initiative_status_updatedAt_idx" ON "Initiative"("status", "updatedAt");
