/**
 * `npm run bench -- security`: what hostile input was tried against Resolute and held (ADR 0024).
 * Hostile reader addresses (what any site can open the web-accessible reader with, and what the
 * redirect rules would make of hostile UN links), and hostile import files against a notes
 * database holding the reader's notes: each must be refused, and no note lost or changed; the
 * notes frame's (security-frame.ts): forged frames refused, drafts of a closed tab written. The
 * hostile page's steps run in the browser (tests/e2e/hostile-page.e2e.test.ts prints its tally).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readerRedirectRules } from '../../lib/open-in-reader/reader-rules';
import { openNotesDatabase } from '../../lib/notes/store';
import type { Note } from '../../lib/notes/types';
import { readAnnotationCollection, toAnnotationCollection } from '../../lib/notes/web-annotation';
import { parseReaderAddress } from '../../lib/reader/reader-address';
import type { BenchRow, BenchSection } from './bench-section';
import { frameSecurityRows } from './security-frame';

export const HOSTILE_READER_ADDRESSES = [
  '?src=https://www.un.org/hostile',
  '?src=https://www.un.org/x.pdf',
  '?src=https://digitallibrary.un.org/record/1/files/x.pdf',
  '?src=https://documents.un.org/settings/account',
  '?src=https://user:pass@documents.un.org/doc/undoc/x.pdf',
  '?src=https://documents.un.org@evil.example/doc/undoc/x.pdf',
  '?src=https://documents.un.org:8443/doc/undoc/x.pdf',
  '?src=https://documents.un.org:443/doc/undoc/x.pdf',
  '?src=http://documents.un.org/doc/undoc/x.pdf',
  '?src=https://documents.un.org/doc/undoc/../../account.pdf',
  '?src=https%3A%2F%2Fuser%40documents.un.org%2Fdoc%2Fundoc%2Fx.pdf',
  '?src=javascript:alert(1)',
  '?src=file:///etc/passwd',
  '?symbol=S/RES/2231(2015)&src=https://documents.un.org/api/symbol/access?s=A/RES/76/186&l=en&t=pdf',
  '?symbol=A/RES/76/186&src=https://documents.un.org/doc/undoc/other.pdf',
  '?symbol=A/RES/76/186&note=%3Cimg%3E',
];

/** Hostile UN links: the reader they land on must carry no `src`. */
export const HOSTILE_LINKS = [
  'https://undocs.org/en/A/RES/76/186&src=https://documents.un.org/doc/undoc/x.pdf',
  'https://undocs.org/A/RES/76/186&src=https://documents.un.org/doc/undoc/x.pdf',
  'https://docs.un.org/ru/A/RES/76/186&note=x&src=https://documents.un.org/doc/undoc/x.pdf',
];

const READER = 'chrome-extension://jfplbljalmcbdlegkmpiahmidllbgnjn/reader.html';

function landing(url: string): string | null {
  for (const rule of readerRedirectRules(READER)) {
    const match = new RegExp(rule.condition.regexFilter ?? '^$', 'i').exec(url);
    if (match === null || rule.action.type !== 'redirect') continue;
    return rule.action.redirect.regexSubstitution.replace(/\\(\d)/g, (_m: string, n: string) => match[Number(n)] ?? '');
  }
  return null;
}

function sampleNotes(): Note[] {
  const at = '2026-11-01T10:00:00.000Z';
  return Array.from({ length: 20 }, (_, i) => ({
    id: `6a1c0b7e-8f4a-4c47-9a53-2f0d7c6b${String(i).padStart(4, '0')}`,
    doc: { kind: 'symbol' as const, symbol: 'A/RES/76/186', lang: 'en' as const },
    docKey: 'symbol:A/RES/76/186',
    selectors: [{ type: 'TextQuoteSelector' as const, exact: `clause ${i}`, prefix: '', suffix: '' }],
    text: `note ${i}: our delegation will abstain`,
    colour: 'yellow' as const,
    tags: ['position'],
    created: at,
    updated: at,
    revision: 1,
  }));
}

/** Import files a hostile party could hand the reader; each must be refused whole. */
function hostileImports(notes: Note[]): unknown[] {
  const valid = JSON.parse(JSON.stringify(toAnnotationCollection(notes.slice(0, 2)))) as {
    first: { items: Array<Record<string, unknown>> };
  };
  const tweak = (change: (item: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(valid)) as typeof valid;
    change(copy.first.items[1]!);
    return copy;
  };
  return [
    null,
    [],
    { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: 'x' } },
    tweak((item) => ((item['https://resolute.invalid/ns/note'] as Record<string, unknown>).revision = Number.MAX_SAFE_INTEGER)),
    tweak((item) => (item.id = valid.first.items[0]!.id)),
    tweak((item) => (item.id = String(valid.first.items[0]!.id).toUpperCase().replace('URN:UUID:', 'urn:uuid:'))),
    tweak((item) => Object.defineProperty(item, '__proto__', { value: { polluted: true }, enumerable: true })),
    tweak((item) => Object.defineProperty(item, 'constructor', { value: 'x', enumerable: true })),
    tweak((item) => ((item.target as Record<string, unknown>).source = 'https://evil.example/')),
    tweak((item) => (item.body = [{ type: 'TextualBody', value: 'x'.repeat(200_001), purpose: 'commenting' }])),
    tweak(
      (item) => ((item['https://resolute.invalid/ns/note'] as Record<string, unknown>).doc = { kind: 'page', url: 'javascript:alert(1)' }),
    ),
  ];
}

export const securitySection: BenchSection = {
  name: 'security',
  async run(): Promise<BenchRow[]> {
    const addressesHeld = HOSTILE_READER_ADDRESSES.filter((query) => !parseReaderAddress(`${READER}${query}`).ok).length;
    const linksHeld = HOSTILE_LINKS.filter((url) => {
      const to = landing(url);
      return to === null || !to.slice(to.indexOf('?') + 1).includes('src=');
    }).length;

    const db = await openNotesDatabase(new IDBFactory());
    const notes = sampleNotes();
    await db.merge(notes);
    const before = JSON.stringify(await db.all());
    const files = hostileImports(notes);
    let importsHeld = 0;
    for (const file of files) {
      const read = readAnnotationCollection(JSON.parse(JSON.stringify(file)) as unknown);
      if (!read.ok) importsHeld++;
      else await db.merge(read.notes);
    }
    const after = await db.all();
    const lost = notes.filter((n) => !after.some((a) => a.id === n.id && a.text === n.text)).length;
    const unchanged = JSON.stringify(after) === before;
    db.close();
    const frameRows = await frameSecurityRows(notes);
    return [
      { what: 'hostile reader addresses', tried: HOSTILE_READER_ADDRESSES.length, held: addressesHeld },
      { what: 'hostile UN links (smuggled src)', tried: HOSTILE_LINKS.length, held: linksHeld },
      { what: 'hostile import files', tried: files.length, held: importsHeld },
      {
        what: `notes lost (of ${notes.length}); database ${unchanged ? 'unchanged' : 'CHANGED'}`,
        tried: notes.length,
        held: notes.length - lost,
        lost,
      },
      ...frameRows,
    ];
  },
};
