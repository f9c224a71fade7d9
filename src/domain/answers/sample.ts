import type { Answers } from './schema';

/**
 * A complete, typical set of answers (a seed-stage SaaS company whose founder is saturated). Used by
 * tests, the e2e suite and examples; never shown as a default in the wizard.
 */
export const SAMPLE_ANSWERS: Answers = {
  companyName: 'Acme Analytics',
  arrBand: 'under-1m',
  customers: 18,
  aes: 0,
  sdrs: 0,
  qualifiedOppsPerMonth: 12,
  leadTrend: 'steady',
  leadSources: ['inbound', 'referral'],
  leadsUnworked: true,
  outbound: 'ad-hoc',
  icp: 'documented',
  processDocs: 'partial',
  crm: 'crm',
  qualification: 'informal',
  nonFounderWins: 2,
  currency: 'USD',
  acv: 24_000,
  closeRatePct: 25,
  salesCycleDays: 45,
  stakeholders: 3,
  founderSalesHours: 25,
  founderClosesAll: true,
  runwayMonths: 18,
};
