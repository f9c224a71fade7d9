import { describe, expect, it } from 'vitest';
import { answersSchema, type Answers } from './schema';
import { SAMPLE_ANSWERS } from './sample';

/** The messages a person would see for one changed answer, by field. */
function messagesFor(change: Record<string, unknown>): Record<string, string[]> {
  const result = answersSchema().safeParse({ ...SAMPLE_ANSWERS, ...change });
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

describe('answersSchema', () => {
  it('accepts the sample answers', () => {
    expect(answersSchema().parse(SAMPLE_ANSWERS)).toEqual(SAMPLE_ANSWERS);
  });

  it('accepts the edges of every range', () => {
    const low: Answers = {
      ...SAMPLE_ANSWERS,
      companyName: '',
      customers: 0,
      aes: 0,
      sdrs: 0,
      qualifiedOppsPerMonth: 0,
      leadSources: [],
      nonFounderWins: 0,
      acv: 0.01,
      closeRatePct: 0,
      salesCycleDays: 1,
      stakeholders: 1,
      founderSalesHours: 0,
      runwayMonths: 0,
    };
    const high: Answers = {
      ...SAMPLE_ANSWERS,
      companyName: 'x'.repeat(80),
      customers: 1_000_000,
      aes: 1_000,
      sdrs: 1_000,
      qualifiedOppsPerMonth: 10_000,
      leadSources: ['inbound', 'outbound', 'referral', 'partner', 'events'],
      nonFounderWins: 10_000,
      acv: 100_000_000,
      closeRatePct: 100,
      salesCycleDays: 730,
      stakeholders: 20,
      founderSalesHours: 80,
      runwayMonths: 120,
    };
    expect(answersSchema().safeParse(low).success).toBe(true);
    expect(answersSchema().safeParse(high).success).toBe(true);
  });

  it.each([
    [{ closeRatePct: 120 }, 'closeRatePct', 'Enter a close rate between 0 and 100'],
    [{ closeRatePct: -1 }, 'closeRatePct', 'Enter a close rate between 0 and 100'],
    [
      { customers: -1 },
      'customers',
      'Enter the number of paying customers between 0 and 1,000,000',
    ],
    [{ customers: 2.5 }, 'customers', 'Enter the number of paying customers as a whole number'],
    [{ aes: 1_001 }, 'aes', 'Enter the number of account executives between 0 and 1,000'],
    [{ salesCycleDays: 0 }, 'salesCycleDays', 'Enter a sales cycle in days between 1 and 730'],
    [{ salesCycleDays: 731 }, 'salesCycleDays', 'Enter a sales cycle in days between 1 and 730'],
    [
      { stakeholders: 21 },
      'stakeholders',
      'Enter the number of people in the buying decision between 1 and 20',
    ],
    [
      { qualifiedOppsPerMonth: 10_001 },
      'qualifiedOppsPerMonth',
      'Enter qualified opportunities a month between 0 and 10,000',
    ],
    [
      { founderSalesHours: 81 },
      'founderSalesHours',
      'Enter selling hours a week for each selling founder between 0 and 80',
    ],
    [{ runwayMonths: 121 }, 'runwayMonths', 'Enter months of runway between 0 and 120'],
    [{ acv: 0 }, 'acv', 'Enter an average first-year contract value greater than 0'],
    [{ acv: 100_000_001 }, 'acv', 'Enter an average first-year contract value below 100,000,000'],
    [
      { companyName: 'x'.repeat(81) },
      'companyName',
      'Enter a company name of 80 characters or fewer',
    ],
  ])('rejects out-of-range %o with “%s: %s”', (change, key, message) => {
    expect(messagesFor(change)[key]).toEqual([message]);
  });

  it.each([
    [{ closeRatePct: '25' }, 'closeRatePct', 'Enter a close rate as a number'],
    [{ acv: 'a lot' }, 'acv', 'Enter your average first-year contract value as a number'],
    [{ customers: null }, 'customers', 'Enter the number of paying customers as a number'],
    [{ arrBand: 'a billion' }, 'arrBand', 'Select your annual recurring revenue'],
    [{ currency: 'JPY' }, 'currency', 'Select the currency you price in'],
    [
      { leadsUnworked: 'yes' },
      'leadsUnworked',
      'Select yes or no for whether qualified leads wait or get dropped',
    ],
    [{ leadSources: 'inbound' }, 'leadSources', 'Select where your opportunities come from'],
    [{ leadSources: ['inbound', 'inbound'] }, 'leadSources', 'Select each source only once'],
    [{ companyName: 42 }, 'companyName', 'Enter the company name as text'],
  ])('rejects the wrong type %o with “%s: %s”', (change, key, message) => {
    // zod may report a wrong type more than once (type, then size); the person sees one message.
    expect([...new Set(messagesFor(change)[key])]).toEqual([message]);
  });

  it('names every missing answer', () => {
    const result = answersSchema().safeParse({});
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Select your annual recurring revenue');
    // A blank number asks for the value rather than complaining about its type.
    expect(messages).toContain('Enter a close rate');
    expect(messages).not.toContain('Enter a close rate as a number');
    expect(messages.every((m) => /^(Enter|Select)\b/.test(m))).toBe(true);
  });
});
