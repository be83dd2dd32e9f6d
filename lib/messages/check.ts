/**
 * The checks every message parser starts with (ADR 0004): a message is plain data that crossed
 * a process boundary, so its TypeScript type is a claim, not a fact.
 */

/** A plain object (not null, not an array): the only shape a message can have. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Names of keys in `x` that are not in `allowed`: unknown fields mean a sender we do not know. */
export function extraKeys(x: Record<string, unknown>, allowed: readonly string[]): string[] {
  return Object.keys(x).filter((key) => !allowed.includes(key));
}

/** A request id chosen by the page that opened a port: unique per port, the answers name it. */
export const isPortId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 64;
