// Sandbox fidelity (issue "sandbox fidelity"): every cell of the matrix the sandbox claims
// (sandbox/scenarios/matrix.ts, derived from the catalogs) ships as a QA scenario file
// (test/qa/scenarios/catalog/, generated from the matrix by test/qa/catalog-files.ts), and
// those shipped files are what runs here, through the QA runner on one rig: each arms its
// cell's code with its defaults — the same POST /admin/scenarios body the README and the
// CLI show, scoped as the cell says — and signs in through the product's login page over
// HTTP. The product must record exactly the cell's code, show that code's catalog message
// (filled, word for word otherwise), and the catalog's fix, applied through our API or the
// sandbox admin API, must make the next sign-in succeed. Files of different providers run
// side by side (the slow-IdP cells each wait out the product's 3 s probe).
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAILURE_CATALOG } from '../../common/failures/catalog.ts';
import { fidelityMatrix, type MatrixCell } from '../../sandbox/scenarios/matrix.ts';
import { ARMABLE_CODES } from '../../sandbox/scenarios/catalog.ts';
import { CATALOG_DIR, catalogFileName, catalogScenarioFiles, orgKeyOf } from '../qa/catalog-files.ts';
import { loadScenarioFiles, runScenarioFiles, type FileResult } from '../qa/run-scenario-files.ts';
import type { ScenarioFile } from '../qa/scenario-file.ts';
import { startRig, type Rig } from './support.ts';

/** The catalog message as a pattern: its {placeholders} filled by anything but braces. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^{}]+')}$`);
}

/** The steps a cell's fix takes, as the file spells them. */
const FIX_STEPS: Record<MatrixCell['fix'], string[]> = {
  idp: ['disarm'],
  'relax-ip': ['sandbox PATCH {"ipRestriction":"relaxed"}'],
  'identifier-username': ['graphql updateIdpConnection {"id":"{connectionId}","identifierField":"USERNAME"}'],
  'import-metadata': ['disarm', 'graphql importSamlMetadata'],
};
const stepsOf = (fix: ScenarioFile['fix']) => (Array.isArray(fix) ? fix : fix ? [fix] : []).map((f) => {
  if (f.kind === 'sandbox') return `sandbox ${f.method} ${JSON.stringify(f.body)}`;
  if (f.kind === 'graphql') {
    const field = /\{\s*(\w+)\s*\(/.exec(f.query)?.[1];
    return field === 'updateIdpConnection' ? `graphql ${field} ${JSON.stringify((f.variables as { input: unknown }).input)}` : `graphql ${field}`;
  }
  return f.kind;
});

describe('sandbox fidelity matrix (R31), through its shipped scenario files', () => {
  const { cells, unstaged } = fidelityMatrix();
  const dir = fileURLToPath(CATALOG_DIR);
  const shipped = new Map(loadScenarioFiles([dir]).map((l) => [basename(l.file), l]));
  let rig: Rig;
  const results = new Map<string, FileResult>();

  beforeAll(async () => {
    rig = await startRig();
    const run = await runScenarioFiles([...shipped.values()].map((l) => l.file), { rig, parallel: true });
    for (const r of run) results.set(basename(r.file), r);
  }, 120_000);
  afterAll(() => rig?.close());

  it('covers every armable code: each is staged in cells that record exactly it, or says why not', () => {
    const staged = new Set<string>(cells.map((c) => c.code));
    const explained = new Set<string>(unstaged.map((u) => u.code));
    expect(ARMABLE_CODES.filter((code) => !staged.has(code) && !explained.has(code))).toEqual([]);
    expect(cells.filter((c) => c.expected !== c.code)).toEqual([]);
    expect(cells.length).toBeGreaterThan(100);
  });

  it('ships exactly one scenario file per cell, as the generator derives it from the matrix', () => {
    expect([...shipped.keys()].sort()).toEqual(cells.map(catalogFileName).sort());
    for (const { name, text } of catalogScenarioFiles()) expect(readFileSync(join(dir, name), 'utf8'), `${name} (run npm run scenarios:catalog)`).toBe(text);
  });

  for (const cell of cells) {
    const name = catalogFileName(cell);
    it(`${cell.code} (${cell.behaviour}) on ${cell.provider} ${cell.protocol.toUpperCase()}, ${cell.audience} sign-in: ${cell.expected}, fixed by ${cell.fix}`, () => {
      expect(shipped.has(name), `no file ${name}`).toBe(true);
      const s = shipped.get(name)!.scenario;
      // The file stages the cell: its code armed with its defaults, scoped as the cell says.
      const scope = { person: { person: s.signIn.as }, client: { client: '{clientId}' }, org: {} }[cell.scope];
      expect(s.arm).toEqual({ code: cell.code, behaviour: cell.behaviour, org: orgKeyOf(cell.provider), ...scope });
      expect({ protocol: s.account.protocol, audience: s.signIn.audience, signInFirst: s.signInFirst ?? false })
        .toEqual({ protocol: cell.protocol.toUpperCase(), audience: cell.audience, signInFirst: cell.signInFirst });
      expect({ code: s.expect.code, fix: stepsOf(s.fix), afterFix: s.afterFix }).toEqual({ code: cell.expected, fix: FIX_STEPS[cell.fix], afterFix: { outcome: 'SUCCESS' } });

      // What happened when the file ran: the sign-in before arming (replay), the code and
      // message, the fix (a GraphQL user error fails it), and the sign-in after the fix.
      const r = results.get(name)!;
      expect(r.mismatches).toEqual([]);
      expect(r.observed.expect?.code).toBe(cell.expected);
      expect(r.observed.expect?.message).toMatch(messagePattern(FAILURE_CATALOG[cell.expected].message));
      expect(r.observed.afterFix).toEqual({ signedIn: true, code: null, message: null });
    });
  }
});
