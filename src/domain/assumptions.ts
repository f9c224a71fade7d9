import './zod-setup';
import { z } from 'zod';

/*
 * Benchmark figures and decision thresholds. None of these are truths: they are rules of thumb from
 * public sources (named in `source`), kept as data so a consultant can change any of them during a
 * call and see the answer move. The engine reads every threshold from here; no figure is written
 * inside a rule or a function.
 */

export type AssumptionUnit =
  | 'usd'
  | 'usd-per-eur'
  | 'usd-per-gbp'
  | 'multiple'
  | 'months'
  | 'days'
  | 'per-month'
  | 'percent'
  | 'hours-per-week'
  | 'deals'
  | 'customers'
  | 'ratio';

export type AssumptionGroup = 'pay' | 'productivity' | 'thresholds' | 'currency';

export interface AssumptionInfo {
  label: string;
  /** One plain sentence on what the figure does in the calculation. */
  help: string;
  unit: AssumptionUnit;
  group: AssumptionGroup;
  defaultValue: number;
  min: number;
  max: number;
  increment: number;
  /** Where the default comes from. */
  source: string;
}

// The order of this object is the order of the assumptions panel. Keys are part of the share-link
// format (see docs/decisions), so a key is never renamed or reused; add new keys at the end.
export const ASSUMPTION_INFO = {
  aeOteUsd: {
    label: 'Account executive on-target earnings',
    help: 'Base plus commission at 100% of quota, per year.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 150_000,
    min: 20_000,
    max: 1_000_000,
    increment: 5_000,
    source:
      'US compensation surveys (prowi.io, getcentify.com): SMB $120k, mid-market $150–200k, enterprise $220–300k; EU roughly €120–180k.',
  },
  sdrOteUsd: {
    label: 'SDR on-target earnings',
    help: 'Base plus variable pay at target, per year.',
    unit: 'usd',
    group: 'pay',
    defaultValue: 80_000,
    min: 10_000,
    max: 500_000,
    increment: 5_000,
    source: 'beacontalent, prowi.io: $65–95k in the US; EU €60–90k.',
  },
  loadedCostMultiplier: {
    label: 'Fully-loaded cost multiplier',
    help: 'Payroll tax, tools, recruiting and management time on top of on-target earnings.',
    unit: 'multiple',
    group: 'pay',
    defaultValue: 1.3,
    min: 1,
    max: 3,
    increment: 0.05,
    source: 'TalentBridge: on-target earnings × 1.3, often 30–50% on top.',
  },
  quotaMultiple: {
    label: 'Account executive quota as a multiple of pay',
    help: 'Yearly new-revenue quota divided by on-target earnings.',
    unit: 'multiple',
    group: 'productivity',
    defaultValue: 5,
    min: 1,
    max: 15,
    increment: 0.5,
    source: 'Skok (at least 5×), BenchSights mean 4.8×, QuotaPath 3–5×.',
  },
  aeRampMonths: {
    label: 'Account executive ramp',
    help: 'Months before a new account executive sells at full speed; roughly one sales cycle.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 5,
    min: 0,
    max: 24,
    increment: 1,
    source:
      'Bridge Group via elevate.so; revenuetools.io: SMB 2–3, mid-market 4–6, enterprise 6–9.',
  },
  sdrRampMonths: {
    label: 'SDR ramp',
    help: 'Months before a new SDR books meetings at full speed.',
    unit: 'months',
    group: 'productivity',
    defaultValue: 3,
    min: 0,
    max: 12,
    increment: 1,
    source: 'Bridge Group.',
  },
  sdrMeetingsPerMonth: {
    label: 'SDR qualified meetings a month',
    help: 'Qualified meetings one ramped SDR books a month.',
    unit: 'per-month',
    group: 'productivity',
    defaultValue: 15,
    min: 1,
    max: 100,
    increment: 1,
    source: 'RevenueZen (18), rocketsdr (15–25); 12–25 outbound, fewer in enterprise.',
  },
  meetingToOppPct: {
    label: 'SDR meetings that become opportunities',
    help: 'Share of SDR-booked meetings that turn into qualified opportunities.',
    unit: 'percent',
    group: 'productivity',
    defaultValue: 50,
    min: 1,
    max: 100,
    increment: 5,
    source:
      'Hire Ready default: practitioners commonly report about half; replace with your own rate.',
  },
  aeActiveDeals: {
    label: 'Deals one account executive can run at once',
    help: 'Open opportunities a full-time closer can work properly at the same time.',
    unit: 'deals',
    group: 'productivity',
    defaultValue: 20,
    min: 1,
    max: 200,
    increment: 1,
    source: 'Practitioner glossaries: about 20 active deals.',
  },
  closerHoursPerWeek: {
    label: 'Selling hours in a full-time closer’s week',
    help: 'Used to turn founder selling hours into a share of one closer.',
    unit: 'hours-per-week',
    group: 'productivity',
    defaultValue: 40,
    min: 10,
    max: 80,
    increment: 1,
    source: 'Hire Ready default: one standard working week.',
  },
  sdrsPerAe: {
    label: 'SDRs per account executive',
    help: 'How many SDRs keep one account executive busy (0.5 means one SDR for two AEs).',
    unit: 'ratio',
    group: 'productivity',
    defaultValue: 0.5,
    min: 0.1,
    max: 3,
    increment: 0.05,
    source: 'SaaStr (1:2), TOPO 2015 (1:2.5); seen from 1:1.5 to 1:4.',
  },
  usdPerEur: {
    label: 'US dollars per euro',
    help: 'Converts euro contract values to dollars to compare with pay benchmarks.',
    unit: 'usd-per-eur',
    group: 'currency',
    defaultValue: 1.1,
    min: 0.1,
    max: 10,
    increment: 0.01,
    source: 'Approximate market rate; set today’s rate if it matters.',
  },
  usdPerGbp: {
    label: 'US dollars per pound',
    help: 'Converts pound contract values to dollars to compare with pay benchmarks.',
    unit: 'usd-per-gbp',
    group: 'currency',
    defaultValue: 1.3,
    min: 0.1,
    max: 10,
    increment: 0.01,
    source: 'Approximate market rate; set today’s rate if it matters.',
  },
  transactionalAcvUsd: {
    label: 'Deal size below which outbound rarely pays',
    help: 'Below this first-year value, SDR-led outbound seldom pays for itself and an AE would sell transactionally.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 5_000,
    min: 0,
    max: 1_000_000,
    increment: 500,
    source: 'Tunguz 2016; gtmops: SDR-led outbound rarely pays below about $5k.',
  },
  outboundPaysAcvUsd: {
    label: 'Deal size from which outbound pays',
    help: 'From this first-year value, an SDR doing outbound usually earns back its cost.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 15_000,
    min: 0,
    max: 1_000_000,
    increment: 1_000,
    source: 'Tunguz 2016; gtmops: outbound pays from about $15k.',
  },
  enterpriseAcvUsd: {
    label: 'Deal size that calls for an enterprise closer',
    help: 'From this first-year value deals are usually sold field-style, with many meetings and people.',
    unit: 'usd',
    group: 'thresholds',
    defaultValue: 25_000,
    min: 0,
    max: 10_000_000,
    increment: 1_000,
    source: 'KBCM 2019 SaaS survey: $1–25k inside sales, $25k and up field or enterprise.',
  },
  shortCycleDays: {
    label: 'Short sales cycle',
    help: 'A cycle this short or shorter counts as transactional.',
    unit: 'days',
    group: 'thresholds',
    defaultValue: 30,
    min: 1,
    max: 365,
    increment: 1,
    source: 'Hire Ready default from the SMB cycle range (14–30 days) seen in practitioner guides.',
  },
  founderWeekHours: {
    label: 'A founder’s working week',
    help: 'Used with the share below to tell when selling saturates the founders.',
    unit: 'hours-per-week',
    group: 'thresholds',
    defaultValue: 50,
    min: 10,
    max: 100,
    increment: 1,
    source: 'Hire Ready default: a typical founder week.',
  },
  founderSalesSharePct: {
    label: 'Founder selling share that signals saturation',
    help: 'When selling takes more than this share of the founders’ week, a closer is usually due.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 20,
    min: 1,
    max: 100,
    increment: 1,
    source: 'Practitioners’ common trigger: sales above about 20% of the founder’s week.',
  },
  minFounderLedCustomers: {
    label: 'Customers to win founder-led before the first hire',
    help: 'Fewer paying customers than this and the pitch is probably not proven yet.',
    unit: 'customers',
    group: 'thresholds',
    defaultValue: 10,
    min: 0,
    max: 1_000,
    increment: 1,
    source: 'Lemkin/SaaStr, Justin Welsh, Cummings: founders close about the first 10 customers.',
  },
  minNonFounderWins: {
    label: 'Deals won without a founder that show a repeatable process',
    help: 'With fewer than this, an AE would have to invent the process rather than run it.',
    unit: 'deals',
    group: 'thresholds',
    defaultValue: 1,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'Hire Ready default from practitioners’ advice that a closer executes a proven process.',
  },
  lowCloseRatePct: {
    label: 'Close rate that counts as low',
    help: 'Below this, a specialised closer with a consistent process often wins more.',
    unit: 'percent',
    group: 'thresholds',
    defaultValue: 15,
    min: 0,
    max: 100,
    increment: 1,
    source:
      'Hire Ready default: the low end of the 15–30% range often quoted for qualified B2B deals.',
  },
  // Added with the engine (issue 3). Appended, never inserted: the share link depends on key order.
  minPipelineCoverage: {
    label: 'Pipeline a new account executive needs to start',
    help: 'Share of one account executive’s monthly need that spare opportunities must cover (0.5 means half). Below this the pipeline counts as thin.',
    unit: 'ratio',
    group: 'thresholds',
    defaultValue: 0.5,
    min: 0,
    max: 5,
    increment: 0.05,
    source:
      'Hire Ready default: a new account executive spends the first months ramping and sources some deals, so about half a full pipeline keeps them busy; with less they mostly wait.',
  },
  enterpriseCycleDays: {
    label: 'Sales cycle that signals enterprise deals',
    help: 'A cycle this long or longer is one of the signs that deals need an enterprise closer.',
    unit: 'days',
    group: 'thresholds',
    defaultValue: 90,
    min: 1,
    max: 730,
    increment: 5,
    source:
      'Practitioner guides: small-business deals 14–30 days, mid-market 30–90, enterprise 90 or more.',
  },
  enterpriseStakeholders: {
    label: 'People in a buying decision that signal enterprise deals',
    help: 'This many people or more in the buying decision is one of the signs that deals need an enterprise closer.',
    unit: 'ratio',
    group: 'thresholds',
    defaultValue: 5,
    min: 1,
    max: 20,
    increment: 1,
    source:
      'Hire Ready default: mid-market deals take 3–5 interactions (SalesDose); Gartner puts complex B2B buying groups at 6–10 people.',
  },
  targetPaybackMonths: {
    label: 'Payback that counts as good',
    help: 'A hire whose bookings cover its cost within this many months counts as paying back well.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 12,
    min: 1,
    max: 60,
    increment: 1,
    source:
      'Common SaaS benchmark: sales spend should pay back within about 12 months (KBCM and Bessemer surveys).',
  },
  paybackHorizonMonths: {
    label: 'Longest payback worth counting',
    help: 'A hire that has not paid back within this many months is treated as never paying back.',
    unit: 'months',
    group: 'thresholds',
    defaultValue: 60,
    min: 12,
    max: 120,
    increment: 6,
    source:
      'Hire Ready default: five years, longer than any runway or plan a hiring decision rests on.',
  },
} as const satisfies Record<string, AssumptionInfo>;

export type AssumptionKey = keyof typeof ASSUMPTION_INFO;

/** Every assumption key, in panel order. */
export const ASSUMPTION_KEYS = Object.keys(ASSUMPTION_INFO) as AssumptionKey[];

function rangeSchema(key: AssumptionKey) {
  const info: AssumptionInfo = ASSUMPTION_INFO[key];
  const message = `Enter a value between ${info.min.toLocaleString('en-US')} and ${info.max.toLocaleString('en-US')} for “${info.label}”`;
  return z
    .number({ error: `Enter a number for “${info.label}”` })
    .min(info.min, { error: message })
    .max(info.max, { error: message });
}

export const AssumptionsSchema = z.object(
  Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, rangeSchema(key)])) as {
    [K in AssumptionKey]: z.ZodNumber;
  },
);

export type Assumptions = z.infer<typeof AssumptionsSchema>;

export const DEFAULT_ASSUMPTIONS: Assumptions = Object.freeze(
  Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => [key, ASSUMPTION_INFO[key].defaultValue]),
  ) as Assumptions,
);

/** The assumptions that differ from the defaults (what a share link needs to carry). */
export function changedAssumptions(assumptions: Assumptions): Partial<Assumptions> {
  const changed: Partial<Assumptions> = {};
  for (const key of ASSUMPTION_KEYS) {
    if (assumptions[key] !== DEFAULT_ASSUMPTIONS[key]) changed[key] = assumptions[key];
  }
  return changed;
}
