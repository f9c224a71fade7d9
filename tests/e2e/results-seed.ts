/**
 * Seeding for the result specs: a saved workspace in localStorage (store format v2,
 * src/store/restore-draft.ts) or a share link, so the specs start on the result without walking
 * the wizard.
 */
import type { Page } from 'playwright-core';
import { SAMPLE_ANSWERS, type Answers } from '../../src/domain';
import { encodeShareCode } from '../../src/share';

export const WORKSPACE_KEY = 'hire-ready:draft';
export const PREFERENCES_KEY = 'hire-ready:preferences';

export interface SeedClient {
  id: string;
  answers: Answers;
  whatIf?: Record<string, unknown>;
  scenarios?: { name: string; whatIf: Record<string, unknown> }[];
  notes?: string;
}

/** Saves these clients (the first one open) before the app's scripts run, once per page. */
export async function seedWorkspace(
  page: Page,
  clients: SeedClient[] = [{ id: 'acme', answers: SAMPLE_ANSWERS }],
  options: { presenter?: boolean } = {},
): Promise<void> {
  const now = Date.UTC(2026, 10, 30, 12);
  const workspace = JSON.stringify({
    state: {
      assessments: clients.map((client) => ({
        id: client.id,
        answers: client.answers,
        step: 'results',
        assumptions: {},
        whatIf: client.whatIf ?? {},
        ...(client.scenarios ? { scenarios: client.scenarios } : {}),
        notes: client.notes ?? '',
        createdAt: now,
        updatedAt: now,
      })),
      activeId: clients[0]?.id ?? null,
      deleted: {},
    },
    version: 2,
  });
  const preferences = JSON.stringify({
    state: { presenter: options.presenter === true },
    version: 1,
  });
  await page.addInitScript(
    ([key, value, prefKey, prefs]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      if (localStorage.getItem(prefKey) === null) localStorage.setItem(prefKey, prefs);
    },
    [WORKSPACE_KEY, workspace, PREFERENCES_KEY, preferences] as const,
  );
}

/** The route of a share link for these answers. */
export function sharedRoute(answers: Answers = SAMPLE_ANSWERS): string {
  return `#s/${encodeShareCode({ answers, assumptions: {} })}`;
}

/** Where an element's box ends, in CSS pixels from the top of the page. */
export async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box (hidden?)`);
  const scrollY = await page.evaluate(() => window.scrollY);
  return box.y + scrollY + box.height;
}
