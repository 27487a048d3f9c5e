-- CreateEnum
CREATE TYPE "SamlBinding" AS ENUM ('HTTP_REDIRECT', 'HTTP_POST');

-- AlterTable
ALTER TABLE "IdpConnection" ADD COLUMN     "samlAllowSha1Signatures" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "samlIdpInitiatedEnabled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "samlIdpInitiatedRelayStates" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "samlSsoBinding" "SamlBinding" NOT NULL DEFAULT 'HTTP_REDIRECT';
