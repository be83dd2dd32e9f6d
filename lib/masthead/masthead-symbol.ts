/**
 * The document's own symbol, as its masthead prints it. Every UN document opens with the
 * Organization's name and the symbol on one line ("United Nations A/RES/80/173", "Naciones Unidas
 * A/AC.292/2024/3"); a Security Council resolution writes its year apart (`S/RES/2768 (2025)`), a
 * reissue adds a star (`S/RES/2776 (2025)*`), a document issued to two organs joins their two
 * symbols with a hyphen (`A/ES-10/1027-S/2025/173`, `A/47/60-S/23329`).
 */
import { parseSymbol } from '../citations/symbols';

/** How far down the first page the masthead's symbol line may be (Distiller files put a job line first). */
const MASTHEAD_LINES = 8;

export interface MastheadSymbol {
  /** The whole symbol, canonical: the two halves of a joint symbol joined by `-`. */
  symbol: string;
  /** Each symbol it is made of, canonical; the first is the one the document is filed under. */
  parts: string[];
  /** Printed with a star: the document was reissued (for technical reasons, as a corrigendum…). */
  reissued: boolean;
}

/** A run of symbol-like tokens: `S/RES/2768 (2025)*`, `A/ES-10/1027-S/2025/173`. */
const SYMBOL_RUN = /(?<![\p{L}\p{N}/.])[A-Z][A-Za-z0-9.()/-]*\/[A-Za-z0-9.()/-]*[A-Za-z0-9.)](?:\s?\([0-9]{4}\))?\s?\*?/gu;
/** Where a joint symbol's second half starts: a hyphen followed by a series and a slash (`-S/`, `-E/`). */
const JOINT_SEPARATOR = /-(?=[A-Z]{1,10}(?:\.[0-9]{1,4})?\/)/;

/** The masthead's symbol, or null when the first lines print none (a scan, a placeholder page). */
export function readMastheadSymbol(firstPageText: string): MastheadSymbol | null {
  for (const line of firstPageText.split('\n').slice(0, MASTHEAD_LINES)) {
    for (const match of line.matchAll(SYMBOL_RUN)) {
      const found = parseWritten(match[0]);
      if (found !== null) return found;
    }
  }
  return null;
}

/** A written masthead symbol (`A/47/60-S/23329`, `S/RES/2776 (2025)*`) read, or null. */
export function parseWritten(written: string): MastheadSymbol | null {
  const trimmed = written.trim();
  const reissued = trimmed.endsWith('*');
  const bare = trimmed.replace(/\s*\*$/, '');
  const whole = parseSymbol(bare);
  const parts = whole !== null ? [whole] : splitJoint(bare);
  if (parts === null) return null;
  return { symbol: parts.join('-'), parts, reissued };
}

function splitJoint(written: string): string[] | null {
  const halves = written.split(JOINT_SEPARATOR);
  if (halves.length < 2) return null;
  const parts = halves.map((half) => parseSymbol(half));
  return parts.every((part): part is string => part !== null) ? parts : null;
}
