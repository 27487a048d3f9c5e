// Rule: an unsolicited response (no InResponseTo) is for the ONE account its Audience
// names (that account's SP entity ID) and, within that account only, for the SAML
// connection whose IdP entity ID is its Issuer. Both are read unverified here, to know
// where to look; validation then holds the response to exactly that connection's
// certificates and that account's SP entity ID, so a response from one account's IdP
// can never open a session in another account.
import { accountKey } from '../../domain/tenants/input.ts';
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { samlEvidence } from '../evidence/saml-evidence.ts';
import { addressedAccounts, assertionsOf } from '../saml/addressed-accounts.ts';
import { failSignIn } from '../sign-in-error.ts';

const UNVERIFIED = 'by the audience the response names (not verified)';

export const findUnsolicitedConnection: Step<SamlAcsContext> = async (ctx, { db, publicUrl }) => {
  ctx.evidence = samlEvidence(ctx.parsed!);
  const assertions = assertionsOf(ctx.evidence);
  const accounts = addressedAccounts(assertions, publicUrl);
  if (accounts.length === 0) return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', 'An unsolicited response (no InResponseTo) answers no sign-in request and names no account of this platform as its Audience.');
  if (accounts.length > 1) {
    return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', `An unsolicited response names several accounts as its Audience (${accounts.slice(0, 3).join(', ')}): an IdP-initiated response is accepted for one account only.`);
  }
  const accountName = accounts[0]!;
  const tenant = await db.tenant.findUnique({ where: { accountKey: accountKey(accountName) }, include: { connections: { where: { protocol: 'SAML' } } } });
  // No such account: left unattributed (attribute-by-audience says so in the detail).
  if (!tenant) return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', `An unsolicited response (no InResponseTo) answers no sign-in request; its Audience names the account ${accountName}.`);
  const { connections, ...plain } = tenant;
  ctx.accountName = plain.accountName;
  ctx.tenant = plain;
  ctx.params.attribution = UNVERIFIED;
  const issuers = [...new Set(assertions.map((a) => a.issuer ?? ''))];
  const connection = issuers.length === 1 ? connections.find((c) => c.samlEntityId !== null && c.samlEntityId === issuers[0]) : undefined;
  if (!connection) {
    return failSignIn('SAML_IN_RESPONSE_TO_MISMATCH', `An unsolicited response names Issuer ${issuers.map((i) => i.slice(0, 120) || '(none)').join(', ')}, which is the IdP entity ID of no SAML connection of the account ${plain.accountName}.`);
  }
  ctx.connection = connection;
};
