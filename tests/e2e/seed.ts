/**
 * Putting the app into a state without clicking through the wizard. Use these whenever the wizard
 * is not what the test is about: a full walk through five steps costs seconds on a quiet machine
 * and tens of seconds on a busy one.
 *
 * - `seedWorkspace(page, …)` writes saved assessments to localStorage before the app's scripts run,
 *   exactly as the store would have saved them (the one place in the e2e specs that knows the saved
 *   shape: when the store's format changes, change `workspaceJson` and nothing else).
 * - `shareRoute(…)` / `openSharedResult(page, …)` build a real share link with the app's own codec.
 * - `answersBefore(step)` are the sample answers of every step before `step`, to open a wizard step
 *   as it looks when reached by Continue.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  SAMPLE_ANSWERS,
  STEP_IDS,
  questionsForStep,
  type Answers,
  type Assumptions,
  type StepId,
} from '../../src/domain';
import { encodeShareCode, SHARE_ROUTE_PREFIX, type SharePayload } from '../../src/share';
// Type-only, so the store's module (which creates the persisted store) is not run in Node.
import type { DraftStep, SavedAssessment } from '../../src/store';
import { gotoApp } from './support';

/** The localStorage key of the saved workspace (decision 004: never renamed). */
export const WORKSPACE_KEY = 'hire-ready:draft';

/** An assessment to seed; everything but the answers has a default. */
export interface SeedAssessment {
  id?: string;
  answers: Partial<Answers>;
  /** Where "Resume" goes: a wizard step, 'check' or 'results'. Default 'results'. */
  step?: DraftStep;
  /** Only the assumptions that differ from the defaults. */
  assumptions?: Partial<Assumptions>;
  whatIf?: SavedAssessment['whatIf'];
  notes?: string;
  createdAt?: number;
  updatedAt?: number;
}

export interface SeedOptions {
  /** The open assessment's id. Default: the first one's. `null` opens none. */
  activeId?: string | null;
}

/**
 * The saved workspace as the store writes it to localStorage (zustand persist envelope, format v2 of
 * decision 004). Assessments without an id get `client-1`, `client-2`, …; without times, the later
 * in the list is the more recently updated, an hour apart.
 */
export function workspaceJson(
  assessments: readonly SeedAssessment[],
  options: SeedOptions = {},
): string {
  const now = Date.now();
  const saved: SavedAssessment[] = assessments.map((a, index) => {
    const at = now - (assessments.length - index) * 3_600_000;
    return {
      id: a.id ?? `client-${index + 1}`,
      answers: a.answers,
      step: a.step ?? 'results',
      assumptions: a.assumptions ?? {},
      whatIf: a.whatIf ?? {},
      notes: a.notes ?? '',
      createdAt: a.createdAt ?? at,
      updatedAt: a.updatedAt ?? at,
    };
  });
  const activeId = options.activeId === undefined ? (saved[0]?.id ?? null) : options.activeId;
  return JSON.stringify({ state: { assessments: saved, activeId, deleted: {} }, version: 2 });
}

/**
 * Seeds saved assessments before the app's first script runs on the next navigation. It writes only
 * when nothing is saved yet, so a reload sees what the app itself saved since, as it would for a
 * person. Call before `gotoApp`.
 *
 * ```ts
 * await seedWorkspace(page, { answers: SAMPLE_ANSWERS });             // one complete assessment
 * await seedWorkspace(page, [acme, globex], { activeId: 'client-2' }); // a consultant's list
 * ```
 */
export async function seedWorkspace(
  page: Page,
  assessments: SeedAssessment | readonly SeedAssessment[],
  options: SeedOptions = {},
): Promise<void> {
  const list = Array.isArray(assessments) ? assessments : [assessments as SeedAssessment];
  await seedRaw(page, workspaceJson(list, options));
}

/** Seeds any raw localStorage value for the draft key (e.g. an old format or a broken one). */
export async function seedRaw(page: Page, value: string, key = WORKSPACE_KEY): Promise<void> {
  await page.addInitScript(
    ([k, v]) => {
      if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    },
    [key, value] as const,
  );
}

/** The sample answers of every step before `step` (all of them for 'check' and 'results'). */
export function answersBefore(step: StepId | 'check' | 'results'): Partial<Answers> {
  const index = STEP_IDS.indexOf(step as StepId);
  const steps = index === -1 ? STEP_IDS : STEP_IDS.slice(0, index);
  const ids = new Set<string>(steps.flatMap((s) => questionsForStep(s).map((q) => q.id)));
  return Object.fromEntries(
    Object.entries(SAMPLE_ANSWERS).filter(([id]) => ids.has(id)),
  ) as Partial<Answers>;
}

/** The route of a share link for these answers, made with the app's own codec: `#s/<code>`. */
export function shareRoute(
  answers: Answers = SAMPLE_ANSWERS,
  assumptions: Partial<Assumptions> = {},
  notes?: string,
): string {
  const payload: SharePayload = { answers, assumptions, ...(notes === undefined ? {} : { notes }) };
  return `#${SHARE_ROUTE_PREFIX}${encodeShareCode(payload)}`;
}

/** Opens a share link for these answers, as its recipient would, and waits for the heading. */
export async function openSharedResult(
  page: Page,
  answers: Answers = SAMPLE_ANSWERS,
  assumptions: Partial<Assumptions> = {},
): Promise<void> {
  await gotoApp(page, shareRoute(answers, assumptions));
  await expect.poll(() => h1Text(page)).not.toBe('');
}

/** The page's h1 text with white space collapsed ('' while there is none). */
export async function h1Text(page: Page): Promise<string> {
  const h1 = page.getByRole('heading', { level: 1 });
  if ((await h1.count()) === 0) return '';
  return ((await h1.first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Everything in the page's localStorage. */
export async function storage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...localStorage }));
}
