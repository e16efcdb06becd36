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
    // Files share their worker's module graph instead of importing the gateway anew each (the
    // schema, Yoga, pg, PGlite): the suite's module loading went from 77 s to under 10 s on this
    // 2-core machine. Nothing a test changes lives in module state: each file starts its own
    // gateways and database.
    isolate: false,
    globalSetup: ['test/global-setup.ts'],
  },
});
