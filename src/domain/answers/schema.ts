import '../zod-setup';
import * as z from 'zod/mini';
import { formatNumber } from '../format';

/*
 * The answers a company gives. This schema is the single source of truth: the wizard validates each
 * step against a slice of it, the share codec and saved drafts are checked against it on load, and
 * the engine only ever sees data that passed it. Messages are written for the person filling the
 * form in: they say what to enter, not what went wrong inside the program.
 *
 * zod/mini rather than classic zod: the first page load pays for the schema (≈5 kB instead of ≈24 kB
 * gzip), and the domain needs nothing mini lacks.
 */

export const ARR_BANDS = ['pre-revenue', 'under-1m', '1m-5m', 'over-5m'] as const;
export const LEAD_TRENDS = ['none', 'sporadic', 'steady', 'growing'] as const;
export const LEAD_SOURCES = ['inbound', 'outbound', 'referral', 'partner', 'events'] as const;
export const ICP_LEVELS = ['none', 'rough', 'documented'] as const;
export const OUTBOUND_LEVELS = ['none', 'ad-hoc', 'systematic'] as const;
export const PROCESS_DOCS_LEVELS = ['none', 'in-head', 'partial', 'playbook'] as const;
export const CRM_LEVELS = ['none', 'spreadsheet', 'crm', 'crm-stages'] as const;
export const QUALIFICATION_LEVELS = ['none', 'informal', 'framework'] as const;
export const CURRENCIES = ['USD', 'EUR', 'GBP'] as const;
/** Where the hire would sit: pay, on-costs, notice periods and outbound rules differ by place. */
export const HIRE_REGIONS = ['us', 'uk', 'eu-west', 'eu-south-east', 'other'] as const;

export type ArrBand = (typeof ARR_BANDS)[number];
export type LeadTrend = (typeof LEAD_TRENDS)[number];
export type LeadSource = (typeof LEAD_SOURCES)[number];
export type IcpLevel = (typeof ICP_LEVELS)[number];
export type OutboundLevel = (typeof OUTBOUND_LEVELS)[number];
export type ProcessDocsLevel = (typeof PROCESS_DOCS_LEVELS)[number];
export type CrmLevel = (typeof CRM_LEVELS)[number];
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];
export type Currency = (typeof CURRENCIES)[number];
export type HireRegion = (typeof HIRE_REGIONS)[number];

/** A blank answer asks for the value; anything else that is not a number asks for digits. */
function numberError(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === '' ? `Enter ${what}` : `Enter ${what} as a number`;
}

/** A whole number in [min, max], with messages that name the thing asked for. */
function wholeNumber(what: string, min: number, max: number) {
  const range = `Enter ${what} between ${min} and ${formatNumber(max, 3)}`;
  return z.number({ error: numberError(what) }).check(
    z.refine((n) => Number.isInteger(n), { error: `Enter ${what} as a whole number`, abort: true }),
    z.gte(min, { error: range }),
    z.lte(max, { error: range }),
  );
}

/** A number in [min, max] that may have decimals. */
function decimal(what: string, min: number, max: number) {
  const range = `Enter ${what} between ${min} and ${formatNumber(max, 3)}`;
  return z
    .number({ error: numberError(what) })
    .check(z.gte(min, { error: range }), z.lte(max, { error: range }));
}

function choice<const T extends readonly [string, ...string[]]>(values: T, question: string) {
  return z.enum(values, { error: `Select ${question}` });
}

function yesNo(question: string) {
  return z.boolean({ error: `Select yes or no for ${question}` });
}

/*
 * Each answer's schema is built on first use, not when the module loads: zod builds several objects
 * per check, and the wizard's first step needs six of these, not all of them. Building every
 * answer's and assumption's schema up front tripled the time a phone took to run that screen's
 * code after it arrived.
 */
const FIELD_SCHEMAS = {
  companyName: () =>
    z
      .string({ error: 'Enter the company name as text' })
      .check(
        z.trim(),
        z.maxLength(80, { error: 'Enter a company name of 80 characters or fewer' }),
      ),
  arrBand: () => choice(ARR_BANDS, 'your annual recurring revenue'),
  customers: () => wholeNumber('the number of paying customers', 0, 1_000_000),
  aes: () => wholeNumber('the number of account executives', 0, 1_000),
  sdrs: () => wholeNumber('the number of SDRs or BDRs', 0, 1_000),

  qualifiedOppsPerMonth: () => decimal('qualified opportunities a month', 0, 10_000),
  leadTrend: () => choice(LEAD_TRENDS, 'how your lead flow has looked'),
  leadSources: () =>
    z
      .array(choice(LEAD_SOURCES, 'where your opportunities come from'), {
        error: 'Select where your opportunities come from',
      })
      .check(
        z.maxLength(LEAD_SOURCES.length),
        z.refine((list) => new Set(list).size === list.length, {
          error: 'Select each source only once',
        }),
      ),
  leadsUnworked: () => yesNo('whether qualified leads wait or get dropped'),
  outbound: () => choice(OUTBOUND_LEVELS, 'how you prospect outbound'),

  icp: () => choice(ICP_LEVELS, 'how well your ideal customer profile is defined'),
  processDocs: () => choice(PROCESS_DOCS_LEVELS, 'how your sales process is written down'),
  crm: () => choice(CRM_LEVELS, 'how you track your pipeline'),
  qualification: () => choice(QUALIFICATION_LEVELS, 'how you qualify deals'),
  nonFounderWins: () => wholeNumber('the number of deals closed without a founder', 0, 10_000),

  currency: () => choice(CURRENCIES, 'the currency you price in'),
  acv: () =>
    z.number({ error: numberError('your average first-year contract value') }).check(
      z.gt(0, { error: 'Enter an average first-year contract value greater than 0' }),
      z.lte(100_000_000, {
        error: 'Enter an average first-year contract value below 100,000,000',
      }),
    ),
  closeRatePct: () => decimal('a close rate', 0, 100),
  salesCycleDays: () => wholeNumber('a sales cycle in days', 1, 730),
  stakeholders: () => wholeNumber('the number of people in the buying decision', 1, 20),

  founderSalesHours: () => decimal('selling hours a week for each selling founder', 0, 80),
  founderClosesAll: () => yesNo('whether a founder is on every closed deal'),
  runwayMonths: () => decimal('months of runway', 0, 120),

  // Added with engine v2. Optional in stored data: links and drafts from before v2 lack them, and
  // the engine fills them the way the old app read those answers (completeAnswers below), saying so
  // in the result (assumedAnswerKeys).
  sellingFounders: () => z.optional(wholeNumber('how many founders sell', 0, 5)),
  hireRegion: () => z.optional(choice(HIRE_REGIONS, 'where the hire would be based')),
  monthlyBurn: () => z.optional(decimal('your monthly net burn', 0, 100_000_000)),
};

type AnswersShape = { [K in keyof typeof FIELD_SCHEMAS]: ReturnType<(typeof FIELD_SCHEMAS)[K]> };

/** Every answer key, in the order the questions are asked. */
export const ANSWER_KEYS = Object.keys(FIELD_SCHEMAS) as (keyof AnswersShape)[];

const builtFields: Partial<AnswersShape> = {};

/** The schema of one answer (what the wizard, the what-if panel and stored data are checked with). */
export function answerSchema<K extends keyof AnswersShape>(key: K): AnswersShape[K] {
  const built = builtFields[key] ?? (FIELD_SCHEMAS[key]() as AnswersShape[K]);
  builtFields[key] = built;
  return built;
}

function buildAnswersSchema() {
  return z.object(
    Object.fromEntries(ANSWER_KEYS.map((key) => [key, answerSchema(key)])) as AnswersShape,
  );
}

let answersWhole: ReturnType<typeof buildAnswersSchema> | undefined;

/** The schema of a whole set of answers: a share link's, a saved assessment's. */
export function answersSchema(): ReturnType<typeof buildAnswersSchema> {
  answersWhole ??= buildAnswersSchema();
  return answersWhole;
}

export type Answers = z.infer<ReturnType<typeof buildAnswersSchema>>;
export type AnswerKey = keyof Answers;

/** Answers with every key the engine reads filled in (monthlyBurn stays optional: "not given"). */
export type CompleteAnswers = Answers & {
  sellingFounders: number;
  hireRegion: HireRegion;
};

/** Answers stored data may lack: added after data could be saved, or optional. */
export const OPTIONAL_ANSWER_KEYS: readonly AnswerKey[] = [
  'sellingFounders',
  'hireRegion',
  'monthlyBurn',
];

/** Answers the wizard always asks for, though stored data may lack them. */
const WIZARD_REQUIRED = { sellingFounders: true, hireRegion: true } as const;

/**
 * The schema a wizard step validates: the step's keys, with the v2 questions required (a person
 * answering today answers them; only data saved before they existed may lack them).
 */
export function answersStepSchema(keys: readonly AnswerKey[]) {
  const picked = z.object(
    Object.fromEntries(keys.map((key) => [key, answerSchema(key)])) as Partial<AnswersShape>,
  );
  const required = Object.fromEntries(
    keys.filter((key) => key in WIZARD_REQUIRED).map((key) => [key, true]),
  ) as { sellingFounders?: true; hireRegion?: true };
  return Object.keys(required).length === 0 ? picked : z.required(picked, required);
}

/** The region a company pricing in this currency most likely hires in (used for old data). */
export function regionForCurrency(currency: Currency): HireRegion {
  return currency === 'USD' ? 'us' : currency === 'GBP' ? 'uk' : 'eu-west';
}

/** Keys that completeAnswers may fill, with the value it uses. */
const DEFAULTED: readonly ('sellingFounders' | 'hireRegion')[] = ['sellingFounders', 'hireRegion'];

/**
 * Which answers were filled by a default rather than given: a link or draft from before a question
 * existed. The result lists them as "assumed".
 */
export function assumedAnswerKeys(input: Partial<Answers>): AnswerKey[] {
  return DEFAULTED.filter((key) => input[key] === undefined);
}

/**
 * Fills the answers added after data could already be saved: one selling founder (what "founder
 * selling hours" meant before the question existed) and the region that matches the currency.
 */
export function completeAnswers(answers: Answers): CompleteAnswers {
  if (answers.sellingFounders !== undefined && answers.hireRegion !== undefined)
    return answers as CompleteAnswers;
  const copy = copyAnswers(answers as CompleteAnswers);
  copy.sellingFounders = answers.sellingFounders ?? 1;
  copy.hireRegion = answers.hireRegion ?? regionForCurrency(answers.currency);
  return copy;
}

/**
 * A shallow copy written out key by key. The engine copies answers for every lever and confidence
 * trial, and object spread is many times slower than a literal on the engines we measure.
 */
export function copyAnswers(x: CompleteAnswers): CompleteAnswers {
  return {
    companyName: x.companyName,
    arrBand: x.arrBand,
    customers: x.customers,
    aes: x.aes,
    sdrs: x.sdrs,
    qualifiedOppsPerMonth: x.qualifiedOppsPerMonth,
    leadTrend: x.leadTrend,
    leadSources: x.leadSources,
    leadsUnworked: x.leadsUnworked,
    outbound: x.outbound,
    icp: x.icp,
    processDocs: x.processDocs,
    crm: x.crm,
    qualification: x.qualification,
    nonFounderWins: x.nonFounderWins,
    currency: x.currency,
    acv: x.acv,
    closeRatePct: x.closeRatePct,
    salesCycleDays: x.salesCycleDays,
    stakeholders: x.stakeholders,
    founderSalesHours: x.founderSalesHours,
    founderClosesAll: x.founderClosesAll,
    runwayMonths: x.runwayMonths,
    sellingFounders: x.sellingFounders,
    hireRegion: x.hireRegion,
    monthlyBurn: x.monthlyBurn,
  };
}
