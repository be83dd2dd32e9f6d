import { describe, expect, it } from 'vitest';
import { enterStep, MAX_TRAIL_STEPS, parseTrail, replaceStep, revisitStep, type TrailStep } from '../../../lib/reader/trail';

const step = (symbol: string, lang: 'ru' | 'en' = 'ru'): TrailStep => ({
  address: `reader.html?symbol=${symbol}&lang=${lang}`,
  symbol,
  lang,
});
const A = step('A/RES/76/186');
const B = step('A/RES/64/293');
const C = step('A/RES/70/1');

describe('the trail', () => {
  it('grows as citations are followed', () => {
    let trail = enterStep(null, A);
    trail = enterStep(trail, B);
    trail = enterStep(trail, C);
    expect(trail).toEqual({ steps: [A, B, C], current: 2 });
  });

  it('keeps the steps ahead on Back and Forward, as the browser does', () => {
    const trail = enterStep(enterStep(enterStep(null, A), B), C);
    const back = revisitStep(trail, 0, A);
    expect(back).toEqual({ steps: [A, B, C], current: 0 });
    expect(revisitStep(back, 2, C)).toEqual({ steps: [A, B, C], current: 2 });
  });

  it('drops the steps ahead when another citation is followed after going back', () => {
    const back = revisitStep(enterStep(enterStep(enterStep(null, A), B), C), 0, A);
    expect(enterStep(back, C)).toEqual({ steps: [A, C], current: 1 });
  });

  it('starts afresh when an entry points at a step the stored trail does not have', () => {
    const trail = enterStep(enterStep(null, A), B);
    expect(revisitStep(trail, 5, C)).toEqual({ steps: [C], current: 0 });
    expect(revisitStep(trail, 1, C)).toEqual({ steps: [C], current: 0 });
    expect(revisitStep(null, 0, C)).toEqual({ steps: [C], current: 0 });
  });

  it('replaces the current step in place (the language switch), and records what a step learnt', () => {
    const trail = enterStep(enterStep(null, A), B);
    const english = step('A/RES/64/293', 'en');
    expect(replaceStep(trail, english)).toEqual({ steps: [A, english], current: 1 });
    expect(replaceStep(null, english)).toEqual({ steps: [english], current: 0 });
  });

  it('forgets the oldest steps past its limit', () => {
    let trail = enterStep(null, A);
    for (let i = 0; i < MAX_TRAIL_STEPS + 5; i++) trail = enterStep(trail, step(`A/RES/1/${i}`));
    expect(trail.steps).toHaveLength(MAX_TRAIL_STEPS);
    expect(trail.current).toBe(MAX_TRAIL_STEPS - 1);
    expect(trail.steps[0]!.symbol).toBe('A/RES/1/5');
  });

  it('reads back only a well-formed trail from storage', () => {
    const trail = enterStep(enterStep(null, A), B);
    expect(parseTrail(JSON.parse(JSON.stringify(trail)))).toEqual(trail);
    expect(parseTrail(null)).toBeNull();
    expect(parseTrail({ steps: [A], current: 1 })).toBeNull();
    expect(parseTrail({ steps: [{ ...A, address: 'https://evil.example/' }], current: 0 })).toBeNull();
    expect(parseTrail({ steps: [{ ...A, lang: 'de' }], current: 0 })).toBeNull();
    expect(parseTrail({ steps: [{ ...A, symbol: 5 }], current: 0 })).toBeNull();
    expect(parseTrail({ steps: [], current: 0 })).toBeNull();
  });

  it('knows an entry again when its address has followed the page in view (&page=)', () => {
    const trail = enterStep(enterStep(null, A), B);
    const readOn = { ...A, address: `${A.address}&page=2` };
    expect(revisitStep(trail, 0, readOn)).toEqual({ steps: [readOn, B], current: 0 });
    // Another document at that index is still a fresh trail.
    expect(revisitStep(trail, 0, { ...C, address: `${C.address}&page=2` })).toEqual({
      steps: [{ ...C, address: `${C.address}&page=2` }],
      current: 0,
    });
  });
});
