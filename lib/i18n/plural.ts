/**
 * Plural forms without a plural syntax in the messages files: `chrome.i18n` has none, so a
 * message that counts is kept as one key per CLDR plural category of each language
 * (`notes_count_one`, `notes_count_few`…) and the category is chosen here with the same
 * `Intl.PluralRules` the locale test uses to check that every file has exactly its language's
 * categories (Arabic six, Russian four, English two, Chinese one).
 */

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(lang: string): Intl.PluralRules {
  let found = rules.get(lang);
  if (found === undefined) {
    found = new Intl.PluralRules(lang);
    rules.set(lang, found);
  }
  return found;
}

/** The CLDR category `count` takes in `lang` (1 → `one` in English, 3 → `few` in Arabic and Russian). */
export function pluralCategory(lang: string, count: number): PluralCategory {
  return rulesFor(lang).select(count);
}

/** The categories `lang` distinguishes, in CLDR order. */
export function pluralCategoriesOf(lang: string): PluralCategory[] {
  const used = new Set(rulesFor(lang).resolvedOptions().pluralCategories as string[]);
  return PLURAL_CATEGORIES.filter((category) => used.has(category));
}

/** The message key for `count` of the plural message `base` in `lang`: `base_few`. */
export function pluralKey<Base extends string>(base: Base, lang: string, count: number): `${Base}_${PluralCategory}` {
  return `${base}_${pluralCategory(lang, count)}`;
}

const SUFFIX = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);

/**
 * Splits message keys into plural messages (base → the categories present) and the others.
 * A key counts as plural only when its base also has an `_other` key, so that a key that merely
 * ends in `_one` is not mistaken for one.
 */
export function pluralMessages(keys: readonly string[]): { plural: Map<string, PluralCategory[]>; single: string[] } {
  const all = new Set(keys);
  const plural = new Map<string, PluralCategory[]>();
  const single: string[] = [];
  for (const key of keys) {
    const match = SUFFIX.exec(key);
    if (match !== null && all.has(`${match[1]}_other`)) {
      const categories = plural.get(match[1]!) ?? [];
      categories.push(match[2] as PluralCategory);
      plural.set(match[1]!, categories);
    } else single.push(key);
  }
  for (const [base, categories] of plural)
    plural.set(
      base,
      PLURAL_CATEGORIES.filter((c) => categories.includes(c)),
    );
  return { plural, single };
}
