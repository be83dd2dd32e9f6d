/** The notes database (IndexedDB `resolute-notes`) as the browser tests read it, from an extension page. */
import type { ExtensionBrowser } from './browser';

/** Every note and trash entry. */
export async function readNotesDatabase(browser: ExtensionBrowser): Promise<{ notes: unknown[]; trash: unknown[] }> {
  const page = await browser.openExtensionPage('about.html');
  const all = await page.evaluate(
    () =>
      new Promise<{ notes: unknown[]; trash: unknown[] }>((resolve, reject) => {
        const open = indexedDB.open('resolute-notes');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const tx = open.result.transaction(['notes', 'trash']);
          const notes = tx.objectStore('notes').getAll();
          const trash = tx.objectStore('trash').getAll();
          tx.oncomplete = () => {
            resolve({ notes: notes.result, trash: trash.result });
            open.result.close();
          };
        };
      }),
  );
  await page.close();
  return all;
}
