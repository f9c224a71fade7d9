import { SAMPLE_ANSWERS, type Answers } from '../domain';
import { buildShareUrl } from './share-code';

/*
 * Share-URL lengths for `npm run bench` and the codec tests: the budget (issue 5) is a complete
 * assessment's whole URL ≤ 150 characters on the default host path.
 */

/** The host path the budget is measured on. */
export const BENCH_BASE_URL = 'https://hireready.app/';

/** The link budget for a complete assessment with a typical name and no changed assumptions. */
export const SHARE_URL_BUDGET = 150;

/** The longest name the schema allows, in plain Latin letters and spaces: the usual worst case. */
export const LONG_COMPANY_NAME =
  'Northwind Enterprise Analytics and Revenue Operations Consulting Group Europe AB';

export interface ShareUrlMeasure {
  label: string;
  url: string;
  length: number;
  withinBudget: boolean;
}

function measure(label: string, answers: Answers): ShareUrlMeasure {
  const url = buildShareUrl(BENCH_BASE_URL, { answers, assumptions: {} });
  return { label, url, length: url.length, withinBudget: url.length <= SHARE_URL_BUDGET };
}

/** The share URL of a complete assessment with a typical name ("Acme Analytics") and with an 80-character name. */
export function measureShareUrl(): { typical: ShareUrlMeasure; longName: ShareUrlMeasure } {
  return {
    typical: measure('complete assessment, typical name', SAMPLE_ANSWERS),
    longName: measure('complete assessment, 80-character name', {
      ...SAMPLE_ANSWERS,
      companyName: LONG_COMPANY_NAME,
    }),
  };
}
