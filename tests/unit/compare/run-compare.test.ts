import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../lib/citations';
import { runCompare, type CompareDeps } from '../../../lib/compare/run-compare';
import { otherVersionCandidates, titleOnFirstPage } from '../../../lib/compare/other-versions';
import { pdfPageTexts } from '../anchoring/pdf-pages';

const fixture = (name: string) => new URL(`../../fixtures/un-pdfs/${name}`, import.meta.url);
const pages = async (name: string) => pdfPageTexts(new Uint8Array(readFileSync(fixture(name))));

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const deps: CompareDeps = {
    readPages: async (path) => {
      if (path.startsWith('missing')) throw Object.assign(new Error('ENOENT: …'), { code: 'ENOENT' });
      return pages(path);
    },
    findCitations,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return runCompare(argv, deps).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

describe('npm run -s compare', () => {
  it('prints the summary and each pair with the changed words', async () => {
    const { code, out } = await run(['A_RES_78_228.en.pdf', 'A_RES_80_228.en.pdf']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('A/RES/78/228 → A/RES/80/228: 37 changed, 8 new, 2 dropped, 48 unchanged (1 moved)');
    expect(lines).toContain('pp-25   pp-20   unchanged, moved');
    expect(lines).toContain('op-33   op-38   changed');
    expect(out).toContain('at its [-eightieth-] {+eighty-second+} session');
    expect(lines).toContain('-       op-9    new');
    expect(lines).toContain('pp-21   -       dropped');
  }, 60_000);

  it('prints JSON with old and new ids, status and differences', async () => {
    const { code, out } = await run(['A_C.3_80_L.4.en.pdf', 'A_RES_80_228.en.pdf', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      old: string;
      new: string;
      pairs: Array<{ old: string; new: string; status: string; diff?: Array<{ kind: string; text: string }> }>;
    };
    expect([json.old, json.new]).toEqual(['A/C.3/80/L.4', 'A/RES/80/228']);
    const pp32 = json.pairs.find((p) => p.new === 'pp-32')!;
    expect(pp32).toMatchObject({ old: 'pp-32', status: 'changed' });
    expect(pp32.diff!.filter((s) => s.kind !== 'same')).toEqual([{ kind: 'del', text: 'unjustly' }]);
  }, 60_000);

  it('with one file, names the versions to compare it with', async () => {
    expect((await run(['A_RES_80_228.en.pdf'])).out).toBe('A/RES/78/228\tprevious version\n');
    expect((await run(['A_RES_78_228.en.pdf'])).out).toBe('A/RES/76/186\tprevious version\n');
    expect((await run(['A_RES_80_173.en.pdf'])).out).toBe('A/80/L.41\tdraft\n');
  }, 60_000);

  it('says what is wrong with bad input', async () => {
    const none = await run([]);
    expect([none.code, none.err.split('\n')[0]]).toEqual([2, 'compare: name one file or two']);
    expect(await run(['a', 'b', 'c'])).toMatchObject({ code: 2 });
    const unknown = await run(['--frobnicate']);
    expect([unknown.code, unknown.err.split('\n')[0]]).toEqual([2, 'compare: unknown option --frobnicate']);
    expect(await run(['missing.pdf', 'A_RES_80_228.en.pdf'])).toMatchObject({ code: 1, err: 'compare: missing.pdf: no such file\n' });
  });
});

describe('the other versions of a resolution', () => {
  it('reads the title from the first page, wrapped over lines', async () => {
    expect(titleOnFirstPage((await pages('A_RES_80_173.en.pdf'))[0]!)).toBe(
      'Outcome document of the high-level meeting of the General Assembly on the overall review of the implementation of the outcomes of the World Summit on the Information Society',
    );
  });

  it('takes the draft named on the first page, and the drafts the Library relates to it, after the previous version', async () => {
    const pageTexts = await pages('A_RES_80_228.en.pdf');
    expect(
      otherVersionCandidates({
        symbol: 'A/RES/80/228',
        lang: 'en',
        pageTexts,
        findCitations,
        related: ['A/80/545', 'A/C.3/80/L.4', 'A/80/PV.69'],
      }),
    ).toEqual([
      { symbol: 'A/RES/78/228', role: 'previous' },
      { symbol: 'A/C.3/80/L.4', role: 'draft' },
    ]);
  }, 60_000);
});

describe('which version is the older', () => {
  it('a draft before the adopted text, an earlier session before a later one, else the chosen one', async () => {
    const { olderFirst } = await import('../../../lib/compare');
    expect(olderFirst('A/C.3/80/L.4', 'A/RES/80/228')).toEqual(['A/C.3/80/L.4', 'A/RES/80/228']);
    expect(olderFirst('A/RES/80/228', 'A/C.3/80/L.4')).toEqual(['A/C.3/80/L.4', 'A/RES/80/228']);
    expect(olderFirst('A/RES/80/228', 'A/RES/78/228')).toEqual(['A/RES/78/228', 'A/RES/80/228']);
    expect(olderFirst('A/RES/78/228', 'A/RES/80/228')).toEqual(['A/RES/78/228', 'A/RES/80/228']);
    expect(olderFirst('S/RES/2768(2025)', 'S/RES/2769(2025)')).toEqual(['S/RES/2768(2025)', 'S/RES/2769(2025)']);
  });
});
