import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createLibraryClient,
  libraryUrl,
  parseRetryAfter,
  type LibraryFetch,
  type LibraryResponse,
} from '../../../lib/metadata/library-client';
import type { LookupResult } from '../../../lib/metadata/types';
import { FakeClock, settle } from './fake-clock';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/metadata/undl/${name}`, import.meta.url), 'utf8');
const ES_11_1 = fixture('a-res-es-11-1.xml');

type Reply = { status: number; body?: string; headers?: Record<string, string> } | 'network-error' | 'hang' | 'hang-body';

/** The internet, faked: answers the queued replies in order and records when each request started. */
class FakeLibrary {
  readonly calls: { url: string; at: number }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(
    private readonly clock: FakeClock,
    private readonly replies: Reply[],
  ) {}

  readonly fetch: LibraryFetch = (url, init) => {
    this.calls.push({ url, at: this.clock.now() });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    const reply = this.replies.shift() ?? { status: 200, body: ES_11_1 };
    const done = () => {
      this.inFlight--;
    };
    if (reply === 'network-error') {
      done();
      return Promise.reject(new TypeError('Failed to fetch'));
    }
    if (reply === 'hang') {
      // A server that never answers; this fake even ignores the abort signal.
      init.signal.addEventListener('abort', done, { once: true });
      return new Promise<LibraryResponse>(() => undefined);
    }
    const headers = new Headers(reply === 'hang-body' ? {} : reply.headers);
    const response: LibraryResponse = {
      status: reply === 'hang-body' ? 200 : reply.status,
      headers,
      text: () => {
        if (reply === 'hang-body') {
          init.signal.addEventListener('abort', done, { once: true });
          return new Promise<string>(() => undefined);
        }
        done();
        return Promise.resolve(reply.body ?? '');
      },
    };
    return Promise.resolve(response);
  };
}

function setUp(replies: Reply[] = []) {
  const clock = new FakeClock();
  const library = new FakeLibrary(clock, replies);
  const client = createLibraryClient({ fetch: library.fetch, clock });
  return { clock, library, client };
}

/** Starts a lookup and collects its result when it settles. */
function start(client: ReturnType<typeof setUp>['client'], symbol: string, signal?: AbortSignal) {
  const box: { result?: LookupResult } = {};
  void client.lookup(symbol, signal).then((result) => {
    box.result = result;
  });
  return box;
}

describe('the Library client', () => {
  it('asks the search endpoint for the symbol in MARCXML and reads the answer', async () => {
    const { client, library } = setUp([{ status: 200, body: ES_11_1 }]);
    const result = await client.lookup('A/RES/ES-11/1');
    expect(library.calls.map((c) => c.url)).toEqual([libraryUrl('A/RES/ES-11/1')]);
    expect(new URL(libraryUrl('A/RES/ES-11/1')).searchParams.get('p')).toBe('191__a:"A/RES/ES-11/1"');
    expect(new URL(libraryUrl('A/RES/ES-11/1')).searchParams.get('of')).toBe('xm');
    expect(result).toMatchObject({ kind: 'found', metadata: { symbol: 'A/RES/ES-11/1', undlId: '3959039', source: 'library' } });
  });

  it('sends one request at a time, at least five seconds apart', async () => {
    const { client, library, clock } = setUp();
    const boxes = ['A/RES/ES-11/1', 'A/RES/ES-11/1', 'A/RES/ES-11/1'].map((symbol) => start(client, symbol));
    await settle();
    expect(library.calls.length).toBe(1);
    expect(client.state().queued).toBe(2);
    await clock.advance(4_999);
    expect(library.calls.length).toBe(1);
    await clock.advance(1);
    expect(library.calls.length).toBe(2);
    await clock.advance(5_000);
    const starts = library.calls.map((c) => c.at - (library.calls[0]?.at ?? 0));
    expect(starts).toEqual([0, 5_000, 10_000]);
    expect(library.maxInFlight).toBe(1);
    expect(boxes.every((box) => box.result?.kind === 'found')).toBe(true);
    expect(client.state().queued).toBe(0);
  });

  it('drops a queued lookup whose caller has gone, without sending it', async () => {
    const { client, library, clock } = setUp();
    start(client, 'A/RES/ES-11/1');
    const controller = new AbortController();
    const abandoned = start(client, 'A/RES/76/186', controller.signal);
    const third = start(client, 'A/RES/ES-11/1');
    await settle();
    controller.abort();
    await clock.advance(10_000);
    expect(abandoned.result).toEqual({ kind: 'error', detail: 'aborted' });
    expect(library.calls.map((c) => c.url)).toEqual([libraryUrl('A/RES/ES-11/1'), libraryUrl('A/RES/ES-11/1')]);
    expect(third.result?.kind).toBe('found');
  });

  it('treats HTTP 202 as a bot challenge and stays away for a while', async () => {
    const { client, library, clock } = setUp([{ status: 202, body: '' }]);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'challenge' });
    await clock.advance(30_000);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'challenge' });
    expect(library.calls.length).toBe(1);
    await clock.advance(60_000);
    expect((await client.lookup('A/RES/ES-11/1')).kind).toBe('found');
    expect(library.calls.length).toBe(2);
  });

  it('treats an HTML challenge page answered with 200 as a challenge', async () => {
    const { client } = setUp([{ status: 200, body: fixture('challenge.html'), headers: { 'content-type': 'text/html' } }]);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'challenge' });
    expect(client.state().backoffUntil).toBeGreaterThan(0);
  });

  it('honours Retry-After on 429 and answers throttled meanwhile without asking', async () => {
    const { client, library, clock } = setUp([{ status: 429, headers: { 'retry-after': '120' } }]);
    const t0 = clock.now();
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'throttled', retryAt: t0 + 120_000 });
    await clock.advance(119_000);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'throttled', retryAt: t0 + 120_000 });
    expect(library.calls.length).toBe(1);
    await clock.advance(1_000);
    expect((await client.lookup('A/RES/ES-11/1')).kind).toBe('found');
  });

  it('backs off exponentially on repeated 503s, and starts again after a success', async () => {
    const { client, clock } = setUp([{ status: 503 }, { status: 503 }, { status: 200, body: ES_11_1 }, { status: 503 }]);
    let t = clock.now();
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'throttled', retryAt: t + 60_000 });
    await clock.advance(60_000);
    t = clock.now();
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'throttled', retryAt: t + 120_000 });
    await clock.advance(120_000);
    expect((await client.lookup('A/RES/ES-11/1')).kind).toBe('found');
    await clock.advance(5_000);
    t = clock.now();
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'throttled', retryAt: t + 60_000 });
  });

  it('says offline when the network fails', async () => {
    const { client } = setUp(['network-error']);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'offline', detail: 'Failed to fetch' });
  });

  it('once offline, answers every waiting lookup at once instead of one per 5 s, and tries again after the pause', async () => {
    const { client, clock, library } = setUp(['network-error']);
    const lookups = Array.from({ length: 30 }, (_, i) => start(client, `A/RES/76/${i + 1}`));
    await settle();
    // No time has passed: all thirty know already, from one request.
    expect(lookups.map((l) => l.result?.kind)).toEqual(Array(30).fill('offline'));
    expect(library.calls).toHaveLength(1);
    await clock.advance(30_000);
    expect((await client.lookup('A/RES/ES-11/1')).kind).toBe('found');
    expect(library.calls).toHaveLength(2);
  });

  it('believes the browser when it says it is offline, without a request', async () => {
    const clock = new FakeClock();
    const library = new FakeLibrary(clock, []);
    let online = false;
    const client = createLibraryClient({ fetch: library.fetch, clock, online: () => online });
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'offline', detail: 'the browser is offline' });
    expect(library.calls).toHaveLength(0);
    online = true;
    expect((await client.lookup('A/RES/ES-11/1')).kind).toBe('found');
  });

  it('gives up on a server that does not answer, or stops in the middle of the body, and goes on', async () => {
    const { client, clock } = setUp(['hang', 'hang-body']);
    const first = start(client, 'A/RES/ES-11/1');
    const second = start(client, 'A/RES/ES-11/1');
    const third = start(client, 'A/RES/ES-11/1');
    await clock.advance(19_999);
    expect(first.result).toBeUndefined();
    await clock.advance(1);
    expect(first.result).toEqual({ kind: 'error', detail: 'timeout' });
    await clock.advance(20_000);
    expect(second.result).toEqual({ kind: 'error', detail: 'timeout' });
    await clock.advance(5_000);
    expect(third.result?.kind).toBe('found');
    expect(clock.pending()).toBe(0);
  });

  it('reports other statuses as errors and 404 as not found', async () => {
    const { client, clock } = setUp([{ status: 500 }, { status: 404 }]);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'error', detail: 'HTTP 500' });
    await clock.advance(5_000);
    expect(await client.lookup('A/RES/ES-11/1')).toEqual({ kind: 'not-found' });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 10, 22, 9, 0, 0);
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:02:00 GMT', now)).toBe(120_000);
    expect(parseRetryAfter('yesterday', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
