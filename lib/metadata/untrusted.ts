/**
 * Taming strings and addresses that came from the network or a file before they enter
 * `DocumentMetadata`. The UI renders them as text, so markup is harmless; what remains to stop is
 * control characters, absurd lengths, and links that lead anywhere but the UN's own hosts.
 */

// C0 and C1 controls and the bidi overrides/isolates that can make a title display as something
// else. Tabs and line breaks become spaces below; the directional marks U+200E/U+200F stay, since
// Arabic text legitimately uses them.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Collapses white space, drops control characters, trims, and caps the length (ending in "…"). */
export function cleanText(value: string, maxLength: number): string {
  const text = value.replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  return `${text.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
}

/** Hosts a document link may point to: the UN's own (`*.un.org`) and undocs.org. */
function isUnHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'un.org' || host.endsWith('.un.org') || host === 'undocs.org' || host.endsWith('.undocs.org');
}

/** The address as an absolute https URL on a UN host, or undefined. */
export function safeUnUrl(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 2000) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || !isUnHost(url.hostname)) return undefined;
  return url.href;
}

/** Normalises a MARC or CSV date (`2021-12-16`, `20211216`, `2021-12`, `2021`) to ISO, or undefined. */
export function isoDate(raw: string): string | undefined {
  const match = /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?$/.exec(raw.trim());
  if (match === null) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1900 || year > 2200) return undefined;
  if (m === undefined) return y;
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return `${y}-${m}`;
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${y}-${m}-${d}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
