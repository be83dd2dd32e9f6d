/**
 * Spec section 4: who adopted a referenced act, and its symbol. The candidates are tried in the
 * spec's order: a named body, a possessive, the number's own shape, the page's body. A candidate
 * whose numbering cannot produce the number is skipped (`свою резолюцию 76/181` inside ECOSOC
 * text cannot be ECOSOC's), so no number is ever forced into a body it cannot belong to.
 */
import { bodyByShape, symbolFor, type RefKind } from './bodies';
import type { NamedBody } from './lang';
import type { RefNumber } from './numbers';
import type { Body } from './types';

export interface BodyClues {
  /** A body named with the reference (between, before, after, or "adopted by" later). */
  named: NamedBody | null;
  /** The body a possessive points at, when the reference has one. */
  possessive: Body | null;
  /** The body speaking where the reference stands (page author or quoted draft's author). */
  speaker: Body | null;
}

export interface Resolution {
  body: Body;
  symbol: string | null;
}

const COUNCILS: ReadonlySet<Body> = new Set(['SC', 'ECOSOC', 'HRC']);
const COMMISSIONS: ReadonlySet<Body> = new Set(['CHR', 'SUBCOM', 'CCPCJ', 'CND', 'COP-UNTOC']);

/**
 * A bare "Council" is the speaking council; a bare "Assembly" the General Assembly; a bare
 * "Commission" (or Committee, Board, Conference) the speaking commission, else some body without
 * symbols of its own: `Commission resolution 62/1` in ECOSOC text is never `A/RES/62/1`.
 */
function concreteBody(named: NamedBody | null, speaker: Body | null): Body | null {
  if (named === 'ASSEMBLY') return 'GA';
  if (named === 'COUNCIL') return speaker !== null && COUNCILS.has(speaker) ? speaker : null;
  if (named === 'SUBSIDIARY') return speaker !== null && COMMISSIONS.has(speaker) ? speaker : 'OTHER-UN';
  return named;
}

/** The body and symbol of one referenced number, or null when it is not a citation at all. */
export function resolveBody(kind: RefKind, num: RefNumber, clues: BodyClues): Resolution | null {
  const tryBody = (body: Body | null): Resolution | null => {
    if (body === null) return null;
    const symbol = symbolFor(body, kind, num);
    return symbol === undefined ? null : { body, symbol };
  };
  const named = concreteBody(clues.named, clues.speaker);
  const found = tryBody(named) ?? tryBody(clues.possessive) ?? tryBody(bodyByShape(num)) ?? tryBody(clues.speaker);
  if (found !== null) return found;
  // A head word makes a bare number a citation (spec 4), linked only when a body that numbers
  // that way claims it (the Security Council); a year is not a resolution number.
  if (num.shape === 'bare') return num.n >= 1945 && num.n <= 2099 ? null : { body: named ?? 'OTHER-UN', symbol: null };
  // Named by a body whose numbering cannot produce it, or by nobody: found, shown, never linked.
  return { body: named ?? 'OTHER-UN', symbol: null };
}
