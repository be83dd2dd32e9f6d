/**
 * The security figures of the notes frame and the manifest (ADR 0024), for `npm run bench --
 * security`: frames a hostile page makes of notes-frame.html (no token, a guessed one, a forged
 * port name) and what they ask the background, each refused with the database unchanged; drafts
 * typed in a frame whose tab closes at once, each written; and the host permissions granted at
 * install. In node, with the background's real port host over fake ports and a fake IndexedDB.
 */
import { IDBFactory } from 'fake-indexeddb';
import config from '../../wxt.config';
import { readNotesFrameHash, tokenOfFramePort } from '../../lib/notes-frame-messages';
import { createNotesPortHost, type NotesPortPeer } from '../../lib/notes/notes-port-host';
import { openNotesDatabase } from '../../lib/notes/store';
import type { Note } from '../../lib/notes/types';
import type { BenchRow } from './bench-section';

const PAGE = 'https://www.un.org/en/hostile-frame';
const DOC = encodeURIComponent(`page:${PAGE}`);

/** Addresses a hostile page can give notes-frame.html: none carries the real token. */
export const HOSTILE_FRAME_ADDRESSES = [
  `#view=list&doc=${DOC}&name=x`,
  `#view=list&doc=${DOC}&name=x&token=`,
  `#view=list&doc=${DOC}&name=x&token=guess`,
  `#view=list&doc=${DOC}&name=x&token=../../`,
  `#view=card&doc=${DOC}&note=abc&token=%3Cimg%3E`,
];

/** Port names a frame without the token could connect with. */
export const HOSTILE_FRAME_PORT_NAMES = ['notes-frame:', 'notes-frame:guess', 'notes-frame:00000000-0000-0000-0000-00000000000'];

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** A port served as `peer`; returns how many answers it got, after `requests`, and closes it. */
async function drive(
  host: ReturnType<typeof createNotesPortHost>,
  peer: NotesPortPeer | Promise<NotesPortPeer | null>,
  requests: object[],
) {
  let answers = 0;
  let onMessage: (m: unknown) => void = () => undefined;
  let onDisconnect: () => void = () => undefined;
  host.serve(
    {
      postMessage: (m) => void (m.type === 'notes-response' && answers++),
      onMessage: { addListener: (l) => (onMessage = l) },
      onDisconnect: { addListener: (l) => (onDisconnect = l) },
      disconnect: () => undefined,
    },
    peer,
  );
  requests.forEach((request, i) => onMessage({ type: 'notes-request', id: String(i + 1), ...request }));
  await settle();
  onDisconnect();
  await settle();
  return answers;
}

export async function frameSecurityRows(notes: Note[]): Promise<BenchRow[]> {
  const db = await openNotesDatabase(new IDBFactory());
  const onPage = notes.map((note) => ({ ...note, doc: { kind: 'page' as const, url: PAGE }, docKey: `page:${PAGE}` }));
  await db.merge(onPage);
  const host = createNotesPortHost(() => Promise.resolve(db));
  const before = JSON.stringify(await db.all());

  const addressesHeld = HOSTILE_FRAME_ADDRESSES.filter((hash) => readNotesFrameHash(hash) === null).length;
  const namesHeld = HOSTILE_FRAME_PORT_NAMES.filter((name) => tokenOfFramePort(name) === null).length;
  // A frame the content script did not vouch for: everything it asks goes unanswered, nothing changes.
  const target = onPage[0]!;
  const asks = [
    { method: 'forDocument', docKey: `page:${PAGE}` },
    { method: 'get', noteId: target.id },
    { method: 'update', noteId: target.id, changes: { text: 'planted' }, baseRevision: target.revision },
    { method: 'remove', noteId: target.id },
    { method: 'keepDraft', noteId: target.id, changes: { text: 'planted' }, baseRevision: target.revision },
  ];
  let asksHeld = 0;
  for (const ask of asks) if ((await drive(host, Promise.resolve(null), [ask])) === 0) asksHeld++;
  const unchanged = JSON.stringify(await db.all()) === before;

  // Drafts typed in a vouched-for frame, the tab closed before the editor saved them.
  const drafts = onPage.slice(0, 5);
  for (const note of drafts) {
    await drive(host, { fromExtensionPage: false, pageUrl: PAGE }, [
      { method: 'keepDraft', noteId: note.id, changes: { text: `${note.text} (typed last)` }, baseRevision: note.revision },
    ]);
  }
  await settle();
  const after = await db.all();
  const kept = drafts.filter((note) => after.some((a) => a.id === note.id && a.text === `${note.text} (typed last)`)).length;
  db.close();

  const manifest = await (typeof config.manifest === 'function'
    ? config.manifest({ browser: 'chrome', manifestVersion: 3, mode: 'production', command: 'build' } as never)
    : config.manifest);
  const hosts = manifest?.host_permissions ?? [];
  const unDocumentHosts = hosts.filter((p) =>
    /^https:\/\/(undocs\.org|docs\.un\.org|documents\.un\.org|digitallibrary\.un\.org)\/\*$/.test(p),
  ).length;
  return [
    { what: 'forged notes-frame addresses (no token)', tried: HOSTILE_FRAME_ADDRESSES.length, held: addressesHeld },
    { what: 'forged notes-frame port names', tried: HOSTILE_FRAME_PORT_NAMES.length, held: namesHeld },
    { what: `requests of an unvouched frame; database ${unchanged ? 'unchanged' : 'CHANGED'}`, tried: asks.length, held: asksHeld },
    { what: 'frame drafts written after the tab closed at once', tried: drafts.length, held: kept, lost: drafts.length - kept },
    { what: 'host permissions at install that are UN document hosts', tried: hosts.length, held: unDocumentHosts },
  ];
}
