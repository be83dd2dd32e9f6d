import { describe, expect, it } from 'vitest';
import { parseMetadataPortAnswer, parseMetadataPortRequest } from '../../../lib/messages/metadata-port';
import { parseReadDocumentResult } from '../../../lib/messages/offscreen';
import type { MetadataAnswer } from '../../../lib/metadata';

const answer: MetadataAnswer = {
  symbol: 'A/RES/79/323',
  status: 'found',
  stale: false,
  done: true,
  failures: { library: { kind: 'challenge' } },
  metadata: {
    symbol: 'A/RES/79/323',
    title: 'Sevilla Commitment',
    date: '2025-08-25',
    body: 'GA',
    vote: { yes: 158, no: 2, abstain: 1 },
    source: 'catalogue',
    fetchedAt: 1,
    files: { en: 'https://documents.un.org/x.pdf' },
  },
};

describe('metadata port: requests (validated by the background)', () => {
  it('accepts a request and a cancel', () => {
    expect(parseMetadataPortRequest({ type: 'metadata-request', id: '1', symbol: 'A/RES/79/323', lang: 'ru' })).toEqual({
      type: 'metadata-request',
      id: '1',
      symbol: 'A/RES/79/323',
      lang: 'ru',
    });
    expect(parseMetadataPortRequest({ type: 'metadata-cancel', id: '1' })).toEqual({ type: 'metadata-cancel', id: '1' });
  });
  it.each([
    ['no id', { type: 'metadata-request', symbol: 'A/1', lang: 'en' }],
    ['empty symbol', { type: 'metadata-request', id: '1', symbol: ' ', lang: 'en' }],
    ['long symbol', { type: 'metadata-request', id: '1', symbol: 'A'.repeat(201), lang: 'en' }],
    ['unknown language', { type: 'metadata-request', id: '1', symbol: 'A/1', lang: 'de' }],
    ['extra field', { type: 'metadata-request', id: '1', symbol: 'A/1', lang: 'en', url: 'x' }],
    ['cancel with extra field', { type: 'metadata-cancel', id: '1', symbol: 'A/1' }],
    ['unknown type', { type: 'metadata-answer', id: '1' }],
    ['not an object', 'metadata-request'],
  ])('refuses %s', (_name, raw) => {
    expect(parseMetadataPortRequest(raw)).toBeNull();
  });
});

describe('metadata port: answers (validated by the page)', () => {
  it('accepts a real answer and rebuilds it from checked fields', () => {
    const parsed = parseMetadataPortAnswer({ type: 'metadata-answer', id: '7', answer, done: true });
    expect(parsed).toEqual({ type: 'metadata-answer', id: '7', answer, done: true });
    expect(parsed!.answer).not.toBe(answer);
  });
  it('drops links off UN hosts but keeps the answer', () => {
    const evil = {
      ...answer,
      metadata: { ...answer.metadata!, files: { en: 'https://evil.example/x.pdf', ru: 'https://documents.un.org/r.pdf' } },
    };
    expect(parseMetadataPortAnswer({ type: 'metadata-answer', id: '7', answer: evil, done: true })!.answer.metadata!.files).toEqual({
      ru: 'https://documents.un.org/r.pdf',
    });
  });
  it.each([
    ['a title that is not text', { ...answer, metadata: { ...answer.metadata!, title: { html: '<b>' } } }],
    ['a vote with negative counts', { ...answer, metadata: { ...answer.metadata!, vote: { yes: -1, no: 0, abstain: 0 } } }],
    ['an unknown source', { ...answer, metadata: { ...answer.metadata!, source: 'web' } }],
    ['an unknown status', { ...answer, status: 'great' }],
    ['found without metadata', { ...answer, metadata: undefined }],
    ['an unknown failure', { ...answer, failures: { library: { kind: 'nope' } } }],
    ['a record number that is not a number', { ...answer, metadata: { ...answer.metadata!, undlId: '1/../../x' } }],
  ])('refuses %s', (_name, bad) => {
    expect(parseMetadataPortAnswer({ type: 'metadata-answer', id: '7', answer: bad, done: true })).toBeNull();
  });
  it('refuses an envelope whose done disagrees with the answer', () => {
    expect(parseMetadataPortAnswer({ type: 'metadata-answer', id: '7', answer, done: false })).toBeNull();
  });
  it('reads the offscreen document reader answers', () => {
    expect(parseReadDocumentResult({ kind: 'text', text: '1. Urges' })).toEqual({ kind: 'text', text: '1. Urges' });
    expect(parseReadDocumentResult({ kind: 'challenge' })).toEqual({ kind: 'challenge' });
    expect(parseReadDocumentResult({ kind: 'text', text: 5 })).toBeNull();
    expect(parseReadDocumentResult(undefined)).toBeNull();
  });
});
