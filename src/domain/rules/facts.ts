import type { Assumptions } from '../assumptions';
import {
  ARR_BANDS,
  CRM_LEVELS,
  ICP_LEVELS,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  QUALIFICATION_LEVELS,
  type CompleteAnswers,
} from '../answers/schema';
import { PAYBACK_LIMIT_KEY } from '../assumptions';
import type { ModelFacts } from '../model';

/*
 * The flat facts rules compare: answers as numbers (choice answers as their rank in the list, which
 * runs from least to most ready), and the model's derived figures. Never-paying hires have an
 * infinite payback and runway need, so "below the limit" is simply false for them.
 */

export interface Facts {
  customers: number;
  arrBand: number;
  leadTrend: number;
  outbound: number;
  icp: number;
  processDocs: number;
  crm: number;
  qualification: number;
  nonFounderWins: number;
  opps: number;
  closeRatePct: number;
  acvUsd: number;
  aes: number;
  sdrs: number;
  founderSharePct: number;
  utilisation: number;
  pipelineCoverage: number;
  runway: number;
  aePayback: number;
  sdrPayback: number;
  pairPayback: number;
  paybackLimit: number;
  aeRunwayNeeded: number;
  sdrRunwayNeeded: number;
  pairRunwayNeeded: number;
  // booleans
  leadsWait: boolean;
  founderClosesAll: boolean;
  sdrRatioMet: boolean;
}

export type NumFact = { [K in keyof Facts]: Facts[K] extends number ? K : never }[keyof Facts];
export type BoolFact = { [K in keyof Facts]: Facts[K] extends boolean ? K : never }[keyof Facts];

const rank = <T extends string>(list: readonly T[], value: T) => list.indexOf(value);
const orInfinity = (value: number | null) => (value === null ? Infinity : value);

export function deriveFacts(answers: CompleteAnswers, model: ModelFacts, a: Assumptions): Facts {
  const { capacity, economics } = model;
  return {
    customers: answers.customers,
    arrBand: rank(ARR_BANDS, answers.arrBand),
    leadTrend: rank(LEAD_TRENDS, answers.leadTrend),
    outbound: rank(OUTBOUND_LEVELS, answers.outbound),
    icp: rank(ICP_LEVELS, answers.icp),
    processDocs: rank(PROCESS_DOCS_LEVELS, answers.processDocs),
    crm: rank(CRM_LEVELS, answers.crm),
    qualification: rank(QUALIFICATION_LEVELS, answers.qualification),
    nonFounderWins: answers.nonFounderWins,
    opps: answers.qualifiedOppsPerMonth,
    closeRatePct: answers.closeRatePct,
    acvUsd: model.acvUsd,
    aes: answers.aes,
    sdrs: answers.sdrs,
    founderSharePct: capacity.founderSharePct,
    utilisation: capacity.utilisation,
    pipelineCoverage: orInfinity(capacity.pipelineCoverage === null ? 0 : capacity.pipelineCoverage),
    runway: answers.runwayMonths,
    aePayback: orInfinity(economics.ae.paybackMonths),
    sdrPayback: orInfinity(economics.sdr.paybackMonths),
    pairPayback: orInfinity(model.pair.paybackMonths),
    paybackLimit: a[PAYBACK_LIMIT_KEY[model.profile.value]],
    aeRunwayNeeded: orInfinity(economics.ae.runwayNeededMonths),
    sdrRunwayNeeded: orInfinity(economics.sdr.runwayNeededMonths),
    pairRunwayNeeded: orInfinity(model.pair.runwayNeededMonths),
    leadsWait: answers.leadsUnworked,
    founderClosesAll: answers.founderClosesAll,
    sdrRatioMet: capacity.sdrRatioMet,
  };
}

export type FactUnit = 'count' | 'percent' | 'months' | 'usd' | 'ratio' | 'times' | 'yes-no' | 'level';

/** How each fact reads in the trace: a label and a unit (levels name their answer options). */
export const FACT_INFO: Record<keyof Facts, { label: string; unit: FactUnit; levels?: readonly string[] }> = {
  customers: { label: 'Paying customers', unit: 'count' },
  arrBand: { label: 'Annual recurring revenue', unit: 'level', levels: ['No revenue yet', 'Under $1 million', '$1 million to $5 million', 'Over $5 million'] },
  leadTrend: { label: 'Lead flow, last 6 months', unit: 'level', levels: ['Almost none', 'Sporadic', 'Steady', 'Growing'] },
  outbound: { label: 'Outbound prospecting', unit: 'level', levels: ['Not tried, or not working', 'Now and then', 'Yes, regularly'] },
  icp: { label: 'Ideal customer profile', unit: 'level', levels: ['Not yet', 'Roughly', 'Written down and used'] },
  processDocs: { label: 'Sales process', unit: 'level', levels: ['No consistent process', 'Only in the founder’s head', 'Partly written down', 'A written playbook'] },
  crm: { label: 'Pipeline tracking', unit: 'level', levels: ['Not tracked', 'A spreadsheet or notes', 'A CRM tool', 'A CRM with defined stages'] },
  qualification: { label: 'Deal qualification', unit: 'level', levels: ['Every lead pursued', 'Gut feel and a few questions', 'A named framework'] },
  nonFounderWins: { label: 'Deals won without a founder (6 months)', unit: 'count' },
  opps: { label: 'Qualified opportunities a month', unit: 'count' },
  closeRatePct: { label: 'Close rate', unit: 'percent' },
  acvUsd: { label: 'First-year deal value in US dollars', unit: 'usd' },
  aes: { label: 'Account executives', unit: 'count' },
  sdrs: { label: 'SDRs', unit: 'count' },
  founderSharePct: { label: 'Share of each selling founder’s week spent selling', unit: 'percent' },
  utilisation: { label: 'Opportunities as a share of what your closers can work', unit: 'times' },
  pipelineCoverage: { label: 'Spare opportunities as a share of what a new account executive needs', unit: 'times' },
  runway: { label: 'Runway', unit: 'months' },
  aePayback: { label: 'Gross-profit payback of a new account executive', unit: 'months' },
  sdrPayback: { label: 'Gross-profit payback of a new SDR', unit: 'months' },
  pairPayback: { label: 'Gross-profit payback of an account executive and an SDR together', unit: 'months' },
  paybackLimit: { label: 'Payback limit for your deal profile', unit: 'months' },
  aeRunwayNeeded: { label: 'Runway a new account executive needs', unit: 'months' },
  sdrRunwayNeeded: { label: 'Runway a new SDR needs', unit: 'months' },
  pairRunwayNeeded: { label: 'Runway an account executive and an SDR together need', unit: 'months' },
  leadsWait: { label: 'Qualified leads wait or get dropped', unit: 'yes-no' },
  founderClosesAll: { label: 'A founder is on every deal', unit: 'yes-no' },
  sdrRatioMet: { label: 'SDRs already at the usual ratio to closers', unit: 'yes-no' },
};
