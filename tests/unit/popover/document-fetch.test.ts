import { describe, expect, it } from 'vitest';
import { documentFetchFailure } from '../../../lib/metadata/document-fetch';

describe('the cited document fetch, as a lookup failure', () => {
  it.each([
    [{ kind: 'not-found', status: 404, url: '' }, { kind: 'not-found' }],
    [{ kind: 'not-published', url: '' }, { kind: 'not-published' }],
    [{ kind: 'not-a-pdf', url: '', contentType: 'text/html', challenge: true }, { kind: 'challenge' }],
    [
      { kind: 'not-a-pdf', url: '', contentType: 'text/html', challenge: false },
      { kind: 'error', detail: 'not a PDF (text/html)' },
    ],
    [{ kind: 'http-error', status: 503, url: '' }, { kind: 'throttled' }],
    [
      { kind: 'http-error', status: 500, url: '' },
      { kind: 'error', detail: 'HTTP 500' },
    ],
    [
      { kind: 'timeout', url: '' },
      { kind: 'error', detail: 'timeout' },
    ],
    [
      { kind: 'network', url: '', detail: 'Failed to fetch' },
      { kind: 'offline', detail: 'Failed to fetch' },
    ],
    [
      { kind: 'aborted', url: '' },
      { kind: 'error', detail: 'aborted' },
    ],
  ] as const)('%o → %o', (result, failure) => {
    expect(documentFetchFailure(result)).toEqual(failure);
  });
});
