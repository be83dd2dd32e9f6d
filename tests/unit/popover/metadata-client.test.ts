/**
 * The page's client over a fake port, and the background service over the same fake: the memo
 * shares answers, cancels what nobody listens to, asks again after the port drops, and the
 * service runs one lookup for concurrent requests. Only the port is fake; the resolver is real.
 */
import { describe, expect, it, vi } from 'vitest';
import { createMetadataClient, type PortLike } from '../../../components/extension/metadata-client';
import type { MetadataAnswerMessage, MetadataPortRequest } from '../../../lib/messages/metadata-port';
import type { LookupResult, MetadataAnswer } from '../../../lib/metadata';
import { createMetadataService, type ServicePort } from '../../../lib/metadata/metadata-service';

vi.mock('wxt/browser', () => ({ browser: {} }));

/** A connected pair of ports, like runtime.connect gives. */
function portPair() {
  const toPage: ((m: unknown) => void)[] = [];
  const toBackground: ((m: unknown) => void)[] = [];
  const disconnectPage: (() => void)[] = [];
  const disconnectBackground: (() => void)[] = [];
  const sent: MetadataPortRequest[] = [];
  const page: PortLike = {
    postMessage: (m) => {
      sent.push(m);
      for (const l of toBackground) queueMicrotask(() => l(structuredClone(m)));
    },
    onMessage: { addListener: (l) => toPage.push(l) },
    onDisconnect: { addListener: (l) => disconnectPage.push(l) },
    disconnect: () => disconnectBackground.forEach((l) => l()),
  };
  const background: ServicePort = {
    postMessage: (m: MetadataAnswerMessage) => {
      for (const l of toPage) queueMicrotask(() => l(structuredClone(m)));
    },
    onMessage: { addListener: (l) => toBackground.push(l) },
    onDisconnect: { addListener: (l) => disconnectBackground.push(l) },
  };
  return { page, background, sent, dropFromBackground: () => disconnectPage.forEach((l) => l()) };
}

/** A Library that answers when told to, counting lookups. */
function slowLibrary() {
  const pending: { symbol: string; resolve: (r: LookupResult) => void; signal?: AbortSignal }[] = [];
  return {
    pending,
    source: {
      lookup: (symbol: string, signal?: AbortSignal) =>
        new Promise<LookupResult>((resolve) => pending.push({ symbol, resolve, ...(signal ? { signal } : {}) })),
    },
  };
}

const found = (symbol: string, title: string): LookupResult => ({
  kind: 'found',
  metadata: { symbol, title, source: 'library', fetchedAt: 1 },
});
const settle = () => new Promise((r) => setTimeout(r, 0));

function setUp() {
  const library = slowLibrary();
  const service = createMetadataService({ library: library.source });
  const ports: ReturnType<typeof portPair>[] = [];
  const client = createMetadataClient(() => {
    const pair = portPair();
    ports.push(pair);
    service.serve(pair.background);
    return pair.page;
  });
  return { library, service, client, ports };
}

describe('metadata client and service', () => {
  it('two listeners for one symbol share one request and one Library lookup', async () => {
    const { library, client, ports } = setUp();
    const a: MetadataAnswer[] = [];
    const b: MetadataAnswer[] = [];
    client.lookup('a/res/64/293', 'ru', (x) => a.push(x));
    client.lookup('A/RES/64/293', 'ru', (x) => b.push(x));
    await settle();
    expect(ports[0]!.sent.filter((m) => m.type === 'metadata-request')).toHaveLength(1);
    expect(library.pending).toHaveLength(1);
    library.pending[0]!.resolve(found('A/RES/64/293', 'Global Plan'));
    await settle();
    expect(a.at(-1)).toMatchObject({ done: true, status: 'found', metadata: { title: 'Global Plan', source: 'library' } });
    expect(b.at(-1)).toEqual(a.at(-1));
  });

  it('a finished answer is delivered from memory, never synchronously, without asking again', async () => {
    const { library, client, ports } = setUp();
    client.lookup('A/RES/1', 'en', () => undefined);
    await settle();
    library.pending[0]!.resolve(found('A/RES/1', 'One'));
    await settle();
    const later: MetadataAnswer[] = [];
    client.lookup('A/RES/1', 'en', (x) => later.push(x));
    expect(later).toEqual([]);
    await settle();
    expect(later).toHaveLength(1);
    expect(ports[0]!.sent).toHaveLength(1);
  });

  it('the last listener leaving cancels the lookup, and the Library request is aborted', async () => {
    const { library, client, ports, service } = setUp();
    const stop1 = client.lookup('A/RES/2', 'en', () => undefined);
    const stop2 = client.lookup('A/RES/2', 'en', () => undefined);
    await settle();
    stop1();
    expect(ports[0]!.sent.some((m) => m.type === 'metadata-cancel')).toBe(false);
    stop2();
    await settle();
    expect(ports[0]!.sent.at(-1)).toMatchObject({ type: 'metadata-cancel' });
    expect(library.pending[0]!.signal?.aborted).toBe(true);
    expect(service.running()).toBe(0);
  });

  it('the service runs one lookup for two pages asking at once', async () => {
    const library = slowLibrary();
    const service = createMetadataService({ library: library.source });
    const pages = [portPair(), portPair()];
    const got: MetadataAnswer[][] = [[], []];
    pages.forEach((pair, n) => {
      service.serve(pair.background);
      pair.page.onMessage.addListener((m) => got[n]!.push((m as MetadataAnswerMessage).answer));
      pair.page.postMessage({ type: 'metadata-request', id: '1', symbol: 'S/RES/2331(2016)', lang: 'en' });
    });
    await settle();
    expect(library.pending).toHaveLength(1);
    library.pending[0]!.resolve(found('S/RES/2331(2016)', 'Threats'));
    await settle();
    expect(got.map((answers) => answers.at(-1)?.done)).toEqual([true, true]);
  });

  it('asks again on a new port when the old one drops mid-lookup', async () => {
    const { client, ports } = setUp();
    const answers: MetadataAnswer[] = [];
    client.lookup('A/RES/3', 'fr', (x) => answers.push(x));
    await settle();
    ports[0]!.dropFromBackground();
    await settle();
    expect(ports).toHaveLength(2);
    expect(ports[1]!.sent).toEqual([{ type: 'metadata-request', id: '1', symbol: 'A/RES/3', lang: 'fr' }]);
  });

  it('ignores malformed answers from the port', async () => {
    const { client, ports } = setUp();
    const answers: MetadataAnswer[] = [];
    client.lookup('A/RES/4', 'en', (x) => answers.push(x));
    await settle();
    ports[0]!.background.postMessage({
      type: 'metadata-answer',
      id: '1',
      answer: { status: 'found' },
      done: true,
    } as unknown as MetadataAnswerMessage);
    await settle();
    expect(answers).toEqual([]);
  });
});
