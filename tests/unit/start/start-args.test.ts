import { describe, expect, it } from 'vitest';
import { DEFAULT_READER_PATH, DEFAULT_TIMEOUT_SECONDS, parseStartArgs } from '../../../lib/start/start-args';

describe('parseStartArgs', () => {
  it('opens a window on the bundled A/RES/80/173 in English by default', () => {
    expect(parseStartArgs([])).toEqual({
      kind: 'start',
      options: { headless: false, readerPath: 'reader.html?symbol=A/RES/80/173&lang=en', timeoutSeconds: DEFAULT_TIMEOUT_SECONDS },
    });
    expect(DEFAULT_READER_PATH).toBe('reader.html?symbol=A/RES/80/173&lang=en');
  });

  it('runs headless for `npm run demo` and whenever a screenshot is asked for', () => {
    expect(parseStartArgs(['--headless'])).toMatchObject({ kind: 'start', options: { headless: true } });
    expect(parseStartArgs(['--screenshot', 'out.png'])).toMatchObject({
      kind: 'start',
      options: { headless: true, screenshot: 'out.png' },
    });
  });

  it('takes a timeout and another reader address', () => {
    expect(parseStartArgs(['--headless', '--timeout', '5', '--doc', 'reader.html?symbol=E/RES/2022/14&lang=ru'])).toMatchObject({
      kind: 'start',
      options: { timeoutSeconds: 5, readerPath: 'reader.html?symbol=E/RES/2022/14&lang=ru' },
    });
  });

  it('answers --help and -h', () => {
    expect(parseStartArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseStartArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--screenshot'], /needs a file name/],
    [['--screenshot', '--headless'], /needs a file name/],
    [['--screenshot', 'out.jpg'], /PNG/],
    [['--timeout', '0'], /whole number/],
    [['--timeout', 'soon'], /whole number/],
    [['--doc', 'https://undocs.org/ru/A/RES/76/186'], /reader address/],
    [['out.png'], /unknown argument "out.png"/],
  ])('refuses %j, saying why', (argv, reason) => {
    const parsed = parseStartArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    if (parsed.kind === 'usage-error') expect(parsed.message).toMatch(reason);
  });
});
