-- CreateEnum
CREATE TYPE "SamlBinding" AS ENUM ('HTTP_REDIRECT', 'HTTP_POST');

-- AlterTable
ALTER TABLE "IdpConnection" ADD COLUMN     "samlSsoBinding" "SamlBinding" NOT NULL DEFAULT 'HTTP_REDIRECT';
