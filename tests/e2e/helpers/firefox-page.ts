/**
 * Acting in a Firefox tab as a person does, and reading it back. Real key presses in Firefox, through WebDriver BiDi's `input.performActions`: Firefox makes them
 * trusted events that go where a person's keys go (the focused element first, then Firefox's
 * own shortcuts if the page lets them through). Chords are written as Playwright writes them
 * (`Control+f`, `Shift+F3`), so the Chromium and Firefox tests read alike.
 */
import type { FirefoxWithExtension } from './firefox';

/** WebDriver's code points for keys that are not a character (WebDriver, "keyboard actions"). */
const NAMED_KEYS: Record<string, string> = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  F3: '\uE033',
  Meta: '\uE03D',
};

function keyValue(name: string): string {
  const value = NAMED_KEYS[name] ?? ([...name].length === 1 ? name : undefined);
  if (value === undefined) throw new Error(`no WebDriver key for "${name}"`);
  return value;
}

/** The keys of a chord, in Playwright's notation: `Control+f`; one ending in "+" (`Control++`) names the plus key itself. */
export function chordParts(chord: string): string[] {
  return chord === '+' ? ['+'] : chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
}

/** The key actions of one chord: modifiers down, the key down and up, modifiers up in reverse. */
function chordActions(chord: string): Array<{ type: 'keyDown' | 'keyUp'; value: string }> {
  const keys = chordParts(chord).map(keyValue);
  return [
    ...keys.map((value) => ({ type: 'keyDown' as const, value })),
    ...keys.reverse().map((value) => ({ type: 'keyUp' as const, value })),
  ];
}

/** Presses each chord in turn in the tab, as a person would on the keyboard. */
export async function pressKeys(firefox: FirefoxWithExtension, context: string, ...chords: string[]): Promise<void> {
  await firefox.send('input.performActions', {
    context,
    actions: [{ type: 'key', id: 'keyboard', actions: chords.flatMap(chordActions) }],
  });
  await firefox.send('input.releaseActions', { context });
}

/** Types `text` character by character. */
export async function typeText(firefox: FirefoxWithExtension, context: string, text: string): Promise<void> {
  await pressKeys(firefox, context, ...text);
}

/** Runs a self-contained function (sent as its source) in the tab; resolves to what it returns, through JSON. */
export async function evaluateFn<Args extends unknown[], T>(
  firefox: FirefoxWithExtension,
  context: string,
  fn: (...args: Args) => T,
  ...args: Args
): Promise<Awaited<T>> {
  const call = `(${fn.toString()})(...${JSON.stringify(args)})`;
  const json = await firefox.evaluate(context, `Promise.resolve(${call}).then((value) => JSON.stringify(value ?? null))`);
  return JSON.parse(json) as Awaited<T>;
}

/** A real mouse click at (x, y) in the tab's viewport. */
export async function clickAt(firefox: FirefoxWithExtension, context: string, x: number, y: number): Promise<void> {
  await firefox.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x, y },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
  await firefox.send('input.releaseActions', { context });
}

/** The mouse wheel turned at (x, y) with Control held (a touchpad's pinch arrives the same way). */
export async function controlWheel(firefox: FirefoxWithExtension, context: string, x: number, y: number, deltaY: number): Promise<void> {
  await firefox.send('input.performActions', {
    context,
    actions: [
      {
        type: 'key',
        id: 'keyboard',
        actions: [{ type: 'keyDown', value: NAMED_KEYS.Control }, { type: 'pause' }, { type: 'keyUp', value: NAMED_KEYS.Control }],
      },
      { type: 'wheel', id: 'wheel', actions: [{ type: 'pause' }, { type: 'scroll', x, y, deltaX: 0, deltaY }, { type: 'pause' }] },
    ],
  });
  await firefox.send('input.releaseActions', { context });
}
