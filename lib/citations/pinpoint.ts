/**
 * Pinpoints after a citation (`, приложение III`, `, гл. I, разд. C`, `, annex`), reported with
 * English labels whatever the page's language: `annex III`, `chap. I, sect. C`, `Part I`.
 */
import { foldToAscii } from './chars';
import { pinpointRe, tagOf } from './compile';
import { LANGUAGES } from './lang';
import { toRoman } from './roman';

const ORDINALS: Record<string, number> = Object.assign({}, ...Object.values(LANGUAGES).map((l) => l.ordinals)) as Record<string, number>;

const LEAD = /[,،]?[ \t\u00A0]*\n?[ \t\u00A0]*/y;
const SEPARATOR = /[ \t\u00A0]*[,،][ \t\u00A0]*\n?[ \t\u00A0]*/y;

/** Reads a sequence of pinpoints at `pos` (after an optional comma). */
export function readPinpoint(text: string, pos: number): { pinpoint: string; end: number } | null {
  const parts: string[] = [];
  LEAD.lastIndex = pos;
  let p = LEAD.test(text) ? LEAD.lastIndex : pos;
  let end = pos;
  const tr = pinpointRe();
  for (;;) {
    tr.re.lastIndex = p;
    const m = tr.re.exec(text);
    if (m === null) break;
    const label = tagOf(tr, m);
    const value = m.groups?.value;
    if (label === undefined || (value === undefined && label !== 'annex')) break;
    parts.push(value === undefined ? label : `${label} ${pinpointValue(value)}`);
    end = tr.re.lastIndex;
    SEPARATOR.lastIndex = end;
    if (!SEPARATOR.test(text)) break;
    p = SEPARATOR.lastIndex;
  }
  return parts.length === 0 ? null : { pinpoint: parts.join(', '), end };
}

/** `III` stays, `А` (Cyrillic) becomes `A`, an ordinal word becomes a Roman numeral. */
export function pinpointValue(raw: string): string {
  const ordinal = ORDINALS[raw.toLowerCase()];
  if (ordinal !== undefined) return toRoman(ordinal);
  return foldToAscii(raw).toUpperCase();
}
