import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, GRACE_MS, OPEN_DELAY_MS } from '../../../lib/popover/hover-intent';

function machine() {
  const log: string[] = [];
  const intent = createHoverIntent<string>({
    timers: { set: (fn, ms) => setTimeout(fn, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    onIntent: (t) => log.push(`intent ${t}`),
    onAbandon: (t) => log.push(`abandon ${t}`),
    onOpen: (t, by) => log.push(`open ${t} ${by}`),
    onClose: (t, by) => log.push(`close ${t} ${by}`),
  });
  return { intent, log };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('hover intent', () => {
  it('starts the lookup at once and shows the card only after the delay', () => {
    const { intent, log } = machine();
    intent.pointerEnterCitation('a');
    expect(log).toEqual(['intent a']);
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(log).toEqual(['intent a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['intent a', 'open a hover']);
  });

  it('a pointer passing over drops the lookup and never opens', () => {
    const { intent, log } = machine();
    intent.pointerEnterCitation('a');
    vi.advanceTimersByTime(200);
    intent.pointerLeaveCitation('a');
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['intent a', 'abandon a']);
    expect(intent.state().phase).toBe('idle');
  });

  it('the grace period lets the pointer reach the card; leaving the card closes it', () => {
    const { intent, log } = machine();
    intent.pointerEnterCitation('a');
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    intent.pointerLeaveCitation('a');
    vi.advanceTimersByTime(GRACE_MS - 50);
    intent.pointerEnterCard();
    vi.advanceTimersByTime(5_000);
    expect(intent.state().phase).toBe('open');
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(GRACE_MS);
    expect(log.at(-1)).toBe('close a leave');
  });

  it('never more than one card: focus elsewhere replaces the open one', () => {
    const { intent, log } = machine();
    intent.focusCitation('a');
    intent.focusCitation('b');
    expect(log).toEqual(['intent a', 'open a focus', 'close a replaced', 'intent b', 'open b focus']);
  });

  it('hovering another citation keeps the open card until the new one is meant', () => {
    const { intent, log } = machine();
    intent.focusCitation('a');
    intent.pointerEnterCitation('b');
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(intent.state()).toMatchObject({ phase: 'open', target: 'a' });
    vi.advanceTimersByTime(1);
    expect(intent.state()).toMatchObject({ phase: 'open', target: 'b' });
    expect(log.slice(-2)).toEqual(['close a replaced', 'open b hover']);
  });

  it('a tap toggles, and a tapped card does not close on leave', () => {
    const { intent, log } = machine();
    intent.tap('a');
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(5_000);
    expect(intent.state().phase).toBe('open');
    intent.tap('a');
    expect(log).toEqual(['intent a', 'open a tap', 'close a tap']);
  });

  it('a tap keeps the card its own focus just opened, and the next tap closes it', () => {
    // In a browser a tap focuses the link (focusin) before its click arrives.
    const { intent, log } = machine();
    intent.focusCitation('a');
    intent.tap('a');
    expect(intent.state()).toMatchObject({ phase: 'open', target: 'a', by: 'tap' });
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(5_000);
    expect(intent.state().phase).toBe('open');
    intent.tap('a');
    expect(intent.state().phase).toBe('idle');
    expect(log.filter((l) => l.startsWith('open') || l.startsWith('close'))).toEqual(['open a focus', 'close a tap']);
  });

  it('Escape and scrolling away dismiss; a pending card is abandoned', () => {
    const { intent, log } = machine();
    intent.focusCitation('a');
    intent.dismiss('escape');
    intent.pointerEnterCitation('b');
    intent.dismiss('scroll');
    vi.advanceTimersByTime(5_000);
    expect(log).toEqual(['intent a', 'open a focus', 'close a escape', 'intent b', 'abandon b']);
  });
});
