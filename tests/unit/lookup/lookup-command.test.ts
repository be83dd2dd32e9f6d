import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runLookup, type LookupEnv } from '../../../lib/lookup/run-lookup';
import { createCatalogue } from '../../../lib/metadata/catalogue';
import type { MetadataSources } from '../../../lib/metadata/resolve-metadata';
import { localeMessage } from '../../../scripts/lookup/locale-messages';

const root = new URL('../../../', import.meta.url).pathname;
const diskCatalogue = () =>
  createCatalogue((shard) =>
    Promise.resolve(JSON.parse(readFileSync(new URL(`assets/catalog/compact/${shard}.json`, `file://${root}`), 'utf8')) as unknown),
  );

/** The command with `sources` for its network, collecting what it prints. */
async function lookup(argv: string[], sources: (offline: boolean) => MetadataSources) {
  const out: string[] = [];
  const err: string[] = [];
  const env: LookupEnv = {
    sources,
    translate: (lang) => (key, subs) => localeMessage(lang, key, subs),
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    timeBoundMs: 2_000,
  };
  const code = await runLookup(argv, env);
  return {
    code,
    lines: out
      .join('')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
    err: err.join(''),
  };
}

describe('the lookup command', () => {
  it('runs as `npm run -s lookup -- --offline`: one JSON line per symbol, in order', async () => {
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/lookup.ts', '--offline', 'A/RES/64/293', 'A/HRC/RES/5/1'], {
      cwd: root,
    });
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        symbol: 'A/RES/64/293',
        title: null,
        date: null,
        vote: null,
        body: 'GA',
        description: 'General Assembly resolution, 64th session (2009–2010)',
        sources: { body: 'symbol', description: 'symbol' },
        reason: 'offline: --offline',
      },
      {
        symbol: 'A/HRC/RES/5/1',
        title: 'Institution-building of the United Nations Human Rights Council',
        titleLang: 'en',
        date: '2007-06-18',
        vote: 'without-vote',
        body: 'HRC',
        description: 'Human Rights Council resolution, 5th session (2007)',
        sources: { body: 'symbol', description: 'symbol', title: 'catalogue', date: 'catalogue', vote: 'catalogue' },
      },
    ]);
  }, 30_000);

  it('takes symbols as written, describes them in the --lang given, and says why a word is not one', async () => {
    const offline = () => ({ catalogue: diskCatalogue(), library: { lookup: () => Promise.resolve({ kind: 'offline' as const }) } });
    const { code, lines, err } = await lookup(['--offline', '--lang', 'fr', 'a/res/217 (iii)', 'résolution'], offline);
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({
      symbol: 'A/RES/217(III)',
      date: '1948-12-10',
      vote: { yes: 48, no: 0, abstain: 8 },
      description: 'Résolution de l’Assemblée générale, 3e session (1948)',
    });
    expect(lines[1]).toEqual({ symbol: 'résolution', reason: 'not a UN document symbol' });
    expect(err).toContain('résolution: not a UN document symbol');
  });

  it('online, takes a title in the reader’s language from the document itself and credits it', async () => {
    const text = readFileSync(new URL('../../fixtures/a-res-76-186.ru.txt', import.meta.url), 'utf8');
    const online = (): MetadataSources => ({
      catalogue: diskCatalogue(),
      library: { lookup: () => Promise.resolve({ kind: 'challenge' }) },
      readDocument: (symbol, lang) =>
        Promise.resolve(symbol === 'A/RES/76/186' && lang === 'ru' ? { kind: 'text', text } : { kind: 'not-found' }),
    });
    const { lines } = await lookup(['--lang', 'ru', 'A/RES/76/186'], online);
    expect(lines[0]).toMatchObject({
      symbol: 'A/RES/76/186',
      titleLang: 'ru',
      date: '2021-12-16',
      description: 'Резолюция Генеральной Ассамблеи, 76-я сессия (2021–2022)',
      sources: { title: 'document', date: 'document' },
    });
    expect(String(lines[0]?.title)).toMatch(/торговл/);
  });

  it('refuses a bad option or no symbol with the usage (exit 2)', async () => {
    const none = () => ({});
    expect((await lookup(['--lang', 'de', 'A/RES/1/1'], none)).code).toBe(2);
    expect((await lookup(['--frobnicate'], none)).code).toBe(2);
    const empty = await lookup([], none);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('usage: lookup');
  });
});
