// R15's figure: API requests authenticated by the tenant IdP's JWT access tokens beside
// the same requests with the product's own API tokens, same server, same query, same
// run, taking turns round after round (this VM's speed wanders). The sandbox issues the
// JWT (authorization code on behalf of an admin person, for the API audience); the
// control plane validates it through the guarded client and JWKS cache like any IdP's.
import { print } from 'graphql';
import { startSandbox } from '../sandbox/server.ts';
import { CreateApiToken, CreateConnection, CreateTenant, ImportUsers } from '../test/graphql/operations.ts';
import { SetApiAccess, WhoAmI } from '../test/graphql/idp-token-operations.ts';
import { alternatingLoads, median, startServer, type BenchRow } from './support.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const AUDIENCE = 'https://api.platform.example/bench';
const CLIENT = { clientId: 'bench-api', clientSecret: 'bench-api-secret', redirectUri: 'https://bench.invalid/cb' };

async function gql(url: string, token: string, document: Parameters<typeof print>[0], variables: unknown) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: print(document), variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A person's access token for the API audience, by the sandbox's headless authorization code path. */
async function personToken(issuer: string, loginHint: string): Promise<string> {
  const authorize = new URL(`${issuer}/auth`);
  for (const [k, v] of Object.entries({ client_id: CLIENT.clientId, redirect_uri: CLIENT.redirectUri, response_type: 'code', scope: 'openid email api', resource: AUDIENCE, login_hint: loginHint, sandbox_auto: '1' }))
    authorize.searchParams.set(k, v);
  const code = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!).searchParams.get('code')!;
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: CLIENT.redirectUri }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function benchIdpTokens(options: { seconds?: number } = {}): Promise<BenchRow[]> {
  const sandbox = await startSandbox({ port: 0, log: () => {} });
  const server = await startServer<{ port: number; operatorToken: string }>('./servers/control-plane.ts', { BENCH_LOOPBACK_IDP: '1' });
  const url = `http://127.0.0.1:${server.info.port}/graphql`;
  const operator = server.info.operatorToken;
  try {
    const issuer = `${sandbox.url}/okta/globex`;
    await fetch(`${sandbox.url}/admin/clients`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ org: 'okta/globex', ...CLIENT, redirectUris: [CLIENT.redirectUri] }) });
    const tenantId = (await gql(url, operator, CreateTenant, { input: { accountName: 'globex', displayName: 'Globex' } })).createTenant.tenant.id;
    const connection = (await gql(url, operator, CreateConnection, { input: { tenantId, name: 'Okta', provider: 'OKTA', protocol: 'OIDC', oidc: { issuer, clientId: CLIENT.clientId, clientSecret: CLIENT.clientSecret } } })).createIdpConnection.connection;
    const access = await gql(url, operator, SetApiAccess, { input: { id: connection.id, oidc: { apiAccess: { enabled: true, audience: AUDIENCE } } } });
    if (access.updateIdpConnection.userErrors.length) throw new Error(JSON.stringify(access.updateIdpConnection.userErrors));
    await gql(url, operator, ImportUsers, { input: { tenantId, users: [{ username: 'admin@globex.example', email: 'admin@globex.example', isAdmin: true }] } });
    const apiToken = (await gql(url, operator, CreateApiToken, { input: { name: 'bench admin', role: 'TENANT_ADMIN', tenantId } })).createApiToken.token as string;
    const jwt = await personToken(issuer, 'admin@globex.example');

    const body = JSON.stringify({ query: print(WhoAmI) });
    const targets = {
      apiToken: { url, body, headers: { authorization: `Bearer ${apiToken}` } },
      jwt: { url, body, headers: { authorization: `Bearer ${jwt}` } },
    };
    for (const [name, target] of Object.entries(targets)) {
      const answer = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body })).json()) as { data?: { viewer?: { role: string } } };
      if (answer.data?.viewer?.role !== 'TENANT_ADMIN') throw new Error(`${name} answered ${JSON.stringify(answer).slice(0, 300)}`);
    }
    const results = await alternatingLoads(targets, ROUNDS, options.seconds);
    const rate = (name: keyof typeof targets) => median(results[name].map((x) => x.requestsPerSecond));
    const ratios = results.jwt.map((x, i) => x.requestsPerSecond / results.apiToken[i]!.requestsPerSecond);
    const at = (name: keyof typeof targets) => results[name].find((x) => x.requestsPerSecond === rate(name))!;
    return [
      { name: `viewer query with the product's API token (tenant admin), median of ${ROUNDS} rounds`, value: Math.round(rate('apiToken')), unit: `req/s (p50 ${at('apiToken').p50} ms, p99 ${at('apiToken').p99} ms)` },
      {
        name: `same query with the IdP's JWT access token (RS256, JWKS via guarded client); ratio: median of rounds (${ratios.map((v) => v.toFixed(2)).join(', ')})`,
        value: Math.round(rate('jwt')),
        unit: `req/s (p50 ${at('jwt').p50} ms, p99 ${at('jwt').p99} ms)`,
        baseline: 'API token',
        ratio: median(ratios),
        goal: 'ratio ≥ 0.8',
      },
    ];
  } finally {
    server.stop();
    await sandbox.close();
  }
}
