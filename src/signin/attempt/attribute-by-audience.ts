// A SAML response that continues no sign-in of ours (unsolicited, unknown or replayed
// InResponseTo, junk) is still somebody's problem: when it is addressed to one of our
// accounts — its Audience is that account's SP entity ID — the failure goes into that
// account's history (marked as attributed by an unverified audience); otherwise it stays
// unattributed, for the operator. Either way login history keeps a summary of what came.
import { accountKey } from '../../domain/tenants/input.ts';
import { parseXml } from '../../../common/xml/dom.ts';
import type { SignInDeps } from '../deps.ts';
import { samlEvidence, unreadableSamlEvidence } from '../evidence/saml-evidence.ts';
import type { SamlAcsContext } from '../flows/contexts.ts';
import { decodeSamlResponse } from '../saml/validate/parse-response.ts';
import { addressedAccounts, assertionsOf } from '../saml/addressed-accounts.ts';

export async function attributeByAudience(ctx: SamlAcsContext, { db, publicUrl }: SignInDeps): Promise<void> {
  const samlResponse = ctx.form.samlResponse;
  if (!samlResponse) return;
  if (!ctx.evidence) {
    const xml = decodeSamlResponse(samlResponse);
    try {
      ctx.evidence = xml === undefined ? unreadableSamlEvidence(samlResponse, 'not base64, or too large') : samlEvidence(parseXml(xml));
    } catch (error) {
      ctx.evidence = unreadableSamlEvidence(samlResponse, `not readable XML: ${String((error as Error).message).slice(0, 120)}`);
    }
  }
  if (ctx.tenant) return;
  const assertions = assertionsOf(ctx.evidence);
  const accountName = addressedAccounts(assertions, publicUrl)[0];
  if (accountName === undefined) return;
  ctx.accountName = accountName;
  const tenant = await db.tenant.findUnique({ where: { accountKey: accountKey(accountName) }, include: { connections: { where: { protocol: 'SAML' } } } });
  if (!tenant) {
    ctx.params.attribution = `addressed to the unknown account ${accountName}`;
    return;
  }
  const { connections, ...plain } = tenant;
  ctx.tenant = plain;
  const issuer = assertions[0]?.issuer;
  ctx.connection = connections.find((c) => c.samlEntityId === issuer) ?? null;
  ctx.params.attribution = 'by the audience the response names (not verified)';
}
