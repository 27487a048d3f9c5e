-- AlterTable
ALTER TABLE "SignInRequest" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ConnectionTest" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "audience" "UserKind" NOT NULL,
    "outcome" "AttemptOutcome" NOT NULL,
    "code" TEXT,
    "matchedUserId" TEXT,
    "connectionUpdatedAt" TIMESTAMP(3) NOT NULL,
    "traceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConnectionTest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConnectionTest_connectionId_audience_id_idx" ON "ConnectionTest"("connectionId", "audience", "id");
