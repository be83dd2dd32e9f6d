import { describe, expect, it } from 'vitest';
import { TAB_SITE_QUERY, parseTabSiteAnswer, parseTabSiteQuery } from '../../../lib/sites/tab-site-message';

describe('the popup asking a tab its site', () => {
  it('knows its own query and nothing else', () => {
    expect(parseTabSiteQuery({ ...TAB_SITE_QUERY })).toEqual(TAB_SITE_QUERY);
    expect(parseTabSiteQuery({ type: 'resolute-tab-site', extra: 1 })).toBeNull();
    expect(parseTabSiteQuery('resolute-tab-site')).toBeNull();
  });

  it('takes a plain https origin as the answer, nothing more', () => {
    expect(parseTabSiteAnswer({ origin: 'https://www.un.org' })).toBe('https://www.un.org');
    for (const bad of [
      { origin: 'https://www.un.org/en/page' },
      { origin: 'http://www.un.org' },
      { origin: 'https://user@www.un.org' },
      { origin: 'javascript:alert(1)' },
      { origin: 'https://www.un.org', url: 'https://www.un.org/x' },
      { origin: 42 },
      null,
    ]) {
      expect(parseTabSiteAnswer(bad)).toBeNull();
    }
  });
});
