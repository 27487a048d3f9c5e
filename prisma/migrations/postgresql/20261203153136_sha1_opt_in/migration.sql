-- AlterTable
ALTER TABLE "IdpConnection" ADD COLUMN     "samlAllowSha1Signatures" BOOLEAN NOT NULL DEFAULT false;
