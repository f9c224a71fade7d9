import './zod-setup';
import { z } from 'zod';

/*
 * The answers a company gives. This schema is the single source of truth: the wizard validates each
 * step against a slice of it, the share codec and saved drafts are checked against it on load, and
 * the engine only ever sees data that passed it. Messages are written for the person filling the
 * form in: they say what to enter, not what went wrong inside the program.
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

export type ArrBand = (typeof ARR_BANDS)[number];
export type LeadTrend = (typeof LEAD_TRENDS)[number];
export type LeadSource = (typeof LEAD_SOURCES)[number];
export type IcpLevel = (typeof ICP_LEVELS)[number];
export type OutboundLevel = (typeof OUTBOUND_LEVELS)[number];
export type ProcessDocsLevel = (typeof PROCESS_DOCS_LEVELS)[number];
export type CrmLevel = (typeof CRM_LEVELS)[number];
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];
export type Currency = (typeof CURRENCIES)[number];

/** A blank answer asks for the value; anything else that is not a number asks for digits. */
function numberError(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === '' ? `Enter ${what}` : `Enter ${what} as a number`;
}

/** A whole number in [min, max], with messages that name the thing asked for. */
function wholeNumber(what: string, min: number, max: number) {
  const range = `Enter ${what} between ${min} and ${max.toLocaleString('en-US')}`;
  return z
    .number({ error: numberError(what) })
    .int({ error: `Enter ${what} as a whole number` })
    .min(min, { error: range })
    .max(max, { error: range });
}

/** A number in [min, max] that may have decimals. */
function decimal(what: string, min: number, max: number) {
  const range = `Enter ${what} between ${min} and ${max.toLocaleString('en-US')}`;
  return z
    .number({ error: numberError(what) })
    .min(min, { error: range })
    .max(max, { error: range });
}

function choice<const T extends readonly [string, ...string[]]>(values: T, question: string) {
  return z.enum(values, { error: `Select ${question}` });
}

function yesNo(question: string) {
  return z.boolean({ error: `Select yes or no for ${question}` });
}

// Upper bounds are generous sanity limits (they catch typos such as an extra zero), not judgements.
export const AnswersSchema = z.object({
  companyName: z
    .string({ error: 'Enter the company name as text' })
    .trim()
    .max(80, { error: 'Enter a company name of 80 characters or fewer' }),
  arrBand: choice(ARR_BANDS, 'your annual recurring revenue'),
  customers: wholeNumber('the number of paying customers', 0, 1_000_000),
  aes: wholeNumber('the number of account executives', 0, 1_000),
  sdrs: wholeNumber('the number of SDRs or BDRs', 0, 1_000),

  qualifiedOppsPerMonth: decimal('qualified opportunities a month', 0, 10_000),
  leadTrend: choice(LEAD_TRENDS, 'how your lead flow has looked'),
  leadSources: z
    .array(choice(LEAD_SOURCES, 'where your opportunities come from'), {
      error: 'Select where your opportunities come from',
    })
    .max(LEAD_SOURCES.length)
    .refine((list) => new Set(list).size === list.length, {
      error: 'Select each source only once',
    }),
  leadsUnworked: yesNo('whether qualified leads wait or get dropped'),
  outbound: choice(OUTBOUND_LEVELS, 'how you prospect outbound'),

  icp: choice(ICP_LEVELS, 'how well your ideal customer profile is defined'),
  processDocs: choice(PROCESS_DOCS_LEVELS, 'how your sales process is written down'),
  crm: choice(CRM_LEVELS, 'how you track your pipeline'),
  qualification: choice(QUALIFICATION_LEVELS, 'how you qualify deals'),
  nonFounderWins: wholeNumber('the number of deals closed without a founder', 0, 10_000),

  currency: choice(CURRENCIES, 'the currency you price in'),
  acv: z
    .number({ error: numberError('your average first-year contract value') })
    .positive({ error: 'Enter an average first-year contract value greater than 0' })
    .max(100_000_000, { error: 'Enter an average first-year contract value below 100,000,000' }),
  closeRatePct: decimal('a close rate', 0, 100),
  salesCycleDays: wholeNumber('a sales cycle in days', 1, 730),
  stakeholders: wholeNumber('the number of people in the buying decision', 1, 20),

  founderSalesHours: decimal('founder selling hours a week', 0, 80),
  founderClosesAll: yesNo('whether a founder is on every closed deal'),
  runwayMonths: decimal('months of runway', 0, 120),
});

export type Answers = z.infer<typeof AnswersSchema>;
export type AnswerKey = keyof Answers;

/** Every answer key, in the order the questions are asked. */
export const ANSWER_KEYS = Object.keys(AnswersSchema.shape) as AnswerKey[];
