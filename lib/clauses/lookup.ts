/** Finding a clause in a segmented document: by offset (the innermost one) and by id. */
import type { Clause } from './types';

/** The innermost clause whose text contains `offset` (start ≤ offset < end), if any. */
export function clauseAt(clauses: readonly Clause[], offset: number): Clause | undefined {
  let found: Clause | undefined;
  for (const clause of clauses) {
    if (clause.start > offset) break;
    // Sub-clauses follow their parent and lie inside it: the last containing one is the innermost.
    if (offset < clause.end && (found === undefined || clause.end - clause.start <= found.end - found.start)) found = clause;
  }
  return found;
}

export function clauseById(clauses: readonly Clause[], id: string): Clause | undefined {
  return clauses.find((clause) => clause.id === id);
}
