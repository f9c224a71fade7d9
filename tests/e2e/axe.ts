/**
 * The one axe runner of the e2e specs (expectCleanPage calls it). It puts axe-core into the page
 * once per document and runs it there, asking only for violations.
 *
 * Why not `@axe-core/playwright`'s AxeBuilder: on every `analyze()` it injects axe's 550 kB script
 * again, runs it frame by frame, then opens a second, blank page in the same context to merge the
 * partial results, and serialises every passing node too. On a busy 2-core machine that was most of
 * the time of a clean-page check. The app has no iframes, so one `axe.run` in the page gives the
 * same violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeOptions {
  /** CSS selectors to leave out of the check. Say why in the spec. */
  exclude?: string[];
  /** Rule ids to switch off. Say why in the spec. */
  disableRules?: string[];
}

/** One violation, already flattened to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string }[];
}

let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** Runs axe on the page as it is now and returns its WCAG 2.2 AA and best-practice violations. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  // A route change keeps the document (and axe in it); a reload or page.goto needs it again.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source());
  return page.evaluate(
    async ({ tags, exclude, disableRules }) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const rules = Object.fromEntries(disableRules.map((id) => [id, { enabled: false }]));
      const result = await axe.run(exclude.length > 0 ? { exclude } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        rules,
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((node) => ({
          target: node.target.join(' '),
          summary: node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? '',
        })),
      }));
    },
    { tags: AXE_TAGS, exclude: options.exclude ?? [], disableRules: options.disableRules ?? [] },
  );
}
