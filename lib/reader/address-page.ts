/**
 * The reader's address with the page in view (`&page=N`), so that a reload, a bookmark or a copied
 * address opens where the reader is. Only the `page` parameter changes: the rest is kept byte for
 * byte (URLSearchParams would re-encode the symbol's slashes), and `src=`, whose raw URL may hold
 * its own `&` and `#`, stays last and untouched (lib/reader/reader-address.ts).
 */
export function addressWithPage(href: string, page: number): string {
  const queryAt = href.indexOf('?');
  const path = queryAt === -1 ? href.replace(/#.*$/, '') : href.slice(0, queryAt);
  const query = queryAt === -1 ? '' : href.slice(queryAt + 1);
  const srcAt = /(?:^|&)src=/.exec(query);
  let head = srcAt === null ? query : query.slice(0, srcAt.index);
  const tail = srcAt === null ? '' : query.slice(srcAt.index).replace(/^&/, '');
  let hash = '';
  if (srcAt === null && head.includes('#')) {
    hash = head.slice(head.indexOf('#'));
    head = head.slice(0, head.indexOf('#'));
  }
  const params = head.split('&').filter((part) => part !== '' && !/^page(=|$)/.test(part));
  // Page 1 is where a document opens anyway: no parameter for it.
  if (page > 1) params.push(`page=${page}`);
  if (tail !== '') params.push(tail);
  return `${path}${params.length > 0 ? `?${params.join('&')}` : ''}${hash}`;
}

/**
 * Whether two reader addresses open the same document in the same way, whatever page each was
 * left at: the address follows the page in view, so an entry's address changes while it is read,
 * and the trail and the language switch must still know it as the same entry.
 */
export function sameReaderAddress(a: string, b: string): boolean {
  return addressWithPage(a, 1) === addressWithPage(b, 1);
}
