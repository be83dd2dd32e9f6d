/**
 * Bytes of a text or HTML file to a string, refusing what is not text. Citation offsets index the
 * decoded string, so plain text is decoded exactly as `fs.readFileSync(path, 'utf8')` does for a
 * valid file (a byte-order mark is kept as U+FEFF).
 */

export class NotTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotTextError';
  }
}

/** A NUL byte never occurs in UTF-8 text: it marks a binary file. */
function firstNul(bytes: Uint8Array): number {
  return bytes.indexOf(0);
}

/** Strict UTF-8, as for `.txt` and `.md` files. */
export function decodeUtf8Text(bytes: Uint8Array): string {
  const nul = firstNul(bytes);
  if (nul !== -1) throw new NotTextError(`binary file (NUL byte at offset ${nul})`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new NotTextError(`not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
}

/**
 * An HTML file: the encoding from its byte-order mark or its `<meta charset>` (UN pages in
 * Russian or Arabic may still be windows-1251 or windows-1256), UTF-8 otherwise.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const encoding = bomEncoding(bytes) ?? metaCharset(bytes) ?? 'utf-8';
  if (!encoding.startsWith('utf-16')) {
    const nul = firstNul(bytes);
    if (nul !== -1) throw new NotTextError(`binary file (NUL byte at offset ${nul})`);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    throw new NotTextError(`unknown character encoding "${encoding}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new NotTextError(`not valid ${encoding} text`);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The HTML standard looks for the declaration in the first 1024 bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase();
  // A page that says UTF-16 in ASCII bytes is not UTF-16 (the standard reads it as UTF-8).
  if (label === undefined || label.startsWith('utf-16')) return null;
  return label;
}

/** Offset of the first byte that breaks UTF-8, for an error message a person can act on. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    // Overlong three-byte forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if (lead === 0xe0 && second < 0xa0) return i;
    if (lead === 0xed && second >= 0xa0) return i;
    if (lead === 0xf0 && second < 0x90) return i;
    if (lead === 0xf4 && second >= 0x90) return i;
    i += length;
  }
  return i;
}
