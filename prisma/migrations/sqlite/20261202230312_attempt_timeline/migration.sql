-- Pending sign-ins are short-lived (10 minutes) and now belong to a login attempt:
-- any still open at deploy time are dropped (their callback fails with a documented code).
DELETE FROM "SignInRequest";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LoginAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'SIGN_IN',
    "tenantId" TEXT,
    "accountName" TEXT,
    "connectionId" TEXT,
    "outcome" TEXT NOT NULL,
    "code" TEXT,
    "message" TEXT,
    "detail" TEXT,
    "provider" TEXT,
    "protocol" TEXT,
    "audience" TEXT,
    "externalSubject" TEXT,
    "externalUsername" TEXT,
    "identifierField" TEXT,
    "identifierValue" TEXT,
    "matchedUserId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "traceId" TEXT NOT NULL,
    "stage" TEXT NOT NULL DEFAULT 'started',
    "timeline" TEXT NOT NULL DEFAULT '[]',
    "params" TEXT NOT NULL DEFAULT '{}',
    "evidence" TEXT,
    "connectionConfig" TEXT,
    "repeatCount" INTEGER NOT NULL DEFAULT 1,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_LoginAttempt" ("accountName", "audience", "code", "connectionId", "createdAt", "detail", "externalSubject", "externalUsername", "id", "identifierField", "identifierValue", "ip", "matchedUserId", "message", "outcome", "protocol", "provider", "tenantId", "traceId", "userAgent") SELECT "accountName", "audience", "code", "connectionId", "createdAt", "detail", "externalSubject", "externalUsername", "id", "identifierField", "identifierValue", "ip", "matchedUserId", "message", "outcome", "protocol", "provider", "tenantId", "traceId", "userAgent" FROM "LoginAttempt";
DROP TABLE "LoginAttempt";
ALTER TABLE "new_LoginAttempt" RENAME TO "LoginAttempt";
CREATE UNIQUE INDEX "LoginAttempt_traceId_key" ON "LoginAttempt"("traceId");
CREATE INDEX "LoginAttempt_tenantId_id_idx" ON "LoginAttempt"("tenantId", "id");
CREATE INDEX "LoginAttempt_outcome_createdAt_idx" ON "LoginAttempt"("outcome", "createdAt");
CREATE INDEX "LoginAttempt_tenantId_code_ip_id_idx" ON "LoginAttempt"("tenantId", "code", "ip", "id");
CREATE INDEX "LoginAttempt_tenantId_lastSeenAt_idx" ON "LoginAttempt"("tenantId", "lastSeenAt");
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
    "traceId" TEXT NOT NULL,
    "timeline" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME
);
INSERT INTO "new_SignInRequest" ("audience", "browserBindingHash", "codeVerifierSealed", "connectionId", "consumedAt", "createdAt", "expiresAt", "id", "isTest", "nonce", "protocol", "returnTo", "samlRequestId", "tenantId") SELECT "audience", "browserBindingHash", "codeVerifierSealed", "connectionId", "consumedAt", "createdAt", "expiresAt", "id", "isTest", "nonce", "protocol", "returnTo", "samlRequestId", "tenantId" FROM "SignInRequest";
DROP TABLE "SignInRequest";
ALTER TABLE "new_SignInRequest" RENAME TO "SignInRequest";
CREATE UNIQUE INDEX "SignInRequest_samlRequestId_key" ON "SignInRequest"("samlRequestId");
CREATE INDEX "SignInRequest_expiresAt_idx" ON "SignInRequest"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
