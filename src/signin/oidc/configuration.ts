// openid-client configuration per connection: discovery, the decrypted client secret,
// ID-token signature verification, and a time limit on every call to the IdP.
import * as client from 'openid-client';
import type { IdpConnection } from '../../db/generated/sqlite/client.ts';
import type { SecretBox } from '../../security/secret-box.ts';
import { clientSecretContext } from '../../domain/connections/service.ts';
import { isLoopbackHost } from '../../../common/net/address-policy.ts';

/** The IdP must answer within this; a slow IdP fails the sign-in as IDP_UNAVAILABLE. */
export const IDP_TIMEOUT_SECONDS = 5;
const cache = new Map<string, Promise<client.Configuration>>();
const MAX_CACHED = 1_000;

/** Discovery results are cached per connection version; an edited connection rediscovers. */
export function oidcConfiguration(connection: IdpConnection, secrets: SecretBox): Promise<client.Configuration> {
  const key = `${connection.id}@${connection.updatedAt.getTime()}`;
  let pending = cache.get(key);
  if (!pending) {
    if (cache.size >= MAX_CACHED) cache.clear();
    pending = discover(connection, secrets);
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function discover(connection: IdpConnection, secrets: SecretBox): Promise<client.Configuration> {
  const issuer = new URL(connection.oidcIssuer!);
  const secret = secrets.open(connection.oidcClientSecretEncrypted!, clientSecretContext(connection.id));
  // Plain http only for an IdP on this machine (the sandbox); openid-client refuses it otherwise.
  const insecure = issuer.protocol === 'http:' && isLoopbackHost(issuer.hostname);
  const config = await client.discovery(issuer, connection.oidcClientId!, secret, undefined, {
    timeout: IDP_TIMEOUT_SECONDS,
    ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
  });
  // openid-client trusts the TLS channel to the token endpoint by default; we verify the
  // ID token's signature against the IdP's JWKS as well.
  client.enableNonRepudiationChecks(config);
  return config;
}
