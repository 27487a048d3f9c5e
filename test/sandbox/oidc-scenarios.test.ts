// Every scenario on the OIDC side, armed by failure code and observed at protocol level
// by an independent relying party (openid-client).
import { createPublicKey, verify, type JsonWebKey } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { admin, armScenario, ENTRA, ENTRA_OTHER, headlessFlow, REDIRECT_URI, relyingParty, SF_ORG, startAuthorization, tokensFor, testSandbox } from './support.ts';

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });
afterEach(async () => { await admin(sb, 'DELETE', '/admin/scenarios'); });

const arm = (body: Record<string, unknown>) => armScenario(sb, body);

describe('claim scenarios', () => {
  it('R08 R31 arms SALESFORCE_EMAIL_UNVERIFIED: email_verified is false in the ID token', async () => {
    const s = await arm({ code: 'SALESFORCE_EMAIL_UNVERIFIED', person: 'sally@acme.example' });
    expect(s.expected).toEqual({ oidc: 'SALESFORCE_EMAIL_UNVERIFIED', saml: 'SALESFORCE_EMAIL_UNVERIFIED' });
    const rp = await relyingParty(sb, SF_ORG);
    expect((await tokensFor(rp, 'sally@acme.example')).claims).toMatchObject({ email: 'sally@acme.example', email_verified: false });
    // Another person of the org is untouched.
    expect((await tokensFor(rp, 'admin@acme.example')).claims.email_verified).toBe(true);
  });

  it('R08 the fixture person with an unverified email is unverified without any scenario', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    expect((await tokensFor(rp, 'uma@acme.example')).claims.email_verified).toBe(false);
  });

  it('R09 R31 arms MICROSOFT_NO_EMAIL: the ID token carries no email claim, upn still there', async () => {
    await arm({ code: 'MICROSOFT_NO_EMAIL', org: ENTRA, person: 'megan@contoso.example' });
    const rp = await relyingParty(sb, ENTRA);
    const { claims } = await tokensFor(rp, 'megan@contoso.example');
    expect(claims).not.toHaveProperty('email');
    expect(claims.upn).toBe('megan@contoso.example');
  });

  it('R07 R31 arms SALESFORCE_WRONG_ORG: the person is presented with the other org\'s organization_id', async () => {
    await arm({ code: 'SALESFORCE_WRONG_ORG', person: 'sally@acme.example', otherOrg: 'salesforce/00D000000000002BBB' });
    const rp = await relyingParty(sb, SF_ORG);
    const { claims } = await tokensFor(rp, 'sally@acme.example');
    expect(claims.organization_id).toBe('00D000000000002BBB');
    expect(claims.sub).toBe(`${sb.url}/id/00D000000000002BBB/005000000000002AAA`);
  });

  it('R06 R31 arms SALESFORCE_ORG_NOT_LINKED once: one sign-in from another org, the next is back home', async () => {
    const s = await arm({ code: 'SALESFORCE_ORG_NOT_LINKED', org: SF_ORG, once: true, otherOrg: 'salesforce/00D000000000002BBB' });
    expect(s.expected.oidc).toBe('SALESFORCE_ORG_NOT_LINKED');
    const rp = await relyingParty(sb, SF_ORG);
    expect((await tokensFor(rp, 'admin@acme.example')).claims.organization_id).toBe('00D000000000002BBB');
    expect((await tokensFor(rp, 'admin@acme.example')).claims.organization_id).toBe('00D000000000001AAA');
  });

  it('R05 a person can sign in at the second Salesforce org and the second Entra tenant', async () => {
    expect((await tokensFor(await relyingParty(sb, 'salesforce/00D000000000002BBB'), 'olga@partners.acme.example')).claims.organization_id).toBe('00D000000000002BBB');
    await arm({ code: 'ACCOUNT_SWITCH_ORG_MISMATCH', org: ENTRA, person: 'admin@contoso.example', otherOrg: ENTRA_OTHER });
    expect((await tokensFor(await relyingParty(sb, ENTRA), 'admin@contoso.example')).claims.tid).toBe('99999999-8888-4777-8666-555555555555');
  });
});

describe('access scenarios', () => {
  it('R12 R31 arms IDP_IP_RESTRICTED: access_denied to the redirect URI, Login History "Restricted IP" for the app, cleared by relaxing the app', async () => {
    const rp = await relyingParty(sb, SF_ORG, { name: 'Contact Center (IP test)' });
    const s = await arm({ code: 'IDP_IP_RESTRICTED', org: SF_ORG, client: rp.clientId });
    expect(s.expected).toEqual({ oidc: 'IDP_IP_RESTRICTED' });
    const clients = await admin(sb, 'GET', `/admin/clients?org=${SF_ORG}`);
    expect(clients.body.find((c: { clientId: string }) => c.clientId === rp.clientId).ipRestriction).toBe('enforced');

    const denied = await headlessFlow(rp, 'sally@acme.example');
    expect(denied.callback?.searchParams.get('error')).toBe('access_denied');
    const history = await admin(sb, 'GET', `/admin/login-history?org=${SF_ORG}&status=Restricted%20IP`);
    expect(history.body[0]).toMatchObject({ status: 'Restricted IP', application: 'Contact Center (IP test)', username: 'sally@acme.example' });

    const relaxed = await admin(sb, 'PATCH', `/admin/clients/${SF_ORG}/${rp.clientId}`, { ipRestriction: 'relaxed' });
    expect(relaxed.body.ipRestriction).toBe('relaxed');
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toEqual([]);
    expect((await tokensFor(rp, 'sally@acme.example')).claims.preferred_username).toBe('sally@acme.example');
    const after = await admin(sb, 'GET', `/admin/login-history?org=${SF_ORG}&application=${encodeURIComponent('Contact Center (IP test)')}`);
    expect(after.body[0].status).toBe('Success');
  });

  it('R12 an app whose fixture setting is enforced is restricted without any armed scenario', async () => {
    const rp = await relyingParty(sb, SF_ORG, { ipRestriction: 'enforced' });
    expect((await headlessFlow(rp, 'admin@acme.example')).callback?.searchParams.get('error')).toBe('access_denied');
  });

  it('R12 R31 arms IDP_ACCESS_DENIED: access_denied at the redirect URI (headless and login page)', async () => {
    await arm({ code: 'IDP_ACCESS_DENIED', person: 'amy@acme.example' });
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'amy@acme.example');
    expect(flow.callback?.searchParams.get('error')).toBe('access_denied');
    expect(flow.callback?.searchParams.get('state')).toBeTruthy();
    const history = await admin(sb, 'GET', `/admin/login-history?org=${SF_ORG}`);
    expect(history.body[0]).toMatchObject({ username: 'amy@acme.example', status: 'Failed: Access Denied', scenario: 'IDP_ACCESS_DENIED' });
  });
});

describe('token scenarios (OIDC_TOKEN_INVALID)', () => {
  it('R31 clock skew into the past: the ID token is expired and openid-client rejects it', async () => {
    await arm({ code: 'OIDC_TOKEN_INVALID', behaviour: 'clock-skew', skewSeconds: -7200, org: SF_ORG });
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'sally@acme.example');
    const error = await flow.exchange!().catch((e: { code: string; cause: Error }) => e);
    expect(error).toMatchObject({ code: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' });
    expect((error as { cause: Error }).cause.message).toMatch(/"exp"/);
  });

  it('R31 clock skew into the future: iat is ahead and openid-client rejects it', async () => {
    await arm({ code: 'OIDC_TOKEN_INVALID', behaviour: 'clock-skew', skewSeconds: 7200, org: SF_ORG });
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'sally@acme.example');
    const error = await flow.exchange!().catch((e: { code: string; cause: Error }) => e);
    expect(error).toMatchObject({ code: 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' });
    expect((error as { cause: Error }).cause.message).toMatch(/"nbf"/);
  });

  it('R31 rotated / wrong signing key: the ID token signature does not verify against the JWKS', async () => {
    await arm({ code: 'OIDC_TOKEN_INVALID', behaviour: 'wrong-key', org: SF_ORG });
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'sally@acme.example');
    const error = await flow.exchange!().catch((e: { code: string; cause: Error }) => e);
    expect(error).toMatchObject({ code: 'OAUTH_INVALID_RESPONSE' });
    expect((error as { cause: Error }).cause.message).toMatch(/signature verification failed/);
  });

  it('R31 wrong audience: the ID token is for another client', async () => {
    await arm({ code: 'OIDC_TOKEN_INVALID', behaviour: 'wrong-audience', org: SF_ORG, audience: 'someone-else' });
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'sally@acme.example');
    const error = await flow.exchange!().catch((e: { code: string; cause: Error }) => e);
    expect(error).toMatchObject({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' });
    expect((error as { cause: Error }).cause.message).toMatch(/"aud"/);
  });
});

describe('nonce scenario (OIDC_NONCE_MISMATCH)', () => {
  it('R13 R31 the ID token carries another nonce, signed by the published key, every other claim valid', async () => {
    await arm({ code: 'OIDC_NONCE_MISMATCH', org: SF_ORG, once: true });
    const rp = await relyingParty(sb, SF_ORG);
    const a = await startAuthorization(rp, { login_hint: 'sally@acme.example', sandbox_auto: '1' });
    const code = new URL((await fetch(a.url, { redirect: 'manual' })).headers.get('location')!).searchParams.get('code')!;
    // The token response read by hand, so the token can be inspected whatever a library thinks of it.
    const meta = rp.config.serverMetadata();
    const token = await fetch(meta.token_endpoint!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${rp.clientId}:${rp.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: a.verifier }),
    });
    expect(token.status).toBe(200);
    const idToken = ((await token.json()) as { id_token: string }).id_token;
    const [h, p, sig] = idToken.split('.') as [string, string, string];
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const jwks = (await (await fetch(meta.jwks_uri!)).json()) as { keys: (JsonWebKey & { kid: string })[] };
    const jwk = jwks.keys.find((k) => k.kid === header.kid)!;
    expect(verify('sha256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(sig, 'base64url'))).toBe(true);
    expect(claims.nonce).toEqual(expect.any(String));
    expect(claims.nonce).not.toBe(a.nonce);
    expect(claims).toMatchObject({ iss: meta.issuer, aud: rp.clientId, sandbox_scenario: 'OIDC_NONCE_MISMATCH' });
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
    expect(claims.iat * 1000).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('R13 R31 a stock openid-client RP refuses it on the nonce claim; the next sign-in (once) is clean', async () => {
    await arm({ code: 'OIDC_NONCE_MISMATCH', person: 'sally@acme.example', once: true });
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'sally@acme.example');
    const error = await flow.exchange!().catch((e: { code: string; cause: Error }) => e);
    expect(error).toMatchObject({ code: 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' });
    expect((error as { cause: Error }).cause.message).toMatch(/"nonce"/);
    const again = await tokensFor(rp, 'sally@acme.example');
    expect(again.claims.sandbox_scenario).toBeUndefined();
  });

  it('R31 acts on OIDC only: the catalog lists no SAML outcome for it', async () => {
    const catalog = await admin<{ code: string; behaviours: { behaviour: string; expected: Record<string, string> }[] }[]>(sb, 'GET', '/admin/scenarios/catalog');
    expect(catalog.body.find((c) => c.code === 'OIDC_NONCE_MISMATCH')?.behaviours).toEqual([{ behaviour: 'wrong-nonce', expected: { oidc: 'OIDC_NONCE_MISMATCH' } }]);
  });
});

describe('availability scenarios (IDP_UNAVAILABLE)', () => {
  it('R31 IdP down: 5xx at the authorization endpoint, and at discovery and JWKS too', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', org: SF_ORG, status: 502 });
    const a = await startAuthorization(rp, { login_hint: 'sally@acme.example', sandbox_auto: '1' });
    const res = await fetch(a.url, { redirect: 'manual' });
    expect(res.status).toBe(502);
    const { issuer, jwks_uri } = rp.config.serverMetadata();
    expect((await fetch(`${issuer}/.well-known/openid-configuration`)).status).toBe(502);
    expect((await fetch(jwks_uri!)).status).toBe(502);
  });

  it('R31 IdP down: 5xx at the token endpoint for a code obtained before', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    const flow = await headlessFlow(rp, 'sally@acme.example');
    await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'down', org: SF_ORG });
    const error = await flow.exchange!().catch((e: { cause: Response }) => e);
    expect((error as { cause: Response }).cause.status).toBe(503);
  });

  it('R31 slow IdP: the authorization endpoint answers only after the armed delay, once', async () => {
    // Discovery first: armed for the org, "once" is spent by the first endpoint it slows.
    const rp = await relyingParty(sb, SF_ORG);
    const s = await arm({ code: 'IDP_UNAVAILABLE', behaviour: 'slow', org: SF_ORG, delayMs: 400, once: true });
    expect(s.expected.oidc).toBe('IDP_UNAVAILABLE');
    const started = performance.now();
    const flow = await headlessFlow(rp, 'sally@acme.example');
    // A lower bound only: the answer cannot come before the delay has passed.
    expect(performance.now() - started).toBeGreaterThanOrEqual(390);
    expect(flow.callback?.searchParams.get('code')).toBeTruthy();
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toEqual([]);
  });

  it('R13 R31 down or slow scoped to one person or one client is refused at arm time (422 SCENARIO_NOT_PRODUCIBLE, with why): no SP could see it', async () => {
    const scopes = [{ person: 'sally@acme.example' }, { client: 'acme-support' }, { org: SF_ORG, person: 'sally@acme.example' }, { org: SF_ORG, client: 'acme-support', once: true }];
    for (const behaviour of ['down', 'slow'] as const) {
      for (const scope of scopes) {
        const refused = await admin<{ code: string; failureCode: string; reason: string }>(sb, 'POST', '/admin/scenarios', { code: 'IDP_UNAVAILABLE', behaviour, ...scope });
        expect(refused.status, JSON.stringify(scope)).toBe(422);
        expect(refused.body).toMatchObject({ code: 'SCENARIO_NOT_PRODUCIBLE', failureCode: 'IDP_UNAVAILABLE' });
        expect(refused.body.reason).toMatch(new RegExp(`^a ${behaviour} IdP is ${behaviour} for everyone; scoped to one ${'person' in scope ? 'person' : 'client'}, .*`
          + `${behaviour === 'down' ? "the IdP's own error page and the SP records nothing" : 'signs in late and the SP records a success'}, never IDP_UNAVAILABLE\\. Arm it for an org`));
      }
    }
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toEqual([]);
    // For an org, or every org, both arm; and other codes keep their person scope.
    for (const scope of [{ org: SF_ORG }, {}]) for (const behaviour of ['down', 'slow']) await arm({ code: 'IDP_UNAVAILABLE', behaviour, ...scope });
    await arm({ code: 'IDP_ACCESS_DENIED', person: 'sally@acme.example' });
    expect((await admin(sb, 'GET', '/admin/scenarios')).body).toHaveLength(5);
  });
});
