import { describe, expect, it } from 'vitest';
import { testHooksIn } from '../../../lib/start/build-flavour';

describe('testHooksIn', () => {
  it('finds each hook as an attribute or a dataset key', () => {
    expect(testHooksIn('root.dataset.resoluteReady="1";x.dataset["resoluteScan"]="done"')).toEqual([
      'data-resolute-ready',
      'data-resolute-scan',
    ]);
    expect(testHooksIn('html[data-resolute-notes="done"]')).toEqual(['data-resolute-notes']);
  });
  it('does not count the attributes pages need (a link Resolute adopted)', () => {
    expect(testHooksIn('a.setAttribute("data-resolute-link","");a.dataset.resolute="highlight"')).toEqual([]);
  });
});
