/**
 * The main job's commands as a person runs them: `npm run demo -- --screenshot FILE` opens the
 * built extension headless on the bundled sample, offline, and saves a screenshot once the first
 * citation is linked; `npm start` without a display says so and what to run instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'resolute-demo-'));

afterAll(() => rmSync(out, { recursive: true, force: true }));

function start(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync('npx', ['tsx', 'scripts/start.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 110_000 });
}

it('demo: saves a screenshot of the reader on the bundled A/RES/80/173 (English, as the UN publishes it) once a citation is linked', () => {
  const png = join(out, 'out.png');
  const run = start(['--headless', '--screenshot', png]);
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('reader.html?symbol=A/RES/80/173&lang=en');
  expect(run.stdout).toMatch(/The first citation was linked \d+ ms after the reader opened/);
  expect(run.stdout).toContain(`Screenshot saved: ${png}`);
  const bytes = readFileSync(png);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.length).toBeGreaterThan(20_000); // a rendered page, not a blank frame
});

it('demo: says clearly when no citation appears in time, and fails', () => {
  // Not bundled, and the UN sites are unreachable in the demo: nothing can be linked.
  const run = start(['--headless', '--timeout', '3', '--doc', 'reader.html?symbol=A/RES/1/1&lang=en']);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('no linked citation ([data-symbol]) appeared in the reader within 3 s');
});

it('start: without a display, says so and names the headless command', () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const run = start([], env);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('there is no display');
  expect(run.stderr).toContain('npm run demo -- --screenshot out.png');
});
