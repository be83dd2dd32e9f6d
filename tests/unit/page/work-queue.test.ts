import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../../lib/page/work-queue';
import { fakeClock } from './fake-clock';

describe('work queue lanes', () => {
  it('runs writes at frames, at most the write budget per frame, after the urgent tasks', () => {
    const clock = fakeClock();
    const ran: string[] = [];
    const queue = createWorkQueue(clock, { budgetMs: 8, writeBudgetMs: 3 });
    for (let i = 0; i < 6; i++) {
      queue.pushWrite(() => {
        ran.push(`w${i}`);
        clock.spend(1);
      });
    }
    queue.pushUrgent(() => ran.push('u'));
    // Writes never run in idle time (a DOM change there would cost a render outside our pacing).
    expect(clock.runIdle(50)).toBe(0);
    expect(ran).toEqual([]);
    clock.runFrame();
    // A frame with urgent work: urgent first, then writes within the full 8 ms budget.
    expect(ran).toEqual(['u', 'w0', 'w1', 'w2', 'w3', 'w4', 'w5']);
  });

  it('paces writes: one batch of the write budget per frame', () => {
    const clock = fakeClock();
    let writes = 0;
    const queue = createWorkQueue(clock, { budgetMs: 8, writeBudgetMs: 3 });
    for (let i = 0; i < 10; i++) {
      queue.pushWrite(() => {
        writes++;
        clock.spend(1);
      });
    }
    const perFrame: number[] = [];
    while (clock.pending().frames > 0) {
      const before = writes;
      clock.runFrame();
      perFrame.push(writes - before);
    }
    expect(perFrame).toEqual([3, 3, 3, 1]);
  });

  it('reads in idle time only; drained only once writes are done too', () => {
    const clock = fakeClock();
    let drained = 0;
    const order: string[] = [];
    const queue = createWorkQueue(clock, { onDrained: () => drained++ });
    queue.push(() => {
      order.push('read');
      queue.pushWrite(() => order.push('write'));
    });
    expect(clock.runFrame()).toBe(0);
    clock.runIdle();
    expect(order).toEqual(['read']);
    expect(drained).toBe(0);
    clock.runFrame();
    expect(order).toEqual(['read', 'write']);
    expect(drained).toBe(1);
    expect(queue.size).toBe(0);
  });

  it('destroy drops waiting writes and cancels the frame', () => {
    const clock = fakeClock();
    let ran = 0;
    const queue = createWorkQueue(clock);
    queue.pushWrite(() => ran++);
    queue.destroy();
    expect(clock.pending().frames).toBe(0);
    clock.runAll();
    expect(ran).toBe(0);
  });
});
