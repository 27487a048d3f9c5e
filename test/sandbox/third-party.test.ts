// An integrator's SP and RP against the standalone sandbox: nothing of the product is
// loaded (no src/, no test helpers that start it), only the sandbox server, its admin API
// and two stock libraries — openid-client (authorization code + PKCE, ID-token signature
// checked against the JWKS) and @node-saml/node-saml (signed response and assertion,
// trusting the certificate of the sandbox's SAML metadata). For every impersonated
// provider, over both protocols. The README's "Third-party SP / RP" section shows this.
import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox/server.ts';

const PROVIDERS = [
  { provider: 'salesforce', org: 'salesforce/00D000000000001AAA', person: 'sally@acme.example', email: 'sally@acme.example' },
  { provider: 'microsoft', org: 'microsoft/11111111-2222-4333-8444-555555555555', person: 'megan@contoso.example', email: 'megan@contoso.example' },
  { provider: 'okta', org: 'okta/globex', person: 'hank@globex.example', email: 'hank@globex.example' },
  { provider: 'generic', org: 'generic/demo', person: 'tess', email: 'tess@generic.example' },
] as const;

// The integrator's own URLs: nothing needs to listen there, the test reads the redirects and forms.
const REDIRECT_URI = 'http://127.0.0.1:9/my-app/oidc/callback';
const ACS_URL = 'http://127.0.0.1:9/my-app/saml/acs';

interface OrgUrls { issuer: string; saml: { entityId: string; ssoUrl: string; metadata: string } }

let sandbox: SandboxHandle;
beforeAll(async () => { sandbox = await startSandbox({ port: 0, log: () => {} }); });
afterAll(async () => { await sandbox?.close(); });

async function adminApi<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandbox.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

const urlsOf = async (org: string) => (await adminApi<{ urls: OrgUrls }>('GET', `/admin/orgs/${org}`)).urls;

describe.each(PROVIDERS)('third-party RP and SP against the standalone sandbox: $provider', ({ provider, org, person, email }) => {
  it(`R14 R15 R32 a stock openid-client RP signs in at the ${provider} issuer (code + PKCE, headless)`, async () => {
    const { issuer } = await urlsOf(org);
    const clientId = `my-${provider}-app`;
    const clientSecret = `${clientId}-secret-0123456789`;
    await adminApi('POST', '/admin/clients', { org, clientId, clientSecret, redirectUris: [REDIRECT_URI], name: 'My App' });

    // http issuers are refused by openid-client unless allowed: the sandbox is on loopback.
    const config = await oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, { execute: [oidc.allowInsecureRequests] });
    oidc.enableNonRepudiationChecks(config);
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    const authorize = oidc.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI, scope: 'openid email profile', state, nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
      login_hint: person, sandbox_auto: '1',
    });
    const answer = await fetch(authorize, { redirect: 'manual' });
    expect(answer.status).toBe(303);
    const callback = new URL(answer.headers.get('location')!);
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);

    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: issuer, aud: clientId, nonce, email });
    expect(claims.sandbox_scenario).toBeUndefined();
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(userinfo.sub).toBe(claims.sub);
  });

  it(`R14 R15 R32 a stock node-saml SP signs in at the ${provider} SAML IdP (SP-initiated, signed response, metadata certificate)`, async () => {
    const { saml: idp } = await urlsOf(org);
    const entityId = `https://my-app.example/${provider}/saml`;
    await adminApi('POST', '/admin/sps', { org, entityId, acsUrls: [ACS_URL], nameIdFormat: 'emailAddress', name: 'My App' });

    const metadata = await (await fetch(idp.metadata)).text();
    expect(metadata).toContain(`entityID="${idp.entityId}"`);
    const cert = /<(?:ds:)?X509Certificate>([^<]+)</.exec(metadata)![1]!.replace(/\s+/g, '');
    const sp = new SAML({
      entryPoint: idp.ssoUrl,
      issuer: entityId,
      callbackUrl: ACS_URL,
      audience: entityId,
      idpCert: cert,
      idpIssuer: idp.entityId,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      validateInResponseTo: ValidateInResponseTo.always,
    });
    const login = new URL(await sp.getAuthorizeUrlAsync('my-relay-state', undefined, {}));
    login.searchParams.set('login_hint', person);
    login.searchParams.set('sandbox_auto', '1');
    const html = await (await fetch(login)).text();
    // The HTTP-POST binding's auto-submitting form, as a browser would post it to the ACS.
    expect(/<form[^>]+action="([^"]+)"/.exec(html)![1]).toBe(ACS_URL);
    const field = (name: string) => new RegExp(`name="${name}"\\s+value="([^"]*)"`).exec(html)![1]!;
    expect(field('RelayState')).toBe('my-relay-state');

    const { profile, loggedOut } = await sp.validatePostResponseAsync({ SAMLResponse: field('SAMLResponse'), RelayState: field('RelayState') });
    expect(loggedOut).toBe(false);
    expect(profile).toMatchObject({ issuer: idp.entityId, nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', nameID: email });
    // A second use of the same response is refused by the SP's own InResponseTo check.
    await expect(sp.validatePostResponseAsync({ SAMLResponse: field('SAMLResponse') })).rejects.toThrow(/InResponseTo/);
  });
});
