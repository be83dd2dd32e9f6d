import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (`.output/chrome-mv3`) in Debian's Chromium, UN sites faked
// by a local HTTPS server. One test file at a time: each launches a browser, and CI has 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    // Node 20 has WebSocket (for Firefox's WebDriver BiDi, tests/e2e/helpers/firefox.ts) behind a flag.
    execArgv: ['--experimental-websocket'],
    hookTimeout: 120_000,
  },
});
