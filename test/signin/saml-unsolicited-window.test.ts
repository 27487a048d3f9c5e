// check-unsolicited-window (issue 14): an IdP-initiated response is accepted only within
// 2 minutes (+ the clock skew) of its IssueInstant, however long the IdP made it valid;
// SP-initiated responses are not held to it. Real signed sandbox responses, validated at
// chosen instants inside the IdP's 5-minute validity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../sandbox/server.ts';
import { idpInitiated, idpSettings, OKTA, outcome, registerSp, spInitiated, testSandbox } from './saml-support.ts';

let sb: SandboxHandle;
beforeAll(async () => { sb = await testSandbox(); });
afterAll(async () => { await sb?.close(); });

const HANK = 'hank@globex.example';
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe('IdP-initiated responses live 2 minutes (R13)', () => {
  it('R13 accepted 60 s after issue; refused 200 s after (window 120 s + skew 60 s), SAML_ASSERTION_EXPIRED naming the window', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    const r = await idpInitiated(sb, OKTA, sp, 'user', HANK);
    expect(await outcome({ ...r, idp, sp, expectedRequestId: null, now: later(60) })).toMatchObject({ ok: { identity: expect.anything() } });
    const old = await outcome({ ...r, idp, sp, expectedRequestId: null, now: later(200) });
    expect(old).toMatchObject({ failure: { code: 'SAML_ASSERTION_EXPIRED' } });
    expect(old.failure!.detail).toContain('120s window for IdP-initiated responses');
    // A tighter skew tightens the window with it.
    expect(await outcome({ ...r, idp, sp, expectedRequestId: null, now: later(150), clockSkewSeconds: 0 })).toMatchObject({ failure: { code: 'SAML_ASSERTION_EXPIRED' } });
  });

  it('R13 an SP-initiated response as old is still accepted (its InResponseTo binds it to our request)', async () => {
    const idp = await idpSettings(sb, OKTA);
    const sp = await registerSp(sb, OKTA);
    const r = await spInitiated(idp, sp, 'user', HANK);
    expect(await outcome({ ...r, idp, sp, expectedRequestId: r.requestId, now: later(200) })).toMatchObject({ ok: { identity: expect.anything() } });
  });
});
