/**
 * Checks that a value that crossed the metadata port really is a `MetadataAnswer`, and rebuilds
 * it from the checked fields only. The background is our own code, but a message's type is a
 * claim (ADR 0004): the page renders what passes here, so every field is checked for its type
 * and every link again for its host (`safeUnUrl`).
 */
import { UN_LANGS, type UnLang } from '../citations/types';
import { isRecord as isRec } from '../messages/check';
import type { MetadataAnswer } from './resolve-metadata';
import type { AskedSource, DocumentMetadata, LookupFailure, LookupFailureKind, MetadataSource, OperativeParagraph, Vote } from './types';
import { safeUnUrl } from './untrusted';

const SOURCES: readonly MetadataSource[] = ['cache', 'opened', 'catalogue', 'library', 'document'];
const ASKED: readonly AskedSource[] = ['opened', 'catalogue', 'library', 'document'];
const FAILURES: readonly LookupFailureKind[] = ['not-found', 'not-published', 'offline', 'challenge', 'throttled', 'error'];
const BODIES = ['GA', 'SC', 'ECOSOC', 'HRC', 'CHR', 'SUBCOM', 'CCPCJ', 'CND', 'COP-UNTOC', 'OTHER-UN', 'NON-UN'] as const;
/** Longer than any cleaned field (untrusted.ts caps them); a bound, not a format. */
const MAX_STRING = 4000;
const MAX_LIST = 500;

type Rec = Record<string, unknown>;
const isStr = (x: unknown): x is string => typeof x === 'string' && x.length <= MAX_STRING;
const isLang = (x: unknown): x is UnLang => UN_LANGS.includes(x as UnLang);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) < 1000;

function strings(x: unknown): string[] | undefined {
  return Array.isArray(x) && x.length <= MAX_LIST && x.every(isStr) ? [...x] : undefined;
}

function byLang(x: unknown, check: (value: string) => string | undefined): Partial<Record<UnLang, string>> | undefined {
  if (!isRec(x)) return undefined;
  const out: Partial<Record<UnLang, string>> = {};
  for (const [lang, value] of Object.entries(x)) {
    if (!isLang(lang) || !isStr(value)) return undefined;
    const kept = check(value);
    if (kept !== undefined) out[lang] = kept;
  }
  return out;
}

function vote(x: unknown): Vote | undefined {
  if (x === 'without-vote') return x;
  if (!isRec(x) || !isCount(x.yes) || !isCount(x.no) || !isCount(x.abstain)) return undefined;
  const counts: Vote = { yes: x.yes, no: x.no, abstain: x.abstain };
  if (x.mayBeWithoutVote === true) counts.mayBeWithoutVote = true;
  return counts;
}

function summary(x: unknown): OperativeParagraph[] | undefined {
  if (!Array.isArray(x) || x.length > MAX_LIST) return undefined;
  const out: OperativeParagraph[] = [];
  for (const p of x) {
    if (!isRec(p) || !isStr(p.number) || !isStr(p.opening)) return undefined;
    out.push({ number: p.number, opening: p.opening });
  }
  return out;
}

function fieldSources(x: unknown): DocumentMetadata['fieldSources'] | undefined {
  if (!isRec(x)) return undefined;
  const out: NonNullable<DocumentMetadata['fieldSources']> = {};
  for (const [field, source] of Object.entries(x)) {
    if ((field !== 'title' && field !== 'date' && field !== 'vote') || !ASKED.includes(source as AskedSource)) return undefined;
    out[field] = source as AskedSource;
  }
  return out;
}

function metadata(x: unknown): DocumentMetadata | null {
  if (!isRec(x) || !isStr(x.symbol) || !SOURCES.includes(x.source as MetadataSource) || typeof x.fetchedAt !== 'number') return null;
  const out: DocumentMetadata = { symbol: x.symbol, source: x.source as MetadataSource, fetchedAt: x.fetchedAt };
  const optional: [keyof DocumentMetadata, unknown, (v: unknown) => unknown][] = [
    ['title', x.title, (v) => (isStr(v) ? v : undefined)],
    ['titles', x.titles, (v) => byLang(v, (s) => s)],
    ['date', x.date, (v) => (isStr(v) && /^\d{4}(-\d{2}){0,2}$/.test(v) ? v : undefined)],
    ['body', x.body, (v) => (BODIES.includes(v as (typeof BODIES)[number]) ? v : undefined)],
    ['vote', x.vote, vote],
    ['voteNote', x.voteNote, (v) => (isStr(v) ? v : undefined)],
    ['agenda', x.agenda, strings],
    ['related', x.related, strings],
    ['files', x.files, (v) => byLang(v, safeUnUrl)],
    ['languages', x.languages, (v) => (Array.isArray(v) && v.every(isLang) ? [...v] : undefined)],
    ['summary', x.summary, summary],
    ['titleLang', x.titleLang, (v) => (isLang(v) ? v : undefined)],
    ['fieldSources', x.fieldSources, fieldSources],
    // A decision's text is longer than any cleaned field; still bounded.
    ['text', x.text, (v) => (typeof v === 'string' && v.length <= 50000 ? v : undefined)],
    ['undlId', x.undlId, (v) => (isStr(v) && /^\d{1,12}$/.test(v) ? v : undefined)],
    [
      'sources',
      x.sources,
      (v) => (Array.isArray(v) && v.every((s) => ASKED.includes(s as AskedSource)) ? [...(v as AskedSource[])] : undefined),
    ],
  ];
  for (const [key, value, check] of optional) {
    if (value === undefined) continue;
    const kept = check(value);
    // A field of the wrong type means a sender we do not understand: refuse the whole answer.
    if (kept === undefined) return null;
    (out as unknown as Rec)[key] = kept;
  }
  return out;
}

function failure(x: unknown): LookupFailure | null {
  if (!isRec(x) || !FAILURES.includes(x.kind as LookupFailureKind)) return null;
  if (x.kind === 'error') return { kind: 'error', detail: isStr(x.detail) ? x.detail : '' };
  if (x.kind === 'throttled') return typeof x.retryAt === 'number' ? { kind: 'throttled', retryAt: x.retryAt } : { kind: 'throttled' };
  if (x.kind === 'offline') return isStr(x.detail) ? { kind: 'offline', detail: x.detail } : { kind: 'offline' };
  return { kind: x.kind as 'not-found' | 'not-published' | 'challenge' };
}

/** The answer in `x`, rebuilt from checked fields, or null when `x` is not one. */
export function readMetadataAnswer(x: unknown): MetadataAnswer | null {
  if (!isRec(x) || !isStr(x.symbol) || typeof x.stale !== 'boolean' || typeof x.done !== 'boolean') return null;
  if (x.status !== 'found' && !FAILURES.includes(x.status as LookupFailureKind)) return null;
  if (!isRec(x.failures)) return null;
  const failures: MetadataAnswer['failures'] = {};
  for (const [source, value] of Object.entries(x.failures)) {
    const read = failure(value);
    if (!ASKED.includes(source as AskedSource) || read === null) return null;
    failures[source as AskedSource] = read;
  }
  const out: MetadataAnswer = { symbol: x.symbol, status: x.status as MetadataAnswer['status'], stale: x.stale, done: x.done, failures };
  if (x.metadata !== undefined) {
    const read = metadata(x.metadata);
    if (read === null) return null;
    out.metadata = read;
  }
  if (out.status === 'found' && out.metadata === undefined) return null;
  const problem = x.cacheProblem;
  if (isRec(problem) && (problem.kind === 'quota' || problem.kind === 'unavailable')) {
    out.cacheProblem = { kind: problem.kind, detail: isStr(problem.detail) ? problem.detail : '' };
  }
  return out;
}
