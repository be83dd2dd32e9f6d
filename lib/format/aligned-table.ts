/**
 * Plain-text tables with aligned columns, for terminal output (the scan and bench scripts).
 */

export type Align = 'left' | 'right';

export interface TableOptions {
  /** Per column; left when absent. */
  align?: readonly Align[];
  /** Put before every line (indentation). */
  indent?: string;
  /** Between columns. */
  gap?: string;
}

/**
 * Rows of cells as lines padded to the widest cell of each column. Trailing blanks are trimmed so
 * that empty last columns leave no white space behind.
 */
export function formatTable(rows: readonly (readonly string[])[], options: TableOptions = {}): string[] {
  const gap = options.gap ?? '  ';
  const indent = options.indent ?? '';
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, column) => {
      const padding = ' '.repeat((widths[column] ?? 0) - displayWidth(cell));
      return options.align?.[column] === 'right' ? padding + cell : cell + padding;
    });
    return (indent + cells.join(gap)).trimEnd();
  });
}

/**
 * Terminal columns a string takes: East Asian wide and full-width characters take two,
 * combining marks none. Close enough for aligning CJK next to Latin and Cyrillic text.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (/\p{Mn}|\p{Me}|\p{Cf}/u.test(char)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}
