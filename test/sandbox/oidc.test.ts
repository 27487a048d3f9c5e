// The sandbox's OIDC issuers against an independent relying party (openid-client 6):
// discovery, authorization code + PKCE + state + nonce, ID-token signature checked
// against the issuer's JWKS (openid-client's non-repudiation checks), provider-shaped claims.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as oidc from 'openid-client';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { ENTRA, GENERIC, OKTA, REDIRECT_URI, SF_ORG, issuerOf, relyingParty, startAuthorization, tokensFor, testSandbox } from './support.ts';

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });

describe('OIDC issuers (headless path)', () => {
  it('R14 R15 Salesforce org: code flow completes, ID token verifies against the JWKS, Salesforce-shaped claims', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    expect(rp.config.serverMetadata().issuer).toBe(`${sb.url}/salesforce/00D000000000001AAA`);
    const { claims, tokens } = await tokensFor(rp, 'sally@acme.example');
    expect(claims).toMatchObject({
      iss: `${sb.url}/salesforce/00D000000000001AAA`,
      aud: rp.clientId,
      sub: `${sb.url}/id/00D000000000001AAA/005000000000002AAA`,
      user_id: '005000000000002AAA',
      organization_id: '00D000000000001AAA',
      preferred_username: 'sally@acme.example',
      email: 'sally@acme.example',
      email_verified: true,
      name: 'Sally Okafor',
    });
    const info = await oidc.fetchUserInfo(rp.config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ organization_id: '00D000000000001AAA', email: 'sally@acme.example' });
  });

  it('R14 R15 Microsoft Entra tenant: v2 issuer with tid/oid/upn, email only when the person has one', async () => {
    const rp = await relyingParty(sb, ENTRA);
    expect(rp.config.serverMetadata().issuer).toBe(`${sb.url}/microsoft/11111111-2222-4333-8444-555555555555/v2.0`);
    const megan = (await tokensFor(rp, 'megan@contoso.example')).claims;
    expect(megan).toMatchObject({
      tid: '11111111-2222-4333-8444-555555555555', oid: 'a1a1a1a1-0000-4000-8000-000000000002',
      preferred_username: 'megan@contoso.example', upn: 'megan@contoso.example', name: 'Megan Bowen', email: 'megan@contoso.example',
    });
    const adele = (await tokensFor(rp, 'adele@contoso.example')).claims;
    expect(adele).toMatchObject({ preferred_username: 'adele@contoso.example', upn: 'adele@contoso.example' });
    expect(adele).not.toHaveProperty('email');
  });

  it('R14 R15 Okta org: sub is the Okta user id, groups with the groups scope', async () => {
    const rp = await relyingParty(sb, OKTA);
    const { claims } = await tokensFor(rp, 'hank@globex.example', { scope: 'openid email profile groups' });
    expect(claims).toMatchObject({
      iss: `${sb.url}/okta/globex`, sub: '00u1hank', email: 'hank@globex.example', email_verified: true,
      preferred_username: 'hank@globex.example', groups: ['Everyone', 'Agents'],
    });
  });

  it('R14 R15 generic IdP: standard claims', async () => {
    const rp = await relyingParty(sb, GENERIC);
    const { claims } = await tokensFor(rp, 'tess');
    expect(claims).toMatchObject({ iss: `${sb.url}/generic/demo`, sub: 'g-0001', email: 'tess@generic.example', preferred_username: 'tess' });
  });

  it('fixture clients of the demo connections are registered with their secrets and the control plane callback', async () => {
    const config = await oidc.discovery(new URL(issuerOf(sb, SF_ORG)), 'acme-support', 'demo-secret-acme-support', undefined, { execute: [oidc.allowInsecureRequests] });
    const url = oidc.buildAuthorizationUrl(config, { redirect_uri: 'http://127.0.0.1:4000/sso/oidc/callback', scope: 'openid', login_hint: 'admin@acme.example', sandbox_auto: '1' });
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:4000\/sso\/oidc\/callback\?code=/);
  });

  it('an unknown login_hint is refused with invalid_request at the redirect URI', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    const a = await startAuthorization(rp, { login_hint: 'nobody@acme.example', sandbox_auto: '1' });
    const res = await fetch(a.url, { redirect: 'manual' });
    const location = new URL(res.headers.get('location')!);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });
});

describe('OIDC human path (login page)', () => {
  it('shows a login page with the org\'s people and the armed scenario, then returns with a code', async () => {
    const rp = await relyingParty(sb, SF_ORG);
    await sb.scenarios.arm({ code: 'SALESFORCE_EMAIL_UNVERIFIED', person: 'amy@acme.example' });
    const jar = new Map<string, string>();
    const go = async (url: string, init: RequestInit = {}) => {
      const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        jar.set(pair!.slice(0, i), pair!.slice(i + 1));
      }
      return res;
    };
    const a = await startAuthorization(rp, {});
    const toLogin = await go(a.url.href);
    expect(toLogin.status).toBe(303);
    const loginUrl = new URL(toLogin.headers.get('location')!, sb.url).href;
    const page = await go(loginUrl);
    const html = await page.text();
    expect(html).toContain('TEST IdP');
    expect(html).toContain('sally@acme.example');
    expect(html).toContain('SALESFORCE_EMAIL_UNVERIFIED');
    const posted = await go(loginUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'typed=&login=amy%40acme.example' });
    expect(posted.status).toBe(303);
    const resumed = await go(new URL(posted.headers.get('location')!, sb.url).href);
    const callback = new URL(resumed.headers.get('location')!);
    expect(callback.href.startsWith(REDIRECT_URI)).toBe(true);
    const tokens = await oidc.authorizationCodeGrant(rp.config, callback, { pkceCodeVerifier: a.verifier, expectedState: a.state, expectedNonce: a.nonce });
    expect(tokens.claims()).toMatchObject({ preferred_username: 'amy@acme.example', email_verified: false });
    sb.scenarios.clear();
  });
});
