/**
 * The content script's end of the notes frame (ADR 0024): one `<iframe>` of the extension's
 * `notes-frame.html`, in a closed shadow root, shown as a note's card beside its mark or as the
 * page's notes list. The page sees an iframe it cannot read (another origin) inside a shadow root
 * it cannot open; the note id travels in the frame's own address, which the page cannot read
 * either. The address also carries this frame's random token: the background asks here whether a
 * frame's token is ours before it serves that frame any note, and passes the frame's requests
 * (close, show a note's highlight) on only to this tab, where they must carry the token too. A
 * page that frames notes-frame.html itself cannot know it: its frame shows nothing and does nothing.
 */
import { browser } from 'wxt/browser';
import {
  NOTES_FRAME_PAGE,
  notesFrameHash,
  parseNotesFrameRequest,
  parseNotesFrameVerify,
  type NotesFrameContent,
} from '../../lib/notes-frame-messages';
import { isExtensionContext, type SenderLike } from '../../lib/security/sender';
import { placeCard } from '../../lib/popover/placement';
import { uiDir } from './i18n';

export interface NotesFrame {
  /** Shows `view`; `near` places a card beside a mark. */
  show(view: NotesFrameContent, near?: DOMRect): void;
  hide(): void;
  /** Called when the frame closed itself (its close button, Escape in it). */
  onClosed(listener: () => void): void;
  /** Who brings a note's highlight into view when the frame asks; resolves to whether it is on the page. */
  onShowMark(show: (noteId: string) => Promise<boolean>): void;
}

const CARD = { width: 360, height: 380 };

export function createNotesFrame(doc: Document, signal: AbortSignal): NotesFrame {
  const win = doc.defaultView!;
  const host = doc.createElement('div');
  // Closed: `host.shadowRoot` is null for the page; the iframe inside is reachable only from here.
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  frame.title = 'Resolute';
  frame.setAttribute(
    'style',
    'position:fixed;z-index:2147483647;border:1px solid #8a8f98;border-radius:6px;background:Canvas;color-scheme:light dark;box-shadow:0 4px 16px rgb(0 0 0 / 25%);display:none',
  );
  shadow.append(frame);
  (doc.body ?? doc.documentElement).append(host);
  const base = browser.runtime.getURL(`/${NOTES_FRAME_PAGE}`);
  const closedListeners = new Set<() => void>();
  let showMark: ((noteId: string) => Promise<boolean>) | null = null;
  // One token for this frame's life: unguessable, and nowhere the page's scripts can read it.
  const token = crypto.randomUUID();
  const shown = () => frame.style.display !== 'none';

  const hide = () => {
    frame.style.display = 'none';
    // A blank address: the last note shown does not stay loaded in a hidden frame.
    frame.src = 'about:blank';
  };
  const onMessage = (raw: unknown, sender: SenderLike, sendResponse: (answer: unknown) => void): true | undefined => {
    // Only the background speaks here (a page cannot send runtime messages), and only for our frame.
    if (!isExtensionContext(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const verify = parseNotesFrameVerify(raw);
    if (verify !== null) {
      sendResponse({ own: verify.token === token && shown() });
      return undefined;
    }
    const request = parseNotesFrameRequest(raw);
    if (request === null || request.token !== token || !shown()) return undefined;
    if (request.type === 'notes-frame-close') {
      hide();
      for (const listener of closedListeners) listener();
      return undefined;
    }
    void (showMark?.(request.noteId) ?? Promise.resolve(false)).then(
      (found) => sendResponse({ shown: found }),
      () => sendResponse({ shown: false }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener(
    'abort',
    () => {
      browser.runtime.onMessage.removeListener(onMessage);
      host.remove();
    },
    { once: true },
  );

  return {
    show(view, near) {
      if (signal.aborted) return;
      const style = frame.style;
      if (view.view === 'card') {
        style.width = `${CARD.width}px`;
        style.height = `${CARD.height}px`;
        // Beside the mark, from its start edge (its right edge in Arabic), as the reader's card.
        const viewport = { width: win.innerWidth, height: win.innerHeight };
        const anchor = near ?? { left: (viewport.width - CARD.width) / 2, top: 70, width: CARD.width, height: 0 };
        // Its 1 px border on each side is part of the box that lines up with the mark.
        const at = placeCard(anchor, { width: CARD.width + 2, height: CARD.height + 2 }, viewport, uiDir(), 10);
        style.left = `${at.left}px`;
        style.top = `${at.top}px`;
        style.right = '';
        style.bottom = '';
      } else {
        // The list at the end of the line, where the page's notes button is: the left in Arabic.
        const [end, start] = uiDir() === 'rtl' ? (['left', 'right'] as const) : (['right', 'left'] as const);
        style.width = `${CARD.width}px`;
        style.height = `${Math.round(win.innerHeight * 0.6)}px`;
        style[end] = '16px';
        style.bottom = '16px';
        style[start] = '';
        style.top = '';
      }
      style.display = 'block';
      frame.src = `${base}${notesFrameHash({ ...view, token })}`;
      frame.focus();
    },
    hide,
    onClosed(listener) {
      closedListeners.add(listener);
    },
    onShowMark(show) {
      showMark = show;
    },
  };
}
