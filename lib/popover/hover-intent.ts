/**
 * When the citation popover opens and closes, as a small state machine with injected timers (so
 * it is tested with fake ones). Wikipedia's Page Previews is the model: the lookup starts the
 * moment the pointer lands on a citation (`onIntent`), the card shows only if the pointer stays
 * (`openDelayMs`, about half a second), and leaving starts a grace period in which the pointer may
 * cross to the card without it closing. Keyboard focus and a tap open at once. One card at most.
 */
export type OpenedBy = 'hover' | 'focus' | 'tap';
export type ClosedBy = 'leave' | 'escape' | 'scroll' | 'tap' | 'replaced' | 'blur' | 'destroy';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HoverIntentOptions<T> {
  timers: Timers;
  openDelayMs?: number;
  graceMs?: number;
  /** The pointer landed or focus arrived: start fetching. */
  onIntent(target: T): void;
  /** The pointer left before the card showed: the fetch may be dropped. */
  onAbandon(target: T): void;
  onOpen(target: T, by: OpenedBy): void;
  onClose(target: T, by: ClosedBy): void;
}

export type HoverPhase = { phase: 'idle' } | { phase: 'pending'; target: unknown } | { phase: 'open'; target: unknown; by: OpenedBy };

export interface HoverIntent<T> {
  pointerEnterCitation(target: T): void;
  pointerLeaveCitation(target: T): void;
  pointerEnterCard(): void;
  pointerLeaveCard(): void;
  focusCitation(target: T): void;
  tap(target: T): void;
  /** Closes the open card (or drops a pending one) for `by`. */
  dismiss(by: ClosedBy): void;
  state(): HoverPhase;
}

export const OPEN_DELAY_MS = 500;
export const GRACE_MS = 300;

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const openDelay = options.openDelayMs ?? OPEN_DELAY_MS;
  const grace = options.graceMs ?? GRACE_MS;
  let state: { phase: 'idle' } | { phase: 'pending'; target: T } | { phase: 'open'; target: T; by: OpenedBy } = { phase: 'idle' };
  let timer: unknown;
  /** Another citation the pointer rests on while a card is open: it replaces the card if it stays. */
  let pendingOver: T | undefined;

  const stopTimer = () => {
    if (timer !== undefined) options.timers.clear(timer);
    timer = undefined;
  };
  const close = (by: ClosedBy) => {
    stopTimer();
    const before = state;
    state = { phase: 'idle' };
    if (before.phase === 'open') options.onClose(before.target, by);
    else if (before.phase === 'pending') options.onAbandon(before.target);
  };
  const openNow = (target: T, by: OpenedBy) => {
    if (state.phase === 'open' && state.target === target) {
      stopTimer();
      return;
    }
    const wasPending = state.phase === 'pending' && state.target === target;
    if (!wasPending) {
      close('replaced');
      options.onIntent(target);
    }
    stopTimer();
    state = { phase: 'open', target, by };
    options.onOpen(target, by);
  };
  const startGrace = () => {
    stopTimer();
    timer = options.timers.set(() => {
      timer = undefined;
      close('leave');
    }, grace);
  };

  return {
    pointerEnterCitation(target) {
      if (pendingOver === target) return;
      if (state.phase !== 'idle' && state.target === target) {
        // Back on the citation during the grace period: stay open (or keep waiting).
        if (state.phase === 'open') stopTimer();
        return;
      }
      // Another citation while a card is open: the open card stays until this one is meant.
      if (state.phase === 'pending') close('replaced');
      if (pendingOver !== undefined) options.onAbandon(pendingOver);
      pendingOver = undefined;
      stopTimer();
      options.onIntent(target);
      const previous = state;
      if (previous.phase === 'open') {
        // Keep the open card during the delay; replace it when the new one opens.
        timer = options.timers.set(() => {
          timer = undefined;
          pendingOver = undefined;
          const before = state;
          if (before.phase === 'open') options.onClose(before.target, 'replaced');
          state = { phase: 'open', target, by: 'hover' };
          options.onOpen(target, 'hover');
        }, openDelay);
        pendingOver = target;
        return;
      }
      state = { phase: 'pending', target };
      timer = options.timers.set(() => {
        timer = undefined;
        state = { phase: 'open', target, by: 'hover' };
        options.onOpen(target, 'hover');
      }, openDelay);
    },
    pointerLeaveCitation(target) {
      if (pendingOver === target) {
        // Passed over another citation while a card was open: that one is not meant.
        pendingOver = undefined;
        stopTimer();
        options.onAbandon(target);
        if (state.phase === 'open') startGrace();
        return;
      }
      if (state.phase === 'pending' && state.target === target) close('leave');
      else if (state.phase === 'open' && state.target === target && state.by !== 'tap') startGrace();
    },
    pointerEnterCard() {
      if (state.phase === 'open') stopTimer();
    },
    pointerLeaveCard() {
      if (state.phase === 'open' && state.by !== 'tap') startGrace();
    },
    focusCitation(target) {
      pendingOver = undefined;
      openNow(target, 'focus');
    },
    tap(target) {
      pendingOver = undefined;
      if (state.phase === 'open' && state.target === target) {
        // A tap focuses the link first, and that focus opened the card a moment ago: the tap
        // keeps it (now held like a tap, not closed on leave); a second tap closes it.
        if (state.by === 'focus') state = { phase: 'open', target, by: 'tap' };
        else close('tap');
      } else openNow(target, 'tap');
    },
    dismiss(by) {
      if (pendingOver !== undefined) options.onAbandon(pendingOver);
      pendingOver = undefined;
      close(by);
    },
    state: () => state,
  };
}
