// openid-client configuration per connection: discovery, the decrypted client secret,
// ID-token signature verification, and a time limit on every call to the IdP. Every
// request openid-client makes (discovery, JWKS, token, userinfo) goes through the guarded
// outbound client (src/net/) as its customFetch: the same address policy as metadata import.
import * as client from 'openid-client';
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import type { SignInDeps } from '../deps.ts';
import { clientSecretContext } from '../../domain/connections/service.ts';
import { isLoopbackHost } from '../../../common/net/address-policy.ts';
import { guardedFetch, type OutboundKind, type OutboundPolicy } from '../../net/index.ts';

/** The IdP must answer within this; a slow IdP fails the sign-in as IDP_UNAVAILABLE. */
const IDP_TIMEOUT_SECONDS = 5;
const MAX_CACHED = 1_000;

export type OidcDeps = Pick<SignInDeps, 'secrets' | 'allowPrivateNetworks' | 'observer'>;

/** One cache per sign-in service (its policy and observer are part of every cached configuration). */
const caches = new WeakMap<OidcDeps, Map<string, Promise<client.Configuration>>>();

/** Discovery results are cached per connection version; an edited connection rediscovers. */
export function oidcConfiguration(connection: IdpConnection, deps: OidcDeps): Promise<client.Configuration> {
  let cache = caches.get(deps);
  if (!cache) caches.set(deps, (cache = new Map()));
  const key = `${connection.id}@${connection.updatedAt.getTime()}`;
  let pending = cache.get(key);
  if (!pending) {
    if (cache.size >= MAX_CACHED) cache.clear();
    pending = discover(connection, deps);
    cache.set(key, pending);
    const entries = cache;
    pending.catch(() => entries.delete(key));
  }
  return pending;
}

/** What a request to the IdP is for, from the endpoints discovery named (before discovery: discovery itself). */
function kindOf(url: string, metadata: client.ServerMetadata | undefined): OutboundKind {
  const bare = url.split(/[?#]/)[0];
  if (!metadata || url.includes('/.well-known/')) return 'oidc-discovery';
  if (bare === metadata.jwks_uri) return 'jwks';
  if (bare === metadata.token_endpoint) return 'token';
  if (bare === metadata.userinfo_endpoint) return 'userinfo';
  return 'oidc';
}

async function discover(connection: IdpConnection, deps: OidcDeps): Promise<client.Configuration> {
  const issuer = new URL(connection.oidcIssuer!);
  const secret = deps.secrets.open(connection.oidcClientSecretEncrypted!, clientSecretContext(connection.id));
  const policy: OutboundPolicy = { allowPrivateNetworks: deps.allowPrivateNetworks, observer: deps.observer?.outbound };
  let discovered: client.Configuration | undefined;
  const idpFetch: client.CustomFetch = (url, options) =>
    guardedFetch(url, options as RequestInit, { ...policy, kind: kindOf(url, discovered?.serverMetadata()), timeoutMs: IDP_TIMEOUT_SECONDS * 1000 });
  // Plain http only for an IdP on this machine (the sandbox); openid-client refuses it otherwise.
  const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
  const config = await client.discovery(issuer, connection.oidcClientId!, secret, undefined, {
    timeout: IDP_TIMEOUT_SECONDS,
    [client.customFetch]: idpFetch,
    ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
  });
  discovered = config;
  // openid-client trusts the TLS channel to the token endpoint by default; we verify the
  // ID token's signature against the IdP's JWKS as well.
  client.enableNonRepudiationChecks(config);
  return config;
}
