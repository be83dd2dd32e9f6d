import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pluralCategoriesOf, pluralMessages } from '../../lib/i18n/plural';

interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LANGS = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
/** Chrome knows Chinese only as zh_CN and zh_TW (a `zh` folder is ignored): UN Chinese is simplified, zh_CN. */
const FOLDERS: Record<(typeof LANGS)[number], string> = { ar: 'ar', en: 'en', es: 'es', fr: 'fr', ru: 'ru', zh: 'zh_CN' };
const localesDir = new URL('../../public/_locales/', import.meta.url);

function readLocale(lang: (typeof LANGS)[number]): Record<string, LocaleMessage> {
  return JSON.parse(readFileSync(new URL(`${FOLDERS[lang]}/messages.json`, localesDir), 'utf8')) as Record<string, LocaleMessage>;
}

/** `$NAME$` placeholders used in a message, lower-cased (Chrome matches them case-insensitively). */
function placeholdersUsed(message: string): string[] {
  return [...new Set([...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
}

/** The placeholders a message declares, with what each stands for (`$1`, `$2`…). */
function placeholdersDeclared(entry: LocaleMessage): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
}

const locales = Object.fromEntries(LANGS.map((lang) => [lang, readLocale(lang)])) as Record<
  (typeof LANGS)[number],
  Record<string, LocaleMessage>
>;
const en = locales.en;
const enSplit = pluralMessages(Object.keys(en));

describe('locales', () => {
  it('ship the six UN languages', () => {
    expect(readdirSync(localesDir).sort()).toEqual(Object.values(FOLDERS).sort());
  });

  it('each name its own language in locale_code, which sets the interface lang', () => {
    for (const lang of LANGS) expect(locales[lang].locale_code?.message, lang).toBe(lang);
  });

  describe.each(LANGS.filter((lang) => lang !== 'en'))('%s', (lang) => {
    const messages = locales[lang];
    const split = pluralMessages(Object.keys(messages));

    it('has exactly the keys of en (other than plural forms)', () => {
      expect(split.single.sort()).toEqual(enSplit.single.sort());
      expect([...split.plural.keys()].sort()).toEqual([...enSplit.plural.keys()].sort());
    });

    it('has, for each plural message, every CLDR plural category of its language', () => {
      // Some messages carry all six categories in every file (the comparison's); none may lack one its language uses.
      for (const [base, categories] of split.plural) expect(categories, base).toEqual(expect.arrayContaining(pluralCategoriesOf(lang)));
    });

    it('declares the placeholders of en and uses no other', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const base = key.replace(/_[a-z]+$/, '');
        const plural = enSplit.plural.has(base) && key !== base;
        // Every form of a plural message is checked against the English `_other` form, the one that says everything.
        const enEntry = plural ? en[`${base}_other`]! : en[key]!;
        expect(placeholdersDeclared(entry), key).toEqual(placeholdersDeclared(enEntry));
        const allowed = placeholdersUsed(enEntry.message);
        const used = placeholdersUsed(entry.message);
        // A plural form may leave the number out ("ملاحظة واحدة", "cited once"); a single message says everything English says.
        if (plural) for (const name of used) expect(allowed, `${lang}.${key} uses $${name}$`).toContain(name);
        else expect(used, `${lang}.${key}`).toEqual(allowed);
      }
    });

    it('keeps the English descriptions for translators', () => {
      for (const [key, entry] of Object.entries(messages)) {
        const enEntry = en[key] ?? en[`${key.replace(/_[a-z]+$/, '')}_other`];
        expect(entry.description, key).toBe(enEntry?.description);
      }
    });
  });

  it('has in en the English plural categories for each plural message, and every declared placeholder used', () => {
    for (const [base, categories] of enSplit.plural) expect(categories, base).toEqual(expect.arrayContaining(pluralCategoriesOf('en')));
    for (const [key, entry] of Object.entries(en)) {
      const declared = Object.keys(entry.placeholders ?? {})
        .map((n) => n.toLowerCase())
        .sort();
      if (key.endsWith('_one')) continue; // "cited once" needs no number
      expect(placeholdersUsed(entry.message), `${key}: used = declared`).toEqual(declared);
    }
  });

  it('use key names and non-empty messages the browsers accept', () => {
    for (const [lang, messages] of Object.entries(locales)) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key, lang).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('name the extension and describe it, as the manifest asks (__MSG_extName__)', () => {
    expect(en.extName?.message).toBe('Resolute');
    for (const lang of LANGS) expect(locales[lang].extDescription?.message.length, lang).toBeLessThanOrEqual(132); // Chrome Web Store limit
  });

  it('keep document symbols and shortcuts as they are written (Latin), in every language', () => {
    for (const lang of LANGS) {
      expect(locales[lang].mark_shortcutHint?.message, lang).toContain('Alt+Shift+H');
      expect(locales[lang].panel_toggleHint?.message, lang).toContain('Alt+Shift+C');
      expect(locales[lang].reader_errorAddress?.message, lang).toMatch(/reader\.html\?symbol=A\/RES\/76\/186&lang=[a-z]{2}/);
    }
  });
});
