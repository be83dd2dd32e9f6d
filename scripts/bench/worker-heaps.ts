/**
 * The JS heaps of a page's dedicated workers (pdf.js's), polled over the Chrome DevTools Protocol
 * while the page works: how many run at once, and each one's largest heap. Playwright gives no
 * session on a worker, so the page's own session attaches to them (non-flat: the messages go
 * through `Target.sendMessageToTarget`).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface WorkerHeaps {
  /** Most workers alive at once. */
  peakWorkers: number;
  /** Each worker's largest used JS heap, in MB, in the order they started. */
  heapsMb: number[];
}

const POLL_MS = 50;

export async function probeWorkerHeaps(page: Page): Promise<{ stop(): Promise<WorkerHeaps> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Map<string, number>(); // sessionId → peak bytes
  const alive = new Set<string>();
  const replies = new Map<number, (result: { usedSize?: number } | undefined) => void>();
  let nextId = 1;
  let peakWorkers = 0;
  cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type !== 'worker') return;
    workers.set(event.sessionId, 0);
    alive.add(event.sessionId);
    peakWorkers = Math.max(peakWorkers, alive.size);
  });
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => void alive.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: { usedSize?: number } };
    if (reply.id !== undefined) replies.get(reply.id)?.(reply.result);
    if (reply.id !== undefined) replies.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const heapOf = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      replies.set(id, (result) => resolve(result?.usedSize ?? 0));
      setTimeout(() => (replies.delete(id) ? resolve(0) : undefined), 1000);
      void cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) })
        .catch(() => resolve(0));
    });
  let polling = true;
  const poll = (async () => {
    while (polling) {
      for (const sessionId of [...alive]) workers.set(sessionId, Math.max(workers.get(sessionId) ?? 0, await heapOf(sessionId)));
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  })();
  return {
    async stop() {
      polling = false;
      await poll;
      await cdp.detach().catch(() => undefined);
      return { peakWorkers, heapsMb: [...workers.values()].map((bytes) => bytes / 1024 / 1024) };
    },
  };
}
