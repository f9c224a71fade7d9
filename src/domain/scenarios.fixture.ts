import type { Answers } from './answers';
import type { AeProfile, RecommendationKind } from './assessment';
import { SAMPLE_ANSWERS } from './sample-answers';

/*
 * Named company profiles and what the engine should recommend for each, written to be read by
 * people: a consultant should be able to check every row against their own judgement. Each
 * profile is a short list of differences from one of two starting points:
 *
 *   TYPICAL  a small B2B software company with a founder who sells part-time, steady inbound and
 *            referrals, a partly written process, $20,000 deals and 18 months of runway;
 *   SAMPLE   SAMPLE_ANSWERS: the same kind of company, but the founder sells 25 hours a week, leads
 *            wait, and 12 qualified opportunities arrive a month.
 *
 * `reasons` lists rule ids that must appear among the reasons; `blockers` lists the blocker ids
 * expected, exactly (an empty list means "no blockers").
 */

export const TYPICAL: Answers = {
  companyName: 'Typical Co',
  arrBand: 'under-1m',
  customers: 25,
  aes: 0,
  sdrs: 0,
  qualifiedOppsPerMonth: 6,
  leadTrend: 'steady',
  leadSources: ['inbound', 'referral'],
  leadsUnworked: false,
  outbound: 'ad-hoc',
  icp: 'documented',
  processDocs: 'partial',
  crm: 'crm',
  qualification: 'informal',
  nonFounderWins: 2,
  currency: 'USD',
  acv: 20_000,
  closeRatePct: 25,
  salesCycleDays: 45,
  stakeholders: 3,
  founderSalesHours: 8,
  founderClosesAll: false,
  runwayMonths: 18,
};

export const SAMPLE: Answers = SAMPLE_ANSWERS;

export interface Scenario {
  name: string;
  answers: Answers;
  kind: RecommendationKind;
  /** Expected when the kind includes an account executive. */
  aeProfile?: AeProfile;
  reasons: string[];
  blockers: string[];
}

const from = (base: Answers, changes: Partial<Answers>): Answers => ({ ...base, ...changes });

export const SCENARIOS: Scenario[] = [
  {
    name: 'pre-revenue, founder-only',
    answers: from(TYPICAL, {
      arrBand: 'pre-revenue',
      customers: 0,
      qualifiedOppsPerMonth: 1,
      leadTrend: 'sporadic',
      leadSources: ['referral'],
      processDocs: 'in-head',
      nonFounderWins: 0,
    }),
    kind: 'not-yet',
    reasons: ['pre-revenue', 'no-flow-no-outbound'],
    blockers: ['no-customers', 'process-unproven', 'no-steady-pipeline'],
  },
  {
    name: 'revenue band ticked but no paying customers',
    answers: from(SAMPLE, { customers: 0 }),
    kind: 'not-yet',
    reasons: ['pre-revenue'],
    blockers: ['no-customers'],
  },
  {
    name: 'saturated founder with steady inbound (the sample answers)',
    answers: SAMPLE,
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['founder-saturated-ae', 'pipeline-feeds-ae'],
    blockers: [],
  },
  {
    name: 'cheap transactional SaaS with a short cycle',
    answers: from(SAMPLE, {
      arrBand: '1m-5m',
      customers: 150,
      qualifiedOppsPerMonth: 40,
      acv: 3_000,
      closeRatePct: 30,
      salesCycleDays: 14,
      stakeholders: 1,
      processDocs: 'playbook',
      nonFounderWins: 5,
      founderSalesHours: 30,
      runwayMonths: 24,
    }),
    kind: 'ae',
    aeProfile: 'transactional',
    reasons: ['transactional-deal', 'founder-saturated-ae'],
    blockers: [],
  },
  {
    name: 'transactional deals and a team with room to spare',
    answers: from(TYPICAL, {
      aes: 2,
      qualifiedOppsPerMonth: 20,
      acv: 2_000,
      salesCycleDays: 10,
      customers: 300,
    }),
    kind: 'not-yet',
    reasons: ['transactional-deal', 'spare-capacity'],
    blockers: [],
  },
  {
    name: 'enterprise deals, thin pipeline and spare founder time',
    answers: from(TYPICAL, {
      arrBand: '1m-5m',
      aes: 1,
      qualifiedOppsPerMonth: 3,
      acv: 60_000,
      salesCycleDays: 120,
      stakeholders: 6,
      runwayMonths: 30,
    }),
    kind: 'sdr',
    reasons: ['sdr-fills-spare-capacity'],
    blockers: [],
  },
  {
    name: 'both: saturated account executives and a thin pipeline',
    answers: from(TYPICAL, {
      arrBand: '1m-5m',
      customers: 60,
      aes: 2,
      qualifiedOppsPerMonth: 24,
      leadsUnworked: true,
      acv: 40_000,
      closeRatePct: 20,
      salesCycleDays: 60,
      processDocs: 'playbook',
      nonFounderWins: 20,
      founderSalesHours: 5,
      runwayMonths: 30,
    }),
    kind: 'both',
    aeProfile: 'mid-market',
    reasons: ['both-saturated-thin', 'closers-saturated'],
    blockers: [],
  },
  {
    name: 'short runway: not enough to cover a ramp',
    answers: from(SAMPLE, { runwayMonths: 3 }),
    kind: 'not-yet',
    reasons: ['runway-below-ramp'],
    blockers: ['runway-below-ramp'],
  },
  {
    name: 'runway covers the ramp but not the payback',
    answers: from(SAMPLE, { runwayMonths: 6 }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['founder-saturated-ae', 'runway-short-ae'],
    blockers: ['budget-ae'],
  },
  {
    name: 'sporadic inbound, no outbound, mid-size deals',
    answers: from(TYPICAL, {
      leadTrend: 'sporadic',
      outbound: 'none',
      qualifiedOppsPerMonth: 3,
      acv: 9_000,
    }),
    kind: 'not-yet',
    reasons: ['no-flow-no-outbound'],
    blockers: ['no-steady-pipeline'],
  },
  {
    name: 'sporadic inbound, no outbound, but large deals and a written profile: an SDR builds the flow',
    answers: from(TYPICAL, { leadTrend: 'sporadic', outbound: 'none', qualifiedOppsPerMonth: 3 }),
    kind: 'sdr',
    reasons: ['sdr-fills-spare-capacity', 'no-flow-no-outbound'],
    blockers: [],
  },
  {
    name: 'few customers but over $1 million of revenue: large customers, strong case',
    answers: from(SAMPLE, {
      customers: 5,
      arrBand: '1m-5m',
      acv: 120_000,
      qualifiedOppsPerMonth: 4,
      salesCycleDays: 60,
    }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['founder-saturated-ae', 'few-founder-led-customers'],
    blockers: ['few-customers'],
  },
  {
    name: 'sporadic inbound but a regular outbound routine, saturated founder',
    answers: from(SAMPLE, {
      leadTrend: 'sporadic',
      outbound: 'systematic',
      leadSources: ['inbound', 'outbound'],
    }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['pipeline-feeds-ae'],
    blockers: [],
  },
  {
    name: 'saturated founder, process only in the founder’s head, no wins without a founder',
    answers: from(SAMPLE, { processDocs: 'in-head', nonFounderWins: 0 }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['pipeline-feeds-ae', 'process-unproven'],
    blockers: ['process-unproven'],
  },
  {
    name: 'unproven process and few customers',
    answers: from(SAMPLE, { processDocs: 'none', nonFounderWins: 0, customers: 6 }),
    kind: 'not-yet',
    reasons: ['few-founder-led-customers', 'process-unproven'],
    blockers: ['few-customers', 'process-unproven'],
  },
  {
    name: 'only four customers won so far',
    answers: from(SAMPLE, { customers: 4 }),
    kind: 'not-yet',
    reasons: ['few-founder-led-customers'],
    blockers: ['few-customers'],
  },
  {
    name: 'SDRs booking meetings with no account executive',
    answers: from(SAMPLE, { sdrs: 2, leadSources: ['inbound', 'outbound'] }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['sdrs-without-ae'],
    blockers: [],
  },
  {
    name: 'inbound leads go unanswered though closers have room',
    answers: from(TYPICAL, {
      aes: 2,
      qualifiedOppsPerMonth: 8,
      leadsUnworked: true,
      leadSources: ['inbound'],
    }),
    kind: 'sdr',
    reasons: ['inbound-unanswered'],
    blockers: [],
  },
  {
    name: 'healthy team with room and mid-size deals: no hire needed',
    answers: from(TYPICAL, { aes: 2, qualifiedOppsPerMonth: 10, acv: 8_000 }),
    kind: 'not-yet',
    reasons: ['spare-capacity'],
    blockers: [],
  },
  {
    name: 'enterprise deals, saturated founder, steady flow',
    answers: from(SAMPLE, {
      acv: 80_000,
      salesCycleDays: 120,
      stakeholders: 6,
      qualifiedOppsPerMonth: 5,
    }),
    kind: 'ae',
    aeProfile: 'enterprise',
    reasons: ['founder-saturated-ae', 'profile-enterprise'],
    blockers: [],
  },
  {
    name: 'no ideal customer profile, room to sell, large deals',
    answers: from(TYPICAL, { aes: 1, qualifiedOppsPerMonth: 2, icp: 'none', acv: 50_000 }),
    kind: 'not-yet',
    reasons: ['no-icp'],
    blockers: ['no-icp'],
  },
  {
    name: 'steady qualified flow but a low close rate',
    answers: from(TYPICAL, {
      aes: 1,
      qualifiedOppsPerMonth: 30,
      closeRatePct: 10,
      acv: 30_000,
      founderSalesHours: 12,
      leadsUnworked: true,
      customers: 40,
    }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['low-close-rate-steady-flow'],
    blockers: [],
  },
  {
    name: 'priced in euros: a mid-market deal after conversion',
    answers: from(SAMPLE, { currency: 'EUR', acv: 22_000 }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['founder-saturated-ae'],
    blockers: [],
  },
  {
    name: 'priced in pounds: too small for outbound after conversion',
    answers: from(TYPICAL, {
      currency: 'GBP',
      acv: 3_500,
      salesCycleDays: 20,
      aes: 1,
      qualifiedOppsPerMonth: 10,
    }),
    kind: 'not-yet',
    reasons: ['transactional-deal'],
    blockers: [],
  },
  {
    name: 'account executives full and the SDR team already at ratio',
    answers: from(TYPICAL, {
      arrBand: '1m-5m',
      customers: 80,
      aes: 2,
      sdrs: 1,
      qualifiedOppsPerMonth: 40,
      leadsUnworked: true,
      acv: 30_000,
      nonFounderWins: 15,
      processDocs: 'playbook',
    }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['pipeline-feeds-ae', 'sdr-ratio-full'],
    blockers: [],
  },
  {
    name: 'deals so small and rare a hire would never pay back',
    answers: from(TYPICAL, { qualifiedOppsPerMonth: 4, closeRatePct: 2, acv: 6_000 }),
    kind: 'not-yet',
    reasons: ['ae-no-payback'],
    blockers: [],
  },
  {
    name: 'profitable, growing inbound, a written playbook',
    answers: from(SAMPLE, {
      runwayMonths: 120,
      leadTrend: 'growing',
      processDocs: 'playbook',
      crm: 'crm-stages',
    }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['founder-saturated-ae'],
    blockers: [],
  },
  {
    name: 'no pipeline tracking at all',
    answers: from(SAMPLE, { crm: 'none' }),
    kind: 'ae',
    aeProfile: 'mid-market',
    reasons: ['founder-saturated-ae'],
    blockers: ['no-crm'],
  },
];
