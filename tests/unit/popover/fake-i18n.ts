/**
 * `wxt/browser` for components rendered in node: `i18n.getMessage` answers from the real English
 * messages file (read from the project root: happy-dom's URL has no file: scheme) (placeholders filled as the browser fills them), so the tests see the real strings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const en = JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

export function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = en[key];
  if (entry === undefined) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_all, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? '');
  });
}

export const fakeBrowser = {
  i18n: { getMessage, getUILanguage: () => 'en' },
  runtime: { getURL: (path: string) => `chrome-extension://test${path}` },
};
