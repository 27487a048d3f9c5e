// Rule: the SAML response passes every check of the SP validation pipeline
// (src/signin/saml/validate: signature with the connection's certificates only, issuer,
// audience, destination, recipient, InResponseTo, validity window, replay) and names a person.
import type { SamlAcsContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { samlEvidence } from '../evidence/saml-evidence.ts';
import { claimAssertion } from '../saml/replay-cache.ts';
import { samlIdpOf } from '../saml/settings.ts';
import { validateSamlResponse as validate } from '../saml/validate/index.ts';
import { spUrls } from '../../domain/signin/sp-urls.ts';

export const validateSamlResponse: Step<SamlAcsContext> = async (ctx, { db, publicUrl }) => {
  const connection = ctx.connection!;
  const sp = spUrls(publicUrl, ctx.tenant!.accountName);
  const result = await validate({
    samlResponse: ctx.form.samlResponse!,
    acsUrl: sp.acsUrls[ctx.acsAudience],
    idp: samlIdpOf(connection),
    sp: { entityId: sp.entityId, acsUrls: sp.acsUrls },
    // No pending request: an unsolicited response, reached only through check-idp-initiated-allowed.
    expectedRequestId: ctx.request ? ctx.request.samlRequestId! : null,
    observe: (parsed) => { ctx.parsed = parsed.doc; },
    claimAssertionId: (assertionId, notOnOrAfter) => claimAssertion(db, connection.samlEntityId!, assertionId, notOnOrAfter),
  }).finally(() => {
    if (ctx.parsed) ctx.evidence = samlEvidence(ctx.parsed);
  });
  ctx.identity = result.identity;
  if (ctx.evidence) ctx.evidence.verified = true;
  delete ctx.params.attribution; // the account is now the verified one
};
