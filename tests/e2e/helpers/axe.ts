/**
 * axe-core in a page under test, and screenshots to look at. axe's source is evaluated through
 * the DevTools protocol (as page.evaluate does), which extension pages' CSP does not block, unlike
 * a script tag. The result is reduced to what a failing assertion should show: rule, impact, the
 * first few targets and axe's summary of what to fix.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string | null;
  targets: string[];
  summary: string;
}

/** The WCAG 2.1 A and AA rules, and axe's best practices (a page heading, landmarks, no nested interactive controls). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe on the page, or only inside the elements `include` selects (Resolute's own UI on a
 * site's page, which is not Resolute's to fix).
 */
export async function axeFindings(page: Page, include?: string[]): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, include }) => {
      const axe = (
        globalThis as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<Record<string, unknown>> }> };
        }
      ).axe;
      const context = include === undefined ? document : { include: include.map((selector) => [selector]) };
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((violation) => {
        const nodes = violation.nodes as Array<{ target: unknown[]; failureSummary?: string }>;
        return {
          rule: violation.id as string,
          impact: (violation.impact as string | null) ?? null,
          targets: nodes.slice(0, 4).map((node) => JSON.stringify(node.target)),
          summary: (nodes[0]?.failureSummary ?? '').slice(0, 300),
        };
      });
    },
    { tags: TAGS, include },
  );
}

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), '../../../test-results/screenshots');

/** Saves a screenshot under test-results/screenshots/ (git-ignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
