// Two projects run the database-backed suites (test/api, test/e2e): one on an embedded
// SQLite file, one on PostgreSQL (admin URL in TEST_POSTGRES_URL, default the local
// server). Suites that touch no database of ours (test/unit, test/sandbox) run once, in
// the sqlite project. Limit with TEST_DATABASES=sqlite (or postgresql).
import { defineConfig } from 'vitest/config';

const wanted = (process.env.TEST_DATABASES ?? 'sqlite,postgresql').split(',').map((s) => s.trim());

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
        include: database === wanted[0] ? ['test/**/*.test.ts'] : ['test/api/**/*.test.ts', 'test/e2e/**/*.test.ts'],
      },
    })),
  },
});
