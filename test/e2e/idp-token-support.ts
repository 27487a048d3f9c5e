// Getting real access tokens from the sandbox IdP for public API access (R15): on behalf
// of a person (authorization code, headless) and by client credentials, each for the
// audience asked for with `resource`. And calling POST /graphql with a bearer JWT.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Rig } from './support.ts';

export interface SandboxClient {
  /** Issuer path under the sandbox: e.g. okta/acme. */
  org: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

const basic = (c: SandboxClient) => `Basic ${Buffer.from(`${encodeURIComponent(c.clientId)}:${encodeURIComponent(c.clientSecret)}`).toString('base64')}`;

async function tokenRequest(rig: Rig, client: SandboxClient, form: Record<string, string>): Promise<string> {
  const response = await fetch(`${rig.sandbox.url}/${client.org}/token`, {
    method: 'POST',
    headers: { authorization: basic(client), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new Error(`token endpoint ${response.status}: ${JSON.stringify(body)}`);
  return body.access_token;
}

/** An access token for `audience` by client credentials: no person behind it. */
export function clientCredentialsToken(rig: Rig, client: SandboxClient, audience: string): Promise<string> {
  return tokenRequest(rig, client, { grant_type: 'client_credentials', resource: audience, scope: 'api' });
}

/** An access token for `audience` on behalf of the person `loginHint`, by the authorization code flow. */
export async function personAccessToken(rig: Rig, client: SandboxClient, loginHint: string, audience: string): Promise<string> {
  const authorize = new URL(`${rig.sandbox.url}/${client.org}/auth`);
  const params = {
    client_id: client.clientId, redirect_uri: client.redirectUri, response_type: 'code', scope: 'openid email profile api',
    state: 'r15-state', nonce: 'r15-nonce', resource: audience, login_hint: loginHint, sandbox_auto: '1',
  };
  for (const [k, v] of Object.entries(params)) authorize.searchParams.set(k, v);
  const answer = await fetch(authorize, { redirect: 'manual' });
  const location = answer.headers.get('location');
  const code = location && new URL(location).searchParams.get('code');
  if (!code) throw new Error(`authorization answered ${answer.status} ${location ?? (await answer.text())}`);
  return tokenRequest(rig, client, { grant_type: 'authorization_code', code, redirect_uri: client.redirectUri });
}

export interface BearerAnswer<R> {
  status: number;
  wwwAuthenticate: string | null;
  data?: R | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POST /graphql with `Authorization: Bearer <token>` (an IdP JWT here). */
export async function withBearer<R, V>(rig: Rig, token: string, document: TypedDocumentNode<R, V>, variables?: V): Promise<BearerAnswer<R>> {
  const response = await rig.api.post(JSON.stringify({ query: print(document), variables }), { authorization: `Bearer ${token}` });
  return { status: response.status, wwwAuthenticate: response.headers.get('www-authenticate'), ...((await response.json()) as object) };
}

/** The JSON log lines of the control plane that carry this trace id. */
export function logLinesWith(rig: Rig, traceId: string): Record<string, unknown>[] {
  return rig.api.logs.filter((line) => line.includes(traceId)).map((line) => JSON.parse(line) as Record<string, unknown>);
}
