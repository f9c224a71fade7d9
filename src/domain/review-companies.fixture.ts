import type { Answers } from './answers/schema';
import { SAMPLE_ANSWERS } from './answers/sample';

/*
 * Companies from the December 2026 practitioner reviews (docs/decisions/010), kept where a test
 * holds what the review found: the same answers the advisor read.
 */

/** Three enterprise AEs, outbound that books meetings, 30 months of runway (the Dec 2026 review's C13). */
export const fleetwise: Answers = {
  ...SAMPLE_ANSWERS,
  companyName: 'Fleetwise',
  arrBand: '1m-5m',
  customers: 30,
  aes: 3,
  sdrs: 0,
  qualifiedOppsPerMonth: 12,
  leadTrend: 'steady',
  leadSources: ['inbound', 'outbound'],
  leadsUnworked: false,
  outbound: 'systematic',
  icp: 'documented',
  processDocs: 'playbook',
  crm: 'crm-stages',
  qualification: 'framework',
  nonFounderWins: 25,
  currency: 'USD',
  acv: 80_000,
  closeRatePct: 20,
  salesCycleDays: 120,
  stakeholders: 6,
  founderSalesHours: 5,
  founderClosesAll: false,
  runwayMonths: 30,
  sellingFounders: 1,
  hireRegion: 'us',
};

/** Three closers who cannot keep up, by their own word, though the arithmetic sees few spare. */
export const brightdesk: Answers = {
  ...SAMPLE_ANSWERS,
  companyName: 'Brightdesk',
  arrBand: '1m-5m',
  customers: 60,
  aes: 3,
  sdrs: 1,
  qualifiedOppsPerMonth: 30,
  leadTrend: 'growing',
  leadSources: ['inbound', 'outbound'],
  leadsUnworked: true,
  outbound: 'systematic',
  icp: 'documented',
  processDocs: 'playbook',
  crm: 'crm-stages',
  qualification: 'framework',
  nonFounderWins: 40,
  currency: 'GBP',
  acv: 12_000,
  closeRatePct: 22,
  salesCycleDays: 40,
  stakeholders: 2,
  founderSalesHours: 3,
  founderClosesAll: false,
  runwayMonths: 22,
  hireRegion: 'uk',
};
