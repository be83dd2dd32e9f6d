/**
 * The page the UN's Official Document System serves, with an ordinary 200 answer and as a real
 * PDF, when a symbol has no document in the language asked for: one paragraph ("The document you
 * are looking for does not exist in the Official Document System (ODS)…") and a contact link.
 * Shown as if it were the document, it would pass for an odd one-page text; it is "not found".
 */

/** The sentence the placeholder opens with; the UN has served it in English whatever the language asked. */
const PLACEHOLDER_SENTENCE = /the document you are looking for does not exist in the official document system/i;
/** The placeholder is one short paragraph; a real document quoting the sentence is longer. */
const PLACEHOLDER_MAX_LENGTH = 600;

/** True when a PDF's whole text is the "document does not exist" placeholder. */
export function isMissingDocumentPlaceholder(pageCount: number, firstPageText: string): boolean {
  const text = firstPageText.replace(/\s+/g, ' ').trim();
  return pageCount === 1 && text.length <= PLACEHOLDER_MAX_LENGTH && PLACEHOLDER_SENTENCE.test(text);
}
