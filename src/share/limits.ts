/*
 * Limits that saved data, export files and the UI share, in a module with no imports so the store
 * can use them without pulling the file codecs into its chunk.
 */

/**
 * The most assessments one browser keeps, and so the most an export holds and an import accepts:
 * one limit both ways, so every export can be imported again. Two thousand is years of clients
 * for one consultant (bench: notes typing stays under a frame with this many saved).
 */
export const MAX_ASSESSMENTS = 2_000;

/** What every "start an assessment" path says when the browser already keeps MAX_ASSESSMENTS. */
export const ASSESSMENT_LIMIT_MESSAGE =
  'This browser already keeps 2,000 assessments, the most it can. Delete one on the Assessments page (or export and delete some) to start another. Nothing was changed.';

/** The longest private notes: the notes box, the saved workspace, export and import all use it. */
export const MAX_NOTES_LENGTH = 20_000;

/** Named what-if scenarios kept with one assessment, and the longest name: store, export, import. */
export const MAX_SCENARIOS = 12;
export const MAX_SCENARIO_NAME = 60;

/** The largest epoch-ms value a JavaScript Date holds (ECMA-262, "Time Values and Time Range"). */
const MAX_TIME = 8.64e15;

/** A time a Date can hold, so `new Date(t).toISOString()` never throws. */
export function isValidTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;
}
