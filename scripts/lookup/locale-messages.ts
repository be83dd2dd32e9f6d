/**
 * The extension's messages (`public/_locales/<lang>/messages.json`) read in node, filled as the
 * browsers fill them (`$NAME$` → its placeholder's `$1`… → the substitution), so the `lookup`
 * command and the tests say exactly what the card says. A key missing in a language falls back
 * to English, as the browsers fall back to the default locale.
 */
import { readFileSync } from 'node:fs';
import type { UnLang } from '../../lib/citations/types';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES = new URL('../../public/_locales/', import.meta.url);
const cache = new Map<string, Record<string, Entry>>();

function messages(lang: string): Record<string, Entry> {
  let read = cache.get(lang);
  if (read === undefined) {
    try {
      read = JSON.parse(readFileSync(new URL(`${lang === 'zh' ? 'zh_CN' : lang}/messages.json`, LOCALES), 'utf8')) as Record<string, Entry>;
    } catch {
      read = {};
    }
    cache.set(lang, read);
  }
  return read;
}

/** The message `key` in `lang`, with `$1`… filled from `substitutions`; the key itself when no locale has it. */
export function localeMessage(lang: UnLang, key: string, substitutions: readonly string[] = []): string {
  const entry = messages(lang)[key] ?? messages('en')[key];
  if (entry === undefined) return key;
  const fill = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([declared]) => declared.toLowerCase() === name.toLowerCase());
    return placeholder === undefined ? whole : fill(placeholder[1].content);
  });
}
