/**
 * The citations of a reference: one per number, each resolved to its body and symbol, with the
 * years the same text gives to bare Security Council numbers.
 */
import type { Reference } from './find-references';
import type { RefNumber } from './numbers';
import { resolveBody } from './resolve-body';
import type { ScanEnv } from './scan-env';
import type { Citation } from './types';

/**
 * The Security Council years this text itself gives (`resolution 1701 (2006)`): a later bare
 * `resolution 1701` in the same text is that resolution, whatever the catalogue knows.
 */
export function yearsGivenInText(refs: Reference[]): Map<number, number> {
  const years = new Map<number, number>();
  for (const ref of refs) {
    for (const { num } of ref.items) if (num.shape === 'paren' && num.year !== undefined && !years.has(num.n)) years.set(num.n, num.year);
  }
  return years;
}

/** The citations of one reference: one per number, each resolved to its body and symbol. */
export function referenceCitations(env: ScanEnv, ref: Reference, scYears: Map<number, number>): Citation[] {
  const out: Citation[] = [];
  for (const item of ref.items) {
    if (env.isExcluded(item.start, item.end)) continue;
    const speaker = env.speakerAt(item.start);
    const bare = item.num.shape === 'bare' ? item.num.n : undefined;
    const year = bare === undefined ? undefined : scYears.get(bare);
    const num: RefNumber = bare === undefined || year === undefined ? item.num : { shape: 'paren', n: bare, year };
    const resolved = resolveBody(ref.kind, num, {
      named: ref.named ?? ref.adoptedBy,
      possessive: ref.possessive,
      speaker,
    });
    if (resolved === null) continue;
    const citation: Citation = {
      start: item.start,
      end: item.end,
      text: env.text.slice(item.start, item.end),
      symbol: resolved.symbol,
      body: resolved.body,
      kind: ref.kind,
    };
    const pinpoint = joinPinpoint(partOf(item.num), item.pinpoint);
    if (pinpoint !== undefined) citation.pinpoint = pinpoint;
    out.push(citation);
  }
  return out;
}

function partOf(num: RefNumber): string | undefined {
  return num.shape === 'slash' || num.shape === 'paren' ? num.part : undefined;
}

/** A part letter is the first place inside the act (`2200 A (XXI), annex` → `A, annex`). */
export function joinPinpoint(part: string | undefined, pinpoint: string | undefined): string | undefined {
  if (part === undefined) return pinpoint;
  return pinpoint === undefined ? part : `${part}, ${pinpoint}`;
}
