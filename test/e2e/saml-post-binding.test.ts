// The HTTP-POST binding for AuthnRequests (issue 14, R18): an IdP whose metadata lists its
// SingleSignOnService for HTTP-POST only (as JumpCloud and OneLogin export it) gets the
// AuthnRequest as an auto-posted form. The sandbox org publishes POST-only metadata and
// refuses a Redirect-binding GET with 405, as such IdPs do; importSamlMetadata stores the
// binding; /sso/start answers the form page (strict CSP, form-action that IdP only), and the
// sign-in runs end to end with the response's signature checked as usual.
import { inflateRawSync } from 'node:zlib';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateSamlConnectionWithBinding, ImportSsoBinding, SetSsoBinding } from '../graphql/metadata-operations.ts';
import * as op from '../graphql/operations.ts';
import * as sop from '../graphql/support-operations.ts';
import { autoPostForm } from '../support/saml-form.ts';
import { Browser, metadataCertificates, parseOutcome, sandboxAdmin, setUpAccount, signIn, startRig, withScenario, type Rig } from './support.ts';

const ORG = 'generic/demo';
const PERSON = 'tess@generic.example';

describe('SAML AuthnRequest by HTTP-POST (R18, issue 14)', () => {
  let rig: Rig;
  let connectionId: string;
  let ssoUrl: string;
  let metadataUrl: string;
  const gid = (id: string) => encodeGlobalID('IdpConnection', id);
  const importMetadata = async (apply: boolean) => (await rig.api.ok(ImportSsoBinding, { input: { connectionId: gid(connectionId), url: metadataUrl, apply } })).importSamlMetadata;
  const stored = async () => (await rig.api.db.idpConnection.findUniqueOrThrow({ where: { id: connectionId } })).samlSsoBinding;
  const stagesOf = async (traceId: string) => (await rig.api.ok(sop.AttemptByTrace, { traceId })).loginAttempt!.timeline.map((s) => [s.stage, s.ok, s.step ?? null]);

  /** The login page's SSO button, pressed: the /sso/start URL and its answer. */
  async function start(browser: Browser, account: string) {
    const login = await (await browser.request(`${rig.api.url}/login?account=${account}`)).text();
    const url = `${rig.api.url}${/class="sso"[^>]*href="([^"]+)"/.exec(login)![1]!.replace(/&amp;/g, '&')}`;
    return { url, response: await browser.request(url) };
  }

  beforeAll(async () => {
    rig = await startRig();
    ({ connectionId } = await setUpAccount(rig, { accountName: 'PostCo', provider: 'GENERIC', protocol: 'SAML', org: 'demo', users: [{ username: 'tess', email: PERSON }] }));
    await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] });
    const org = await sandboxAdmin<{ samlPostOnly?: boolean; urls: { saml: { ssoUrl: string; metadata: string } } }>(rig, 'PATCH', `/admin/orgs/${ORG}`, { samlPostOnly: true });
    expect(org.samlPostOnly).toBe(true);
    ({ ssoUrl, metadata: metadataUrl } = org.urls.saml);
  });
  afterAll(() => rig.close());

  it('R18 the POST-only org publishes only an HTTP-POST SSO endpoint and refuses a Redirect-binding request with 405, so a Redirect-binding connection fails there', async () => {
    const metadata = await (await fetch(metadataUrl)).text();
    expect(metadata).toContain(`<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${ssoUrl}"/>`);
    expect(metadata).not.toContain('bindings:HTTP-Redirect');
    const redirect = await fetch(`${ssoUrl}?SAMLRequest=${encodeURIComponent('fVLLbsIwEPyVyHdIQoFWFiBRUFUkaBGhPfRSGWdDrDq263Va+ve1Ay')}`);
    expect({ status: redirect.status, allow: redirect.headers.get('allow') }).toEqual({ status: 405, allow: 'POST' });
    // Before the import the connection still sends the Redirect binding: the IdP refuses it.
    expect(await stored()).toBe('HTTP_REDIRECT');
    const outcome = await signIn(rig, { account: 'PostCo', loginHint: PERSON });
    expect({ ok: outcome.ok, status: outcome.status }).toEqual({ ok: false, status: 405 });
  });

  it('R18 importSamlMetadata previews the binding change, then stores HTTP_POST from the metadata', async () => {
    const preview = await importMetadata(false);
    expect(preview.userErrors).toEqual([]);
    expect(preview.changes).toContainEqual({ field: 'SSO_BINDING', before: 'HTTP_REDIRECT', after: 'HTTP_POST' });
    expect(preview.connection!.saml).toEqual({ ssoUrl, ssoBinding: 'HTTP_REDIRECT' });
    expect(await stored()).toBe('HTTP_REDIRECT');
    const applied = await importMetadata(true);
    expect(applied).toMatchObject({ userErrors: [], applied: true, connection: { saml: { ssoUrl, ssoBinding: 'HTTP_POST' } } });
    expect(await stored()).toBe('HTTP_POST');
    expect((await importMetadata(false)).changes).toEqual([]);
  });

  it('R18 /sso/start answers the auto-posting AuthnRequest form: 200, CSP posting to that IdP only with a nonce\'d script, a noscript button, the sign-in cookie', async () => {
    const browser = new Browser(rig);
    const { url, response } = await start(browser, 'PostCo');
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    expect(response.headers.get('x-trace-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.getSetCookie().some((c) => /^sso_binding=[^;]+;.*HttpOnly/i.test(c))).toBe(true);
    const csp = Object.fromEntries(response.headers.get('content-security-policy')!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(csp['form-action']).toEqual([ssoUrl]);
    expect(csp['default-src']).toEqual(["'none'"]);
    expect(csp['script-src']).toHaveLength(1);
    const nonce = /^'nonce-([A-Za-z0-9+/=_-]{16,})'$/.exec(csp['script-src']![0]!)?.[1];
    expect(nonce).toBeDefined();
    const body = await response.text();
    const scripts = [...body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([` nonce="${nonce}"`]);
    expect(body).not.toMatch(/\son[a-z]+=/i);
    expect(body).toMatch(/<noscript>.*<button type="submit">/s);
    const form = autoPostForm(body);
    expect(form.action).toBe(ssoUrl);
    expect(/<form[^>]+method="post"/.test(body)).toBe(true);
    // The POST binding carries the AuthnRequest base64-encoded and not deflated.
    const xml = Buffer.from(form.SAMLRequest!, 'base64').toString('utf8');
    expect(xml).toMatch(/^<samlp:AuthnRequest /);
    expect(xml).toContain(`Destination="${ssoUrl}"`);
    expect(() => inflateRawSync(Buffer.from(form.SAMLRequest!, 'base64'))).toThrow();
    const pending = await rig.api.db.signInRequest.findUniqueOrThrow({ where: { id: form.RelayState! } });
    expect(xml).toContain(`ID="${pending.samlRequestId}"`);
    // The browser submits it; the sandbox signs the person in and posts back to the ACS.
    const end = await browser.continueFrom(url, new Response(body, { status: 200 }), 12, { login_hint: PERSON, sandbox_auto: '1' });
    expect(parseOutcome(end.response.status, end.body).ok).toBe(true);
  });

  it('R18 R13 a sign-in by POST goes end to end with the same timeline as by Redirect; the probe takes the endpoint\'s 405 to a bare GET as up', async () => {
    expect((await fetch(ssoUrl)).status).toBe(405);
    const byPost = await signIn(rig, { account: 'PostCo', loginHint: PERSON });
    expect({ ok: byPost.ok, code: byPost.code }).toEqual({ ok: true, code: null });
    const byRedirect = await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' });
    expect(byRedirect.ok).toBe(true);
    const [postAttempt, redirectAttempt] = await Promise.all(['PostCo', 'GlobexDesk'].map((accountName) =>
      rig.api.db.loginAttempt.findFirstOrThrow({ where: { accountName, outcome: 'SUCCESS' }, orderBy: { id: 'desc' } })));
    const stages = await stagesOf(postAttempt!.traceId);
    expect(stages.map(([stage, ok]) => [stage, ok])).toEqual([
      ['started', true], ['sent_to_idp', true], ['returned', true], ['validated', true], ['matched', true], ['session_created', true],
    ]);
    expect(stages).toEqual(await stagesOf(redirectAttempt!.traceId));
  });

  it('R18 the response of a POST-binding sign-in is signature-checked as usual: signed with another key, it is SAML_SIGNATURE_INVALID', async () => {
    const outcome = await withScenario(rig, { code: 'SAML_SIGNATURE_INVALID', org: ORG }, () => signIn(rig, { account: 'PostCo', loginHint: PERSON }));
    expect({ ok: outcome.ok, code: outcome.code }).toEqual({ ok: false, code: 'SAML_SIGNATURE_INVALID' });
  });

  it('R18 the binding is set by hand on create and update, and validated', async () => {
    const tenantId = (await rig.api.ok(op.CreateTenant, { input: { accountName: 'HandCo', displayName: 'Hand Co' } })).createTenant.tenant!.id;
    const certs = await metadataCertificates(metadataUrl);
    const created = (await rig.api.ok(CreateSamlConnectionWithBinding, {
      input: { tenantId, name: 'JumpCloud', provider: 'GENERIC', protocol: 'SAML', saml: { entityId: 'https://sso.jumpcloud.example/saml2/handco', ssoUrl: 'https://sso.jumpcloud.example/saml2/handco', signingCertificates: certs, ssoBinding: 'HTTP_POST' } },
    })).createIdpConnection;
    expect(created).toMatchObject({ userErrors: [], connection: { saml: { ssoBinding: 'HTTP_POST' } } });
    const id = created.connection!.id;
    const back = (await rig.api.ok(SetSsoBinding, { input: { id, saml: { ssoBinding: 'HTTP_REDIRECT' } } })).updateIdpConnection;
    expect(back).toMatchObject({ userErrors: [], connection: { saml: { ssoBinding: 'HTTP_REDIRECT' } } });
    const cleared = (await rig.api.ok(SetSsoBinding, { input: { id, saml: { ssoBinding: null } } })).updateIdpConnection;
    expect(cleared.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'saml', 'ssoBinding'] }]);
    const unknown = await rig.api.gql(SetSsoBinding, { input: { id, saml: { ssoBinding: 'SOAP' as never } } });
    expect(unknown.errors?.[0]?.message).toMatch(/SOAP/);
    // A connection without a binding (created before this setting, or by hand) sends the Redirect binding.
    const plain = (await rig.api.ok(CreateSamlConnectionWithBinding, {
      input: { tenantId, name: 'Other', provider: 'GENERIC', protocol: 'SAML', saml: { ssoUrl: 'https://idp.other.example/sso' } },
    })).createIdpConnection;
    expect(plain).toMatchObject({ userErrors: [], connection: { saml: { ssoBinding: 'HTTP_REDIRECT' } } });
  });
});
