/**
 * Pinpoints after a citation (`, приложение III`, `, гл. I, разд. C`, `, annex`), reported with
 * English labels whatever the page's language: `annex III`, `chap. I, sect. C`, `Part I`.
 */
import { pinpointRe, tagOf } from './compile';
import { tiedForward } from './leading-pinpoint';
import { pinpointValue } from './pinpoint-format';

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
    // `resolution 2009 (2011), paragraphs 9 and 10 of resolution 2095 (2013)`: that pinpoint is
    // written first for the citation that follows (leading-pinpoint.ts), not after this one.
    if (tiedForward(text, tr.re.lastIndex)) break;
    parts.push(value === undefined ? label : `${label} ${pinpointValue(value)}`);
    end = tr.re.lastIndex;
    SEPARATOR.lastIndex = end;
    if (!SEPARATOR.test(text)) break;
    p = SEPARATOR.lastIndex;
  }
  return parts.length === 0 ? null : { pinpoint: parts.join(', '), end };
}
