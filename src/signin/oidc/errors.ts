// openid-client / oauth4webapi errors → catalog codes.
import * as client from 'openid-client';
import type { FailureCode } from '../../../common/failures/catalog.ts';
import { SignInError } from '../sign-in-error.ts';
import { OutboundRequestError } from '../../net/index.ts';

/** The guarded client's error, as thrown or as openid-client wraps it ("something went wrong", cause). */
function outboundCause(error: unknown): OutboundRequestError | null {
  for (let e = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof OutboundRequestError) return e;
  }
  return null;
}

function classifyOidcError(error: unknown): { code: FailureCode; detail: string } {
  const e = error as { name?: string; code?: string; message?: string; cause?: { claim?: string; cause?: { claim?: string } }; status?: number; error?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!.slice(0, 200);
  // openid-client wraps oauth4webapi's error; the claim that failed sits one level down.
  const claim = e.cause?.claim ?? e.cause?.cause?.claim;
  // Refused by the address policy, unreachable, too slow or too large: the IdP (as configured) is not available to us.
  const outbound = outboundCause(error);
  if (outbound) {
    return { code: 'IDP_UNAVAILABLE', detail: outbound.reason === 'REFUSED' ? `The IdP's address is not allowed: ${outbound.message}` : `The IdP did not answer: ${outbound.message}` };
  }
  if (e.code === 'OAUTH_TIMEOUT' || e.name === 'TimeoutError' || e.name === 'AbortError' || (e.name === 'TypeError' && /fetch failed/i.test(message))) {
    return { code: 'IDP_UNAVAILABLE', detail: `The IdP did not answer: ${message}` };
  }
  // (The token endpoint's own refusals are read by token-refusal.ts before this.)
  if (error instanceof client.ResponseBodyError || e.code === 'OAUTH_RESPONSE_BODY_ERROR') {
    return { code: 'IDP_UNAVAILABLE', detail: `The IdP answered ${e.status}: ${e.error ?? message}` };
  }
  if (e.code === 'OAUTH_RESPONSE_IS_NOT_JSON' || e.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM') {
    return { code: 'IDP_UNAVAILABLE', detail: `The IdP answered with an unusable response: ${message}` };
  }
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'nonce') return { code: 'OIDC_NONCE_MISMATCH', detail: `The ID token's nonce is not the one this sign-in sent.` };
  if (e.code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'iss') return { code: 'OIDC_ISSUER_MISMATCH', detail: `The ID token's issuer is not the connection's.` };
  // Bad signature (INVALID_RESPONSE), unknown key, wrong audience, expired or not yet valid.
  if (e.code?.startsWith('OAUTH_JWT') || e.code === 'OAUTH_KEY_SELECTION_FAILED' || e.code === 'OAUTH_INVALID_RESPONSE' || /signature/i.test(message)) {
    return { code: 'OIDC_TOKEN_INVALID', detail: `The ID token failed validation: ${message}${claim ? ` (claim ${claim})` : ''}` };
  }
  return { code: 'UNEXPECTED_ERROR', detail: `${e.name ?? 'Error'}: ${message}` };
}

/** For a step: a documented OIDC failure ends the attempt with its code; anything else stays unexpected. */
export function failOidc(error: unknown): never {
  const classified = classifyOidcError(error);
  if (classified.code === 'UNEXPECTED_ERROR') throw error;
  throw new SignInError({ code: classified.code, detail: classified.detail, params: {} });
}
