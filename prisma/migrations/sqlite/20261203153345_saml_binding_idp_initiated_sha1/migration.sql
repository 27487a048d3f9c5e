-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IdpConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "protocol" TEXT NOT NULL,
    "identifierField" TEXT NOT NULL DEFAULT 'EMAIL',
    "salesforceOrgId" TEXT,
    "entraTenantId" TEXT,
    "entraDomain" TEXT,
    "oidcIssuer" TEXT,
    "oidcClientId" TEXT,
    "oidcClientSecretEncrypted" TEXT,
    "oidcScopes" TEXT NOT NULL DEFAULT 'openid email profile',
    "oidcApiAccessEnabled" BOOLEAN NOT NULL DEFAULT false,
    "oidcApiAudience" TEXT,
    "samlEntityId" TEXT,
    "samlSsoUrl" TEXT,
    "samlSsoBinding" TEXT NOT NULL DEFAULT 'HTTP_REDIRECT',
    "samlSigningCertificates" TEXT NOT NULL DEFAULT '[]',
    "samlAllowSha1Signatures" BOOLEAN NOT NULL DEFAULT false,
    "samlMetadataUrl" TEXT,
    "samlIdpInitiatedEnabled" BOOLEAN NOT NULL DEFAULT false,
    "samlIdpInitiatedRelayStates" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IdpConnection_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IdpConnection" ("createdAt", "entraDomain", "entraTenantId", "id", "identifierField", "name", "oidcApiAccessEnabled", "oidcApiAudience", "oidcClientId", "oidcClientSecretEncrypted", "oidcIssuer", "oidcScopes", "protocol", "provider", "salesforceOrgId", "samlEntityId", "samlMetadataUrl", "samlSigningCertificates", "samlSsoUrl", "tenantId", "updatedAt") SELECT "createdAt", "entraDomain", "entraTenantId", "id", "identifierField", "name", "oidcApiAccessEnabled", "oidcApiAudience", "oidcClientId", "oidcClientSecretEncrypted", "oidcIssuer", "oidcScopes", "protocol", "provider", "salesforceOrgId", "samlEntityId", "samlMetadataUrl", "samlSigningCertificates", "samlSsoUrl", "tenantId", "updatedAt" FROM "IdpConnection";
DROP TABLE "IdpConnection";
ALTER TABLE "new_IdpConnection" RENAME TO "IdpConnection";
CREATE INDEX "IdpConnection_tenantId_id_idx" ON "IdpConnection"("tenantId", "id");
CREATE INDEX "IdpConnection_oidcIssuer_idx" ON "IdpConnection"("oidcIssuer");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
