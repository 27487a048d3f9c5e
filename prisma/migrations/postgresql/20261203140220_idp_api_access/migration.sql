-- AlterTable
ALTER TABLE "IdpConnection" ADD COLUMN     "oidcApiAccessEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "oidcApiAudience" TEXT;

-- CreateIndex
CREATE INDEX "IdpConnection_oidcIssuer_idx" ON "IdpConnection"("oidcIssuer");
