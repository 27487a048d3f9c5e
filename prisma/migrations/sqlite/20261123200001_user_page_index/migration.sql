-- CreateIndex
CREATE INDEX "User_tenantId_id_idx" ON "User"("tenantId", "id");
