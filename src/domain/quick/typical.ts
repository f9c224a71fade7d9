import {
  ANSWER_KEYS,
  DEFAULT_ASSUMPTIONS,
  regionForCurrency,
  type AnswerKey,
  type Answers,
} from '../index';

/*
 * The answers a quick check does not ask are filled with typical values and marked as assumed
 * wherever they appear. Each value says where it comes from. A few follow from answers the company
 * did give (revenue band from customers × deal size; cycle and buying group from deal size), which
 * is closer to the company than one typical figure for everybody, but they are still assumptions and
 * are shown as such.
 */

export interface TypicalValue<K extends AnswerKey = AnswerKey> {
  value: Answers[K];
  /** Where the figure comes from, in a sentence a consultant can check. */
  source: string;
}

type TypicalCatalogue = { [K in AnswerKey]: TypicalValue<K> };

export const TYPICAL_ANSWERS: TypicalCatalogue = {
  companyName: { value: '', source: 'Not needed for the answer.' },
  arrBand: {
    value: 'under-1m',
    source:
      'Worked out from customers × deal size when both are given; otherwise under $1 million, where first sales hires are usually made (founder-led sales often lasts to $0.5–1M ARR: Monkhouse & Co, GTM Index).',
  },
  customers: {
    value: 10,
    source:
      'About 10 founder-won customers, the usual first-hire trigger (Justin Welsh 2018; Lemkin/SaaStr).',
  },
  aes: { value: 0, source: 'A company asking about its first sales hires usually has no AE yet.' },
  sdrs: {
    value: 0,
    source: 'A company asking about its first sales hires usually has no SDR yet.',
  },
  qualifiedOppsPerMonth: {
    value: 6,
    source: 'The lower half of the 5–20 a month one AE usually needs (question catalogue).',
  },
  leadTrend: { value: 'steady', source: 'The middle answer: most months look alike.' },
  leadSources: {
    value: ['inbound', 'referral'],
    source: 'The usual sources before any outbound routine exists (DOMAIN.md, founder-led sales).',
  },
  leadsUnworked: {
    value: false,
    source: 'Assumed not, so that waiting leads never come from an assumption.',
  },
  outbound: { value: 'ad-hoc', source: 'The middle answer: some meetings, no routine.' },
  icp: { value: 'rough', source: 'The middle answer: known, not written down.' },
  processDocs: { value: 'partial', source: 'The middle answer: some notes, a deck, templates.' },
  crm: { value: 'crm', source: 'Most B2B start-ups track deals in a CRM tool from early on.' },
  qualification: { value: 'informal', source: 'The middle answer: gut feel and a few questions.' },
  nonFounderWins: {
    value: 0,
    source: 'None when there is no AE (founders close the first deals); 2 with AEs.',
  },
  currency: { value: 'USD', source: 'US dollars unless chosen.' },
  acv: {
    value: 20_000,
    source: 'Inside-sales deal sizes run $1k–25k (KBCM SaaS survey 2019); $20k is near its top.',
  },
  closeRatePct: {
    value: 20,
    source:
      'The middle of the 15–30% often seen on qualified B2B opportunities (question catalogue).',
  },
  salesCycleDays: {
    value: 45,
    source:
      'From deal size: 30 days under $10k, 60 up to $75k, 120 above (small-business 14–30, mid-market 30–90, enterprise 90+ in practitioner guides; question catalogue).',
  },
  stakeholders: {
    value: 3,
    source:
      'From deal size: 2 people under $10k, 3 up to $75k, 6 above (Gartner 2019: 6–10 people in a complex B2B purchase).',
  },
  founderSalesHours: {
    value: 10,
    source: 'A fifth of a 50-hour founder week, the usual "time to hire" trigger (DOMAIN.md).',
  },
  founderClosesAll: {
    value: true,
    source: 'Yes while nobody else has won a deal; no once someone has.',
  },
  runwayMonths: {
    value: 18,
    source: 'Seed rounds are commonly sized for 18–24 months of runway; the lower end.',
  },
  sellingFounders: {
    value: 1,
    source:
      'One founder selling: how most first-hire companies start, and how answers from before the question were read.',
  },
  hireRegion: {
    value: 'us',
    source: 'The region that matches the currency (US dollars → US, pounds → UK, euros → EU west).',
  },
  monthlyBurn: { value: undefined, source: 'Optional: not given means not used.' },
};

/** Never listed as assumed: the name does not affect the answer; burn is optional by design. */
const NEVER_ASSUMED: readonly AnswerKey[] = ['companyName', 'monthlyBurn'];

function acvUsd(answers: Partial<Answers>): number | undefined {
  if (answers.acv === undefined) return undefined;
  const rate =
    answers.currency === 'EUR'
      ? DEFAULT_ASSUMPTIONS.usdPerEur
      : answers.currency === 'GBP'
        ? DEFAULT_ASSUMPTIONS.usdPerGbp
        : 1;
  return answers.acv * rate;
}

/** Typical values that follow from what was given; undefined when nothing given bears on them. */
function derived(given: Partial<Answers>, filled: Answers): Partial<Answers> {
  const out: Partial<Answers> = {};
  const usd = acvUsd(given);
  if (given.customers !== undefined && usd !== undefined) {
    const arr = given.customers * usd;
    out.arrBand =
      given.customers === 0
        ? 'pre-revenue'
        : arr < 1_000_000
          ? 'under-1m'
          : arr < 5_000_000
            ? '1m-5m'
            : 'over-5m';
  }
  if (usd !== undefined) {
    out.salesCycleDays = usd < 10_000 ? 30 : usd < 75_000 ? 60 : 120;
    out.stakeholders = usd < 10_000 ? 2 : usd < 75_000 ? 3 : 6;
  }
  out.nonFounderWins = filled.aes > 0 ? 2 : 0;
  out.hireRegion = regionForCurrency(filled.currency);
  out.founderClosesAll = (given.nonFounderWins ?? out.nonFounderWins) === 0;
  return out;
}

/**
 * Completes a quick check's answers: every key not given gets its typical value (some worked out
 * from the given answers). Returns the complete answers and the keys that were filled, in question
 * order. The company name is filled silently: it never affects the answer, so it is never "assumed".
 */
export function fillAssumed(given: Partial<Answers>): { answers: Answers; assumed: AnswerKey[] } {
  const base = Object.fromEntries(
    ANSWER_KEYS.filter((key) => TYPICAL_ANSWERS[key].value !== undefined).map((key) => [
      key,
      TYPICAL_ANSWERS[key].value,
    ]),
  ) as unknown as Answers;
  const withGiven = { ...base, ...stripUndefined(given) };
  const answers = { ...withGiven, ...derived(given, withGiven), ...stripUndefined(given) };
  const assumed = ANSWER_KEYS.filter(
    (key) => !NEVER_ASSUMED.includes(key) && given[key] === undefined,
  );
  return { answers, assumed };
}

function stripUndefined(given: Partial<Answers>): Partial<Answers> {
  return Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Partial<Answers>;
}
