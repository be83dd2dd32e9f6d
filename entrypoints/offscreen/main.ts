/**
 * Chrome's offscreen document: the service worker cannot run pdf.js, so it asks this page to read
 * a cited document's first pages (ADR 0009). It does nothing else and answers only that message,
 * and only from the extension itself.
 */
import { browser } from 'wxt/browser';
import { readDocumentText } from '../../components/extension/read-document';
import { readDocumentListener } from './read-document-listener';

browser.runtime.onMessage.addListener(readDocumentListener(readDocumentText, browser.runtime.id, browser.runtime.getURL('/')));
