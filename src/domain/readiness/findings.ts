// Every readiness finding, once: severity, message, fix and what the fix touches.
// BLOCKER findings stop enableSso; WARNING findings are reported and do not.

type Severity = 'BLOCKER' | 'WARNING';

export interface FindingEntry {
  severity: Severity;
  /** Requirement ids this finding enforces. */
  requirements: string[];
  message: string;
  fix: string;
  fixTarget: string;
}

export const READINESS_FINDINGS = {
  SSO_NOT_ENTITLED: { severity: 'BLOCKER', requirements: ['R16'], message: 'The platform operator has not granted this account the Single Sign On entitlement.', fix: 'Ask customer care to enable Single Sign On for the account.', fixTarget: 'Tenant.ssoEntitled (operator)' },
  NO_CONNECTION: { severity: 'BLOCKER', requirements: ['R18'], message: 'The account has no IdP connection.', fix: 'Add a SAML or OIDC connection with the parameters obtained from your IdP.', fixTarget: 'createIdpConnection' },
  CONNECTION_INCOMPLETE: { severity: 'BLOCKER', requirements: ['R18'], message: 'The connection {connection} lacks {missing}.', fix: 'Enter the missing values obtained from the IdP, or import its metadata (SAML).', fixTarget: '{fields}' },
  CERTIFICATE_EXPIRED: { severity: 'BLOCKER', requirements: ['R20'], message: 'The signing certificate {subject} of {connection} expired on {notAfter}.', fix: 'Import the IdP metadata with its current certificate.', fixTarget: 'IdpConnection.saml.signingCertificates' },
  CERTIFICATE_EXPIRING: { severity: 'WARNING', requirements: ['R20'], message: 'The signing certificate {subject} of {connection} expires on {notAfter}.', fix: 'Plan the rollover: add the IdP\'s next certificate before then.', fixTarget: 'IdpConnection.saml.signingCertificates' },
  SAML_SHA1_ALLOWED: { severity: 'WARNING', requirements: ['R13'], message: 'The connection {connection} accepts SHA-1 signatures (the legacy opt-in): a forged response could pass.', fix: 'Have the IdP sign with RSA-SHA256, then turn the opt-in off.', fixTarget: 'IdpConnection.saml.allowSha1Signatures' },
  METADATA_UNREACHABLE: { severity: 'WARNING', requirements: ['R18'], message: 'The metadata URL of {connection} could not be read: {problem}', fix: 'Correct the metadata URL, or enter the values by hand.', fixTarget: 'IdpConnection.saml.metadataUrl' },
  OIDC_DISCOVERY_FAILED: { severity: 'BLOCKER', requirements: ['R18'], message: 'The OIDC discovery document of {connection} could not be read: {problem}', fix: 'Check the issuer URL against the IdP.', fixTarget: 'IdpConnection.oidc.issuer' },
  OIDC_ISSUER_MISMATCH: { severity: 'BLOCKER', requirements: ['R18'], message: 'The IdP of {connection} calls itself {actual}, not {expected}.', fix: 'Set the issuer to exactly the value the IdP publishes.', fixTarget: 'IdpConnection.oidc.issuer' },
  SALESFORCE_ORG_NOT_SET: { severity: 'BLOCKER', requirements: ['R05', 'R06'], message: 'The Salesforce connection {connection} is linked to no Salesforce org.', fix: 'Enter the Salesforce org ID (Setup → Company Information).', fixTarget: 'IdpConnection.salesforceOrgId' },
  ENTRA_DIRECTORY_NOT_SET: { severity: 'BLOCKER', requirements: ['R05'], message: 'The Microsoft connection {connection} is linked to no Entra ID tenant or domain.', fix: 'Enter the Entra tenant ID and/or the verified domain.', fixTarget: 'IdpConnection.entraTenantId / IdpConnection.entraDomain' },
  NO_MATCHABLE_USERS: { severity: 'BLOCKER', requirements: ['R19', 'R20'], message: 'No user or agent has a {field}, which {connection} matches on: nobody could sign in.', fix: 'Give users and agents a valid matching {field}, or choose another identifier field.', fixTarget: 'User.{column} / IdpConnection.identifierField' },
  USERS_UNMATCHABLE: { severity: 'WARNING', requirements: ['R19'], message: '{count} users and agents have no {field}, which {connection} matches on: they cannot sign in with it; {lockedOut} of them have no password sign-in and no other connection that matches them, and would be locked out.', fix: 'Give them a valid matching {field} (or keep password sign-in for them).', fixTarget: 'User.{column}' },
  DUPLICATE_IDENTIFIERS: { severity: 'WARNING', requirements: ['R11'], message: '{count} users and agents share a {field} with someone else ({groups} values): they would see "Multiple users found".', fix: 'Give each user a unique {field}.', fixTarget: 'User.{column}' },
  NO_TEST_SIGN_IN: { severity: 'BLOCKER', requirements: ['R20'], message: 'No successful test sign-in through {connection} for {audience} since it last changed.', fix: 'Run testIdpConnection for {audience} and sign in at the IdP.', fixTarget: 'testIdpConnection' },
  NO_BREAK_GLASS: { severity: 'BLOCKER', requirements: ['R20'], message: 'No admin keeps password sign-in or has passed a test SSO sign-in: a broken IdP would lock everyone out.', fix: 'Keep password sign-in for at least one admin, or have an admin pass a test sign-in.', fixTarget: 'User.passwordSignInAllowed / testIdpConnection' },
  RECENT_SALESFORCE_UNVERIFIED_EMAILS: { severity: 'WARNING', requirements: ['R08'], message: '{count} recent Salesforce sign-ins failed because Salesforce has not verified the email, and {connection} matches on Email.', fix: 'Select a Salesforce identifier field other than Email.', fixTarget: 'IdpConnection.identifierField' },
  RECENT_MICROSOFT_NO_EMAIL: { severity: 'WARNING', requirements: ['R09'], message: '{count} recent Microsoft sign-ins failed because Microsoft holds no email for the user, and {connection} matches on Email.', fix: 'Select Username as the Microsoft identifier field.', fixTarget: 'IdpConnection.identifierField' },
} as const satisfies Record<string, FindingEntry>;

export type FindingCode = keyof typeof READINESS_FINDINGS;
export const FINDING_CODES = Object.keys(READINESS_FINDINGS) as FindingCode[];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  fix: string;
  fixTarget: string;
  /** What the finding is about: a connection, users, or the account. */
  affected: { type: 'Tenant' | 'IdpConnection' | 'User'; count: number; firstIds: string[] };
}

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (whole, k: string) => (params[k] === undefined ? whole : String(params[k])));

export function finding(code: FindingCode, params: Record<string, string | number>, affected: Finding['affected']): Finding {
  const entry = READINESS_FINDINGS[code];
  return { code, severity: entry.severity, message: fill(entry.message, params), fix: fill(entry.fix, params), fixTarget: fill(entry.fixTarget, params), affected };
}
