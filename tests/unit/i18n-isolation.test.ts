import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
let messages: Record<string, Entry> = {};
const read = (folder: string) =>
  JSON.parse(readFileSync(resolve(process.cwd(), `public/_locales/${folder}/messages.json`), 'utf8')) as Record<string, Entry>;

/** chrome.i18n.getMessage over one real messages file, placeholders filled as the browser fills them. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (entry === undefined) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Z_]+)\$/g, (_all, name: string) =>
    (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? ''),
  );
}

vi.mock('wxt/browser', () => ({ browser: { i18n: { getMessage } } }));

/** The i18n module afresh (it keeps the interface language once read) over `folder`'s messages. */
async function i18nIn(folder: string) {
  messages = read(folder);
  vi.resetModules();
  return import('../../components/extension/i18n');
}

describe('what is filled into a message', () => {
  it('is isolated in Arabic, so a symbol keeps its own order inside right-to-left text', async () => {
    const { t, tPlural } = await i18nIn('ar');
    const text = t('compare_unavailable', 'S/RES/2231(2015)');
    expect(text).toContain('\u2068S/RES/2231(2015)\u2069');
    expect(text.replace(/[\u2068\u2069]/g, '')).toBe(getMessage('compare_unavailable', 'S/RES/2231(2015)'));
    expect(t('reader_tabTitle', ['A/RES/76/186', 'Title'])).toBe('\u2068A/RES/76/186\u2069 — \u2068Title\u2069');
    expect(tPlural('notes_count', 3, '3')).toContain('\u20683\u2069');
  });

  it('is left as it is in a left-to-right language', async () => {
    const { t } = await i18nIn('en');
    expect(t('compare_unavailable', 'S/RES/2231(2015)')).toBe(getMessage('compare_unavailable', 'S/RES/2231(2015)'));
    expect(t('reader_tabTitle', ['A/RES/76/186', 'Title'])).toBe('A/RES/76/186 — Title');
  });
});
