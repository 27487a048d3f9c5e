// The sign-in's house rules (issue "the house"): every step file exports one step named
// after it and is used by a flow; every code the sign-in decides points at a file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAILURE_CODES } from '../../common/failures/catalog.ts';
import { stepName, type Step } from '../../src/signin/attempt/pipeline.ts';
import { signInDecisions } from '../../scripts/signin-decisions.ts';

const STEPS = new URL('../../src/signin/steps/', import.meta.url);
const FLOWS = new URL('../../src/signin/flows/', import.meta.url);
const flows = readdirSync(FLOWS).map((f) => readFileSync(new URL(f, FLOWS), 'utf8')).join('\n');

describe('sign-in pipeline layout', () => {
  const files = readdirSync(STEPS).filter((f) => f.endsWith('.ts') && f !== 'load-pending-sign-in.ts');

  it.each(files)('%s exports one step named after the file, composed in a flow', async (file) => {
    const module = (await import(new URL(file, STEPS).href)) as Record<string, unknown>;
    const steps = Object.values(module).filter((v): v is Step<never> => typeof v === 'function');
    expect(steps).toHaveLength(1);
    expect(stepName(steps[0]!)).toBe(file.replace(/\.ts$/, ''));
    expect(flows).toContain(`'../steps/${file}'`);
  });

  it('every code the sign-in service produces is decided in a file the README table names', () => {
    const decided = signInDecisions();
    const bySignIn = FAILURE_CODES.filter((c) => !['LOGIN_URL_INVALID'].includes(c));
    for (const code of bySignIn) expect(decided.get(code), code).toBeTruthy();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [code, paths] of decided) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${code}\` | \``));
      for (const path of paths) expect(row, code).toContain(`\`${path}\``);
    }
  });
});
