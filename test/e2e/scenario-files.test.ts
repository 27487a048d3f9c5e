// QA scenario files (issue "sandbox fidelity"): the built-in files pass end to end; a
// file with a wrong expectation fails the run with a JUnit report naming the expected and
// the observed message; a malformed file is refused before anything starts, naming the
// field. `npm run scenarios -- <paths>` as QA runs it, in a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenarioFiles, scenarioPaths } from '../qa/run-scenario-files.ts';

const ROOT = join(import.meta.dirname, '../..');
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'test/qa/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('QA scenario files', () => {
  it('R13 every built-in scenario file produces its code and message, and its fix makes the next sign-in succeed', async () => {
    const files = scenarioPaths([join(ROOT, 'test/qa/scenarios')]);
    expect(files.length).toBeGreaterThanOrEqual(8);
    const results = await runScenarioFiles(files);
    expect(results.filter((r) => !r.ok).map((r) => ({ file: r.file, mismatches: r.mismatches }))).toEqual([]);
  }, 120_000);

  it('R13 a wrong expectation fails the run with a JUnit report naming the expected and the observed message', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sso-junit-')), 'report.xml');
    const run = cli('test/qa/samples/wrong-expectation.json', '--reporter', 'junit', '--output', out);
    expect(run.status, run.stderr).toBe(1);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toMatch(/<testsuites name="sso scenarios" tests="1" failures="1"/);
    expect(xml).toContain('<failure message="expected code SALESFORCE_EMAIL_UNVERIFIED, message &quot;Only email addresses verified by Salesforce can be used. If amy@acme.example is not the correct user, please log out of Salesforce and try again.&quot;; observed code USER_NOT_FOUND, message &quot;No user found with the Username/Email/External ID amy@acme.example.');
    // The text summary on stdout shows the same as a diff.
    expect(run.stdout).toContain('- expected code SALESFORCE_EMAIL_UNVERIFIED');
    expect(run.stdout).toContain('+ observed code USER_NOT_FOUND');
  }, 120_000);

  it('R13 the json reporter gives scripts the same results', () => {
    const run = cli('test/qa/samples/wrong-expectation.json', '--reporter', 'json');
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as { ok: boolean; mismatches: { step: string; observed: string }[] }[];
    expect(results).toMatchObject([{ ok: false, mismatches: [{ step: 'expect', observed: expect.stringContaining('USER_NOT_FOUND') }] }]);
  }, 120_000);

  it('R13 a browser left on the IdP\'s own page is neither the expected code nor signed in, before or after the fix', () => {
    const run = cli('test/qa/samples/stranded-at-idp.json', '--reporter', 'json');
    expect(run.status, run.stderr).toBe(1);
    const [result] = JSON.parse(run.stdout) as { mismatches: { step: string; observed: string }[]; observed: Record<string, unknown> }[];
    const stranded = { signedIn: false, code: null, message: null, page: expect.stringContaining('HTTP 400') };
    expect(result!.observed).toEqual({ expect: stranded, afterFix: stranded });
    expect(result!.mismatches.map((m) => [m.step, m.observed])).toEqual([
      ['expect', expect.stringMatching(/^no page of the product \(HTTP 400: .*No person "nobody@globex.example"/)],
      ['afterFix', expect.stringMatching(/^no page of the product/)],
    ]);
  }, 60_000);

  it('R13 a malformed file is refused before anything starts, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sso-bad-scenario-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'bad', account: { accountName: 'X', provider: 'NOPE', protocol: 'OIDC', org: 'x', users: [{ username: 'a' }] }, signIn: { as: 'a' }, expect: { code: 'USER_NOT_FOUND' } }));
    const run = cli(bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${bad}: account.provider`);
    expect(run.stderr).toContain(`${bad}: expect.message`);
  }, 60_000);
});
