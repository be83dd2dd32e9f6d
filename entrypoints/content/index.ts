/**
 * Content script on the sites Resolute reads: while the page's site is switched on, it says it is
 * there (`<html data-resolute-ready>`), links the page's citations and gives them the popover
 * (entrypoints/content/page-session.ts). Thin glue: everything it starts stops with the context
 * (the extension reloaded or removed), leaving the page as it was.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from './page-session';
import { DEFAULT_SITE_MATCHES } from '../../lib/sites/default-sites';
import { answerTabSite } from './tab-site-answer';

export default defineContentScript({
  // The default sites (lib/sites); others are registered at run time once granted
  // (entrypoints/background/content-script-registration.ts).
  matches: [...DEFAULT_SITE_MATCHES],
  // Never a stylesheet in the page itself: the note editor's CSS (imported by its component) would
  // reach every element of the site (`:root` variables, `[data-colour]`). Resolute's UI on pages
  // lives in shadow roots that carry their own CSS (components/page/page-notes-style.ts).
  cssInjectionMode: 'manual',
  main(ctx) {
    startPageSession({ win: window, signal: ctx.signal });
    // Whether the site is on or off: the popup's switch needs to know where it is.
    answerTabSite(window, ctx.signal);
  },
});
