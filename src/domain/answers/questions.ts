import type { AnswerKey, Answers } from './schema';

/*
 * The question catalogue: what the wizard asks, in which step, in plain words. The wording is data
 * so the wizard, the check-your-answers page, the results' "your answer" quotes and the report all
 * say the same thing.
 */

export const STEP_IDS = ['company', 'lead-flow', 'process', 'deals', 'capacity'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface Step {
  id: StepId;
  title: string;
  /** One sentence under the heading saying why we ask. */
  intro: string;
}

export const STEPS: readonly Step[] = [
  {
    id: 'company',
    title: 'Company and team',
    intro: 'Where the company is today and who already sells.',
  },
  {
    id: 'lead-flow',
    title: 'Lead flow',
    intro: 'How many real buying conversations you start, and where they come from.',
  },
  {
    id: 'process',
    title: 'Sales process',
    intro: 'How much of the way you sell is written down and repeatable by someone new.',
  },
  {
    id: 'deals',
    title: 'Deals',
    intro: 'What a typical deal is worth, how often you win, and how long it takes.',
  },
  {
    id: 'capacity',
    title: 'Capacity and budget',
    intro: "How much of the founders' time selling takes, and how long the money lasts.",
  },
];

export interface ChoiceOption<V extends string = string> {
  value: V;
  label: string;
  /** Optional clarification shown under the option label. */
  hint?: string;
}

/** What a number means, so the form can show the right unit beside the input. */
export type NumberUnit =
  'count' | 'per-month' | 'percent' | 'days' | 'hours-per-week' | 'months' | 'currency' | 'people';

interface QuestionBase<K extends AnswerKey> {
  id: K;
  step: StepId;
  /** The question as asked, ending with a question mark where it is one. */
  label: string;
  /** Short plain-word help shown under the label (terms explained). */
  help: string;
  /** Short label for summaries ("Qualified opportunities a month"). */
  shortLabel: string;
}

export interface TextQuestion<K extends AnswerKey = AnswerKey> extends QuestionBase<K> {
  kind: 'text';
  maxLength: number;
  optional: true;
}

export interface NumberQuestion<K extends AnswerKey = AnswerKey> extends QuestionBase<K> {
  kind: 'number';
  unit: NumberUnit;
  min: number;
  max: number;
  /** Input increment: 1 for whole numbers. */
  increment: number;
  integer: boolean;
  /** Present on questions that may be left blank. */
  optional?: true;
  /** How to work the number out when it is not known offhand. */
  estimate?: string;
  /** What is common, so the user can sanity-check. */
  typical?: string;
}

export interface ChoiceQuestion<K extends AnswerKey = AnswerKey> extends QuestionBase<K> {
  kind: 'choice';
  options: readonly ChoiceOption[];
}

export interface MultiQuestion<K extends AnswerKey = AnswerKey> extends QuestionBase<K> {
  kind: 'multi';
  options: readonly ChoiceOption[];
}

export interface YesNoQuestion<K extends AnswerKey = AnswerKey> extends QuestionBase<K> {
  kind: 'yes-no';
}

export type Question =
  TextQuestion | NumberQuestion | ChoiceQuestion | MultiQuestion | YesNoQuestion;

// `satisfies` ties each entry to its answer's type: a number answer must be a number question, an
// enum answer a choice question whose option values are exactly that enum's values, and so on, so a
// typo in an option value or a missing key fails to compile.
type Value<K extends AnswerKey> = NonNullable<Answers[K]>;

type OptionsFor<K extends AnswerKey> = Value<K> extends string
  ? readonly ChoiceOption<Value<K>>[]
  : Value<K> extends readonly (infer V extends string)[]
    ? readonly ChoiceOption<V>[]
    : never;

type QuestionFor<K extends AnswerKey> = Value<K> extends boolean
  ? YesNoQuestion<K>
  : Value<K> extends number
    ? NumberQuestion<K>
    : Value<K> extends readonly string[]
      ? MultiQuestion<K> & { options: OptionsFor<K> }
      : K extends 'companyName'
        ? TextQuestion<K>
        : ChoiceQuestion<K> & { options: OptionsFor<K> };

type Catalogue = { [K in AnswerKey]: QuestionFor<K> };

const CATALOGUE = {
  companyName: {
    id: 'companyName',
    step: 'company',
    kind: 'text',
    maxLength: 80,
    optional: true,
    label: 'Company name (optional)',
    shortLabel: 'Company name',
    help: 'Only used to label the report and your saved assessments. It does not affect the answer.',
  },
  arrBand: {
    id: 'arrBand',
    step: 'company',
    kind: 'choice',
    label: 'What is your annual recurring revenue?',
    shortLabel: 'Annual recurring revenue',
    help: 'Recurring revenue over a year, in US dollars or the equivalent. A rough band is enough.',
    options: [
      { value: 'pre-revenue', label: 'No revenue yet' },
      { value: 'under-1m', label: 'Under $1 million' },
      { value: '1m-5m', label: '$1 million to $5 million' },
      { value: 'over-5m', label: 'Over $5 million' },
    ],
  },
  customers: {
    id: 'customers',
    step: 'company',
    kind: 'number',
    unit: 'count',
    min: 0,
    max: 1_000_000,
    increment: 1,
    integer: true,
    label: 'How many paying customers do you have today?',
    shortLabel: 'Paying customers',
    help: 'Count companies that pay you now. Leave out free trials and pilots that have not paid.',
    typical: 'Common advice is that founders win the first 10 or so customers themselves.',
  },
  aes: {
    id: 'aes',
    step: 'company',
    kind: 'number',
    unit: 'people',
    min: 0,
    max: 1_000,
    increment: 1,
    integer: true,
    label: 'How many account executives (closers) work for you, not counting founders?',
    shortLabel: 'Account executives',
    help: 'An account executive (AE) runs deals from first real conversation to signature and carries a revenue target. Enter 0 if only founders close.',
  },
  sdrs: {
    id: 'sdrs',
    step: 'company',
    kind: 'number',
    unit: 'people',
    min: 0,
    max: 1_000,
    increment: 1,
    integer: true,
    label: 'How many SDRs or BDRs work for you?',
    shortLabel: 'SDRs or BDRs',
    help: 'A sales development rep (SDR, or BDR for outbound) finds and qualifies prospects and books first meetings for closers. Enter 0 if you have none.',
  },

  hireRegion: {
    id: 'hireRegion',
    step: 'company',
    kind: 'choice',
    label: 'Where would your next sales hire be based?',
    shortLabel: 'Where the hire is based',
    help: 'Pay, employer costs, notice periods and the rules on cold outreach differ by country. Pick where the person would live and be employed.',
    options: [
      { value: 'us', label: 'United States' },
      { value: 'uk', label: 'United Kingdom' },
      {
        value: 'eu-west',
        label: 'Western or northern Europe',
        hint: 'Germany, France, the Netherlands, the Nordics, Ireland, Belgium, Austria, Switzerland',
      },
      {
        value: 'eu-south-east',
        label: 'Southern or eastern Europe',
        hint: 'Spain, Italy, Portugal, Poland, Czechia, Romania and neighbours',
      },
      { value: 'other', label: 'Somewhere else' },
    ],
  },

  qualifiedOppsPerMonth: {
    id: 'qualifiedOppsPerMonth',
    step: 'lead-flow',
    kind: 'number',
    unit: 'per-month',
    min: 0,
    max: 10_000,
    increment: 0.5,
    integer: false,
    label: 'How many new qualified opportunities do you get a month?',
    shortLabel: 'Qualified opportunities a month',
    help: 'A qualified opportunity is a prospect with a real need, budget and a person who can decide, who has agreed to talk about buying. Use the average of the last three months.',
    estimate:
      'Count the deals that reached a second meeting or a demo in the last 3 months and divide by 3.',
    typical: 'One account executive usually needs somewhere between 5 and 20 a month.',
  },
  leadTrend: {
    id: 'leadTrend',
    step: 'lead-flow',
    kind: 'choice',
    label: 'How has that flow looked over the last six months?',
    shortLabel: 'Lead flow, last 6 months',
    help: 'Steady means most months look alike; sporadic means some months bring several and others none.',
    options: [
      { value: 'none', label: 'Almost none', hint: 'Very few qualified opportunities so far' },
      { value: 'sporadic', label: 'Sporadic', hint: 'Busy months and empty months' },
      { value: 'steady', label: 'Steady', hint: 'Roughly the same every month' },
      { value: 'growing', label: 'Growing', hint: 'More most months than the month before' },
    ],
  },
  leadSources: {
    id: 'leadSources',
    step: 'lead-flow',
    kind: 'multi',
    label: 'Where do your opportunities come from?',
    shortLabel: 'Lead sources',
    help: 'Select all that apply. Leave all unticked if you have no regular source yet.',
    options: [
      { value: 'inbound', label: 'Inbound', hint: 'Prospects find you: website, content, search' },
      { value: 'outbound', label: 'Outbound', hint: 'You contact prospects who had not engaged' },
      { value: 'referral', label: 'Referrals', hint: 'Customers or contacts send people to you' },
      { value: 'partner', label: 'Partners', hint: 'Resellers, agencies or integration partners' },
      { value: 'events', label: 'Events', hint: 'Conferences, webinars, meetups' },
    ],
  },
  leadsUnworked: {
    id: 'leadsUnworked',
    step: 'lead-flow',
    kind: 'yes-no',
    label:
      'Do qualified leads wait more than two working days, or get dropped, because nobody has time?',
    shortLabel: 'Leads wait or get dropped',
    help: 'Answer yes if follow-ups slip because the people who sell are busy with other work.',
  },
  outbound: {
    id: 'outbound',
    step: 'lead-flow',
    kind: 'choice',
    label: 'Has outbound prospecting produced meetings for you?',
    shortLabel: 'Outbound prospecting',
    help: 'Outbound means contacting companies that never approached you: email, phone, social.',
    options: [
      { value: 'none', label: 'We have not tried it, or it has not worked' },
      { value: 'ad-hoc', label: 'Now and then', hint: 'Some meetings, no regular routine' },
      {
        value: 'systematic',
        label: 'Yes, regularly',
        hint: 'A routine with target lists and messages that book meetings',
      },
    ],
  },

  icp: {
    id: 'icp',
    step: 'process',
    kind: 'choice',
    label: 'How clearly is your ideal customer profile defined?',
    shortLabel: 'Ideal customer profile',
    help: 'Your ideal customer profile (ICP) describes the companies most likely to buy and stay: industry, size, the problem they have, who buys.',
    options: [
      { value: 'none', label: 'Not yet', hint: 'We sell to whoever is interested' },
      { value: 'rough', label: 'Roughly', hint: 'We know it, but it is not written down' },
      {
        value: 'documented',
        label: 'Written down and used',
        hint: 'A new hire could build a target list from it',
      },
    ],
  },
  processDocs: {
    id: 'processDocs',
    step: 'process',
    kind: 'choice',
    label: 'How is your sales process written down?',
    shortLabel: 'Sales process written down',
    help: 'The sales process is the steps from first call to signature: what you ask, what you show, how you handle objections and pricing.',
    options: [
      { value: 'none', label: 'There is no consistent process yet' },
      { value: 'in-head', label: 'It works, but only in the founder’s head' },
      {
        value: 'partial',
        label: 'Partly written down',
        hint: 'Some notes, a deck, email templates',
      },
      {
        value: 'playbook',
        label: 'A written playbook',
        hint: 'Stages, questions, objections and pricing rules a new hire can follow',
      },
    ],
  },
  crm: {
    id: 'crm',
    step: 'process',
    kind: 'choice',
    label: 'How do you track your pipeline?',
    shortLabel: 'Pipeline tracking',
    help: 'Your pipeline is the list of open deals and the stage each one has reached.',
    options: [
      { value: 'none', label: 'We do not track it' },
      { value: 'spreadsheet', label: 'A spreadsheet or notes' },
      { value: 'crm', label: 'A CRM tool' },
      {
        value: 'crm-stages',
        label: 'A CRM with defined stages',
        hint: 'Each stage has clear exit criteria',
      },
    ],
  },
  qualification: {
    id: 'qualification',
    step: 'process',
    kind: 'choice',
    label: 'How do you decide a deal is worth pursuing?',
    shortLabel: 'Deal qualification',
    help: 'Qualification checks need, budget, authority and timing before you invest time. Frameworks such as BANT or MEDDICC make it consistent.',
    options: [
      { value: 'none', label: 'We pursue every lead' },
      { value: 'informal', label: 'Gut feel and a few questions' },
      { value: 'framework', label: 'A named framework everyone uses' },
    ],
  },
  nonFounderWins: {
    id: 'nonFounderWins',
    step: 'process',
    kind: 'number',
    unit: 'count',
    min: 0,
    max: 10_000,
    increment: 1,
    integer: true,
    label: 'How many deals closed in the last six months without a founder involved?',
    shortLabel: 'Deals won without a founder (6 months)',
    help: 'Deals someone else ran from start to signature. It shows whether the way you sell works without you.',
  },

  currency: {
    id: 'currency',
    step: 'deals',
    kind: 'choice',
    label: 'Which currency do you price in?',
    shortLabel: 'Currency',
    help: 'Amounts are converted to US dollars to compare with salary benchmarks. You can change the rates in the assumptions.',
    options: [
      { value: 'USD', label: 'US dollars ($)' },
      { value: 'EUR', label: 'Euros (€)' },
      { value: 'GBP', label: 'Pounds sterling (£)' },
    ],
  },
  acv: {
    id: 'acv',
    step: 'deals',
    kind: 'number',
    unit: 'currency',
    min: 1,
    max: 100_000_000,
    increment: 1,
    integer: false,
    label: 'What is your average first-year contract value?',
    shortLabel: 'Average first-year contract value',
    help: 'Annual contract value (ACV) is what a new customer pays in their first year, before discounts that expire.',
    estimate:
      'Add up first-year value of the deals won in the last 12 months and divide by the number of deals.',
    typical:
      'Under 5,000 is usually sold without meetings; over 25,000 usually needs a field sales process.',
  },
  closeRatePct: {
    id: 'closeRatePct',
    step: 'deals',
    kind: 'number',
    unit: 'percent',
    min: 0,
    max: 100,
    increment: 1,
    integer: false,
    label: 'What share of qualified opportunities do you win?',
    shortLabel: 'Close rate',
    help: 'Your close rate: deals won divided by qualified opportunities that reached a decision.',
    estimate:
      'Take the deals won in the last two quarters and divide by the qualified opportunities from the same period.',
    typical: 'Often 15% to 30% for qualified B2B opportunities.',
  },
  salesCycleDays: {
    id: 'salesCycleDays',
    step: 'deals',
    kind: 'number',
    unit: 'days',
    min: 1,
    max: 730,
    increment: 1,
    integer: true,
    label: 'How long does a deal take, from first meeting to signature?',
    shortLabel: 'Sales cycle',
    help: 'Your sales cycle, in calendar days, for a typical won deal.',
    estimate: 'Take your last five wins and average the days between first meeting and signature.',
    typical: 'Small-business deals 14 to 30 days; mid-market 30 to 90; enterprise 90 or more.',
  },
  stakeholders: {
    id: 'stakeholders',
    step: 'deals',
    kind: 'number',
    unit: 'people',
    min: 1,
    max: 20,
    increment: 1,
    integer: true,
    label: 'How many people take part in a buying decision?',
    shortLabel: 'People in the buying decision',
    help: 'Everyone whose yes you need: the user, their manager, finance, IT, legal.',
  },

  sellingFounders: {
    id: 'sellingFounders',
    step: 'capacity',
    kind: 'number',
    unit: 'people',
    min: 0,
    max: 5,
    increment: 1,
    integer: true,
    label: 'How many founders sell?',
    shortLabel: 'Founders who sell',
    help: 'Count the founders who run sales calls, demos or negotiations most weeks. Enter 0 if none of them sells any more.',
  },
  founderSalesHours: {
    id: 'founderSalesHours',
    step: 'capacity',
    kind: 'number',
    unit: 'hours-per-week',
    min: 0,
    max: 80,
    increment: 1,
    integer: false,
    label: 'How many hours a week does each selling founder spend selling?',
    shortLabel: 'Selling hours a week, per founder',
    help: 'A typical week for one of the founders who sell: calls, demos, proposals, follow-ups and negotiation. Leave out marketing and customer support. If the founders differ, give their average.',
    typical:
      'When selling takes more than a fifth of a founder’s week, it usually crowds out other work.',
  },
  founderClosesAll: {
    id: 'founderClosesAll',
    step: 'capacity',
    kind: 'yes-no',
    label: 'Is a founder involved in every deal you close?',
    shortLabel: 'A founder is on every deal',
    help: 'Answer yes if deals do not get signed without a founder on the call.',
  },
  runwayMonths: {
    id: 'runwayMonths',
    step: 'capacity',
    kind: 'number',
    unit: 'months',
    min: 0,
    max: 120,
    increment: 1,
    integer: false,
    label: 'How many months of runway do you have?',
    shortLabel: 'Runway',
    help: 'How long your cash lasts at today’s spending. Enter 120 if you are profitable.',
    estimate: 'Cash in the bank divided by your average monthly net burn.',
    typical: 'A new account executive usually takes about five months to reach full speed.',
  },
  monthlyBurn: {
    id: 'monthlyBurn',
    step: 'capacity',
    kind: 'number',
    unit: 'currency',
    min: 0,
    max: 100_000_000,
    increment: 1000,
    integer: false,
    optional: true,
    label: 'What is your monthly net burn? (optional)',
    shortLabel: 'Monthly net burn',
    help: 'What the company spends each month beyond what it takes in, in the currency you price in. Enter 0 if you are profitable. The hiring plan uses it to show when the money runs out; leave it blank if you prefer.',
  },
} as const satisfies Catalogue;

/**
 * The answers a live what-if may change on the results page: the key numbers a consultant plays
 * with on a call. Saved what-ifs and workspace files are validated against this list.
 */
export const WHAT_IF_KEYS = [
  'qualifiedOppsPerMonth',
  'closeRatePct',
  'acv',
  'salesCycleDays',
  'founderSalesHours',
  'runwayMonths',
] as const satisfies readonly AnswerKey[];

export type WhatIfKey = (typeof WHAT_IF_KEYS)[number];

/** Every question in the order it is asked. */
export const QUESTIONS: readonly Question[] = Object.values(CATALOGUE) as readonly Question[];

/** Look up one question by its answer key. */
export function questionFor(key: AnswerKey): Question {
  return CATALOGUE[key] as Question;
}

/** The questions of one step, in order. */
export function questionsForStep(step: StepId): readonly Question[] {
  return QUESTIONS.filter((q) => q.step === step);
}
