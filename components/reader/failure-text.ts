/** The message for each way opening a document can fail, in the UI language. */
import { t } from '../extension/i18n';
import type { ReaderFailure } from './reader-store';

/** `document` names the document in the message: its symbol, else its URL. */
export function failureText(failure: ReaderFailure, document: string): string {
  switch (failure.kind) {
    case 'address':
      return t('reader_errorAddress');
    case 'bad-pdf':
      return t('reader_errorBadPdf');
    case 'encrypted':
      return t('reader_errorEncrypted');
    case 'missing-document':
      return t('reader_errorMissingDocument', document);
    case 'fetch': {
      const f = failure.failure;
      switch (f.kind) {
        case 'not-found':
          return t('reader_errorNotFound', document);
        case 'not-published':
          return t('reader_errorNotPublished', document);
        case 'not-a-pdf':
          return t('reader_errorNotAPdf');
        case 'http-error':
          return t('reader_errorHttp', String(f.status));
        case 'timeout':
          return t('reader_errorTimeout');
        case 'off-site':
          return t('reader_errorOffSite');
        case 'network':
        case 'aborted':
          return t('reader_errorNetwork');
      }
    }
  }
}
