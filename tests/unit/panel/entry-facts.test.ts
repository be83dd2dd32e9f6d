import { describe, expect, it } from 'vitest';
import { factsFromAnswer } from '../../../lib/panel/entry-facts';
import { stepOccurrence } from '../../../lib/panel/occurrences';

describe('factsFromAnswer', () => {
  it('shows the first title and date at once and stays loading until the last answer', () => {
    const first = factsFromAnswer(undefined, { metadata: { title: 'Catalogue title', date: '2010-07-30' }, status: 'found', done: false });
    expect(first).toEqual({ state: 'loading', title: 'Catalogue title', date: '2010-07-30' });
    const last = factsFromAnswer(first, { metadata: { title: 'Library title' }, status: 'found', done: true });
    expect(last).toEqual({ state: 'found', title: 'Library title', date: '2010-07-30' });
  });

  it('keeps what it had when a later source fails, and says why when nothing came', () => {
    const had = { state: 'loading' as const, title: 'T' };
    expect(factsFromAnswer(had, { status: 'challenge', done: true })).toEqual({ state: 'found', title: 'T' });
    expect(factsFromAnswer(undefined, { status: 'offline', done: true })).toEqual({ state: 'offline' });
    expect(factsFromAnswer(undefined, { status: 'not-found', done: false })).toEqual({ state: 'loading' });
  });
});

describe('stepOccurrence', () => {
  it('starts at the first going forward and at the last going back', () => {
    expect(stepOccurrence(3, null, 1)).toBe(0);
    expect(stepOccurrence(3, null, -1)).toBe(2);
  });

  it('walks through every occurrence and wraps at both ends', () => {
    const visited: number[] = [];
    let at: number | null = null;
    for (let i = 0; i < 4; i++) visited.push((at = stepOccurrence(3, at, 1))!);
    expect(visited).toEqual([0, 1, 2, 0]);
    expect(stepOccurrence(3, 0, -1)).toBe(2);
    expect(stepOccurrence(0, null, 1)).toBeNull();
    expect(stepOccurrence(2, 5, 1)).toBe(0);
  });
});
