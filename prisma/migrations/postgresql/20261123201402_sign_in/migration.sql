-- CreateEnum
CREATE TYPE "AttemptOutcome" AS ENUM ('SUCCESS', 'FAILURE');

-- CreateTable
CREATE TABLE "SignInRequest" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "audience" "UserKind" NOT NULL,
    "protocol" "Protocol" NOT NULL,
    "browserBindingHash" TEXT NOT NULL,
    "nonce" TEXT,
    "codeVerifierSealed" TEXT,
    "samlRequestId" TEXT,
    "returnTo" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),

    CONSTRAINT "SignInRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsumedAssertion" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsumedAssertion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "externalSubject" TEXT NOT NULL,
    "salesforceOrgId" TEXT,
    "entraTenantId" TEXT,
    "identityJson" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "accountName" TEXT,
    "connectionId" TEXT,
    "outcome" "AttemptOutcome" NOT NULL,
    "code" TEXT,
    "message" TEXT,
    "detail" TEXT,
    "provider" "Provider",
    "protocol" "Protocol",
    "audience" "UserKind",
    "externalSubject" TEXT,
    "externalUsername" TEXT,
    "identifierField" "IdentifierField",
    "identifierValue" TEXT,
    "matchedUserId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "traceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
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
