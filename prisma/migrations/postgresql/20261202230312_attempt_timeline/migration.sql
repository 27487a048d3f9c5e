-- Pending sign-ins are short-lived (10 minutes) and now belong to a login attempt:
-- any still open at deploy time are dropped (their callback fails with a documented code).
DELETE FROM "SignInRequest";

-- CreateEnum
CREATE TYPE "AttemptKind" AS ENUM ('SIGN_IN', 'TEST', 'SWITCH');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AttemptOutcome" ADD VALUE 'PENDING';
ALTER TYPE "AttemptOutcome" ADD VALUE 'ABANDONED';

-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "connectionConfig" TEXT,
ADD COLUMN     "evidence" TEXT,
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "kind" "AttemptKind" NOT NULL DEFAULT 'SIGN_IN',
ADD COLUMN     "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "params" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "repeatCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "stage" TEXT NOT NULL DEFAULT 'started',
ADD COLUMN     "timeline" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "SignInRequest" ADD COLUMN     "timeline" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "traceId" TEXT NOT NULL;

-- CreateIndex
CREATE INDEX "LoginAttempt_outcome_createdAt_idx" ON "LoginAttempt"("outcome", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_tenantId_code_ip_id_idx" ON "LoginAttempt"("tenantId", "code", "ip", "id");

-- CreateIndex
CREATE INDEX "LoginAttempt_tenantId_lastSeenAt_idx" ON "LoginAttempt"("tenantId", "lastSeenAt");
