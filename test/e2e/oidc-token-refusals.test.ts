// A third-party IdP's token endpoint refusing a code, in the shapes vendors really use
// (JSON with extras, a 401 challenge, an HTML or plain-text page, an error object in a
// 200): each is the IdP refusing the code (OIDC_CODE_REJECTED), never "IdP unavailable",
// and the attempt's detail names what the IdP said. A 5xx stays IDP_UNAVAILABLE.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as op from '../graphql/operations.ts';
import { startThirdPartyTokenEndpoint, type RefusalShape, type ThirdPartyTokenEndpoint } from './fixtures/third-party-token-endpoint.ts';
import { Browser, authorizeAt, deliver, setUpAccount, startAt, startRig, type Rig } from './support.ts';

const ORG = 'demo';
const SUPPORT = /^Single sign-on failed\. Please contact your administrator or support and quote the trace ID [0-9a-f-]{36}\.$/;

describe('OIDC token endpoint refusals from third-party IdPs (R13)', () => {
  let rig: Rig;
  let connectionId: string;
  const fronts: ThirdPartyTokenEndpoint[] = [];

  beforeAll(async () => {
    rig = await startRig();
    ({ connectionId } = await setUpAccount(rig, { accountName: 'RefusalCo', provider: 'GENERIC', protocol: 'OIDC', org: ORG, users: [{ username: 'tess', email: 'tess@generic.example' }] }));
  });
  afterAll(async () => {
    for (const front of fronts) await front.close();
    await rig.close();
  });

  /** Points the connection at a front whose token endpoint refuses in `shape`. */
  async function behind(shape: RefusalShape): Promise<void> {
    const front = await startThirdPartyTokenEndpoint(`${rig.sandbox.url}/generic/${ORG}`, shape);
    fronts.push(front);
    const updated = await rig.api.ok(op.UpdateConnection, { input: { id: encodeGlobalID('IdpConnection', connectionId), oidc: { issuer: front.url } } });
    expect(updated.updateIdpConnection.userErrors).toEqual([]);
  }

  /** A code the IdP has already redeemed once, delivered again under a fresh sign-in of ours. */
  async function replayedCode() {
    const browser = new Browser(rig);
    const first = new URL(await authorizeAt(await startAt(rig, browser, 'RefusalCo'), 'tess@generic.example'));
    first.searchParams.delete('iss');
    await deliver(browser, first.href);
    const again = await startAt(rig, browser, 'RefusalCo');
    const injected = new URL(first);
    injected.searchParams.set('state', again.searchParams.get('state')!);
    return deliver(browser, injected.href);
  }

  const attempt = async (traceId: string | null) => rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: traceId! } });

  const CASES: [RefusalShape, RegExp][] = [
    ['json-with-extras', /invalid_grant/],
    ['challenge-401', /invalid_client/],
    ['html-page', /400.*invalid_grant/],
    ['plain-text', /400.*invalid_grant/],
    ['error-in-200', /invalid_grant/],
  ];
  for (const [shape, said] of CASES) {
    it(`R13 a refused code answered as ${shape} is OIDC_CODE_REJECTED, with what the IdP said`, async () => {
      await behind(shape);
      const result = await replayedCode();
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(SUPPORT);
      const recorded = await attempt(result.traceId);
      expect(recorded.code).toBe('OIDC_CODE_REJECTED');
      expect(recorded.detail).toMatch(said);
    });
  }

  it('R13 a 502 from a gateway in front of the token endpoint is IDP_UNAVAILABLE, in the catalog\'s words', async () => {
    await behind('gateway-502');
    const result = await replayedCode();
    expect(result.ok).toBe(false);
    const recorded = await attempt(result.traceId);
    expect(recorded.code).toBe('IDP_UNAVAILABLE');
    expect(recorded.detail).toMatch(/502.*Bad Gateway/);
    expect(result.body).not.toContain('<h1>502');
  });
});
