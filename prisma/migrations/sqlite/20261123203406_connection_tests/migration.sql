-- CreateTable
CREATE TABLE "ConnectionTest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "code" TEXT,
    "matchedUserId" TEXT,
    "connectionUpdatedAt" DATETIME NOT NULL,
    "traceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SignInRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "browserBindingHash" TEXT NOT NULL,
    "nonce" TEXT,
    "codeVerifierSealed" TEXT,
    "samlRequestId" TEXT,
    "returnTo" TEXT,
    "isTest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME
);
INSERT INTO "new_SignInRequest" ("audience", "browserBindingHash", "codeVerifierSealed", "connectionId", "consumedAt", "createdAt", "expiresAt", "id", "nonce", "protocol", "returnTo", "samlRequestId", "tenantId") SELECT "audience", "browserBindingHash", "codeVerifierSealed", "connectionId", "consumedAt", "createdAt", "expiresAt", "id", "nonce", "protocol", "returnTo", "samlRequestId", "tenantId" FROM "SignInRequest";
DROP TABLE "SignInRequest";
ALTER TABLE "new_SignInRequest" RENAME TO "SignInRequest";
CREATE UNIQUE INDEX "SignInRequest_samlRequestId_key" ON "SignInRequest"("samlRequestId");
CREATE INDEX "SignInRequest_expiresAt_idx" ON "SignInRequest"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ConnectionTest_connectionId_audience_id_idx" ON "ConnectionTest"("connectionId", "audience", "id");
