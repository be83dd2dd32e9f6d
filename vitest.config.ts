import { defineConfig } from 'vitest/config';

// Unit tests: the pure core (`lib/`) and scripts, in node. Browser tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
