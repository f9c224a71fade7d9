import { evaluate, STEP_IDS, type Assessment } from '../../domain';
import {
  effectiveAnswers,
  effectiveAssumptions,
  isComplete,
  stepsAnswered,
  type SavedAssessment,
} from '../../store';

/** The recommendation of a complete assessment (with its what-if), or how far it has got. */
export type Status = { complete: true; assessment: Assessment } | { complete: false; step: number };

export function statusOf(saved: SavedAssessment): Status {
  const answers = effectiveAnswers(saved);
  if (isComplete(answers)) {
    try {
      return {
        complete: true,
        assessment: evaluate(answers, effectiveAssumptions(saved.assumptions)),
      };
    } catch {
      // Falls through to "in progress"; the results page explains an engine failure.
    }
  }
  return { complete: false, step: Math.min(stepsAnswered(saved.answers) + 1, STEP_IDS.length) };
}

const DAY = 24 * 60 * 60 * 1000;

/** "5 minutes ago", "yesterday", or a date for anything older than a week. Derived at render. */
export function formatEdited(updatedAt: number, now: number): string {
  if (Number.isNaN(new Date(updatedAt).getTime())) return 'at an unknown time';
  const diff = updatedAt - now;
  const abs = Math.abs(diff);
  if (abs > 7 * DAY) {
    return new Date(updatedAt).toLocaleDateString('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
  }
  const format = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });
  if (abs < 60_000) return format.format(0, 'second').replace('now', 'just now');
  if (abs < 3_600_000) return format.format(Math.round(diff / 60_000), 'minute');
  if (abs < DAY) return format.format(Math.round(diff / 3_600_000), 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}
