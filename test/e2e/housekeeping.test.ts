// Expired pending sign-ins and replay-cache entries are purged; live ones are kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.ts';
import { purgeExpired, SIGN_IN_TTL_MS } from '../../src/signin/requests.ts';

describe('housekeeping', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('purges sign-ins expired for longer than their lifetime, and used assertion ids past expiry', async () => {
    const base = { tenantId: 't', connectionId: 'c', audience: 'USER' as const, protocol: 'OIDC' as const, browserBindingHash: 'h' };
    const now = Date.now();
    await api.db.signInRequest.create({ data: { ...base, id: 'old', expiresAt: new Date(now - 2 * SIGN_IN_TTL_MS) } });
    await api.db.signInRequest.create({ data: { ...base, id: 'live', expiresAt: new Date(now + SIGN_IN_TTL_MS) } });
    await api.db.consumedAssertion.create({ data: { id: 'spent', expiresAt: new Date(now - 1000) } });
    await api.db.consumedAssertion.create({ data: { id: 'fresh', expiresAt: new Date(now + 60_000) } });
    await purgeExpired(api.db);
    expect((await api.db.signInRequest.findMany()).map((r) => r.id)).toEqual(['live']);
    expect((await api.db.consumedAssertion.findMany()).map((r) => r.id)).toEqual(['fresh']);
  });
});
