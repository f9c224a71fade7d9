import type { Answers } from '../answers/schema';

/**
 * A quick check as a founder fills it in (profile 1 of tests/e2e/quick-check.spec.ts): founder-led,
 * 18 customers, leads waiting, the process partly written down. Its result is "hire after a fix":
 * write the playbook first. For tests that need a quick assessment without walking the form.
 */
export const SAMPLE_QUICK_ANSWERS: Partial<Answers> = {
  currency: 'USD',
  customers: 18,
  aes: 0,
  qualifiedOppsPerMonth: 12,
  leadsUnworked: true,
  processDocs: 'partial',
  acv: 24_000,
  closeRatePct: 25,
  runwayMonths: 18,
};
