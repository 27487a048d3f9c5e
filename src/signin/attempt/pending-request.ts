// What a start leaves behind for the callback: the pending sign-in request (its id is
// the OIDC state or the SAML RelayState) and the browser-binding secret whose hash it
// keeps. Both protocols hold the same fields; only the protocol's own ones differ.
import { userKindOf } from '../../domain/signin/audience.ts';
import { safeReturnTo } from '../../domain/signin/sp-urls.ts';
import type { StartContext } from '../flows/contexts.ts';
import { randomToken, sha256 } from '../requests.ts';

type ProtocolFields = { protocol: 'OIDC'; nonce: string; codeVerifierSealed: string; samlRequestId: null } | { protocol: 'SAML'; nonce: null; codeVerifierSealed: null; samlRequestId: string };

/** A fresh request id (state / RelayState), known before the protocol fields are built. */
export const newRequestId = (): string => randomToken();

export function holdPendingRequest(ctx: StartContext, id: string, fields: ProtocolFields): void {
  const binding = randomToken();
  ctx.binding = binding;
  ctx.pending = {
    id,
    tenantId: ctx.tenant!.id,
    connectionId: ctx.connection!.id,
    audience: userKindOf(ctx.audience),
    browserBindingHash: sha256(binding),
    returnTo: safeReturnTo(ctx.input.returnTo),
    isTest: ctx.kind === 'TEST',
    ...fields,
  };
}
