// IdP-initiated SAML end to end (issue 14): unsolicited responses from the sandbox's
// GET /:provider/:org/saml/idp-initiated, posted to the ACS like an IdP dashboard tile
// does. Off by default (a documented code on the product's page); when switched on, a
// 2-minute window, the replay cache and a RelayState allowlist; never across accounts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { FAILURE_CATALOG } from '../../common/failures/catalog.ts';
import { autoPostForm } from '../support/saml-form.ts';
import * as op from '../graphql/operations.ts';
import { Browser, metadataCertificates, parseOutcome, sandboxAdmin, setUpAccount, signIn, startRig, withScenario, type Rig } from './support.ts';

const HANK = 'hank@globex.example'; // an agent of GlobexDesk
const ADMIN = 'admin@globex.example'; // a user of GlobexDesk

describe('IdP-initiated SAML (R13, R15, R17, issue 14)', () => {
  let rig: Rig;
  let globex: { tenantId: string; connectionId: string };
  let initech: { tenantId: string; connectionId: string };
  const entityIdOf = (account: string) => `${rig.api.url}/sso/saml/metadata/${account}`;
  const connectionGid = (c: { connectionId: string }) => encodeGlobalID('IdpConnection', c.connectionId);

  beforeAll(async () => {
    rig = await startRig();
    globex = await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'admin', email: ADMIN }, { username: 'hank', email: HANK, kind: 'AGENT' }] });
    // Another account, on another IdP, whose users carry the same emails as Globex's people.
    initech = await setUpAccount(rig, { accountName: 'InitechDesk', provider: 'GENERIC', protocol: 'SAML', org: 'demo', users: [{ username: 'i-admin', email: ADMIN }, { username: 'i-hank', email: HANK, kind: 'AGENT' }, { username: 'tess', email: 'tess@generic.example' }] });
    await setIdpInitiated(initech, { enabled: true, relayStates: ['/agent'] });
  });
  afterAll(() => rig.close());

  async function setIdpInitiated(c: { connectionId: string }, idpInitiated: { enabled: boolean; relayStates?: string[] } | null) {
    const out = await rig.api.ok(op.UpdateConnection, { input: { id: connectionGid(c), saml: { idpInitiated } } });
    expect(out.updateIdpConnection.userErrors).toEqual([]);
    return out.updateIdpConnection.connection!;
  }

  /** The IdP's dashboard tile: an unsolicited response form, from `org` for `sp`. */
  async function unsolicited(options: { org?: string; account?: string; acs?: 'user' | 'agent'; person?: string; relayState?: string } = {}) {
    const url = new URL(`${rig.sandbox.url}/${options.org ?? 'okta/globex'}/saml/idp-initiated`);
    url.searchParams.set('sp', entityIdOf(options.account ?? 'GlobexDesk'));
    url.searchParams.set('acs', options.acs ?? 'agent');
    url.searchParams.set('login_hint', options.person ?? HANK);
    if (options.relayState !== undefined) url.searchParams.set('RelayState', options.relayState);
    const page = await fetch(url);
    expect(page.status, await page.clone().text()).toBe(200);
    const form = autoPostForm(await page.text());
    expect(form.SAMLResponse).toBeTruthy();
    return { action: form.action!, fields: { SAMLResponse: form.SAMLResponse!, ...(form.RelayState !== undefined ? { RelayState: form.RelayState } : {}) } };
  }

  /** Posts the form as a fresh browser (no sign-in cookie: nothing was started here). */
  async function post(form: { action: string; fields: Record<string, string> }) {
    const browser = new Browser(rig);
    const response = await browser.request(form.action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form.fields) });
    const body = response.status === 303 ? '' : await response.text();
    return { browser, response, outcome: parseOutcome(response.status, body), location: response.headers.get('location') };
  }

  /** setUpAccount answers the tenant's global ID; the database keys it by its own. */
  const tenantKey = (c: { tenantId: string }) => decodeGlobalID(c.tenantId).id;
  const attemptOf = (traceId: string | null) => rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: traceId! } });
  const sessionsOf = (c: { tenantId: string }) => rig.api.db.session.count({ where: { tenantId: tenantKey(c) } });
  const readiness = async (c: { tenantId: string }) => (await rig.api.ok(op.SsoReadiness, { tenantId: c.tenantId })).ssoReadiness;

  it('R13 off by default: the person sees SAML_IDP_INITIATED_DISABLED on the product\'s page, login history records it, readiness is unaffected', async () => {
    const before = await readiness(globex);
    const sessions = await sessionsOf(globex);
    const { outcome, location } = await post(await unsolicited({ relayState: '/agent' }));
    expect(location).toBeNull();
    expect(outcome.code).toBe('SAML_IDP_INITIATED_DISABLED');
    expect(outcome.message).toBe(FAILURE_CATALOG.SAML_IDP_INITIATED_DISABLED.message.replace('{traceId}', outcome.traceId!));
    expect(await attemptOf(outcome.traceId)).toMatchObject({ code: 'SAML_IDP_INITIATED_DISABLED', outcome: 'FAILURE', accountName: 'GlobexDesk', tenantId: tenantKey(globex), connectionId: globex.connectionId });
    expect(await sessionsOf(globex)).toBe(sessions);
    expect(await readiness(globex)).toEqual(before);
  });

  it('R15 R17 on: an unsolicited response signs the agent in and lands on the allowlisted RelayState', async () => {
    const shown = await setIdpInitiated(globex, { enabled: true, relayStates: ['/agent', '/admin/reports'] });
    expect(shown.saml!.idpInitiated).toEqual({ enabled: true, relayStates: ['/agent', '/admin/reports'] });
    const { browser, response, location, outcome } = await post(await unsolicited({ relayState: '/agent' }));
    expect(response.status).toBe(303);
    expect(location).toBe('/agent');
    const home = await browser.follow(`${rig.api.url}/`);
    expect(home.body).toContain('id="signed-in"');
    const attempt = await rig.api.db.loginAttempt.findFirstOrThrow({ where: { tenantId: tenantKey(globex) }, orderBy: { id: 'desc' } });
    expect(attempt).toMatchObject({ outcome: 'SUCCESS', protocol: 'SAML', audience: 'AGENT', connectionId: globex.connectionId });
    expect(outcome.code).toBeNull();
  });

  it.each([
    ['an unlisted path', '/admin/secrets'],
    ['another site', 'https://evil.example/agent'],
    ['a protocol-relative URL', '//evil.example/agent'],
    ['a backslash trick', '/\\evil.example'],
    ['no RelayState', undefined],
  ])('R15 on: a RelayState that is %s lands on the default page, never off the site', async (_, relayState) => {
    const { response, location } = await post(await unsolicited({ acs: 'user', person: ADMIN, relayState }));
    expect(response.status).toBe(303);
    expect(location).toBe('/');
  });

  it('R13 on: an unsolicited response older than the 2-minute window is refused (SAML_ASSERTION_EXPIRED), though an SP-initiated one as old passes', async () => {
    // Issued 4 minutes ago: still inside the IdP's 5-minute validity, outside 2 minutes + 60 s skew.
    const old = { code: 'SAML_ASSERTION_EXPIRED', org: 'okta/globex', skewSeconds: -240 };
    const refused = await withScenario(rig, old, async () => post(await unsolicited({ relayState: '/agent' })));
    expect(refused.location).toBeNull();
    expect(await attemptOf(refused.outcome.traceId)).toMatchObject({ code: 'SAML_ASSERTION_EXPIRED', tenantId: tenantKey(globex), detail: expect.stringContaining('window for IdP-initiated responses') });
    const spInitiated = await withScenario(rig, old, () => signIn(rig, { account: 'GlobexDesk', loginHint: HANK, audience: 'agent' }));
    expect(spInitiated.ok).toBe(true);
  });

  it('R13 on: the same unsolicited response posted twice signs in once; the second is SAML_ASSERTION_REPLAYED', async () => {
    const form = await unsolicited({ relayState: '/agent' });
    const first = await post(form);
    expect(first.location).toBe('/agent');
    const second = await post(form);
    expect(second.location).toBeNull();
    expect(second.outcome.code).toBe('SAML_ASSERTION_REPLAYED');
    expect(await attemptOf(second.outcome.traceId)).toMatchObject({ code: 'SAML_ASSERTION_REPLAYED', tenantId: tenantKey(globex) });
  });

  it('R13 tenant isolation: a response for another account\'s connection never signs anyone in there', async () => {
    const initechSessions = await sessionsOf(initech);
    // Globex's IdP addresses a response to InitechDesk (whose connection trusts another IdP).
    await sandboxAdmin(rig, 'POST', '/admin/sps', { org: 'okta/globex', entityId: entityIdOf('InitechDesk'), acsUrls: [`${rig.api.url}/sso/saml/acs/user`, `${rig.api.url}/sso/saml/acs/agent`] });
    const foreign = await post(await unsolicited({ account: 'InitechDesk', relayState: '/agent' }));
    expect(foreign.location).toBeNull();
    expect(await attemptOf(foreign.outcome.traceId)).toMatchObject({ code: 'SAML_IN_RESPONSE_TO_MISMATCH', accountName: 'InitechDesk', outcome: 'FAILURE', matchedUserId: null });
    // An Initech connection that claims Globex's IdP entity ID (but holds its own IdP's
    // certificates): the response Globex's IdP addressed to Initech still does not verify.
    const certs = await metadataCertificates(`${rig.sandbox.url}/generic/demo/saml/metadata`);
    const claiming = await rig.api.ok(op.CreateConnection, {
      input: { tenantId: initech.tenantId, name: 'Claims Globex', provider: 'OKTA', protocol: 'SAML', saml: { entityId: `${rig.sandbox.url}/okta/globex/saml`, ssoUrl: `${rig.sandbox.url}/okta/globex/saml/sso`, signingCertificates: certs, idpInitiated: { enabled: true, relayStates: ['/agent'] } } },
    });
    expect(claiming.createIdpConnection.userErrors).toEqual([]);
    const forged = await post(await unsolicited({ account: 'InitechDesk', relayState: '/agent' }));
    expect(forged.location).toBeNull();
    expect(await attemptOf(forged.outcome.traceId)).toMatchObject({ code: 'SAML_SIGNATURE_INVALID', tenantId: tenantKey(initech), matchedUserId: null });
    // Globex's own response (addressed to Globex) goes to Globex only.
    const own = await post(await unsolicited({ relayState: '/agent' }));
    expect(own.location).toBe('/agent');
    expect(await sessionsOf(initech)).toBe(initechSessions);
    // Initech's own IdP-initiated sign-in still works: the switch is per connection.
    const initechOwn = await post(await unsolicited({ org: 'generic/demo', account: 'InitechDesk', acs: 'user', person: 'tess@generic.example', relayState: '/agent' }));
    expect(initechOwn.location).toBe('/agent');
    expect(await sessionsOf(initech)).toBe(initechSessions + 1);
  });

  it('R13 switched off again: refused with SAML_IDP_INITIATED_DISABLED', async () => {
    expect((await setIdpInitiated(globex, null)).saml!.idpInitiated).toEqual({ enabled: false, relayStates: [] });
    const { outcome } = await post(await unsolicited({ relayState: '/agent' }));
    expect(outcome.code).toBe('SAML_IDP_INITIATED_DISABLED');
  });

  it.each([
    ['https://evil.example/agent'],
    ['//evil.example'],
    ['/a\\b'],
    ['/agent\u0007'],
    ['agent'],
    ['javascript:alert(1)'],
  ])('R18 updateIdpConnection refuses the RelayState target %j with a typed userError on its field', async (target) => {
    const out = await rig.api.ok(op.UpdateConnection, { input: { id: connectionGid(globex), saml: { idpInitiated: { enabled: true, relayStates: ['/agent', target] } } } });
    expect(out.updateIdpConnection.connection).toBeNull();
    expect(out.updateIdpConnection.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'saml', 'idpInitiated', 'relayStates', '1'], message: expect.stringContaining('path on this site') }]);
  });
});
