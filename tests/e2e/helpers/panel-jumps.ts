/** Walking through a citation panel entry's places in the reader, as a reader does with "next". */
import type { Page } from 'playwright-core';

export interface JumpedTo {
  /** The `data-citation-id` of the element the reader marked as jumped to. */
  id: string;
  symbol: string | null;
}

/**
 * Clicks the entry's "next occurrence" once per place it counts (`data-count`), waiting each time
 * for the reader to mark an element it had not marked before; returns those elements in order.
 */
export async function jumpThroughEntry(page: Page, entryKey: string): Promise<JumpedTo[]> {
  const entry = page.locator(`[data-resolute="citations"] [data-entry="${entryKey}"]`);
  const count = Number(await entry.getAttribute('data-count'));
  const visited: JumpedTo[] = [];
  for (let i = 0; i < count; i++) {
    await entry.getByTestId('panel-next').click();
    await page.waitForFunction(
      (known) => {
        const element = document.querySelector<HTMLElement>('#viewer .resolute-citation-jumped');
        return element !== null && !known.includes(element.dataset.citationId!);
      },
      visited.map((at) => at.id),
      { timeout: 30_000 },
    );
    visited.push(
      await page.$eval('#viewer .resolute-citation-jumped', (el) => ({
        id: (el as HTMLElement).dataset.citationId!,
        symbol: (el as HTMLElement).dataset.symbol ?? null,
      })),
    );
  }
  return visited;
}
