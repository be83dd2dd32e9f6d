/**
 * Spans of text that are addresses, where no citation is found (spec section 5: numbers inside
 * URLs). On an HTML page a link's `href` is read separately; in text, `https://undocs.org/ru/
 * A/RES/64/293` is the PDF's link annotation printed out, not a citation.
 */
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'«»\]]+|\]\((?!#\))[^)\s]{1,300}\)/giu;

export interface SpanSet {
  overlaps(start: number, end: number): boolean;
}

export function urlSpans(text: string): SpanSet {
  const spans: Array<[number, number]> = [];
  if (text.includes('://') || text.includes('www.') || text.includes('](')) {
    for (const m of text.matchAll(URL_RE)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return {
    overlaps(start: number, end: number): boolean {
      let lo = 0;
      let hi = spans.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [s, e] = spans[mid] as [number, number];
        if (e <= start) lo = mid + 1;
        else if (s >= end) hi = mid - 1;
        else return true;
      }
      return false;
    },
  };
}
