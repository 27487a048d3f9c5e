// Sandbox fidelity (issue "sandbox fidelity"): every cell of the matrix the sandbox claims
// (sandbox/scenarios/matrix.ts, derived from the catalogs) is armed with its defaults —
// the same POST /admin/scenarios body the README and the CLI show, scoped to one person —
// and signed in through the product's login page over HTTP. The product must record
// exactly the cell's code, show that code's catalog message (filled, word for word
// otherwise), and the catalog's fix, applied through our API or the sandbox admin API,
// must make the next sign-in succeed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_CATALOG } from '../../common/failures/catalog.ts';
import { fidelityMatrix, type MatrixCell } from '../../sandbox/scenarios/matrix.ts';
import { ARMABLE_CODES } from '../../sandbox/scenarios/catalog.ts';
import type { ProviderKind } from '../../sandbox/directory/types.ts';
import * as op from '../graphql/operations.ts';
import { ImportSamlMetadata } from '../graphql/metadata-operations.ts';
import { sandboxAdmin, setUpAccount, signIn, startRig, type AccountSpec, type Rig } from './support.ts';

const SF1 = '00D000000000001AAA';
const SF2 = '00D000000000002BBB';
const ENTRA = '11111111-2222-4333-8444-555555555555';

/** Per provider: the sandbox org, and a person for each audience (IdP username = our username). */
const ORGS: Record<ProviderKind, { org: string; orgKey: string; user: string; agent: string; spec: Partial<AccountSpec> }> = {
  salesforce: { org: SF1, orgKey: `salesforce/${SF1}`, user: 'sally@acme.example', agent: 'amy@acme.example', spec: { provider: 'SALESFORCE', salesforceOrgId: SF1 } },
  microsoft: { org: ENTRA, orgKey: `microsoft/${ENTRA}`, user: 'megan@contoso.example', agent: 'admin@contoso.example', spec: { provider: 'MICROSOFT', entraTenantId: ENTRA, entraDomain: 'contoso.example' } },
  okta: { org: 'globex', orgKey: 'okta/globex', user: 'hank@globex.example', agent: 'admin@globex.example', spec: { provider: 'OKTA' } },
  generic: { org: 'demo', orgKey: 'generic/demo', user: 'tess', agent: 'gail', spec: { provider: 'GENERIC' } },
};

const accountName = (c: Pick<MatrixCell, 'provider' | 'protocol'>) => `Mx${c.provider}${c.protocol}`;

/** The catalog message as a pattern: its {placeholders} filled by anything but braces. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^{}]+')}$`);
}

describe('sandbox fidelity matrix', () => {
  const { cells, unstaged } = fidelityMatrix();
  let rig: Rig;
  const connections = new Map<string, { tenantId: string; connectionId: string }>();

  beforeAll(async () => {
    rig = await startRig();
    await sandboxAdmin(rig, 'POST', '/admin/people', { org: 'generic/demo', username: 'gail', email: 'gail@generic.example', emailVerified: true, externalId: 'g-0002', name: 'Gail Ortiz' });
    // Another account linked to a second Salesforce org: the platform is registered there too.
    await setUpAccount(rig, { accountName: 'MxPartners', provider: 'SALESFORCE', protocol: 'OIDC', org: SF2, salesforceOrgId: SF2, users: [{ username: 'olga@partners.acme.example', email: 'olga@partners.acme.example' }] });
    for (const provider of Object.keys(ORGS) as ProviderKind[]) {
      for (const protocol of ['oidc', 'saml'] as const) {
        if (!cells.some((c) => c.provider === provider && c.protocol === protocol)) continue;
        const o = ORGS[provider];
        const emailOf = (p: string) => (p.includes('@') ? p : `${p}@generic.example`);
        const ids = await setUpAccount(rig, {
          accountName: accountName({ provider, protocol }), protocol: protocol === 'oidc' ? 'OIDC' : 'SAML', org: o.org, ...o.spec,
          users: [{ username: o.user, email: emailOf(o.user) }, { username: o.agent, email: emailOf(o.agent), kind: 'AGENT' }],
        } as AccountSpec);
        connections.set(accountName({ provider, protocol }), { tenantId: ids.tenantId, connectionId: ids.connectionId });
      }
    }
  }, 120_000);
  afterAll(() => rig?.close());

  it('covers every armable code: each is staged in cells that record exactly it, or says why not', () => {
    const staged = new Set<string>(cells.map((c) => c.code));
    const explained = new Set<string>(unstaged.map((u) => u.code));
    expect(ARMABLE_CODES.filter((code) => !staged.has(code) && !explained.has(code))).toEqual([]);
    expect(cells.filter((c) => c.expected !== c.code)).toEqual([]);
    expect(cells.length).toBeGreaterThan(100);
  });

  const updateConnection = async (name: string, input: Record<string, unknown>) => {
    const { connectionId } = connections.get(name)!;
    const id = Buffer.from(`IdpConnection:${connectionId}`).toString('base64');
    const result = await rig.api.ok(op.UpdateConnection, { input: { id, ...input } } as never);
    expect(result.updateIdpConnection.userErrors).toEqual([]);
  };

  for (const cell of cells) {
    it(`${cell.code} (${cell.behaviour}) on ${cell.provider} ${cell.protocol.toUpperCase()}, ${cell.audience} sign-in: ${cell.expected}, fixed by ${cell.fix}`, async () => {
      const o = ORGS[cell.provider];
      const name = accountName(cell);
      const hint = cell.audience === 'user' ? o.user : o.agent;
      if (cell.signInFirst) expect((await signIn(rig, { account: name, loginHint: hint, audience: cell.audience })).ok).toBe(true);
      const scope = { person: { person: hint }, client: { client: `${name.toLowerCase()}-client` }, org: {} }[cell.scope];
      const armed = await sandboxAdmin<{ id: string }>(rig, 'POST', '/admin/scenarios', { code: cell.code, behaviour: cell.behaviour, org: o.orgKey, ...scope });
      try {
        const failed = await signIn(rig, { account: name, loginHint: hint, audience: cell.audience });
        const recorded = failed.traceId ? (await rig.api.db.loginAttempt.findUnique({ where: { traceId: failed.traceId } }))?.code : null;
        expect({ ok: failed.ok, code: recorded }, failed.body.slice(0, 300)).toEqual({ ok: false, code: cell.expected });
        expect(failed.message).toMatch(messagePattern(FAILURE_CATALOG[cell.expected].message));

        // The fix the catalog gives, applied through the API it names.
        if (cell.fix === 'identifier-username') await updateConnection(name, { identifierField: 'USERNAME' });
        if (cell.fix === 'relax-ip') await sandboxAdmin(rig, 'PATCH', `/admin/clients/${o.orgKey}/${name.toLowerCase()}-client`, { ipRestriction: 'relaxed' });
        if (cell.fix === 'idp' || cell.fix === 'import-metadata') await sandboxAdmin(rig, 'DELETE', `/admin/scenarios/${armed.id}`);
        if (cell.fix === 'import-metadata') {
          const { connectionId } = connections.get(name)!;
          const imported = await rig.api.ok(ImportSamlMetadata, { input: { connectionId: Buffer.from(`IdpConnection:${connectionId}`).toString('base64'), url: `${rig.sandbox.url}/${o.orgKey}/saml/metadata` } });
          expect(imported.importSamlMetadata.userErrors).toEqual([]);
        }
        const after = await signIn(rig, { account: name, loginHint: hint, audience: cell.audience });
        expect(after.ok, `after the fix: ${after.code} ${after.message}`).toBe(true);
      } finally {
        await sandboxAdmin(rig, 'DELETE', `/admin/scenarios/${armed.id}`).catch(() => {});
        if (cell.fix === 'identifier-username') await updateConnection(name, { identifierField: 'EMAIL' });
      }
    });
  }
});
