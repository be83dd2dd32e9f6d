import { defineConfig } from 'vitest/config';

// Unit tests: the pure core (`lib/`) and scripts, in node. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  // Unit tests see the test build's hooks (lib/test-hooks.d.ts).
  define: { __RESOLUTE_TEST_HOOKS__: 'true' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
