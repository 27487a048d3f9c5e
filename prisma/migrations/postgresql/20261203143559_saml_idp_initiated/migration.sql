-- AlterTable
ALTER TABLE "IdpConnection" ADD COLUMN     "samlIdpInitiatedEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "samlIdpInitiatedRelayStates" TEXT NOT NULL DEFAULT '[]';
