import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const localesDir = new URL('../../public/_locales/', import.meta.url);

function readLocale(lang: string): Record<string, LocaleMessage> {
  return JSON.parse(readFileSync(new URL(`${lang}/messages.json`, localesDir), 'utf8')) as Record<
    string,
    LocaleMessage
  >;
}

/** `$NAME$` placeholders used in a message, lower-cased (Chrome matches them case-insensitively). */
function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

/** The placeholders a message declares, with what each stands for (`$1`, `$2`…). */
function placeholdersDeclared(entry: LocaleMessage): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
}

const en = readLocale('en');
const ru = readLocale('ru');

describe('locales', () => {
  it('ships English and Russian in full, and only the six UN languages', () => {
    expect(readdirSync(localesDir).sort()).toEqual(expect.arrayContaining(['en', 'ru']));
    for (const lang of readdirSync(localesDir)) expect(['ar', 'en', 'es', 'fr', 'ru', 'zh']).toContain(lang);
  });

  // The other four languages' files are being filled key by key: what they have must be known
  // to English, with the same placeholders, and not empty.
  it('have in ar, zh, fr and es only keys English has, with its placeholders', () => {
    for (const lang of readdirSync(localesDir).filter((name) => name !== 'en' && name !== 'ru')) {
      for (const [key, entry] of Object.entries(readLocale(lang))) {
        expect(en[key], `${lang}.${key}`).toBeDefined();
        expect(placeholdersUsed(entry.message), `${lang}.${key}`).toEqual(placeholdersUsed(en[key]!.message));
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('have exactly the same keys in en and ru', () => {
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders, each declared and used, in en and ru', () => {
    for (const key of Object.keys(en)) {
      const [enEntry, ruEntry] = [en[key]!, ru[key]!];
      expect(placeholdersDeclared(ruEntry), key).toEqual(placeholdersDeclared(enEntry));
      expect(placeholdersUsed(ruEntry.message), key).toEqual(placeholdersUsed(enEntry.message));
      const declared = Object.keys(enEntry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
      expect(placeholdersUsed(enEntry.message), `${key}: used = declared`).toEqual(declared);
    }
  });

  it('use key names and non-empty messages the browsers accept', () => {
    for (const [lang, messages] of Object.entries({ en, ru })) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key, lang).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('name the extension and describe it, as the manifest asks (__MSG_extName__)', () => {
    expect(en.extName?.message).toBe('Resolute');
    expect(en.extDescription?.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
    expect(ru.extDescription?.message.length).toBeLessThanOrEqual(132);
  });
});
