import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships CommonJS and ESM twins; Node (and so Pothos, Yoga) loads the CommonJS one, while
  // Vite would pick the ESM one for our files. One instance only, or schemas look foreign.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    // A connector's own test sits in its folder (src/connectors/<name>/).
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file opens its own database (an in-memory PGlite, or a fresh schema on PostgreSQL).
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
  },
});
