// @vitest-environment happy-dom
/**
 * The card's content from metadata, rendered with Preact into a detached DOM: what a reader sees
 * in each state, and that strings from the network stay text.
 */
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MetadataAnswer } from '../../../lib/metadata';

vi.mock('wxt/browser', async () => ({ browser: (await import('./fake-i18n')).fakeBrowser }));
const { PopoverCard } = await import('../../../components/popover/PopoverCard');
const { getMessage } = await import('./fake-i18n');

let container: HTMLElement;
afterEach(() => render(null, container));

function show(props: Partial<Parameters<typeof PopoverCard>[0]> & { answer?: MetadataAnswer }) {
  container = document.createElement('div');
  render(
    h(PopoverCard, {
      id: 'card',
      subject: { symbol: 'A/RES/79/323', lang: 'en' },
      readerUrl: (a: string) => `ext://${a}`,
      onClose: () => undefined,
      ...props,
    }),
    container,
  );
  const part = (name: string) => container.querySelector(`[data-part="${name}"]`);
  return { root: container.querySelector('[data-resolute="popover"]')!, part };
}

const done = (metadata: MetadataAnswer['metadata'], extra: Partial<MetadataAnswer> = {}): MetadataAnswer => ({
  symbol: metadata?.symbol ?? 'A/RES/79/323',
  status: 'found',
  stale: false,
  done: true,
  failures: {},
  ...(metadata ? { metadata } : {}),
  ...extra,
});

describe('popover card', () => {
  it('shows symbol, title, body and date, the vote with a bar, and credits the catalogue', () => {
    const { root, part } = show({
      answer: done({
        symbol: 'A/RES/79/323',
        title: 'Sevilla Commitment',
        body: 'GA',
        date: '2025-08-25',
        vote: { yes: 158, no: 2, abstain: 1 },
        source: 'catalogue',
        fetchedAt: 1,
      }),
    });
    expect(root.getAttribute('data-symbol')).toBe('A/RES/79/323');
    expect(part('symbol')!.textContent).toBe('A/RES/79/323');
    expect(part('title')!.textContent).toBe('Sevilla Commitment');
    expect(part('facts')!.textContent).toBe('General Assembly · Aug 25, 2025');
    expect(part('vote')!.textContent).toContain('Recorded vote: 158 in favour, 2 against, 1 abstaining');
    expect((part('vote')!.querySelector('.yes') as HTMLElement).style.width).toBe('98.14%');
    expect(part('source')!.textContent).toBe('From the offline catalogue');
    expect(container.querySelector('[data-action="library"]')!.getAttribute('href')).toBe(
      'https://digitallibrary.un.org/search?p=191__a%3A%22A%2FRES%2F79%2F323%22',
    );
  });

  it('says "adopted without a vote", and warns that unanimous SC counts may be one', () => {
    expect(
      show({ answer: done({ symbol: 'A/RES/64/293', vote: 'without-vote', source: 'library', fetchedAt: 1, undlId: '686994' }) }).part(
        'vote',
      )!.textContent,
    ).toBe('Adopted without a vote');
    expect(container.querySelector('[data-action="library"]')!.getAttribute('href')).toBe('https://digitallibrary.un.org/record/686994');
    const sc = show({
      subject: { symbol: 'S/RES/2331(2016)', lang: 'en' },
      answer: done({
        symbol: 'S/RES/2331(2016)',
        vote: { yes: 15, no: 0, abstain: 0, mayBeWithoutVote: true },
        source: 'catalogue',
        fetchedAt: 1,
      }),
    });
    expect(sc.part('vote')!.textContent).toContain(getMessage('popover_mayBeWithoutVote'));
  });

  it('shows the first operative paragraphs and expands to all', () => {
    const summary = Array.from({ length: 6 }, (_, n) => ({ number: String(n + 1), opening: `Opening ${n + 1} …` }));
    const { part } = show({ answer: done({ symbol: 'A/RES/79/323', summary, source: 'document', fetchedAt: 1 }) });
    expect(part('summary')!.querySelectorAll('li')).toHaveLength(3);
    const more = part('summary')!.querySelector('button')!;
    expect(more.textContent).toBe('Show all 6 paragraphs');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    more.click();
    return Promise.resolve().then(() => {
      expect(part('summary')!.querySelectorAll('li')).toHaveLength(6);
      expect(part('source')!.textContent).toBe('From the document itself');
    });
  });

  it.each([
    ['offline', 'popover_offline'],
    ['not-found', 'popover_notFound'],
    ['not-published', 'popover_notPublished'],
    ['challenge', 'popover_challenge'],
  ] as const)('shows the %s state plainly', (status, key) => {
    const { root } = show({ answer: { symbol: 'A/RES/1', status, stale: false, done: true, failures: {} } });
    expect(root.querySelector(`[data-state="${status}"]`)!.textContent).toBe(getMessage(key));
  });

  it('shows loading before any answer, and the six reader languages', () => {
    const { root } = show({});
    expect(root.querySelector('[data-state="loading"]')!.textContent).toBe(getMessage('popover_loading'));
    const langs = [...root.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(langs).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es'].map((l) => `ext://reader.html?symbol=A/RES/79/323&lang=${l}`));
    expect(root.querySelector('[data-action="open-reader"]')!.getAttribute('href')).toBe('ext://reader.html?symbol=A/RES/79/323&lang=en');
  });

  it('a citation without a symbol says what it is and offers a search', () => {
    const { part, root } = show({ subject: { symbol: null, text: 'resolution 26/3', body: 'CCPCJ', kind: 'resolution' } });
    expect(part('no-symbol')!.textContent).toBe(
      'Resolution 26/3 (Commission on Crime Prevention and Criminal Justice) has no document symbol of its own.',
    );
    expect(root.getAttribute('data-symbol')).toBe('');
    expect(root.querySelector('[data-action="library-search"]')!.getAttribute('href')).toBe(
      'https://digitallibrary.un.org/search?p=resolution+26%2F3',
    );
  });

  it('offline, for a symbol nothing knows: says what the symbol tells, and what the citing text says, marked as such', () => {
    const quote =
      'Recalling its resolution 64/293 of 30 July 2010 on the United Nations Global Plan of Action to Combat Trafficking in Persons';
    const { part, root } = show({
      subject: { symbol: 'A/RES/64/293', lang: 'en', citing: { quote, citation: { start: 14, end: 31 }, date: '2010-07-30' } },
      answer: { symbol: 'A/RES/64/293', status: 'offline', stale: false, done: true, failures: { library: { kind: 'offline' } } },
    });
    expect(part('description')!.textContent).toBe('General Assembly resolution, 64th session (2009–2010)');
    expect(part('citing')!.querySelector('.heading')!.textContent).toBe(getMessage('popover_fromCitingText'));
    expect(part('citing')!.querySelector('blockquote')!.textContent).toBe(quote);
    expect(part('citing')!.querySelector('strong')!.textContent).toBe('resolution 64/293');
    expect(part('citing-date')!.textContent).toContain(getMessage('popover_dateFromCitingText', '').replace(/\s+$/, ''));
    expect(root.querySelector('[data-state="offline"]')).not.toBeNull();
    expect(root.querySelector('[data-state="loading"]')).toBeNull();
  });

  it('says when the title shown is the English one, and leaves the citing text out once there is a title', () => {
    const { part } = show({
      subject: { symbol: 'A/RES/78/1', lang: 'ru', citing: { quote: 'резолюцию 78/1', citation: { start: 0, end: 14 } } },
      answer: done({
        symbol: 'A/RES/78/1',
        title: 'Political declaration',
        titleLang: 'en',
        body: 'GA',
        source: 'catalogue',
        fetchedAt: 1,
      }),
    });
    expect(part('title-language')!.textContent).toBe(getMessage('popover_titleInEnglish'));
    expect(part('citing')).toBeNull();
    const russian = show({
      subject: { symbol: 'A/RES/78/1', lang: 'ru' },
      answer: done({ symbol: 'A/RES/78/1', title: 'Политическая декларация', titleLang: 'ru', source: 'document', fetchedAt: 1 }),
    });
    expect(russian.part('title-language')).toBeNull();
  });

  it('a General Assembly decision shows its title, date and text from the catalogue', () => {
    const { part } = show({
      subject: { symbol: null, text: 'decision 71/401', body: 'GA', kind: 'decision', lookup: 'A/DEC/71/401' },
      answer: done({
        symbol: 'A/DEC/71/401',
        title: 'Appointment of the members of the Credentials Committee',
        date: '2016-09-13',
        text: 'At its 1st plenary meeting …',
        source: 'catalogue',
        fetchedAt: 1,
      }),
    });
    expect(part('no-symbol')!.textContent).toContain('Decision 71/401');
    expect(part('title')!.textContent).toBe('Appointment of the members of the Credentials Committee');
    expect(part('text')!.textContent).toContain('At its 1st plenary meeting …');
  });

  it('renders markup from the network as text', () => {
    const { part } = show({ answer: done({ symbol: 'A/RES/1', title: '<img src=x onerror=alert(1)>', source: 'library', fetchedAt: 1 }) });
    expect(part('title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(part('title')!.querySelector('img')).toBeNull();
  });
});
