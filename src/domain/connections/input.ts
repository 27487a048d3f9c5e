import { X509Certificate } from 'node:crypto';
import { z } from 'zod';
import { isLoopbackHost } from '../../../common/net/address-policy.ts';
import { IDENTIFIER_FIELDS } from '../users/identifier-field.ts';
import { idpInitiatedInput } from './idp-initiated.ts';
import { SamlBinding } from '../../db/generated/sqlite/enums.ts';

/** https everywhere; plain http only for an IdP on this machine (the sandbox). */
export const idpUrl = (what: string) =>
  z
    .string()
    .trim()
    .max(2048, `${what} must be at most 2048 characters.`)
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
      } catch {
        return false;
      }
    }, `${what} must be an https:// URL (http:// is accepted only for a loopback test IdP).`);

const pemCertificate = z
  .string()
  .trim()
  .max(16_384, 'A certificate must be at most 16 KiB.')
  .refine((pem) => {
    try {
      new X509Certificate(pem);
      return pem.includes('-----BEGIN CERTIFICATE-----');
    } catch {
      return false;
    }
  }, 'Not a PEM-encoded X.509 certificate.');

const text = (what: string, max = 256) => z.string().trim().min(1, `${what} must not be empty.`).max(max, `${what} must be at most ${max} characters.`);

/**
 * Public API access with the IdP's access tokens (R15). The audience is the `aud` the IdP
 * puts in tokens meant for the platform's API: one token-safe string (often a URI).
 */
const apiAccess = z.object({
  enabled: z.boolean(),
  audience: z
    .string()
    .trim()
    .min(1, 'Audience must not be empty.')
    .max(512, 'Audience must be at most 512 characters.')
    .regex(/^[\x21-\x7e]+$/, 'Audience must be printable ASCII without spaces.')
    .nullish(),
});

const oidcSettings = z.object({
  issuer: idpUrl('Issuer').nullish(),
  clientId: text('Client ID').nullish(),
  /** Write-only; null clears it, absent leaves it unchanged. */
  clientSecret: text('Client secret', 4096).nullish(),
  scopes: z
    .string()
    .trim()
    .max(512)
    .refine((s) => s.split(/\s+/).includes('openid'), 'Scopes must include "openid".')
    .nullish(),
  apiAccess: apiAccess.nullish(),
});

const samlSettings = z.object({
  entityId: text('Entity ID', 1024).nullish(),
  ssoUrl: idpUrl('SSO URL').nullish(),
  /** Never null: every SAML connection sends its AuthnRequest by one binding (HTTP_REDIRECT unless set). */
  ssoBinding: z.enum(SamlBinding, { error: 'SSO binding must be HTTP_REDIRECT or HTTP_POST.' }).optional(),
  signingCertificates: z.array(pemCertificate).max(10, 'At most 10 signing certificates.').nullish(),
  metadataUrl: idpUrl('Metadata URL').nullish(),
  allowSha1Signatures: z.boolean().nullish(),
  idpInitiated: idpInitiatedInput.nullish(),
});

/** Salesforce org IDs: 15 or 18 characters beginning with 00D. */
const salesforceOrgId = z
  .string()
  .trim()
  .regex(/^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/, 'A Salesforce org ID has 15 or 18 characters and begins with "00D".');
const entraTenantId = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'An Entra tenant ID is a GUID.');
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Not a domain name.');

const PROVIDERS = ['SALESFORCE', 'MICROSOFT', 'OKTA', 'AZURE', 'GENERIC'] as const;
const PROTOCOLS = ['OIDC', 'SAML'] as const;

const common = {
  name: text('Name', 100),
  identifierField: z.enum(IDENTIFIER_FIELDS).optional(),
  salesforceOrgId: salesforceOrgId.nullish(),
  entraTenantId: entraTenantId.nullish(),
  entraDomain: domain.nullish(),
  oidc: oidcSettings.nullish(),
  saml: samlSettings.nullish(),
};

export const createConnectionInput = z.object({ ...common, provider: z.enum(PROVIDERS), protocol: z.enum(PROTOCOLS) });
export const updateConnectionInput = z.object({ ...common, name: common.name.optional() });

export type CreateConnectionInput = z.output<typeof createConnectionInput>;
export type UpdateConnectionInput = z.output<typeof updateConnectionInput>;

/** Fields that only make sense for some providers or one protocol. */
export function crossFieldErrors(
  provider: string,
  protocol: string,
  input: Pick<CreateConnectionInput, 'salesforceOrgId' | 'entraTenantId' | 'entraDomain' | 'oidc' | 'saml'>,
): { field: string[]; message: string }[] {
  const errors: { field: string[]; message: string }[] = [];
  if (input.salesforceOrgId && provider !== 'SALESFORCE')
    errors.push({ field: ['input', 'salesforceOrgId'], message: 'A Salesforce org can be linked only to a Salesforce connection.' });
  const microsoft = provider === 'MICROSOFT' || provider === 'AZURE';
  if (input.entraTenantId && !microsoft)
    errors.push({ field: ['input', 'entraTenantId'], message: 'An Entra tenant can be linked only to a Microsoft or Azure connection.' });
  if (input.entraDomain && !microsoft)
    errors.push({ field: ['input', 'entraDomain'], message: 'An Entra domain can be linked only to a Microsoft or Azure connection.' });
  if (input.oidc && protocol !== 'OIDC') errors.push({ field: ['input', 'oidc'], message: 'OIDC settings apply only to OIDC connections.' });
  if (input.saml && protocol !== 'SAML') errors.push({ field: ['input', 'saml'], message: 'SAML settings apply only to SAML connections.' });
  return errors;
}
