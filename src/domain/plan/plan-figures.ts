import type { AssumptionInfo } from '../assumptions';
import type { PlanFigureValues } from './types';

/*
 * Figures the hiring plan needs that the engine's ASSUMPTION_INFO does not hold (yet). Same shape
 * as ASSUMPTION_INFO, so the lead can move them there (and into the assumptions panel and share
 * link) unchanged; until then the plan reads them from the assumptions in effect when present and
 * from these defaults otherwise (`planFigureValues`).
 */
export const PLAN_FIGURE_INFO = {
  worstCaseLeaveMonth: {
    label: 'Worst case: the hire leaves after this many months',
    help: 'In the worst realistic case the hire leaves (or is let go) after this many months on the job, and you search and ramp a replacement.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 6,
    min: 1,
    max: 24,
    increment: 1,
    source:
      'Hire Ready worst case, well inside the average sales-rep tenure of about 18 months (Bridge Group research 2018, quoted by Xactly 2019).',
  },
  slowRampFactor: {
    label: 'Worst case: how much longer a slow ramp takes',
    help: 'In the worst realistic case the ramp takes this multiple of the usual ramp.',
    unit: 'multiple',
    group: 'productivity',
    defaultValue: 1.5,
    min: 1,
    max: 3,
    increment: 0.1,
    source:
      'Hire Ready worst case from the ramp ranges by segment, whose slow end is about 1.5× the fast end (small business 2–3, enterprise 6–9 months; Bridge Group 2024 via revenuetools.io).',
  },
  managerSpanOfControl: {
    label: 'Reps one first-line sales manager leads',
    help: 'When the sales team reaches this many reps, a dedicated manager is due (until then a founder manages).',
    unit: 'ratio',
    group: 'productivity',
    defaultValue: 8,
    min: 2,
    max: 20,
    increment: 1,
    source:
      'TOPO, 2016 Sales Development Benchmark Report: 8.7 reps per manager; Bridge Group SDR research of the same period: 8.1.',
  },
  secondAeTriggerPct: {
    label: 'Quota the first AE reaches before a second is hired',
    help: 'A second account executive is hired once the first sells this share of a full monthly quota for the months below.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 80,
    min: 10,
    max: 150,
    increment: 5,
    source:
      'Hire Ready default from founder-sales practice (prove the playbook with one closer before adding the next); OpenView and SaaStr differ on hiring two at once, so this is a choice, not a rule.',
  },
  secondAeProofMonths: {
    label: 'Months at that level before a second AE',
    help: 'How many months running the first account executive must sell at the level above.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 2,
    min: 1,
    max: 12,
    increment: 1,
    source: 'Hire Ready default: one good month can be luck; two in a row rarely is.',
  },
  aeProspectingLimitPct: {
    label: 'Prospecting share of an AE’s week that calls for an SDR',
    help: 'When an account executive would have to find more than this share of the opportunities they need, an SDR is due.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 20,
    min: 0,
    max: 100,
    increment: 5,
    source:
      'Aaron Ross and Marylou Tyler, Predictable Revenue (2011): split a role once reps spend more than about 20% of their time on a second job.',
  },
} as const satisfies Record<keyof PlanFigureValues, AssumptionInfo>;

export type PlanFigureKey = keyof typeof PLAN_FIGURE_INFO;

export const PLAN_FIGURE_KEYS = Object.keys(PLAN_FIGURE_INFO) as PlanFigureKey[];

/** The issue asks for a two-year plan; a fixed frame, not a benchmark. */
export const PLAN_HORIZON_MONTHS = 24;

/**
 * The plan figures in effect: a valid value from `assumptions` (once the lead has moved these keys
 * into ASSUMPTION_INFO, or from a test) wins; anything else falls back to the default.
 */
export function planFigureValues(
  assumptions: Readonly<Record<string, unknown>> = {},
): PlanFigureValues {
  const values = {} as PlanFigureValues;
  for (const key of PLAN_FIGURE_KEYS) {
    const info: AssumptionInfo = PLAN_FIGURE_INFO[key];
    const given = assumptions[key];
    values[key] =
      typeof given === 'number' && Number.isFinite(given) && given >= info.min && given <= info.max
        ? given
        : info.defaultValue;
  }
  return values;
}
