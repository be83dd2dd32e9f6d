/**
 * Which addresses Resolute reads documents from. The reader page is web-accessible (ADR 0007), so
 * any site can open it with any `src`, and a UN host may redirect anywhere: every address, and
 * every place a fetch ends, is checked here (ADR 0024).
 */

/** The hosts whose documents open in the reader and whose files it fetches. */
export const UN_DOCUMENT_HOSTS = ['undocs.org', 'docs.un.org', 'documents.un.org'] as const;

/**
 * The host comes right after `https://` and ends at the first `/`: no userinfo (`user@`), no port
 * (even `:443`, which URL parsing would hide), no `\` tricks. The URL parser then has the last word.
 */
const PLAIN_HTTPS_HOST = /^https:\/\/([a-z0-9.-]+)\//i;

function parsePlainHttps(url: string): URL | null {
  if (!PLAIN_HTTPS_HOST.test(url)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null;
    return parsed;
  } catch {
    return null;
  }
}

/** An https address on a UN document host, as written (no userinfo, no port). */
export function isUnDocumentUrl(url: string): boolean {
  const parsed = parsePlainHttps(url);
  return parsed !== null && (UN_DOCUMENT_HOSTS as readonly string[]).includes(parsed.hostname);
}

/**
 * The addresses the redirect rules hand the reader as `src` (reader-rules.ts): the document API
 * (`documents.un.org/api/symbol/access?…`) and its files (`documents.un.org/doc/undoc/….pdf`).
 * Any other page of a UN site (an account page, a search) is not a document. Returns the parsed
 * URL (`..` resolved, so a path climbing out of `/doc/undoc/` is refused), or null.
 */
export function readerSrcUrl(value: string): URL | null {
  const parsed = parsePlainHttps(value);
  if (parsed === null || parsed.hostname !== 'documents.un.org') return null;
  const path = parsed.pathname.toLowerCase();
  if (path === '/api/symbol/access' && parsed.search.length > 1) return parsed;
  if (path.startsWith('/doc/undoc/') && path.endsWith('.pdf')) return parsed;
  return null;
}
