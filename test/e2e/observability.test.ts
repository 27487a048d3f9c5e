// Issue "operable in production": metrics and logs. A handful of real sign-ins through the
// sandbox IdP move the /metrics counters by exactly those outcomes; every HTTP request is
// one JSON log line with its request id (and, for sign-in requests, the trace id the page
// shows); query strings, secrets and SAML payloads never reach the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as op from '../graphql/operations.ts';
import { Browser, setUpAccount, signIn, startAt, parseOutcome, startRig, type Rig } from './support.ts';

const SF_ORG = '00D000000000001AAA';

/** Prometheus text → { 'name{a="1",b="2"}': value }, labels sorted so keys compare. */
function parseMetrics(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m) continue;
    const labels = [...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => `${k}="${v}"`).sort().join(',');
    samples.set(`${m[1]}{${labels}}`, Number(m[3]));
  }
  return samples;
}

/** Samples of one metric whose value changed between two scrapes, with the change. */
function moved(before: Map<string, number>, after: Map<string, number>, metric: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, value] of after) {
    if (!key.startsWith(`${metric}{`)) continue;
    const delta = value - (before.get(key) ?? 0);
    if (delta !== 0) out[key.slice(metric.length)] = delta;
  }
  return out;
}

describe('metrics and logs (operations)', () => {
  let rig: Rig;
  let acme: { tenantId: string; connectionId: string };

  beforeAll(async () => {
    rig = await startRig();
    acme = await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] });
  });
  afterAll(() => rig.close());

  const scrape = async () => {
    const response = await fetch(`${rig.api.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return parseMetrics(await response.text());
  };

  it('R13 /metrics counts each sign-in outcome by code, protocol and provider — exactly the ones that happened', async () => {
    const before = await scrape();
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' })).ok).toBe(true);
    expect((await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' })).code).toBe('USER_NOT_FOUND');
    expect((await signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' })).ok).toBe(true);
    const browser = new Browser(rig);
    await startAt(rig, browser, 'AcmeSupport');
    const forged = await browser.request(`${rig.api.url}/sso/oidc/callback?code=x&state=forged-state`);
    expect(parseOutcome(forged.status, await forged.text()).code).toBe('OIDC_STATE_MISMATCH');
    const after = await scrape();

    expect(moved(before, after, 'sso_signin_attempts_total')).toEqual({
      '{audience="user",code="none",kind="SIGN_IN",outcome="SUCCESS",protocol="OIDC",provider="SALESFORCE"}': 2,
      '{audience="user",code="USER_NOT_FOUND",kind="SIGN_IN",outcome="FAILURE",protocol="OIDC",provider="SALESFORCE"}': 1,
      '{audience="user",code="none",kind="SIGN_IN",outcome="SUCCESS",protocol="SAML",provider="OKTA"}': 1,
      '{audience="user",code="OIDC_STATE_MISMATCH",kind="SIGN_IN",outcome="FAILURE",protocol="none",provider="none"}': 1,
    });
    // Stages: four sign-ins created a session; one stopped at matching, one at the callback.
    const stages = moved(before, after, 'sso_signin_stage_duration_seconds_count');
    expect(stages['{protocol="OIDC",result="ok",stage="session_created"}']).toBe(2);
    expect(stages['{protocol="SAML",result="ok",stage="session_created"}']).toBe(1);
    expect(stages['{protocol="OIDC",result="failed",stage="matched"}']).toBe(1);
    expect(stages['{protocol="none",result="failed",stage="returned"}']).toBe(1);
    // Every sign-in passed /sso/start; the database and the outbound calls were timed.
    expect(moved(before, after, 'sso_http_requests_total')['{method="GET",route="/sso/start",status="302"}']).toBe(5);
    expect(Object.keys(moved(before, after, 'sso_db_query_duration_seconds_count')).length).toBeGreaterThan(0);
    // Three code exchanges went to the IdP's token endpoint through the guarded client.
    expect(moved(before, after, 'sso_outbound_requests_total')['{kind="token",outcome="OK"}']).toBe(3);
    expect(after.get('sso_process_cpu_user_seconds_total{}')).toBeGreaterThan(0);
  });

  it('R13 readiness runs and GraphQL operations are counted by name and result', async () => {
    const before = await scrape();
    const { ssoReadiness } = await rig.api.ok(op.SsoReadiness, { tenantId: acme.tenantId });
    const invalid = await rig.api.post(JSON.stringify({ query: 'query Broken { noSuchField }' }), { authorization: `Bearer ${rig.api.operatorToken}` });
    expect((await invalid.json()).errors[0].message).toContain('noSuchField');
    const after = await scrape();
    expect(moved(before, after, 'sso_readiness_runs_total')).toEqual({ [`{ready="${ssoReadiness!.ready}",trigger="readiness"}`]: 1 });
    const ops = moved(before, after, 'sso_graphql_operations_total');
    expect(ops['{operation="SsoReadinessOp",result="ok",type="query"}']).toBe(1);
    expect(ops['{operation="Broken",result="invalid",type="query"}']).toBe(1);
    expect(moved(before, after, 'sso_graphql_operation_duration_seconds_count')['{operation="SsoReadinessOp",type="query"}']).toBe(1);
  });

  it('R13 client-chosen operation names cannot grow the metric series without bound', async () => {
    for (let i = 0; i < 230; i++) await rig.api.post(JSON.stringify({ query: `query Flood${i} { __typename }` }));
    const names = [...(await scrape()).keys()].filter((k) => k.startsWith('sso_graphql_operations_total{'));
    expect(names.length).toBeLessThanOrEqual(205);
    expect(names.some((k) => k.includes('operation="other"'))).toBe(true);
  });

  it('R13 every HTTP request is one JSON log line with its request id; sign-in requests carry the trace id', async () => {
    const from = rig.api.logs.length;
    const result = await signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' });
    const lines = rig.api.logs.slice(from).map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l.msg === 'http.request');
    // The login page, /sso/start, the callback and the signed-in page (the sandbox's pages are not ours).
    expect(requests.map((l) => l.route)).toEqual(['/login', '/sso/start', '/sso/oidc/callback', '/']);
    for (const line of requests) {
      expect(line).toMatchObject({ level: 'info', method: 'GET', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), durationMs: expect.any(Number) });
      expect(String(line.path)).not.toContain('?');
    }
    const traceId = requests.find((l) => l.route === '/sso/start')!.traceId;
    expect(traceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests.find((l) => l.route === '/sso/oidc/callback')!.traceId).toBe(traceId);
    expect(lines.filter((l) => l.msg === 'signin.outcome' && l.traceId === traceId)).toEqual([
      expect.objectContaining({ outcome: 'SUCCESS', account: 'AcmeSupport', connectionId: acme.connectionId, durationMs: expect.any(Number) }),
    ]);
    expect(result.ok).toBe(true);
    // The authorization code and state went by in query strings; neither is in the log.
    expect(rig.api.logs.slice(from).join('\n')).not.toMatch(/code=|state=/);
  });

  it('R13 the request id a caller sends is echoed and logged; a malformed one is replaced', async () => {
    const mine = await fetch(`${rig.api.url}/healthz`, { headers: { 'x-request-id': 'lb-7f3a9c21-0001' } });
    expect(mine.headers.get('x-request-id')).toBe('lb-7f3a9c21-0001');
    expect(rig.api.logs.some((l) => l.includes('"requestId":"lb-7f3a9c21-0001"'))).toBe(true);
    const junk = await fetch(`${rig.api.url}/healthz`, { headers: { 'x-request-id': 'x" {evil} ' + 'x'.repeat(200) } });
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('R13 a secret sent to the API never reaches the log, even inside an error message', async () => {
    const from = rig.api.logs.length;
    const secret = 'shh-this-is-the-client-secret-9f8e7d';
    const tenantId = (await rig.api.ok(op.CreateTenant, { input: { accountName: 'LogCheck', displayName: 'Log check' } })).createTenant.tenant!.id;
    const entra = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const created = await rig.api.ok(op.CreateConnection, { input: { tenantId, name: 'Entra', provider: 'MICROSOFT', protocol: 'OIDC', entraTenantId: entra, oidc: { issuer: `https://login.microsoftonline.com/${entra}/v2.0`, clientId: 'client', clientSecret: secret } } } as never);
    expect(created.createIdpConnection.connection?.oidc?.clientSecretSet).toBe(true);
    const logged = rig.api.logs.slice(from).join('\n');
    expect(logged).toContain('http.request');
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(rig.api.operatorToken);
  });
});
