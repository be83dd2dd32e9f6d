/** The extension's English UI strings, as a test expects to read them on screen. */
import { readFileSync } from 'node:fs';

const EN = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

/** Message `key` with its `$PLACEHOLDER$`s filled in order by `values`. */
export function enMessage(key: string, ...values: string[]): string {
  const entry = EN[key];
  if (entry === undefined) throw new Error(`no English message ${key}`);
  return values.reduce((text, value) => text.replace(/\$[A-Z_]+\$/, value), entry.message);
}
