// Pending sign-ins are used exactly once and only while live; expired ones and
// replay-cache entries are purged, live ones kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import { consumeSignInRequest, purgeExpired, SIGN_IN_TTL_MS } from '../../src/signin/requests.ts';

describe('housekeeping', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('purges sign-ins expired for longer than their lifetime, and used assertion ids past expiry', async () => {
    const base = { tenantId: 't', connectionId: 'c', audience: 'USER' as const, protocol: 'OIDC' as const, browserBindingHash: 'h', traceId: 'trace' };
    const now = Date.now();
    await api.db.signInRequest.create({ data: { ...base, id: 'old', expiresAt: new Date(now - 2 * SIGN_IN_TTL_MS) } });
    await api.db.signInRequest.create({ data: { ...base, id: 'live', expiresAt: new Date(now + SIGN_IN_TTL_MS) } });
    await api.db.consumedAssertion.create({ data: { id: 'spent', expiresAt: new Date(now - 1000) } });
    await api.db.consumedAssertion.create({ data: { id: 'fresh', expiresAt: new Date(now + 60_000) } });
    await purgeExpired(api.db);
    expect((await api.db.signInRequest.findMany()).map((r) => r.id)).toEqual(['live']);
    expect((await api.db.consumedAssertion.findMany()).map((r) => r.id)).toEqual(['fresh']);
  });

  it('consumes a pending sign-in once: a second or racing callback is "used", a late one "expired", a forged one "unknown"', async () => {
    const base = { tenantId: 't', connectionId: 'c', audience: 'USER' as const, protocol: 'SAML' as const, browserBindingHash: 'h', traceId: 'trace' };
    const now = Date.now();
    await api.db.signInRequest.create({ data: { ...base, id: 'pending', samlRequestId: '_req1', expiresAt: new Date(now + SIGN_IN_TTL_MS) } });
    await api.db.signInRequest.create({ data: { ...base, id: 'late', expiresAt: new Date(now - 1000) } });
    await api.db.signInRequest.create({ data: { ...base, id: 'raced', expiresAt: new Date(now + SIGN_IN_TTL_MS) } });

    const first = await consumeSignInRequest(api.db, { samlRequestId: '_req1' });
    expect(first).toMatchObject({ ok: true, request: { id: 'pending', samlRequestId: '_req1', protocol: 'SAML' } });
    expect(await consumeSignInRequest(api.db, { id: 'pending' })).toEqual({ ok: false, reason: 'used' });
    expect(await consumeSignInRequest(api.db, { id: 'late' })).toEqual({ ok: false, reason: 'expired' });
    expect((await api.db.signInRequest.findUnique({ where: { id: 'late' } }))?.consumedAt).toBeNull(); // refused, not spent
    expect(await consumeSignInRequest(api.db, { id: 'forged' })).toEqual({ ok: false, reason: 'unknown' });

    const race = await Promise.all(Array.from({ length: 5 }, () => consumeSignInRequest(api.db, { id: 'raced' })));
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(['used', 'used', 'used', 'used']);
  });
});
