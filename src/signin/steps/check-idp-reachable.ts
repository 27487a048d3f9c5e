// Rule (R13): the IdP's front channel answers before the browser is sent to it. A browser
// sent to an IdP that is down ends on the IdP's error page (or on none), where the product
// can say nothing; so the service first asks the very URL the browser is about to get (the
// OIDC authorization endpoint, from discovery; the SAML SSO URL), bare, through the guarded
// client with a short time limit. Any answer below 500 is an IdP that is up (a bare request
// is usually refused with a 4xx); no answer, a 5xx, or an address the policy refuses:
// IDP_UNAVAILABLE, on the product's page. The back channel (discovery, token, JWKS) is
// met where the sign-in uses it and fails there in the same words.
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { guardedFetch, OutboundRequestError } from '../../net/index.ts';
import { oidcConfiguration } from '../oidc/configuration.ts';
import { failOidc } from '../oidc/errors.ts';
import { failSignIn } from '../sign-in-error.ts';

/** Shorter than the sign-in's other IdP calls (5 s): a person is waiting to be sent on. */
const PROBE_TIMEOUT_MS = 3_000;
/** A login page's answer to a bare request is read no further than this. */
const PROBE_MAX_BYTES = 256 * 1024;

/** The front-channel URL the browser would be sent to, without this sign-in's parameters. */
async function frontChannelUrl(ctx: StartContext, deps: Parameters<Step<StartContext>>[1]): Promise<string> {
  const connection = ctx.connection!;
  if (connection.protocol === 'SAML') return connection.samlSsoUrl!;
  const config = await oidcConfiguration(connection, deps).catch(failOidc);
  const endpoint = config.serverMetadata().authorization_endpoint;
  if (!endpoint) failSignIn('IDP_UNAVAILABLE', 'The IdP\'s discovery document names no authorization endpoint.');
  return endpoint!;
}

export const checkIdpReachable: Step<StartContext> = async (ctx, deps) => {
  const url = await frontChannelUrl(ctx, deps);
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
    return failSignIn('IDP_UNAVAILABLE', error.reason === 'REFUSED' ? `The IdP's address is not allowed: ${error.message}` : `The IdP did not answer at ${url}: ${error.message}`);
  }
  if (status >= 500) failSignIn('IDP_UNAVAILABLE', `The IdP answered ${status} at ${url} before the browser was sent to it.`);
};
