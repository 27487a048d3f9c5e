// R13 "the user is sent to support, with what support needs": the trace id on the error
// page leads to a support bundle — the attempt, its timeline, the catalog entry and
// diagnosis, the connection as it was used, what the IdP sent — with no secret, cookie,
// token, signature value or key in it, and personal values masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as op from '../graphql/operations.ts';
import * as sop from '../graphql/support-operations.ts';
import { autoPostForm } from '../support/saml-form.ts';
import { startTestApi } from '../support/api.ts';
import { Browser, metadataCertificates, parseOutcome, sandboxAdmin, setUpAccount, signIn, startAt, startRig, withScenario, type Rig } from './support.ts';
import { supportBundle } from '../../src/domain/support/bundle.ts';

const SF_ORG = '00D000000000001AAA';

describe('support bundle (R13)', () => {
  let rig: Rig;
  let acmeAdmin: string;
  let globexAdmin: string;

  beforeAll(async () => {
    rig = await startRig();
    const acme = await setUpAccount(rig, { accountName: 'AcmeSupport', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [{ username: 'sally', email: 'sally@acme.example' }] });
    const globex = await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] });
    const token = async (tenantId: string) => (await rig.api.ok(op.CreateApiToken, { input: { name: 'admin', role: 'TENANT_ADMIN', tenantId } })).createApiToken.token!;
    acmeAdmin = await token(acme.tenantId);
    globexAdmin = await token(globex.tenantId);
  });
  afterAll(() => rig.close());

  it('R13 a failure staged with a sandbox scenario says so in the bundle (the sandbox marks its token and its assertion)', async () => {
    const oidc = await withScenario(rig, { code: 'SALESFORCE_EMAIL_UNVERIFIED', person: 'sally@acme.example' }, () => signIn(rig, { account: 'AcmeSupport', loginHint: 'sally@acme.example' }));
    expect(oidc.code).toBe('SALESFORCE_EMAIL_UNVERIFIED');
    const oidcDoc = (await rig.api.ok(sop.SupportBundleOf, { traceId: oidc.traceId! }, acmeAdmin)).supportBundle!.document as Record<string, any>;
    expect(oidcDoc.sandboxScenario).toBe('SALESFORCE_EMAIL_UNVERIFIED');

    const saml = await withScenario(rig, { code: 'SAML_AUDIENCE_MISMATCH', org: 'okta/globex' }, () => signIn(rig, { account: 'GlobexDesk', loginHint: 'hank@globex.example' }));
    expect(saml.code).toBe('SAML_AUDIENCE_MISMATCH');
    const samlDoc = (await rig.api.ok(sop.SupportBundleOf, { traceId: saml.traceId! }, globexAdmin)).supportBundle!.document as Record<string, any>;
    expect(samlDoc.sandboxScenario).toBe('SAML_AUDIENCE_MISMATCH');

    // A real sign-in, nothing armed: no mark.
    const real = await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' });
    expect(((await rig.api.ok(sop.SupportBundleOf, { traceId: real.traceId! }, acmeAdmin)).supportBundle!.document as Record<string, any>).sandboxScenario).toBeNull();
  });

  it('R13 the trace id on the error page fetches a bundle with cause, fix, the connection used and the ID token\'s claims — redacted', async () => {
    const browser = new Browser(rig);
    const failed = await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example', browser });
    expect(failed.body).toContain('Contact support for help');
    expect(failed.body).toContain('id="copy-trace"');
    const traceId = failed.traceId!;
    const { supportBundle: bundle } = await rig.api.ok(sop.SupportBundleOf, { traceId }, acmeAdmin);
    const doc = bundle!.document as Record<string, any>;
    expect(doc.attempt).toMatchObject({ traceId, code: 'USER_NOT_FOUND', outcome: 'FAILURE', stage: 'matched', accountName: 'AcmeSupport', identifierValue: 'a***@acme.example' });
    expect(doc.attempt.timeline.at(-1)).toMatchObject({ stage: 'matched', ok: false, step: 'match-identity' });
    expect(doc.catalogEntry).toMatchObject({ code: 'USER_NOT_FOUND', requirements: ['R10'] });
    expect(doc.diagnosis.message).toBe('No user found with the Username/Email/External ID a***@acme.example. If this is not the correct user, please log out of Salesforce/Microsoft and try again.');
    expect(doc.diagnosis.fix).toContain('Create the user');
    expect(doc.connection.atTheTime).toMatchObject({ provider: 'SALESFORCE', protocol: 'OIDC', identifierField: 'EMAIL', oidc: { clientId: 'acmesupport-client', clientSecretSet: true } });
    expect(doc.connection.changedSince).toBe(false);
    expect(doc.evidence.idToken).toMatchObject({ verified: true, header: { alg: 'RS256' }, claims: { email: 'a***@acme.example', organization_id: SF_ORG } });
    expect(doc.readiness.findings.map((f: { code: string }) => f.code)).toContain('NO_TEST_SIGN_IN');
    expect(doc.product.version).toMatch(/^\d+\.\d+\.\d+/);

    const text = JSON.stringify(doc);
    for (const secret of ['amy@acme.example', 'acmesupport-client-secret', ...browser.cookies.values(), 'eyJ', 'PRIVATE KEY', 'BEGIN CERTIFICATE', rig.api.operatorToken, acmeAdmin]) {
      expect(text, `bundle must not contain ${secret.slice(0, 12)}…`).not.toContain(secret);
    }

    // The download link serves the same document as a file; a foreign admin gets nothing.
    const download = await fetch(bundle!.downloadUrl);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="support-bundle-/);
    const downloaded = (await download.json()) as Record<string, unknown>;
    const timeless = (d: Record<string, any>) => ({ ...d, bundle: null, readiness: { ...d.readiness, checkedAt: null } });
    expect(timeless(downloaded)).toEqual(timeless(doc));
    expect((await rig.api.ok(sop.SupportBundleOf, { traceId }, globexAdmin)).supportBundle).toBeNull();
    expect((await fetch(bundle!.downloadUrl.replace(/ticket=[^&]+/, 'ticket=forged'))).status).toBe(404);
  });

  it('R13 a SAML bundle describes the response and its signature without signature values or certificate bodies', async () => {
    await sandboxAdmin(rig, 'POST', '/admin/scenarios', { code: 'SAML_AUDIENCE_MISMATCH', person: 'hank@globex.example', once: true });
    const browser = new Browser(rig);
    const idp = await startAt(rig, browser, 'GlobexDesk');
    idp.searchParams.set('login_hint', 'hank@globex.example');
    idp.searchParams.set('sandbox_auto', '1');
    const form = autoPostForm(await (await fetch(idp)).text());
    const xml = Buffer.from(form.SAMLResponse!, 'base64').toString('utf8');
    const signatureValues = [...xml.matchAll(/SignatureValue>([^<]+)</g)].map((m) => m[1]!.replace(/\s+/g, '').slice(0, 40));
    expect(signatureValues.length).toBeGreaterThan(0);
    const posted = await browser.request(`${rig.api.url}/sso/saml/acs/user`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ SAMLResponse: form.SAMLResponse!, RelayState: form.RelayState! }) });
    const outcome = parseOutcome(posted.status, await posted.text());
    const doc = (await rig.api.ok(sop.SupportBundleOf, { traceId: outcome.traceId! }, globexAdmin)).supportBundle!.document as Record<string, any>;
    expect(doc.attempt.code).toBe('SAML_AUDIENCE_MISMATCH');
    expect(doc.evidence).toMatchObject({ protocol: 'SAML', verified: false, response: { issuer: expect.stringContaining('/okta/globex/saml') } });
    expect(doc.evidence.assertions[0].signature).toMatchObject({ algorithm: expect.stringContaining('sha256'), keyInfoCertificateSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(doc.connection.atTheTime.saml.signingCertificates[0]).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), notAfter: expect.any(String) });
    expect(doc.evidence.assertions[0].subject.nameId).toBe('h***@globex.example');
    const text = JSON.stringify(doc);
    for (const value of signatureValues) expect(text).not.toContain(value);
    for (const pem of await metadataCertificates(`${rig.sandbox.url}/okta/globex/saml/metadata`)) expect(text).not.toContain(pem.split('\n')[1]!);
    expect(text).not.toContain('hank@globex.example');
  });

  it('R13 with SUPPORT_BUNDLE_REDACTION=none the personal values stay (the deployment chose so)', async () => {
    const failed = await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' });
    const attempt = await rig.api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: failed.traceId! } });
    const doc = (await supportBundle(rig.api.db, attempt, { redaction: 'none', productVersion: '0.0.0' })) as Record<string, any>;
    expect(doc.attempt.identifierValue).toBe('amy@acme.example');
    expect(doc.bundle.redaction).toBe('none');
  });

  it('R13 a revoked token\'s download link stops working', async () => {
    const created = (await rig.api.ok(op.CreateApiToken, { input: { name: 'short-lived', role: 'OPERATOR' } })).createApiToken;
    const failed = await signIn(rig, { account: 'AcmeSupport', loginHint: 'amy@acme.example' });
    const { downloadUrl } = (await rig.api.ok(sop.SupportBundleOf, { traceId: failed.traceId! }, created.token!)).supportBundle!;
    expect((await fetch(downloadUrl)).status).toBe(200);
    await rig.api.ok(op.RevokeApiToken, { input: { id: created.apiToken!.id } });
    expect((await fetch(downloadUrl)).status).toBe(404);
  });
});

describe('login history under a flood of junk (rate limits)', () => {
  it('R13 identical pre-account failures from one address beyond the limit are counted on one row, not written as new rows', async () => {
    const api = await startTestApi({ SIGNIN_FAILURES_PER_MINUTE: '3' });
    try {
      const traces = new Set<string>();
      for (let i = 0; i < 12; i++) {
        const response = await fetch(`${api.url}/sso/saml/acs/user`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'SAMLResponse=bm90IHhtbA%3D%3D' });
        expect(response.status).toBe(401);
        traces.add(response.headers.get('x-trace-id')!);
      }
      const rows = await api.db.loginAttempt.findMany({ where: { tenantId: null, code: 'SAML_RESPONSE_MALFORMED' } });
      expect(rows.length).toBeLessThanOrEqual(4);
      expect(rows.reduce((n, r) => n + r.repeatCount, 0)).toBe(12);
      for (const trace of traces) expect(rows.map((r) => r.traceId)).toContain(trace);
    } finally {
      await api.close();
    }
  });
});
