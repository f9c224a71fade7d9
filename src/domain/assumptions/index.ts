import '../zod-setup';
import * as z from 'zod/mini';
import { formatNumber } from '../format';
import type { Currency, HireRegion } from '../answers/schema';
import type { AeProfile } from '../types';
import { ASSUMPTION_INFO, ASSUMPTION_KEYS, type AssumptionInfo, type AssumptionKey } from './info';

export * from './info';
export * from './notes';

function rangeSchema(key: AssumptionKey) {
  const info: AssumptionInfo = ASSUMPTION_INFO[key];
  const message = `Enter a value between ${formatNumber(info.min, 3)} and ${formatNumber(info.max, 3)} for “${info.label}”`;
  return z
    .number({ error: `Enter a number for “${info.label}”` })
    .check(z.gte(info.min, { error: message }), z.lte(info.max, { error: message }));
}

type RangeSchema = ReturnType<typeof rangeSchema>;

// Built on first use, like the answers' schemas (answers/schema.ts): the wizard never needs them.
const builtRanges: Partial<Record<AssumptionKey, RangeSchema>> = {};

/** The schema of one assumption: a number within its range, with a message naming it. */
export function assumptionSchema(key: AssumptionKey): RangeSchema {
  const built = builtRanges[key] ?? rangeSchema(key);
  builtRanges[key] = built;
  return built;
}

function buildAssumptionsSchema() {
  return z.object(
    Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, assumptionSchema(key)])) as {
      [K in AssumptionKey]: RangeSchema;
    },
  );
}

let assumptionsWhole: ReturnType<typeof buildAssumptionsSchema> | undefined;
let partialWhole: ReturnType<typeof buildPartialSchema> | undefined;

/** The schema of a whole set of assumptions. */
export function assumptionsSchema(): ReturnType<typeof buildAssumptionsSchema> {
  assumptionsWhole ??= buildAssumptionsSchema();
  return assumptionsWhole;
}

function buildPartialSchema() {
  return z.partial(assumptionsSchema());
}

/** Only the assumptions someone changed: what links and files carry. */
export function partialAssumptionsSchema(): ReturnType<typeof buildPartialSchema> {
  partialWhole ??= buildPartialSchema();
  return partialWhole;
}

export type Assumptions = z.infer<ReturnType<typeof buildAssumptionsSchema>>;

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

// Which flat key holds a figure for a profile or a region. The keys are part of the link format,
// so the tables below map onto them rather than nesting the figures.

export const AE_OTE_KEY = {
  transactional: 'aeOteTransactionalUsd',
  'mid-market': 'aeOteUsd',
  enterprise: 'aeOteEnterpriseUsd',
} as const satisfies Record<AeProfile, AssumptionKey>;

export const AE_RAMP_KEY = {
  transactional: 'aeRampTransactionalMonths',
  'mid-market': 'aeRampMonths',
  enterprise: 'aeRampEnterpriseMonths',
} as const satisfies Record<AeProfile, AssumptionKey>;

export const PAYBACK_LIMIT_KEY = {
  transactional: 'paybackLimitTransactionalMonths',
  'mid-market': 'paybackLimitMidMarketMonths',
  enterprise: 'paybackLimitEnterpriseMonths',
} as const satisfies Record<AeProfile, AssumptionKey>;

/** Regional pay level as a share of US pay; the US is the benchmark itself. */
export const PAY_LEVEL_KEY = {
  us: null,
  uk: 'payLevelUkPct',
  'eu-west': 'payLevelEuWestPct',
  'eu-south-east': 'payLevelEuSouthEastPct',
  other: 'payLevelOtherPct',
} as const satisfies Record<HireRegion, AssumptionKey | null>;

export const ON_COST_KEY = {
  us: 'onCostPctUs',
  uk: 'onCostPctUk',
  'eu-west': 'onCostPctEuWest',
  'eu-south-east': 'onCostPctEuSouthEast',
  other: 'onCostPctOther',
} as const satisfies Record<HireRegion, AssumptionKey>;

export const TIME_TO_HIRE_KEY = {
  us: 'timeToHireMonthsUs',
  uk: 'timeToHireMonthsUk',
  'eu-west': 'timeToHireMonthsEuWest',
  'eu-south-east': 'timeToHireMonthsEuSouthEast',
  other: 'timeToHireMonthsOther',
} as const satisfies Record<HireRegion, AssumptionKey>;

/** The FX key for a currency (null for dollars). */
export const FX_KEY = { USD: null, EUR: 'usdPerEur', GBP: 'usdPerGbp' } as const satisfies Record<
  Currency,
  AssumptionKey | null
>;

/** US dollars per unit of the currency. */
export function usdPer(currency: Currency, a: Assumptions): number {
  const key = FX_KEY[currency];
  return key === null ? 1 : a[key];
}
