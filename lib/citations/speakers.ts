/**
 * Who is speaking where (spec 4.2). A resolution opens with its author alone on a line (`The
 * General Assembly,`, `Генеральная Ассамблея,`, `大会，`); a draft quoted inside another body's
 * text opens the same way, and "its resolution" inside it means the draft's author.
 */
import { speakerRe, tagOf } from './compile';
import type { Body } from './types';

export interface SpeakerMap {
  at(offset: number): Body | null;
  /** The first body that opens speaking after an offset (a resolution's opening words). */
  firstAfter(offset: number): Body | null;
}

export function speakerMap(text: string, pageBody: Body | null): SpeakerMap {
  const changes: Array<{ offset: number; body: Body }> = [];
  const tr = speakerRe();
  tr.re.lastIndex = 0;
  for (let m = tr.re.exec(text); m !== null; m = tr.re.exec(text)) {
    const body = tagOf(tr, m);
    if (body !== undefined && body !== 'COUNCIL' && body !== 'ASSEMBLY' && body !== 'SUBSIDIARY') changes.push({ offset: m.index, body });
    if (m[0].length === 0) tr.re.lastIndex++;
  }
  return {
    firstAfter(offset: number): Body | null {
      return changes.find((c) => c.offset >= offset)?.body ?? null;
    },
    at(offset: number): Body | null {
      let lo = 0;
      let hi = changes.length - 1;
      let found: Body | null = pageBody;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const change = changes[mid] as { offset: number; body: Body };
        if (change.offset <= offset) {
          found = change.body;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    },
  };
}
