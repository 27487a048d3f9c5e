// The house's borders and floors (.dependency-cruiser.cjs): src/ never imports the
// sandbox, scripts, tests or seed data; the sandbox never imports src/; no import runs
// back up a floor; no import cycles. Fails listing every crossing.
import { describe, expect, it } from 'vitest';
import { cruise } from 'dependency-cruiser';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

describe('borders between product, sandbox, scripts and tests', () => {
  it('no import crosses a border or runs back up a floor', async () => {
    const config = require('../../.dependency-cruiser.cjs');
    const result = await cruise(['src', 'sandbox', 'common', 'scripts', 'test', 'bench', 'prisma'], { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } });
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[]; totalCruised: number } };
    const crossings = output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(output.summary.totalCruised).toBeGreaterThan(200);
    expect(crossings).toEqual([]);
  }, 60_000);
});
