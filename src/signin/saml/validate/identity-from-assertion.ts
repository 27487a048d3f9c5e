// Rule: the person is read from the verified Assertion the way each provider states it.
// Attribute names are matched case-insensitively against the names the real providers use
// (and the sandbox, whose SP attribute mapping is free: see sandbox/saml/response.ts):
// - Microsoft Entra ID: the claim URIs (…/claims/name = UPN, …/emailaddress, tenantid,
//   objectidentifier, displayname); no email unless the email claim says so (the NameID then
//   carries the UPN, not an email: MICROSOFT_NO_EMAIL must stay detectable); tenant also from
//   an https://sts.windows.net/{tenant}/ Issuer.
// - Salesforce: userId, username, email, organizationId (custom attribute; the standard
//   connected-app set has no org id), email verification when mapped.
// - Okta: login, email, oktaUserId/userId, displayName or firstName + lastName.
// - Generic: the common names and the LDAP/eduPerson OIDs; an emailAddress-format NameID
//   counts as the email (Okta too).
// A persistent NameID is the external ID when no ID attribute says otherwise.
import { failSignIn } from '../../sign-in-error.ts';
import type { ExternalIdentity, ProviderName } from '../../identity.ts';
import { NAMEID_FORMAT } from '../settings.ts';
import type { ResponseFacts } from './context.ts';

const MS = 'http://schemas.microsoft.com/identity/claims/';
const WS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/';
const OID = { mail: 'urn:oid:0.9.2342.19200300.100.1.3', uid: 'urn:oid:0.9.2342.19200300.100.1.1', displayName: 'urn:oid:2.16.840.1.113730.3.1.241', eppn: 'urn:oid:1.3.6.1.4.1.5923.1.1.1.6', givenName: 'urn:oid:2.5.4.42', sn: 'urn:oid:2.5.4.4' };

type Field = 'username' | 'email' | 'emailVerified' | 'externalId' | 'displayName' | 'orgId' | 'givenName' | 'surname';

const COMMON: Record<Field, string[]> = {
  username: ['username', 'login', 'preferred_username', 'userName', 'uid', OID.uid, OID.eppn],
  email: ['email', 'mail', 'emailAddress', 'User.Email', `${WS}emailaddress`, OID.mail],
  emailVerified: ['emailVerified', 'email_verified', 'is_email_verified'],
  externalId: ['externalId', 'external_id', 'userId', 'user_id'],
  displayName: ['displayName', 'name', 'fullName', OID.displayName],
  orgId: [],
  givenName: ['firstName', 'givenName', 'given_name', `${WS}givenname`, OID.givenName],
  surname: ['lastName', 'surname', 'sn', 'family_name', `${WS}surname`, OID.sn],
};

const BY_PROVIDER: Record<ProviderName, Partial<Record<Field, string[]>>> = {
  SALESFORCE: {
    username: ['username', 'User.Username', 'login'],
    externalId: ['userId', 'user_id', 'User.Id', 'externalId'],
    orgId: ['organizationId', 'organization_id', 'orgId', 'Organization.Id', 'OrgId'],
  },
  MICROSOFT: {
    username: [`${WS}name`, `${WS}upn`, 'upn', 'preferred_username', 'username'],
    email: [`${WS}emailaddress`, 'email', 'mail'],
    externalId: [`${MS}objectidentifier`, 'oid', 'objectId', 'externalId'],
    displayName: [`${MS}displayname`, 'displayName', 'name'],
    orgId: [`${MS}tenantid`, 'tid', 'tenantId', 'orgId'],
  },
  AZURE: {},
  OKTA: {
    username: ['login', 'username', 'preferred_username', 'userName'],
    externalId: ['oktaUserId', 'userId', 'user_id', 'externalId', 'id'],
  },
  GENERIC: {},
};
BY_PROVIDER.AZURE = BY_PROVIDER.MICROSOFT;

const STS_ISSUER = /^https:\/\/sts\.windows\.net\/([0-9a-f-]{36})\/?$/i;

function truthiness(v: string | undefined): boolean | undefined {
  if (v === undefined) return undefined;
  const s = v.toLowerCase();
  if (s === 'true' || s === '1' || s === 'yes') return true;
  if (s === 'false' || s === '0' || s === 'no') return false;
  return undefined;
}

export function identityFromAssertion(facts: ResponseFacts, provider: ProviderName): ExternalIdentity {
  const a = facts.assertion;
  const lower = new Map<string, string[]>();
  for (const [name, values] of a.attributes) lower.set(name.toLowerCase(), [...(lower.get(name.toLowerCase()) ?? []), ...values]);
  const pick = (field: Field): string | undefined => {
    for (const name of BY_PROVIDER[provider][field] ?? COMMON[field]) {
      const v = lower.get(name.toLowerCase())?.find((x) => x !== '');
      if (v !== undefined) return v;
    }
    return undefined;
  };

  const nameId = a.nameId;
  if (!nameId || nameId.value === '') return failSignIn('SAML_RESPONSE_MALFORMED', 'the Assertion has no NameID (or an empty one): no subject to sign in');
  const persistent = nameId.format === NAMEID_FORMAT.persistent;
  const transient = nameId.format === NAMEID_FORMAT.transient;
  const microsoft = provider === 'MICROSOFT' || provider === 'AZURE';
  const issuer = a.issuer!.value;

  const given = pick('givenName');
  const surname = pick('surname');
  const identity: ExternalIdentity = {
    provider,
    protocol: 'SAML',
    issuer,
    subject: nameId.value,
    username: pick('username') ?? (persistent || transient ? undefined : nameId.value),
    email: pick('email') ?? ((provider === 'OKTA' || provider === 'GENERIC') && nameId.format === NAMEID_FORMAT.emailAddress ? nameId.value : undefined),
    emailVerified: truthiness(pick('emailVerified')),
    externalId: pick('externalId') ?? (persistent ? nameId.value : undefined),
    displayName: pick('displayName') ?? ((given || surname) ? [given, surname].filter(Boolean).join(' ') : undefined),
  };
  if (provider === 'SALESFORCE') identity.salesforceOrgId = pick('orgId');
  if (microsoft) identity.entraTenantId = pick('orgId') ?? STS_ISSUER.exec(issuer)?.[1]?.toLowerCase();
  for (const key of Object.keys(identity) as (keyof ExternalIdentity)[]) if (identity[key] === undefined) delete identity[key];
  return identity;
}
