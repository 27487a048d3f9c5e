// Two projects run the database-backed suites (test/api, test/e2e): one on an embedded
// SQLite file, one on PostgreSQL (admin URL in TEST_POSTGRES_URL, default the local
// server). Suites whose subject is not the database (unit, sandbox, SAML validation, the
// browser, the scenario runner) run once, in the first project; the two-instance test
// needs a shared server database and runs in the postgresql project only.
// Limit with TEST_DATABASES=sqlite (or postgresql).
import { defineConfig } from 'vitest/config';

const wanted = (process.env.TEST_DATABASES ?? 'sqlite,postgresql').split(',').map((s) => s.trim());

const ONCE = [
  'test/unit/**/*.test.ts', 'test/sandbox/**/*.test.ts', 'test/signin/**/*.test.ts', 'test/e2e/browser.test.ts', 'test/e2e/scenarios-runner.test.ts',
  'test/e2e/graphiql-offline.test.ts', 'test/e2e/shutdown.test.ts',
  // Child processes on their own SQLite files: the database under test is not their subject.
  'test/e2e/scenario-files.test.ts', 'test/e2e/production-start.test.ts',
  // The sandbox's fidelity, not the database's: once is enough.
  'test/e2e/fidelity-matrix.test.ts',
];
const POSTGRES_ONLY = ['test/e2e/multi-instance.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: wanted.map((database) => ({
      extends: true,
      test: {
        name: database,
        env: { TEST_DATABASE: database },
        include: [
          'test/api/**/*.test.ts',
          'test/e2e/**/*.test.ts',
          ...(database === wanted[0] ? ONCE : []),
        ],
        exclude: [...ONCE.filter((f) => f.startsWith('test/e2e/')), ...(database === 'postgresql' ? [] : POSTGRES_ONLY)].filter(
          (f) => !(database === wanted[0] && ONCE.includes(f)),
        ),
      },
    })),
  },
});
