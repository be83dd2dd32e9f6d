/**
 * Line and column of a UTF-16 offset, for pointing a person at a place in a text.
 */

export interface LineCol {
  /** 1-based; lines end at "\n". */
  line: number;
  /** 1-based, counted in characters (code points), as an editor shows it. */
  col: number;
}

/** Answers many look-ups on one text: line starts are found once, each look-up is a search. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): LineCol {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.starts[low] ?? 0;
    return { line: low + 1, col: codePointCount(this.text.slice(lineStart, offset)) + 1 };
  }
}

function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
