// Two projects run the same suites: one on an embedded SQLite file, one on PostgreSQL
// (DATABASE_URL-style admin URL in TEST_POSTGRES_URL, default the local server). Limit
// with TEST_DATABASES=sqlite (or postgresql).
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
        // Browser-free suites are fine in parallel; each file gets its own database.
      },
    })),
  },
});
