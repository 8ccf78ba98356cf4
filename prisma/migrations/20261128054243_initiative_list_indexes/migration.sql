-- CreateIndex
CREATE INDEX "Initiative_status_createdAt_appendixRow_id_idx" ON "Initiative"("status", "createdAt", "appendixRow", "id");

-- CreateIndex
CREATE INDEX "Initiative_status_sourceDocumentId_idx" ON "Initiative"("status", "sourceDocumentId");
