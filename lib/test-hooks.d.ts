/**
 * `__RESOLUTE_TEST_HOOKS__`: true only in test builds (`npm run build:test`, which sets
 * `RESOLUTE_TEST_HOOKS=1`; wxt.config.ts defines it for Vite, vitest.config.ts for unit tests).
 * Code that only tests and the bench read (`<html data-resolute-ready|scan|notes>` on web pages)
 * sits behind `if (__RESOLUTE_TEST_HOOKS__)`, so the production build drops it whole: a page
 * cannot use it to tell that Resolute is installed (ADR 0024).
 */
declare const __RESOLUTE_TEST_HOOKS__: boolean;
