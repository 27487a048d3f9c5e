// R15: the platform's public API accepts the tenant IdP's OIDC access tokens. Real HTTP,
// real sandbox tokens (authorization code on behalf of a person, client credentials),
// and for the negative suite tokens forged with jose: each refusal has its typed code,
// a trace id in the answer and exactly one log line with it (never the token), and is
// counted in /metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT, decodeJwt, decodeProtectedHeader, exportSPKI, generateKeyPair, importJWK } from 'jose';
import { startSandbox } from '../../sandbox/server.ts';
import { startTestApi } from '../support/api.ts';
import { sandboxAdmin, setUpAccount, type Rig } from './support.ts';
import { clientCredentialsToken, logLinesWith, personAccessToken, withBearer, type SandboxClient } from './idp-token-support.ts';
import * as op from '../graphql/idp-token-operations.ts';
import { globalId } from '../../src/graphql/global-id.ts';

const GLOBEX_AUDIENCE = 'https://api.platform.example/globex';
const LABS_AUDIENCE = 'https://api.platform.example/globex-labs';
const ACME_AUDIENCE = 'https://api.platform.example/acme';
const CONTOSO_TID = '11111111-2222-4333-8444-555555555555';
const ACME_ORG = '00D000000000001AAA';

let rig: Rig;
/** Per account: global ids (as the API takes them) and the tenant's database id. */
const ids: Record<string, { tenantId: string; connectionId: string; dbTenantId: string }> = {};
let globex: SandboxClient;
let labs: SandboxClient;

async function enableApiAccess(connectionId: string, audience: string) {
  const answer = await rig.api.ok(op.SetApiAccess, { input: { id: connectionId, oidc: { apiAccess: { enabled: true, audience } } } });
  expect(answer.updateIdpConnection.userErrors).toEqual([]);
  return answer.updateIdpConnection.connection!;
}

const client = (org: string, account: string): SandboxClient => ({
  org, clientId: `${account.toLowerCase()}-client`, clientSecret: `${account.toLowerCase()}-client-secret`, redirectUri: `${rig.api.url}/sso/oidc/callback`,
});

async function metric(name: string, labels: string): Promise<number> {
  const text = await (await fetch(`${rig.api.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Expects the request refused with `code`, traced (trace id, one log line without the token) and counted. */
async function expectRefused(token: string, code: string, status = 401) {
  const before = await metric('sso_api_idp_token_validations_total', `code="${code}"`);
  const answer = await withBearer(rig, token, op.WhoAmI);
  expect(answer.status, JSON.stringify(answer.errors)).toBe(status);
  expect(answer.data ?? null).toBeNull();
  const error = answer.errors?.[0];
  expect(error?.extensions?.code).toBe(code);
  const traceId = error?.extensions?.traceId as string;
  expect(traceId).toMatch(/^[0-9a-f-]{36}$/);
  expect(error?.message).toContain(traceId);
  if (status === 401) expect(answer.wwwAuthenticate).toContain('invalid_token');
  const lines = logLinesWith(rig, traceId);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ msg: 'api.idp_token_refused', code, traceId });
  expect(rig.api.logs.some((l) => l.includes(token.split('.')[2] || token))).toBe(false);
  expect(await metric('sso_api_idp_token_validations_total', `code="${code}"`)).toBe(before + 1);
  return error!;
}

/** The claims a valid Globex person token carries, for forging look-alikes. */
async function globexClaims(): Promise<Record<string, unknown>> {
  return decodeJwt(await personAccessToken(rig, globex, 'hank@globex.example', GLOBEX_AUDIENCE));
}

async function forgeRs256(claims: Record<string, unknown>, kid: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' }).sign(privateKey);
}

beforeAll(async () => {
  // Cooldown 0: the rotation test refreshes the JWKS right after its first fetch.
  const api = await startTestApi({ IDP_TOKEN_JWKS_COOLDOWN_SECONDS: '0' });
  const sandbox = await startSandbox({ port: 0, controlPlaneUrl: api.url, log: () => {} });
  rig = { api, sandbox, close: async () => { await sandbox.close(); await api.close(); } };
  const people = [{ username: 'admin@globex.example', email: 'admin@globex.example' }, { username: 'hank@globex.example', email: 'hank@globex.example' }];
  const account = async (spec: Parameters<typeof setUpAccount>[1]) => {
    const made = await setUpAccount(rig, spec);
    const dbTenantId = (await rig.api.db.idpConnection.findUniqueOrThrow({ where: { id: made.connectionId } })).tenantId;
    return { tenantId: made.tenantId, connectionId: globalId('IdpConnection', made.connectionId), dbTenantId };
  };
  ids.globex = await account({ accountName: 'Globex', provider: 'OKTA', protocol: 'OIDC', org: 'globex', users: people });
  ids.labs = await account({ accountName: 'GlobexLabs', provider: 'OKTA', protocol: 'OIDC', org: 'globex', users: people });
  ids.acme = await account({ accountName: 'Acme', provider: 'SALESFORCE', protocol: 'OIDC', org: ACME_ORG, salesforceOrgId: ACME_ORG, users: [{ username: 'admin@acme.example', email: 'admin@acme.example' }] });
  ids.contoso = await account({ accountName: 'Contoso', provider: 'MICROSOFT', protocol: 'OIDC', org: CONTOSO_TID, entraTenantId: CONTOSO_TID, users: [{ username: 'admin@contoso.example', email: 'admin@contoso.example' }] });
  ids.demo = await account({ accountName: 'DemoSaml', provider: 'GENERIC', protocol: 'SAML', org: 'demo', users: [{ username: 'tess', email: 'tess@generic.example' }] });
  for (const name of ['globex', 'labs']) {
    await rig.api.db.user.updateMany({ where: { tenantId: ids[name]!.dbTenantId, username: 'admin@globex.example' }, data: { isAdmin: true } });
  }
  await enableApiAccess(ids.globex!.connectionId, GLOBEX_AUDIENCE);
  await enableApiAccess(ids.labs!.connectionId, LABS_AUDIENCE);
  await enableApiAccess(ids.acme!.connectionId, ACME_AUDIENCE);
  globex = client('okta/globex', 'Globex');
  labs = client('okta/globex', 'GlobexLabs');
}, 120_000);

afterAll(async () => {
  await rig?.close();
});

describe('R15 API access setting on OIDC connections', () => {
  it('R15 is off by default, shows on the connection, and is validated with field paths', async () => {
    const created = await rig.api.ok(op.CreateConnectionWithApiAccess, {
      input: { tenantId: ids.contoso!.tenantId, name: 'Second', provider: 'OKTA', protocol: 'OIDC', oidc: { issuer: `${rig.sandbox.url}/okta/globex`, clientId: 'x', clientSecret: 'y' } },
    });
    expect(created.createIdpConnection.connection?.oidc?.apiAccess).toEqual({ enabled: false, audience: null });
    const id = created.createIdpConnection.connection!.id;
    const refused = async (apiAccess: { enabled: boolean; audience?: string | null }) =>
      (await rig.api.ok(op.SetApiAccess, { input: { id, oidc: { apiAccess } } })).updateIdpConnection.userErrors;
    expect(await refused({ enabled: true })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'oidc', 'apiAccess', 'audience'] })]);
    expect(await refused({ enabled: true, audience: 'x' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'oidc', 'apiAccess', 'audience'], message: expect.stringContaining('client ID') })]);
    expect(await refused({ enabled: true, audience: 'has space' })).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'oidc', 'apiAccess', 'audience'] })]);
    // Globex already accepts this issuer with this audience: a second account may not (its tokens could not be told apart).
    expect(await refused({ enabled: true, audience: GLOBEX_AUDIENCE })).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'oidc', 'apiAccess', 'audience'] })]);
    const dbId = (await rig.api.db.idpConnection.findFirstOrThrow({ where: { name: 'Second' } })).id;
    expect((await rig.api.db.idpConnection.findUniqueOrThrow({ where: { id: dbId } })).oidcApiAccessEnabled).toBe(false);
    const saml = await rig.api.ok(op.SetApiAccess, { input: { id: ids.demo!.connectionId, oidc: { apiAccess: { enabled: true, audience: 'https://x.example' } } } });
    expect(saml.updateIdpConnection.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'oidc'] })]);
    await rig.api.db.idpConnection.delete({ where: { id: dbId } });
  });
});

describe('R15 public API with IdP access tokens: accepted', () => {
  it('R15 a person\'s token (authorization code) runs as the matched admin user, in that tenant only', async () => {
    const token = await personAccessToken(rig, globex, 'admin@globex.example', GLOBEX_AUDIENCE);
    expect(decodeJwt(token)).toMatchObject({ aud: GLOBEX_AUDIENCE, email: 'admin@globex.example' });
    const me = await withBearer(rig, token, op.WhoAmIWithTenant);
    expect(me.errors).toBeUndefined();
    expect(me.data?.viewer).toMatchObject({ role: 'TENANT_ADMIN', credential: 'IDP_TOKEN', name: 'admin@globex.example', accountName: 'Globex', tenant: { id: ids.globex!.tenantId, users: { totalCount: 2 } } });
    const tenants = await withBearer(rig, token, op.VisibleTenants);
    expect(tenants.data?.tenants.edges.map((e) => e.node.accountName)).toEqual(['Globex']);
    const renamed = await withBearer(rig, token, op.RenameTenant, { input: { id: ids.globex!.tenantId, displayName: 'Globex (via IdP token)' } });
    expect(renamed.data?.updateTenant).toMatchObject({ userErrors: [], tenant: { displayName: 'Globex (via IdP token)' } });
    const audit = await rig.api.db.auditEvent.findFirstOrThrow({ where: { tenantId: ids.globex!.dbTenantId, action: 'tenant.update' }, orderBy: { id: 'desc' } });
    expect(audit.actor).toContain('idp-user:admin@globex.example');
    // Nothing of another tenant is reachable, not even by id.
    for (const foreign of [ids.labs!.tenantId, ids.labs!.connectionId, ids.acme!.connectionId]) {
      const node = await withBearer(rig, token, op.NodeOfIdpToken, { id: foreign });
      expect(node.data?.node ?? null).toBeNull();
    }
    const foreignRename = await withBearer(rig, token, op.RenameTenant, { input: { id: ids.labs!.tenantId, displayName: 'hijacked' } });
    expect(foreignRename.data?.updateTenant.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('R15 a non-admin person\'s token may only ask who it is', async () => {
    const token = await personAccessToken(rig, globex, 'hank@globex.example', GLOBEX_AUDIENCE);
    const me = await withBearer(rig, token, op.WhoAmI);
    expect(me.data?.viewer).toEqual({ role: 'TENANT_USER', credential: 'IDP_TOKEN', name: 'hank@globex.example', accountName: 'Globex' });
    const tenants = await withBearer(rig, token, op.VisibleTenants);
    expect(tenants.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withTenant = await withBearer(rig, token, op.WhoAmIWithTenant);
    expect(withTenant.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const rename = await withBearer(rig, token, op.RenameTenant, { input: { id: ids.globex!.tenantId, displayName: 'nope' } });
    expect(rename.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R15 a client-credentials token acts as the application: viewer only, no tenant data', async () => {
    const token = await clientCredentialsToken(rig, globex, GLOBEX_AUDIENCE);
    expect(decodeJwt(token)).toMatchObject({ aud: GLOBEX_AUDIENCE, sub: globex.clientId, client_id: globex.clientId });
    const me = await withBearer(rig, token, op.WhoAmI);
    expect(me.data?.viewer).toEqual({ role: 'TENANT_APPLICATION', credential: 'IDP_TOKEN', name: globex.clientId, accountName: 'Globex' });
    const tenants = await withBearer(rig, token, op.VisibleTenants);
    expect(tenants.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('R15 one issuer trusted by two tenants: the audience picks the tenant, and the other stays out of reach', async () => {
    const token = await personAccessToken(rig, labs, 'admin@globex.example', LABS_AUDIENCE);
    const me = await withBearer(rig, token, op.WhoAmIWithTenant);
    expect(me.data?.viewer).toMatchObject({ role: 'TENANT_ADMIN', accountName: 'GlobexLabs', tenant: { id: ids.labs!.tenantId } });
    expect((await withBearer(rig, token, op.VisibleTenants)).data?.tenants.edges.map((e) => e.node.accountName)).toEqual(['GlobexLabs']);
    expect((await withBearer(rig, token, op.NodeOfIdpToken, { id: ids.globex!.connectionId })).data?.node ?? null).toBeNull();
  });
});

describe('R15 public API with IdP access tokens: refused, typed and traced', () => {
  it('R15 wrong issuer: no connection trusts it', async () => {
    const claims = { ...(await globexClaims()), iss: 'https://idp.attacker.example' };
    await expectRefused(await forgeRs256(claims, 'attacker-key'), 'IDP_TOKEN_ISSUER_UNKNOWN');
  });

  it('R15 wrong audience: a real token of the right IdP for another API', async () => {
    await expectRefused(await personAccessToken(rig, globex, 'hank@globex.example', 'https://api.someone-else.example'), 'IDP_TOKEN_AUDIENCE_MISMATCH');
  });

  it('R15 expired: the IdP clock an hour behind', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'OIDC_TOKEN_INVALID', behaviour: 'clock-skew', skewSeconds: -3600, org: 'okta/globex', once: true });
    const token = await personAccessToken(rig, globex, 'hank@globex.example', GLOBEX_AUDIENCE);
    expect((decodeJwt(token).exp as number) * 1000).toBeLessThan(Date.now());
    await expectRefused(token, 'IDP_TOKEN_EXPIRED');
  });

  it('R15 not yet valid: the IdP clock an hour ahead', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'OIDC_TOKEN_INVALID', behaviour: 'clock-skew', skewSeconds: 3600, org: 'okta/globex', once: true });
    const token = await personAccessToken(rig, globex, 'hank@globex.example', GLOBEX_AUDIENCE);
    expect((decodeJwt(token).nbf as number) * 1000).toBeGreaterThan(Date.now());
    await expectRefused(token, 'IDP_TOKEN_NOT_YET_VALID');
  });

  it('R15 alg "none" is refused', async () => {
    await expectRefused(new UnsecuredJWT(await globexClaims()).encode(), 'IDP_TOKEN_ALGORITHM_REFUSED');
  });

  it('R15 HMAC key confusion: HS256 "signed" with the IdP\'s public key bytes is refused', async () => {
    const jwks = (await (await fetch(`${rig.sandbox.url}/okta/globex/jwks`)).json()) as { keys: Record<string, string>[] };
    const jwk = jwks.keys[0]!;
    const pem = await exportSPKI((await importJWK({ ...jwk, alg: 'RS256' }, 'RS256', { extractable: true })) as CryptoKey);
    for (const secret of [pem, JSON.stringify(jwk)]) {
      const forged = await new SignJWT(await globexClaims()).setProtectedHeader({ alg: 'HS256', kid: jwk.kid! }).sign(new TextEncoder().encode(secret));
      await expectRefused(forged, 'IDP_TOKEN_ALGORITHM_REFUSED');
    }
  });

  it('R15 key rotation: a new kid verifies after the JWKS refresh, a kid in no JWKS is refused', async () => {
    const jwksFetches = () => metric('sso_outbound_requests_total', 'kind="jwks",outcome="OK"');
    const before = await personAccessToken(rig, globex, 'admin@globex.example', GLOBEX_AUDIENCE);
    expect((await withBearer(rig, before, op.WhoAmI)).data?.viewer.role).toBe('TENANT_ADMIN');
    const rotated = await sandboxAdmin<{ kid: string; published: string[] }>(rig, 'POST', '/admin/orgs/okta/globex/oidc/rotate-keys');
    expect(rotated.published).toEqual([rotated.kid, decodeProtectedHeader(before).kid]);
    const after = await personAccessToken(rig, globex, 'admin@globex.example', GLOBEX_AUDIENCE);
    expect(decodeProtectedHeader(after).kid).toBe(rotated.kid);
    const fetchesBefore = await jwksFetches();
    expect((await withBearer(rig, after, op.WhoAmI)).data?.viewer.role).toBe('TENANT_ADMIN');
    expect(await jwksFetches()).toBe(fetchesBefore + 1);
    // The retired key is still published: a token signed before the rotation still verifies.
    const older = await withBearer(rig, before, op.WhoAmI);
    expect(older.data?.viewer.role).toBe('TENANT_ADMIN');
    const forged = await forgeRs256(await globexClaims(), 'kid-in-no-jwks');
    const error = await expectRefused(forged, 'IDP_TOKEN_KEY_UNKNOWN');
    expect(error.message).toContain('JWKS');
    expect(await jwksFetches()).toBe(fetchesBefore + 2);
  });

  it('R15 a token from another tenant\'s IdP does not reach that tenant', async () => {
    // Globex's IdP will put any audience in a token; Acme's audience from it reaches nothing.
    await expectRefused(await personAccessToken(rig, globex, 'admin@globex.example', ACME_AUDIENCE), 'IDP_TOKEN_AUDIENCE_MISMATCH');
    // And Acme's own issuer with a key of someone else's IdP does not verify.
    const acmeLike = { ...(await globexClaims()), iss: `${rig.sandbox.url}/salesforce/${ACME_ORG}`, aud: ACME_AUDIENCE };
    await expectRefused(await forgeRs256(acmeLike, 'other-idp-key'), 'IDP_TOKEN_KEY_UNKNOWN');
  });

  it('R15 a SAML-only tenant is told public API access requires OIDC and what to configure', async () => {
    const demo: SandboxClient = { org: 'generic/demo', clientId: 'demo-api-client', clientSecret: 'demo-api-client-secret', redirectUri: 'https://app.example/cb' };
    await sandboxAdmin(rig, 'POST', '/admin/clients', { org: 'generic/demo', clientId: demo.clientId, clientSecret: demo.clientSecret, redirectUris: [demo.redirectUri] });
    const error = await expectRefused(await clientCredentialsToken(rig, demo, 'https://api.platform.example/demo'), 'PUBLIC_API_REQUIRES_OIDC');
    expect(error.message).toMatch(/^Public API access requires OIDC/);
    expect(error.message).toContain('apiAccess');
  });

  it('R15 a tenant with API access off is told how to turn it on', async () => {
    const contoso = client(`microsoft/${CONTOSO_TID}/v2.0`, 'Contoso');
    const error = await expectRefused(await personAccessToken(rig, contoso, 'admin@contoso.example', 'https://api.platform.example/contoso'), 'PUBLIC_API_ACCESS_OFF');
    expect(error.message).toContain('apiAccess: { enabled: true, audience }');
  });

  it('R15 a valid token that matches no platform user is refused with the sign-in matching code', async () => {
    await rig.api.db.user.deleteMany({ where: { tenantId: ids.acme!.dbTenantId } });
    const acme = client(`salesforce/${ACME_ORG}`, 'Acme');
    const error = await expectRefused(await personAccessToken(rig, acme, 'admin@acme.example', ACME_AUDIENCE), 'IDP_TOKEN_USER_NOT_MATCHED');
    expect(error.extensions?.signInCode).toBe('USER_NOT_FOUND');
  });

  it('R15 the product\'s own API tokens still work beside IdP tokens', async () => {
    const answer = await rig.api.ok(op.WhoAmI, {});
    expect(answer.viewer).toMatchObject({ role: 'OPERATOR', credential: 'API_TOKEN' });
  });
});
