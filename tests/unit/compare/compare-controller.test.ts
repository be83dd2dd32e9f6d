import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCompareController, type CompareState, type LoadVersion } from '../../../lib/compare/compare-controller';
import type { MetadataAnswer } from '../../../lib/metadata/resolve-metadata';
import { pdfPageTexts } from '../anchoring/pdf-pages';

const FILES: Record<string, string> = { 'A/RES/80/228': 'A_RES_80_228.en.pdf', 'A/RES/78/228': 'A_RES_78_228.en.pdf' };
const loads: string[] = [];
const load: LoadVersion = async (symbol, lang) => {
  loads.push(symbol);
  const file = FILES[symbol];
  if (file === undefined) return undefined;
  return {
    symbol,
    lang,
    pageTexts: await pdfPageTexts(new Uint8Array(readFileSync(new URL(`../../fixtures/un-pdfs/${file}`, import.meta.url)))),
  };
};
const related = (symbol: string, _lang: string, onAnswer: (answer: MetadataAnswer) => void) => {
  queueMicrotask(() =>
    onAnswer({
      symbol,
      status: 'found',
      stale: false,
      done: true,
      failures: {},
      metadata: { symbol, related: ['A/C.3/80/L.4'], source: 'library', fetchedAt: 0 },
    }),
  );
  return () => undefined;
};

function next(controller: ReturnType<typeof createCompareController>, phase: CompareState['phase']): Promise<CompareState> {
  return new Promise((resolve) => {
    const stop = controller.subscribe((state) => {
      if (state.phase === phase) {
        stop();
        resolve(state);
      }
    });
  });
}

const shown = { symbol: 'A/RES/80/228', lang: 'en' as const };

describe('the comparison controller', () => {
  it('offers the previous version and the draft, compares, carries notes, and reads each version once', async () => {
    const notes = [
      {
        id: 'n1',
        text: 'new members?',
        selectors: [{ type: 'FragmentSelector' as const, conformsTo: 'https://resolute.invalid/ns/clause' as const, value: 'op-13' }],
      },
    ];
    const controller = createCompareController(load, related, (symbol) => Promise.resolve(symbol === 'A/RES/78/228' ? notes : []));
    const offering = next(controller, 'offering');
    controller.offer(shown);
    expect(controller.get().phase).toBe('finding');
    expect(await offering).toEqual({
      phase: 'offering',
      candidates: [
        { symbol: 'A/RES/78/228', role: 'previous' },
        { symbol: 'A/C.3/80/L.4', role: 'draft' },
      ],
    });

    const result = next(controller, 'shown');
    controller.compareWith('A/RES/78/228', shown);
    const state = (await result) as Extract<CompareState, { phase: 'shown' }>;
    expect([state.older, state.newer, state.comparison.counts.changed]).toEqual(['A/RES/78/228', 'A/RES/80/228', 37]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const withNotes = controller.get() as Extract<CompareState, { phase: 'shown' }>;
    expect(
      [...withNotes.carried].map(([index, carried]) => [withNotes.comparison.pairs[index]!.new!.id, carried.map((n) => n.id)]),
    ).toEqual([['op-15', ['n1']]]);
    expect(loads.filter((s) => s === 'A/RES/80/228')).toHaveLength(1);
    controller.destroy();
  }, 60_000);

  it('says when the other version cannot be read, and closes', async () => {
    const controller = createCompareController(load, related);
    const failed = next(controller, 'failed');
    controller.compareWith('A/RES/79/999', shown);
    expect(await failed).toEqual({ phase: 'failed', symbol: 'A/RES/79/999', reason: 'unavailable' });
    controller.close();
    expect(controller.get()).toEqual({ phase: 'idle' });
  }, 60_000);
});
