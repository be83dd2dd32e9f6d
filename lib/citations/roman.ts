/** Roman numerals, as UN documents use them for General Assembly and ECOSOC sessions before 1976–1978. */

const VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a well-formed Roman numeral (I … CC), or null. Rejects `IIII`, `VX`, `IC`. */
export function romanValue(roman: string): number | null {
  if (!/^[IVXLC]+$/.test(roman)) return null;
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = VALUES[roman[i] as string] as number;
    const next = i + 1 < roman.length ? (VALUES[roman[i + 1] as string] as number) : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === roman ? total : null;
}

/** Roman numeral of 1 … 399. */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
