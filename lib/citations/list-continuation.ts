/**
 * How a list of references goes on after a topic phrase (`71/167 of 19 December 2016 on
 * trafficking in women and girls, 71/168 of …`): the next item is a number written the same way
 * after a joiner, in the same sentence, before any other head word.
 */
import { bodyByShape } from './bodies';
import { headRe, type CompiledLanguage } from './compile';
import { isYearSlash, readRefNumber, type RefNumber } from './numbers';

/** How far a topic may run before the list resumes. */
export const TOPIC_REACH = 400;
export const SENTENCE_END = /[.;:](?=\s)/u;

/**
 * After a topic (`on trafficking in women and girls`), the next list item is a number of the
 * same form after a joiner, within the same sentence, before any other head word.
 */
export function afterTopic(
  L: CompiledLanguage,
  text: string,
  pos: number,
  previous: RefNumber,
  bodyKnown: boolean,
): { start: number; end: number; num: RefNumber } | null {
  if (at(L.topic, text, pos) === null) return null;
  const limit = Math.min(text.length, pos + TOPIC_REACH);
  const re = L.joinerAhead;
  re.lastIndex = pos;
  for (let m = re.exec(text); m !== null && m.index < limit; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const between = text.slice(pos, m.index);
    if (SENTENCE_END.test(between) || headInside(between)) return null;
    const next = readRefNumber(text, start);
    if (next !== null && sameForm(previous, next.num, bodyKnown)) return { start, end: next.end, num: next.num };
  }
  return null;
}

export function headInside(s: string): boolean {
  const re = headRe();
  const saved = re.lastIndex;
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = saved;
  return found;
}

/**
 * Two list items are written alike and their shape points to the same body; numbers whose shape
 * says nothing (`5/1 … and 5/2`) continue a list only when its body is named or possessive.
 */
function sameForm(a: RefNumber, b: RefNumber, bodyKnown: boolean): boolean {
  const body = bodyByShape(a);
  if (body !== bodyByShape(b) || (body === null && !bodyKnown)) return false;
  if (a.shape === 'slash' && b.shape === 'slash') return isYearSlash(a) === isYearSlash(b);
  if (a.shape === 'paren' && b.shape === 'paren') return (a.year === undefined) === (b.year === undefined);
  if (a.shape === 'other' && b.shape === 'other') return a.foreign === b.foreign;
  return false;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
