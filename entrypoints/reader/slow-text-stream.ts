/**
 * Test builds only (`npm run build:test`): makes a page's text arrive the way it does on a busy
 * machine, in small pieces with a pause between them, so that a browser test can zoom while pdf.js
 * is still building a text layer, and so meet the restart that leaves a stale copy of the page's
 * text behind (lib/surface/cancelled-text-render.ts) every time instead of now and then. Set by
 * the reader's `localStorage` key below (milliseconds between pieces); the production build drops
 * this whole.
 */
const DELAY_KEY = 'resolute:test:text-piece-delay';
/** Text items per piece: a page of a UN document streams in a few dozen pieces. */
const PIECE = 10;

interface StreamingPage {
  streamTextContent(params?: object): ReadableStream<{ items: unknown[] }>;
}

const slowed = new WeakSet<object>();

/** Slows `page`'s text stream when a test asked for it (before pdf.js draws the page). */
export function slowTextStreamForTests(page: StreamingPage): void {
  if (!__RESOLUTE_TEST_HOOKS__ || slowed.has(page)) return;
  const delay = Number(globalThis.localStorage?.getItem(DELAY_KEY));
  if (!(delay > 0)) return;
  slowed.add(page);
  const original = page.streamTextContent.bind(page);
  page.streamTextContent = (params) =>
    original(params).pipeThrough(
      new TransformStream({
        async transform(chunk, controller) {
          for (let at = 0; at < chunk.items.length; at += PIECE) {
            await new Promise((resolve) => setTimeout(resolve, delay));
            controller.enqueue({ ...chunk, items: chunk.items.slice(at, at + PIECE) });
          }
        },
      }),
    );
}
