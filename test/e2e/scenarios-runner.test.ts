// `npm run scenarios` (test/qa/scenarios.ts) as QA runs it: a child process that starts
// its own control plane and sandbox, exits 0, and prints a row for every catalog code.
// SQLite project only: the runner makes its own SQLite database whatever the project.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FAILURE_CODES } from '../../common/failures/catalog.ts';
import { ROOT } from './support-extra.ts';

describe('npm run scenarios (R31, R32)', () => {
  it('runs every catalog entry end to end, exits 0 and prints a table with every code', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/qa/scenarios.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 150_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/code\s+recorded\s+fix verified\s+expected message\s+observed message/);
    for (const code of FAILURE_CODES) {
      const row = lines.find((l) => l.split(/\s{2,}/)[1] === code);
      expect(row, `no row for ${code}`).toBeDefined();
      expect(row!.startsWith('ok'), row).toBe(true);
    }
    expect(run.stdout).toMatch(/\d+ catalog entries: \d+ passed, \d+ n\.a\., 0 failed/);
  }, 180_000);
});
