/**
 * How one part of a pinpoint is written in the engine's English labels (spec section 1): `para. 15`,
 * `para. 6 (b)`, `para. 9 (a), (b) and (c)`, `paras. 9 and 10`, `annex I`, `annex`. A list of
 * values takes the plural label (`paras.`, `annexes`, `Parts`, as a written symbol's
 * `(Parts I and II)` already does); the reader opens the document at the first value.
 */
import { foldToAscii } from './chars';
import { LANGUAGES, type PinpointLabel } from './lang';
import { toRoman } from './roman';

const ORDINALS: Record<string, number> = Object.assign({}, ...Object.values(LANGUAGES).map((l) => l.ordinals)) as Record<string, number>;

/** `III` stays, `А` (Cyrillic) becomes `A`, an ordinal word becomes a Roman numeral. */
export function pinpointValue(raw: string): string {
  const ordinal = ORDINALS[raw.toLowerCase()];
  if (ordinal !== undefined) return toRoman(ordinal);
  return foldToAscii(raw).toUpperCase();
}

export interface PinpointValue {
  /** As written: `15`, `III`, `третья`, `А` (Cyrillic). */
  value: string;
  /** Subparagraph letters as written, without brackets: `a`, `ii`. */
  subs: string[];
}

const PLURAL: Record<PinpointLabel, string> = { annex: 'annexes', 'para.': 'paras.', 'chap.': 'chaps.', 'sect.': 'sects.', Part: 'Parts' };

/** `a`, `a and b`, `a, b and c`. */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`;
}

function valueText(v: PinpointValue): string {
  const subs = v.subs.map((s) => `(${foldToAscii(s).toLowerCase()})`);
  return subs.length === 0 ? pinpointValue(v.value) : `${pinpointValue(v.value)} ${joinList(subs)}`;
}

/** One part: a label with no value (`annex`), one value or several. */
export function formatPart(label: PinpointLabel, values: readonly PinpointValue[]): string {
  if (values.length === 0) return label;
  return `${values.length === 1 ? label : PLURAL[label]} ${joinList(values.map(valueText))}`;
}
