import {
  ARR_BANDS,
  CRM_LEVELS,
  CURRENCIES,
  ICP_LEVELS,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  QUALIFICATION_LEVELS,
  type Answers,
} from './answers';
import type { Metrics } from './assessment';
import { questionFor } from './questions';

/*
 * The facts the rules test. A fact is an answer, a metric worked out from the answers and the
 * assumptions, or a derived yes/no (`founderSaturated`, `transactionalDeal`, ...) defined as a
 * condition in rules.ts. Every fact has a label so the "why" view can print a condition in words.
 *
 * For speed the engine keeps one evaluation's facts in a Float64Array indexed by FACT_INDEX: enums
 * are stored as their option's position, yes/no as 1/0, and a missing number (`null`) as NaN, so
 * that every comparison with a missing value is false without a special case. The counterfactual
 * search evaluates the rules about a hundred times per assessment, which is why this matters.
 */

/** Every metric, with the optional ones the engine always fills made required. */
export type FullMetrics = Required<Metrics>;

/** Facts taken straight from the answers or the metrics, before any derived yes/no. */
export interface BaseFacts extends Omit<Answers, 'companyName' | 'leadSources'>, FullMetrics {
  /** How many lead sources were ticked. */
  leadSourceCount: number;
  /** Inbound is one of the lead sources. */
  inboundSource: boolean;
  /** SDR seats the current AEs could still absorb at the SDR : AE ratio (negative when over). */
  sdrSeatsOpen: number;
}

/** The derived yes/no facts, in evaluation order: each may use base facts and earlier ones only. */
export const DERIVED_FACT_KEYS = [
  'preRevenue',
  'steadyFlow',
  'outboundMotion',
  'lowDealSize',
  'transactionalDeal',
  'outboundPays',
  'founderSaturated',
  'closersSaturated',
  'spareCapacity',
  'thinPipeline',
  'processUnproven',
  'workableProcess',
  'runwayCoversAe',
  'runwayCoversSdr',
  'runwayCoversBoth',
] as const;
export type DerivedFactKey = (typeof DERIVED_FACT_KEYS)[number];

export type Facts = BaseFacts & Record<DerivedFactKey, boolean>;
export type FactKey = keyof Facts;

/** How a number is printed in a trace label. */
export type NumberFormat =
  'count' | 'decimal' | 'usd' | 'answer-money' | 'percent' | 'days' | 'months' | 'hours' | 'ratio';

export interface NumberFactSpec {
  label: string;
  format: NumberFormat;
}
export interface EnumFactSpec<V extends string = string> {
  label: string;
  format: 'enum';
  values: readonly V[];
}
export interface BooleanFactSpec {
  label: string;
  format: 'boolean';
}
export type FactSpec = NumberFactSpec | EnumFactSpec | BooleanFactSpec;

// [T] stops the conditional type from distributing over an enum's union of values.
type SpecFor<T> = [T] extends [boolean]
  ? BooleanFactSpec
  : [T] extends [number | null]
    ? NumberFactSpec
    : [T] extends [string]
      ? EnumFactSpec<T>
      : never;

const answer = (key: keyof Answers): string => questionFor(key).shortLabel;

/** Labels and formats of the base facts, in storage order. */
export const BASE_FACT_SPECS: { [K in keyof BaseFacts]: SpecFor<BaseFacts[K]> } = {
  arrBand: { label: answer('arrBand'), format: 'enum', values: ARR_BANDS },
  customers: { label: answer('customers'), format: 'count' },
  aes: { label: answer('aes'), format: 'count' },
  sdrs: { label: answer('sdrs'), format: 'count' },
  qualifiedOppsPerMonth: { label: answer('qualifiedOppsPerMonth'), format: 'decimal' },
  leadTrend: { label: answer('leadTrend'), format: 'enum', values: LEAD_TRENDS },
  leadsUnworked: { label: answer('leadsUnworked'), format: 'boolean' },
  outbound: { label: answer('outbound'), format: 'enum', values: OUTBOUND_LEVELS },
  icp: { label: answer('icp'), format: 'enum', values: ICP_LEVELS },
  processDocs: { label: answer('processDocs'), format: 'enum', values: PROCESS_DOCS_LEVELS },
  crm: { label: answer('crm'), format: 'enum', values: CRM_LEVELS },
  qualification: { label: answer('qualification'), format: 'enum', values: QUALIFICATION_LEVELS },
  nonFounderWins: { label: answer('nonFounderWins'), format: 'count' },
  currency: { label: answer('currency'), format: 'enum', values: CURRENCIES },
  acv: { label: answer('acv'), format: 'answer-money' },
  closeRatePct: { label: answer('closeRatePct'), format: 'percent' },
  salesCycleDays: { label: answer('salesCycleDays'), format: 'days' },
  stakeholders: { label: answer('stakeholders'), format: 'count' },
  founderSalesHours: { label: answer('founderSalesHours'), format: 'hours' },
  founderClosesAll: { label: answer('founderClosesAll'), format: 'boolean' },
  runwayMonths: { label: answer('runwayMonths'), format: 'months' },

  acvUsd: { label: 'Average first-year deal in US dollars', format: 'usd' },
  aeQuotaUsd: { label: 'Yearly quota of one account executive', format: 'usd' },
  oppsNeededPerAe: {
    label: 'Opportunities one account executive needs a month',
    format: 'decimal',
  },
  oppsPerMonth: { label: 'Qualified opportunities a month', format: 'decimal' },
  closingCapacityPerMonth: {
    label: 'Opportunities current closers can work a month',
    format: 'decimal',
  },
  surplusOppsPerMonth: {
    label: 'Opportunities a month beyond what current closers can work',
    format: 'decimal',
  },
  pipelineCoverage: {
    label: 'Share of a new account executive’s need the surplus covers',
    format: 'ratio',
  },
  aeLoadedCostUsd: { label: 'Fully-loaded yearly cost of one account executive', format: 'usd' },
  sdrLoadedCostUsd: { label: 'Fully-loaded yearly cost of one SDR', format: 'usd' },
  aePaybackMonths: { label: 'Months until a new account executive pays back', format: 'months' },
  sdrOppsPerMonth: { label: 'Opportunities one SDR adds a month', format: 'decimal' },
  sdrPaybackMonths: { label: 'Months until a new SDR pays back', format: 'months' },
  founderSalesSharePct: {
    label: 'Founders’ selling as a share of a founder’s week',
    format: 'percent',
  },
  runwayNeededMonths: { label: 'Runway a new account executive needs', format: 'months' },
  oppsPerCloserPerMonth: {
    label: 'Opportunities one full-time closer can work a month',
    format: 'decimal',
  },
  founderCapacityHours: { label: 'Founder selling hours counted as capacity', format: 'hours' },
  spareCapacityPerMonth: {
    label: 'Opportunities a month current closers could still take on',
    format: 'decimal',
  },
  aeEffectiveRampMonths: {
    label: 'Months until a new account executive is at full speed',
    format: 'months',
  },
  sdrRunwayNeededMonths: { label: 'Runway a new SDR needs', format: 'months' },
  bothPaybackMonths: {
    label: 'Months until an account executive and an SDR hired together pay back',
    format: 'months',
  },
  bothRunwayNeededMonths: { label: 'Runway hiring both needs', format: 'months' },

  leadSourceCount: { label: 'Number of lead sources', format: 'count' },
  inboundSource: { label: 'Inbound is a lead source', format: 'boolean' },
  sdrSeatsOpen: {
    label: 'SDRs the current account executives could still absorb',
    format: 'decimal',
  },
};

type BaseFactKey = keyof BaseFacts;

/**
 * Position of each base fact in the fact vector. Written out (rather than computed) so the hot
 * path reads positions from a plain object literal, which the JavaScript engine keeps fast; a test
 * checks the positions are 0…n−1 with no gaps or repeats.
 */
export const BASE_FACT_INDEX = {
  arrBand: 0,
  customers: 1,
  aes: 2,
  sdrs: 3,
  qualifiedOppsPerMonth: 4,
  leadTrend: 5,
  leadsUnworked: 6,
  outbound: 7,
  icp: 8,
  processDocs: 9,
  crm: 10,
  qualification: 11,
  nonFounderWins: 12,
  currency: 13,
  acv: 14,
  closeRatePct: 15,
  salesCycleDays: 16,
  stakeholders: 17,
  founderSalesHours: 18,
  founderClosesAll: 19,
  runwayMonths: 20,
  acvUsd: 21,
  aeQuotaUsd: 22,
  oppsNeededPerAe: 23,
  oppsPerMonth: 24,
  closingCapacityPerMonth: 25,
  surplusOppsPerMonth: 26,
  pipelineCoverage: 27,
  aeLoadedCostUsd: 28,
  sdrLoadedCostUsd: 29,
  aePaybackMonths: 30,
  sdrOppsPerMonth: 31,
  sdrPaybackMonths: 32,
  founderSalesSharePct: 33,
  runwayNeededMonths: 34,
  oppsPerCloserPerMonth: 35,
  founderCapacityHours: 36,
  spareCapacityPerMonth: 37,
  aeEffectiveRampMonths: 38,
  sdrRunwayNeededMonths: 39,
  bothPaybackMonths: 40,
  bothRunwayNeededMonths: 41,
  leadSourceCount: 42,
  inboundSource: 43,
  sdrSeatsOpen: 44,
} as const satisfies Record<BaseFactKey, number>;

const BASE_COUNT = Object.keys(BASE_FACT_INDEX).length;

const BASE_KEYS_IN_ORDER = Object.keys(BASE_FACT_INDEX) as BaseFactKey[];
BASE_KEYS_IN_ORDER.sort((x, y) => BASE_FACT_INDEX[x] - BASE_FACT_INDEX[y]);

/** Fact keys in storage order: base facts, then derived yes/no facts. */
export const FACT_KEYS: readonly FactKey[] = [...BASE_KEYS_IN_ORDER, ...DERIVED_FACT_KEYS];

/** Position of each fact in the fact vector (base facts as above, derived facts after them). */
export const FACT_INDEX: Readonly<Record<FactKey, number>> = {
  ...BASE_FACT_INDEX,
  ...(Object.fromEntries(DERIVED_FACT_KEYS.map((key, i) => [key, BASE_COUNT + i])) as Record<
    DerivedFactKey,
    number
  >),
};

/** Length of a fact vector. */
export const FACT_COUNT = FACT_KEYS.length;

/** The label and format of a base fact; derived facts carry their labels beside their definitions. */
export function baseFactSpec(key: FactKey): FactSpec | undefined {
  return (BASE_FACT_SPECS as Partial<Record<FactKey, FactSpec>>)[key];
}

/** Position of each option of every enum fact, for the vector encoding. */
const ORDINALS: Partial<Record<FactKey, Readonly<Record<string, number>>>> = Object.fromEntries(
  (Object.entries(BASE_FACT_SPECS) as [string, FactSpec][])
    .filter((entry): entry is [string, EnumFactSpec] => entry[1].format === 'enum')
    .map(([key, spec]) => [key, Object.fromEntries(spec.values.map((v, i) => [v, i]))]),
);

/** The stored number of an enum option (its position in the option list). */
export function enumOrdinal(key: FactKey, value: string): number {
  const ordinal = ORDINALS[key]?.[value];
  if (ordinal === undefined) throw new Error(`“${value}” is not an option of fact “${key}”`);
  return ordinal;
}

/** Write a nullable number: `null` becomes NaN so every comparison with it is false. */
export function toSlot(value: number | null): number {
  return value === null ? Number.NaN : value;
}

// How to read each slot back: 'boolean', 'number', or an enum's option list.
const DECODERS: readonly ('boolean' | 'number' | readonly string[])[] = FACT_KEYS.map((key) => {
  const spec = baseFactSpec(key);
  if (spec === undefined || spec.format === 'boolean') return 'boolean';
  return spec.format === 'enum' ? spec.values : 'number';
});

/** One slot of a fact vector read back as the fact's own type. */
export function decodeSlot(index: number, raw: number): string | number | boolean | null {
  const decoder = DECODERS[index];
  if (decoder === 'boolean') return raw === 1;
  if (decoder === 'number') return Number.isNaN(raw) ? null : raw;
  return decoder?.[raw] ?? '';
}

/** Read a fact vector back into a typed object (used once per assessment, for texts and traces). */
export function decodeFacts(vector: Float64Array): Facts {
  const out: Record<string, string | number | boolean | null> = {};
  for (let i = 0; i < FACT_COUNT; i++) {
    const raw = vector[i] as number;
    const decoder = DECODERS[i];
    out[FACT_KEYS[i] as FactKey] =
      decoder === 'boolean'
        ? raw === 1
        : decoder === 'number'
          ? Number.isNaN(raw)
            ? null
            : raw
          : (decoder?.[raw] ?? '');
  }
  return out as unknown as Facts;
}
