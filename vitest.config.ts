import { defineConfig } from 'vitest/config';

// Tests import workspace packages through the `arbiter-source` export condition, so they run
// against src/ (no build step needed) while published consumers get dist/.
export default defineConfig({
  resolve: { conditions: ['arbiter-source'] },
  ssr: { resolve: { conditions: ['arbiter-source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'conformance/test/**/*.test.ts', 'conformance/fuzz/**/*.test.ts', 'bench/test/**/*.test.ts'],
    testTimeout: 60_000,
    setupFiles: ['./vitest.setup.ts'],
    pool: 'forks',
  },
});
