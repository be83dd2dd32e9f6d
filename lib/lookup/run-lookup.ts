/**
 * The `lookup` command: `lookup [--offline] [--lang xx] SYMBOL...` prints one JSON line per
 * symbol, in the order given, with what a card would say of it (`card-facts.ts`, the same code):
 * symbol, title (or null), date, vote, body, description (what the symbol itself tells, always
 * present), sources (where each field came from), and reason when nothing is known. Beside
 * `scan`, it makes the catalogue testable and answers a researcher's "what is A/HRC/RES/5/1?".
 *
 * Pure: the sources and the messages are injected (`scripts/lookup.ts` wires node's).
 */
import { parseSymbol, symbolKey } from '../citations/symbols';
import { UN_LANGS, type UnLang } from '../citations/types';
import { cardFacts, type CardFacts } from '../metadata/card-facts';
import { describeSymbol, type Translate } from '../metadata/describe-symbol';
import { resolveMetadata, type MetadataAnswer, type MetadataSources } from '../metadata/resolve-metadata';

export interface LookupEnv {
  /** The sources to ask; `offline` is true when `--offline` was given. */
  sources: (offline: boolean) => MetadataSources;
  /** The messages of `lang` (`facts_*`). */
  translate: (lang: UnLang) => Translate;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  timeBoundMs?: number;
}

export const LOOKUP_USAGE = 'usage: lookup [--offline] [--lang ar|zh|en|fr|ru|es] SYMBOL...\n';

/** One printed line: the card's facts without what only a card shows. */
export type LookupLine = Omit<CardFacts, 'done' | 'citing'>;

export async function runLookup(argv: readonly string[], env: LookupEnv): Promise<number> {
  let offline = false;
  let lang: UnLang = 'en';
  const symbols: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--offline') offline = true;
    else if (arg === '--lang') {
      const value = argv[++i];
      if (!UN_LANGS.includes(value as UnLang)) {
        env.stderr(`lookup: --lang takes one of ${UN_LANGS.join(' ')}\n${LOOKUP_USAGE}`);
        return 2;
      }
      lang = value as UnLang;
    } else if (arg === '--help' || arg === '-h') {
      env.stdout(LOOKUP_USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      env.stderr(`lookup: unknown option ${arg}\n${LOOKUP_USAGE}`);
      return 2;
    } else symbols.push(arg);
  }
  if (symbols.length === 0) {
    env.stderr(LOOKUP_USAGE);
    return 2;
  }
  const sources = env.sources(offline);
  const translate = env.translate(lang);
  let failed = 0;
  for (const written of symbols) {
    const symbol = parseSymbol(written) ?? (/^A\/DEC\/\d{1,3}\/\d{1,4}$/i.test(written.trim()) ? symbolKey(written) : null);
    if (symbol === null) {
      env.stderr(`lookup: ${written}: not a UN document symbol\n`);
      env.stdout(`${JSON.stringify({ symbol: written, reason: 'not a UN document symbol' })}\n`);
      failed++;
      continue;
    }
    let last: MetadataAnswer | undefined;
    const options = { lang, ...(env.timeBoundMs !== undefined ? { timeBoundMs: env.timeBoundMs } : {}) };
    for await (const answer of resolveMetadata(symbol, options, sources)) last = answer;
    const { done: _done, citing: _citing, ...line } = cardFacts(symbol, last, { describe: (s) => describeSymbol(s, lang, translate) });
    env.stdout(`${JSON.stringify(line satisfies LookupLine)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
