import { defineConfig } from 'vitest/config';

// The long fuzz run only (`npm run fuzz`); `npm test` runs the short one through the root config.
export default defineConfig({
  resolve: { conditions: ['arbiter-source'] },
  ssr: { resolve: { conditions: ['arbiter-source'] } },
  test: { include: ['conformance/fuzz/long.fuzz.ts'], pool: 'forks', testTimeout: 24 * 3600_000 },
});
