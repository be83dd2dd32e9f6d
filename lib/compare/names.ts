/**
 * Paragraph names as negotiators write them in every language: `PP3`, `OP12`, `OP12(b)`,
 * `OP12(b)(ii)`. The clause ids are stable across versions and languages; these are their
 * printed form in comparisons and exports.
 */
export function paragraphName(id: string): string {
  const [kind, number, ...subs] = id.split('-');
  return `${kind === 'pp' ? 'PP' : 'OP'}${number ?? ''}${subs.map((sub) => `(${sub})`).join('')}`;
}
