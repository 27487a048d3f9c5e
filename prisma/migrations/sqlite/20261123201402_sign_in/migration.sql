-- CreateTable
CREATE TABLE "SignInRequest" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ConsumedAssertion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "externalSubject" TEXT NOT NULL,
    "salesforceOrgId" TEXT,
    "entraTenantId" TEXT,
    "identityJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "SignInRequest_samlRequestId_key" ON "SignInRequest"("samlRequestId");

-- CreateIndex
CREATE INDEX "SignInRequest_expiresAt_idx" ON "SignInRequest"("expiresAt");

-- CreateIndex
CREATE INDEX "ConsumedAssertion_expiresAt_idx" ON "ConsumedAssertion"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LoginAttempt_traceId_key" ON "LoginAttempt"("traceId");

-- CreateIndex
CREATE INDEX "LoginAttempt_tenantId_id_idx" ON "LoginAttempt"("tenantId", "id");
