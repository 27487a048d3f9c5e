// Runs QA scenario files (scenario-file.ts) end to end: a fresh control plane (SQLite
// file in a temp dir) and sandbox IdP in this process; per file, the sandbox people, the
// account and its connection, the armed scenario, a sign-in over HTTP, the code recorded
// in login history and the message on the page, the fix, and the sign-in after it.
// Reporters: text (a table and a diff per mismatch), junit (XML for CI) and json.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sandboxAdmin, setUpAccount, signIn, startRig, type Rig } from '../e2e/support.ts';
import { scenarioFile, type ScenarioFile } from './scenario-file.ts';

/**
 * One sign-in's outcome: signed in; or the product's page with the code recorded and the
 * message shown; or neither (`page`: where the browser ended, e.g. on an IdP's error).
 */
export interface Observed { signedIn: boolean; code: string | null; message: string | null; page?: string }
export interface FileResult {
  file: string;
  name: string;
  ok: boolean;
  seconds: number;
  /** Where it went wrong, in the file's own terms (empty when ok). */
  mismatches: { step: 'signInFirst' | 'expect' | 'afterFix' | 'setup'; expected: string; observed: string }[];
  /** What the sign-ins showed. */
  observed: { expect?: Observed; afterFix?: Observed };
}

/** Every .json file named, or found below a named folder, in a stable order. */
export function scenarioPaths(paths: string[]): string[] {
  return paths.flatMap((p) => statSync(p).isDirectory()
    ? readdirSync(p).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort().map((f) => join(p, f))
    : [p]);
}

/** Parses and validates every file first: a malformed file fails the run before anything starts. */
export function loadScenarioFiles(paths: string[]): { file: string; scenario: ScenarioFile }[] {
  const problems: string[] = [];
  const loaded = scenarioPaths(paths).flatMap((file) => {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: not JSON (${(error as Error).message})`);
      return [];
    }
    const parsed = scenarioFile.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(file)'}: ${i.message}`));
      return [];
    }
    return [{ file, scenario: parsed.data }];
  });
  const names = loaded.flatMap((l) => [l.scenario.account, ...(l.scenario.otherAccounts ?? [])].map((a) => ({ file: l.file, name: a.accountName.toLowerCase() })));
  names.forEach((n, i) => { if (names.findIndex((m) => m.name === n.name) !== i) problems.push(`${n.file}: account name ${n.name} is used by another account of this run`); });
  if (problems.length) throw new Error(`Invalid scenario files:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return loaded;
}

async function recordedCode(rig: Rig, traceId: string | null): Promise<string | null> {
  return traceId ? (await rig.api.db.loginAttempt.findUnique({ where: { traceId } }))?.code ?? null : null;
}

async function observe(rig: Rig, s: ScenarioFile): Promise<{ observed: Observed; traceId: string | null }> {
  const outcome = await signIn(rig, { account: s.account.accountName, loginHint: s.signIn.as, audience: s.signIn.audience });
  if (outcome.ok) return { observed: SIGNED_IN, traceId: outcome.traceId };
  const code = await recordedCode(rig, outcome.traceId);
  const page = code === null && outcome.message === null ? `HTTP ${outcome.status}: ${outcome.body.replace(/\s+/g, ' ').slice(0, 120)}` : undefined;
  return { observed: { signedIn: false, code, message: outcome.message, ...(page ? { page } : {}) }, traceId: outcome.traceId };
}

const SIGNED_IN: Observed = { signedIn: true, code: null, message: null };
const show = (o: Observed) => (o.signedIn ? 'signed in'
  : o.page ? `no page of the product (${o.page})` : `code ${o.code ?? '(none)'}, message "${o.message ?? ''}"`);
const same = (got: Observed, wanted: Observed) => got.signedIn === wanted.signedIn && got.code === wanted.code && got.message === wanted.message;

type Fix = Exclude<ScenarioFile['fix'], unknown[] | undefined>;
interface RunValues { tenantId: string; connectionId: string; clientId: string; tenantLocal: string }

/** Fills this run's values into the strings of a file's value ({userId:…} only where GraphQL ids are meant). */
async function fillValues(rig: Rig, values: RunValues, value: unknown): Promise<unknown> {
  if (typeof value === 'string') {
    const userRef = /^\{userId:(.+)\}$/.exec(value);
    if (userRef) {
      const user = await rig.api.db.user.findFirstOrThrow({ where: { tenantId: values.tenantLocal, username: userRef[1]! } });
      return encodeGlobalID('User', user.id);
    }
    return value.replaceAll('{tenantId}', values.tenantId).replaceAll('{connectionId}', encodeGlobalID('IdpConnection', values.connectionId))
      .replaceAll('{clientId}', values.clientId).replaceAll('{sandboxUrl}', rig.sandbox.url);
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => fillValues(rig, values, v)));
  if (value && typeof value === 'object') return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await fillValues(rig, values, v)])));
  return value;
}

async function applyFix(rig: Rig, fix: Fix, values: RunValues, armedId: string | undefined): Promise<void> {
  const fill = (value: unknown) => fillValues(rig, values, value);
  if (fix.kind === 'disarm') {
    if (armedId) await sandboxAdmin(rig, 'DELETE', `/admin/scenarios/${armedId}`);
    return;
  }
  if (fix.kind === 'sandbox') {
    await sandboxAdmin(rig, fix.method, (await fill(fix.path)) as string, await fill(fix.body));
    return;
  }
  const response = await rig.api.post(JSON.stringify({ query: fix.query, variables: await fill(fix.variables ?? {}) }), { authorization: `Bearer ${rig.api.operatorToken}` });
  const body = (await response.json()) as { errors?: { message: string }[]; data?: Record<string, { userErrors?: { message: string }[] } | null> };
  const userErrors = Object.values(body.data ?? {}).flatMap((v) => v?.userErrors ?? []);
  if (body.errors?.length || userErrors.length) throw new Error(`the fix failed: ${JSON.stringify(body.errors ?? userErrors)}`);
}

async function runOne(rig: Rig, file: string, s: ScenarioFile): Promise<FileResult> {
  const began = performance.now();
  const mismatches: FileResult['mismatches'] = [];
  const observed: FileResult['observed'] = {};
  const fill = (text: string, traceId: string | null) => text.replace('{traceId}', traceId ?? '(none)').replace('{apiUrl}', rig.api.url);
  let armedId: string | undefined;
  try {
    for (const person of s.directory?.people ?? []) await sandboxAdmin(rig, 'POST', '/admin/people', person);
    for (const other of s.otherAccounts ?? []) await setUpAccount(rig, { ...other });
    const ids = await setUpAccount(rig, { ...s.account });
    const tenantLocal = (await rig.api.db.tenant.findFirstOrThrow({ where: { accountKey: s.account.accountName.toLowerCase() } })).id;
    const values: RunValues = { tenantId: ids.tenantId, connectionId: ids.connectionId, clientId: ids.sandboxClientId, tenantLocal };
    if (s.signInFirst) {
      const before = (await observe(rig, s)).observed;
      if (!before.signedIn) mismatches.push({ step: 'signInFirst', expected: show(SIGNED_IN), observed: show(before) });
    }
    if (s.arm) armedId = (await sandboxAdmin<{ id: string }>(rig, 'POST', '/admin/scenarios', await fillValues(rig, values, s.arm))).id;
    const first = await observe(rig, s);
    observed.expect = first.observed;
    const expected: Observed = { signedIn: false, code: s.expect.code, message: fill(s.expect.message, first.traceId) };
    if (!same(first.observed, expected)) mismatches.push({ step: 'expect', expected: show(expected), observed: show(first.observed) });
    if (s.fix) {
      for (const fix of Array.isArray(s.fix) ? s.fix : [s.fix]) {
        await applyFix(rig, fix, values, armedId);
        if (fix.kind === 'disarm') armedId = undefined;
      }
      const after = await observe(rig, s);
      const wanted: Observed = !s.afterFix || 'outcome' in s.afterFix ? SIGNED_IN : { signedIn: false, code: s.afterFix.code, message: fill(s.afterFix.message, after.traceId) };
      observed.afterFix = after.observed;
      if (!same(after.observed, wanted)) mismatches.push({ step: 'afterFix', expected: show(wanted), observed: show(after.observed) });
    }
  } catch (error) {
    mismatches.push({ step: 'setup', expected: 'the scenario runs', observed: (error as Error).message.split('\n')[0]! });
  } finally {
    if (armedId) await sandboxAdmin(rig, 'DELETE', `/admin/scenarios/${armedId}`).catch(() => {});
  }
  return { file, name: s.name, ok: mismatches.length === 0, seconds: (performance.now() - began) / 1000, mismatches, observed };
}

const SANDBOX_PROVIDER = { SALESFORCE: 'salesforce', MICROSOFT: 'microsoft', AZURE: 'microsoft', OKTA: 'okta', GENERIC: 'generic' } as const;

/**
 * The impersonated provider a file keeps to, if it keeps to one: its accounts, its people
 * and its armed scenario (which names an org of that provider) all stay there. Undefined:
 * the file may reach any org (an arm without org, people of another provider).
 */
function laneOf(s: ScenarioFile): string | undefined {
  const providers = new Set<string>([s.account, ...(s.otherAccounts ?? [])].map((a) => SANDBOX_PROVIDER[a.provider]));
  for (const person of s.directory?.people ?? []) providers.add(person.org.split('/')[0]!);
  if (s.arm) {
    if (typeof s.arm.org !== 'string') return undefined;
    providers.add(s.arm.org.split('/')[0]!);
  }
  return providers.size === 1 ? [...providers][0] : undefined;
}

export interface RunOptions {
  /** Run on this rig (left running) instead of a fresh control plane and sandbox of its own. */
  rig?: Rig;
  /**
   * Files that keep to one impersonated provider run side by side with those of other
   * providers (one after another within a provider: a scenario armed for an org acts on
   * every sign-in there, and the sandbox picks "another org" among the provider's orgs).
   * Files that may reach any org run alone, after them. Results stay in file order.
   */
  parallel?: boolean;
}

export async function runScenarioFiles(paths: string[], options: RunOptions = {}): Promise<FileResult[]> {
  const loaded = loadScenarioFiles(paths);
  const run = async (rig: Rig) => {
    const results = new Map<string, FileResult>();
    const sequence = async (files: typeof loaded) => { for (const { file, scenario } of files) results.set(file, await runOne(rig, file, scenario)); };
    if (options.parallel) {
      const lanes = new Map<string, typeof loaded>();
      for (const l of loaded) { const lane = laneOf(l.scenario) ?? ''; lanes.set(lane, [...(lanes.get(lane) ?? []), l]); }
      await Promise.all([...lanes].filter(([lane]) => lane).map(([, files]) => sequence(files)));
      await sequence(lanes.get('') ?? []);
    } else {
      await sequence(loaded);
    }
    return loaded.map((l) => results.get(l.file)!);
  };
  if (options.rig) return run(options.rig);
  const dir = mkdtempSync(join(tmpdir(), 'sso-scenario-files-'));
  const rig = await startRig({ ownSqliteDir: dir });
  try {
    return await run(rig);
  } finally {
    await rig.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- reporters ----------------------------------------------------------------------

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function junitReport(results: FileResult[]): string {
  const failures = results.filter((r) => !r.ok).length;
  const total = results.reduce((t, r) => t + r.seconds, 0);
  const cases = results.map((r) => {
    const name = xml(r.name);
    const classname = xml(relative(process.cwd(), r.file));
    if (r.ok) return `    <testcase name="${name}" classname="${classname}" time="${r.seconds.toFixed(3)}"/>`;
    const text = r.mismatches.map((m) => `${m.step}: expected ${m.expected}\n${' '.repeat(m.step.length)}  observed ${m.observed}`).join('\n');
    return `    <testcase name="${name}" classname="${classname}" time="${r.seconds.toFixed(3)}">\n      <failure message="${xml(`expected ${r.mismatches[0]!.expected}; observed ${r.mismatches[0]!.observed}`)}" type="mismatch">${xml(text)}</failure>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sso scenarios" tests="${results.length}" failures="${failures}" time="${total.toFixed(3)}">\n  <testsuite name="QA scenario files" tests="${results.length}" failures="${failures}" errors="0" time="${total.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

export function textReport(results: FileResult[]): string {
  const lines = results.map((r) => `${r.ok ? 'ok  ' : 'FAIL'}  ${r.name}  (${relative(process.cwd(), r.file)}, ${r.seconds.toFixed(1)} s)${r.ok ? '' : `\n${r.mismatches.map((m) => `      ${m.step}:\n        - expected ${m.expected}\n        + observed ${m.observed}`).join('\n')}`}`);
  const failed = results.filter((r) => !r.ok).length;
  return `${lines.join('\n')}\n\n${results.length - failed} of ${results.length} scenario files passed.\n`;
}
