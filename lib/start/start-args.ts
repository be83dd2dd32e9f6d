/**
 * Arguments of `npm start` (headed) and `npm run demo` (headless): which reader address to open,
 * whether to save a screenshot, how long to wait for the first linked citation.
 */

export interface StartOptions {
  /** Run without a window (`npm run demo`, or any run that saves a screenshot). */
  headless: boolean;
  /** Where to save the screenshot once the first citation is linked (headless only). */
  screenshot?: string;
  /** The reader address to open, relative to the extension: `reader.html?…`. */
  readerPath: string;
  /** How long to wait for the first `[data-symbol]` before giving up, in seconds. */
  timeoutSeconds: number;
}

export type ParsedStartArgs = { kind: 'help' } | { kind: 'start'; options: StartOptions } | { kind: 'usage-error'; message: string };

/** A bundled sample (assets/samples), so the first screen needs no network. */
export const DEFAULT_READER_PATH = 'reader.html?symbol=A/RES/80/173&lang=en';
export const DEFAULT_TIMEOUT_SECONDS = 60;

export const START_USAGE = `Usage: npm start [-- --doc 'reader.html?…']
       npm run demo -- [--screenshot FILE] [--timeout SECONDS] [--doc 'reader.html?…']

Builds the extension if its sources changed, then opens Chromium with it, on the reader
showing a bundled sample document (${DEFAULT_READER_PATH}),
with the UN sites unreachable: everything shown comes from inside the extension.

npm start opens a window (it needs a display). npm run demo runs headless:
  --screenshot FILE   save a PNG once the first citation is linked ([data-symbol] appears)
  --timeout SECONDS   how long to wait for that (default ${DEFAULT_TIMEOUT_SECONDS})
  --doc ADDRESS       another reader address, e.g. 'reader.html?symbol=A/RES/79/1&lang=en'
                      (bundled: A/RES/80/173, 79/1, 79/277, 79/323, 78/213 and A/80/L.41 in English;
                      A/RES/76/186, A/RES/80/173 and E/RES/2022/14 in Russian)
  --headless          (npm start) run without a window
  -h, --help          print this help

Chromium: /usr/bin/chromium, or the path in RESOLUTE_CHROMIUM.
`;

/** The arguments after `npm start --` (`npm run demo` passes `--headless` itself). */
export function parseStartArgs(argv: readonly string[]): ParsedStartArgs {
  const options: StartOptions = { headless: false, readerPath: DEFAULT_READER_PATH, timeoutSeconds: DEFAULT_TIMEOUT_SECONDS };
  const error = (message: string): ParsedStartArgs => ({ kind: 'usage-error', message });
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[i + 1];
      i++;
      return next === undefined || next.startsWith('--') ? null : next;
    };
    switch (arg) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--headless':
        options.headless = true;
        break;
      case '--screenshot': {
        const file = value();
        if (file === null) return error('--screenshot needs a file name, e.g. --screenshot out.png');
        if (!/\.png$/i.test(file)) return error(`--screenshot ${file}: the screenshot is a PNG; name it *.png`);
        options.screenshot = file;
        break;
      }
      case '--timeout': {
        const seconds = value();
        if (seconds === null || !/^\d+$/.test(seconds) || Number(seconds) < 1) {
          return error('--timeout needs a whole number of seconds (at least 1)');
        }
        options.timeoutSeconds = Number(seconds);
        break;
      }
      case '--doc': {
        const address = value();
        if (address === null || !/^reader\.html\?\S+$/.test(address)) {
          return error("--doc needs a reader address, e.g. 'reader.html?symbol=E/RES/2022/14&lang=ru'");
        }
        options.readerPath = address;
        break;
      }
      default:
        return error(`unknown argument ${JSON.stringify(arg)}`);
    }
  }
  // A screenshot is what a machine without a display asks for: never open a window for it.
  if (options.screenshot !== undefined) options.headless = true;
  return { kind: 'start', options };
}
