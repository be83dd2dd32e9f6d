/**
 * Keys and clicks through a virtual X server (Xvfb) and its XTEST extension: input that goes
 * through Firefox's own window, as a person's keyboard does, so Firefox's shortcuts (its find
 * bar, page zoom, print, save page) see each key unless the page cancels it. WebDriver BiDi's keys
 * are dispatched in the page alone and never reach those shortcuts (firefox-viewer-keys.e2e).
 * Needs Xvfb, python3 and libXtst (CI installs xvfb; python3 and libXtst come with Debian/Firefox).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chordParts } from './firefox-page';

const XVFB = '/usr/bin/Xvfb';
const SCRIPT = fileURLToPath(new URL('./xtest-keys.py', import.meta.url));

/** Whether this machine can run the X server and press keys through it. */
export function osInputAvailable(): boolean {
  if (!existsSync(XVFB)) return false;
  const probe = spawnSync('python3', ['-c', 'import ctypes; ctypes.cdll.LoadLibrary("libXtst.so.6")']);
  return probe.status === 0;
}

export interface VirtualDisplay {
  /** `:N`, for DISPLAY. */
  display: string;
  close(): Promise<void>;
}

/** Starts Xvfb on a free display (it picks the number and tells it on fd 3). */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  const xvfb: ChildProcess = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const number = await new Promise<string>((found, fail) => {
    let said = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not start within 10 s')), 10_000);
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('\n')) {
        clearTimeout(timer);
        found(said.trim());
      }
    });
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
  });
  return {
    display: `:${number}`,
    async close() {
      if (xvfb.exitCode !== null || xvfb.signalCode !== null) return;
      const exited = new Promise((done) => xvfb.once('exit', done));
      xvfb.kill('SIGTERM');
      await exited;
    },
  };
}

/** Playwright's key names (and single characters) as X keysyms. */
const KEYSYMS: Record<string, string> = {
  Control: 'Control_L',
  Shift: 'Shift_L',
  Alt: 'Alt_L',
  Enter: 'Return',
  PageDown: 'Next',
  PageUp: 'Prior',
  '+': 'plus',
  '-': 'minus',
  '=': 'equal',
  ' ': 'space',
  '/': 'slash',
};

function keysym(name: string): string {
  return KEYSYMS[name] ?? name;
}

function run(display: string, args: string[]): void {
  const result = spawnSync('python3', [SCRIPT, ...args], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`xtest-keys.py ${args.join(' ')}: ${result.stderr}`);
}

/** Presses each chord (`Control++`, `Shift+F3`, `End`) in turn on the display's keyboard. */
export function osPress(display: string, ...chords: string[]): void {
  run(
    display,
    chords.map((chord) => chordParts(chord).map(keysym).join('+')),
  );
}

/** Types lower-case letters, digits and spaces. */
export function osType(display: string, text: string): void {
  run(display, [...text].map(keysym));
}

/** Clicks at (x, y) on the screen. */
export function osClick(display: string, x: number, y: number): void {
  run(display, [`click:${Math.round(x)},${Math.round(y)}`]);
}
