// Rule (R13): the IdP answers before the browser is sent to it. A browser sent to an IdP
// that is down ends on the IdP's error page (or on none), where the product can say
// nothing; so the service asks the IdP first, through the guarded client with a short time
// limit: the OIDC discovery document, or the SAML metadata URL (else the SSO URL). No
// answer, a 5xx, or an address the policy refuses: IDP_UNAVAILABLE, on the product's page.
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { guardedFetch, OutboundRequestError } from '../../net/index.ts';
import { failSignIn } from '../sign-in-error.ts';

/** Shorter than the sign-in's other IdP calls: a person is waiting to be sent on. */
const PROBE_TIMEOUT_MS = 3_000;
/** A discovery or metadata document; an SSO URL's answer to a bare GET is read no further. */
const PROBE_MAX_BYTES = 256 * 1024;

function probeUrl(connection: IdpConnection): string {
  if (connection.protocol === 'OIDC') return `${connection.oidcIssuer!.replace(/\/$/, '')}/.well-known/openid-configuration`;
  return connection.samlMetadataUrl ?? connection.samlSsoUrl!;
}

export const checkIdpReachable: Step<StartContext> = async (ctx, deps) => {
  const url = probeUrl(ctx.connection!);
  let status: number;
  try {
    const response = await guardedFetch(url, { method: 'GET', redirect: 'manual' }, {
      kind: 'idp-probe', allowPrivateNetworks: deps.allowPrivateNetworks, observer: deps.observer?.outbound, timeoutMs: PROBE_TIMEOUT_MS, maxBytes: PROBE_MAX_BYTES,
    });
    status = response.status;
  } catch (error) {
    if (!(error instanceof OutboundRequestError)) throw error;
    // Too large is still an answer: the IdP is up.
    if (error.reason === 'TOO_LARGE') return;
    return failSignIn('IDP_UNAVAILABLE', error.reason === 'REFUSED' ? `The IdP's address is not allowed: ${error.message}` : `The IdP did not answer: ${error.message}`);
  }
  if (status >= 500) failSignIn('IDP_UNAVAILABLE', `The IdP answered ${status} at ${url} before the browser was sent to it.`);
};
