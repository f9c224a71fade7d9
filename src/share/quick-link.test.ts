import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import { encodeShareCode, restoreShareCode } from './index';

/*
 * Issue 14: a quick check's link says which answers are typical values ("~q" + a bitmask after the
 * name, share format v3). The code below is frozen: it must keep decoding to this payload.
 */
const QUICK_CODE = '368.1i.0.0.c.251112210.0iio.p.1o.3.a.1i.50Quick_Co~q8o5t5.er';
const QUICK_PAYLOAD = {
  answers: {
    companyName: 'Quick Co',
    arrBand: 'under-1m',
    customers: 18,
    aes: 0,
    sdrs: 0,
    qualifiedOppsPerMonth: 12,
    leadTrend: 'steady',
    leadSources: ['inbound', 'referral'],
    leadsUnworked: true,
    outbound: 'ad-hoc',
    icp: 'rough',
    processDocs: 'partial',
    crm: 'crm',
    qualification: 'informal',
    nonFounderWins: 0,
    currency: 'USD',
    acv: 24000,
    closeRatePct: 25,
    salesCycleDays: 60,
    stakeholders: 3,
    founderSalesHours: 10,
    founderClosesAll: true,
    runwayMonths: 18,
    sellingFounders: 1,
    hireRegion: 'us',
  },
  assumptions: {},
  assumed: [
    'arrBand',
    'sdrs',
    'leadTrend',
    'leadSources',
    'outbound',
    'icp',
    'crm',
    'qualification',
    'nonFounderWins',
    'salesCycleDays',
    'stakeholders',
    'founderSalesHours',
    'founderClosesAll',
    'sellingFounders',
    'hireRegion',
  ],
} as const;

describe('quick-check links (v3 with assumed answers)', () => {
  it('the frozen quick link decodes to its answers and the assumed keys', () => {
    expect(restoreShareCode(QUICK_CODE)).toEqual({ ok: true, value: QUICK_PAYLOAD, version: 3 });
  });

  it('writes the frozen code for that payload, and round-trips with notes', () => {
    const payload = structuredClone(QUICK_PAYLOAD) as unknown as Parameters<
      typeof encodeShareCode
    >[0];
    expect(encodeShareCode(payload)).toBe(QUICK_CODE);
    const withNotes = { ...payload, notes: 'Call back on Friday ~ maybe' };
    const restored = restoreShareCode(encodeShareCode(withNotes));
    expect(restored.ok && restored.value).toEqual(withNotes);
  });

  it('a full assessment writes no marker and decodes with no assumed list', () => {
    const code = encodeShareCode({ answers: SAMPLE_ANSWERS, assumptions: {} });
    expect(code).not.toContain('~q');
    const restored = restoreShareCode(code);
    expect(restored.ok && restored.value).not.toHaveProperty('assumed');
  });

  it('a damaged marker is refused, not read as a name', () => {
    const body = QUICK_CODE.slice(0, -2).replace('~q8o5t5.', '~q0.');
    const result = restoreShareCode(body + QUICK_CODE.slice(-2));
    expect(result.ok).toBe(false);
  });
});
