import type { BlockerText, Rule } from './types';

/*
 * Gates: conditions no vote can outweigh. While one holds, no hire is recommended (kind 'not-yet');
 * the result may still name the hire that follows once it is cleared. Order = weight.
 * The payback and runway gates read the intended hire's figures; decide.ts sets which.
 */

export const READINESS_GATES: readonly Rule[] = [
  {
    id: 'no-proof',
    role: 'gate',
    dimension: 'leadFlow',
    description: 'Too few customers won to show that the pitch works',
    when: {
      any: [
        { fact: 'customers', op: '==', than: 0 },
        { fact: 'arrBand', op: '==', than: 0 },
        {
          all: [
            { fact: 'customers', op: '<', than: { assumption: 'minFounderLedCustomers' } },
            { fact: 'arrBand', op: '<', than: 2 },
          ],
        },
      ],
    },
    source:
      'Jason Lemkin, SaaStr (2015): founders close about the first 10 customers before hiring sales; Justin Welsh (2021).',
  },
  {
    id: 'no-pipeline',
    role: 'gate',
    dimension: 'leadFlow',
    description: 'No steady flow of qualified opportunities and no proven way to book meetings',
    when: {
      all: [
        {
          any: [
            { fact: 'leadTrend', op: '==', than: 0 },
            { fact: 'opps', op: '<', than: 1 },
            // "Sporadic" is the answer for no steady flow; unless leads already wait for someone
            // to work them, a closer hired on it would wait between deals.
            {
              all: [
                { fact: 'leadTrend', op: '==', than: 1 },
                { fact: 'leadsWait', is: false },
              ],
            },
          ],
        },
        { fact: 'outbound', op: '<', than: 2 },
      ],
    },
    source:
      'Aaron Ross & Marylou Tyler, Predictable Revenue (2011): a seller without pipeline burns money.',
  },
  {
    id: 'close-rate-floor',
    role: 'gate',
    dimension: 'economics',
    description: 'Close rate below the floor: a qualification or fit problem, not a headcount one',
    when: { fact: 'closeRatePct', op: '<', than: { assumption: 'closeRateFloorPct' } },
    source: 'Ebsta & Pipeliner, B2B Sales Benchmarks (2024): average B2B win rate about 17–20%.',
  },
  {
    id: 'no-process',
    role: 'gate',
    dimension: 'process',
    description: 'No consistent way of selling yet for a hire to follow',
    when: { fact: 'processDocs', op: '==', than: 0 },
    source:
      'Mark Roberge, The Sales Acceleration Formula (2015): hire to scale a process that already works.',
  },
];

export const PAYBACK_GATE: Rule = {
  id: 'payback',
  role: 'gate',
  dimension: 'economics',
  description: 'The hire would not pay back on gross profit within the limit for your deals',
  // `aePayback` is re-pointed at the intended hire's payback by decide.ts.
  when: { fact: 'aePayback', op: '>', than: { fact: 'paybackLimit' } },
  source:
    'Bessemer Venture Partners, Scaling to $100 Million (2021): CAC payback benchmarks by segment, on gross margin.',
};

export const RUNWAY_GATE: Rule = {
  id: 'runway',
  role: 'gate',
  dimension: 'budget',
  description: 'Runway shorter than time to hire + ramp + payback',
  when: { fact: 'runway', op: '<', than: { fact: 'aeRunwayNeeded' } },
  source:
    'The Bridge Group, SaaS AE Metrics & Compensation Report (2024) for ramp; SHRM Talent Acquisition Benchmarking (2022) for time to hire.',
};

export const GATE_TEXT: Record<string, BlockerText> = {
  'no-proof': {
    title: 'Win more customers yourself first',
    why: 'A salesperson needs a pitch that already wins. With few customers, nobody can tell yet which deals you win and why.',
    fix: 'Keep selling yourself until about 10 customers have bought from people outside your own network, and note what the wins had in common.',
    typicalWeeks: 26,
  },
  'no-pipeline': {
    title: 'Build a steady flow of qualified opportunities',
    why: 'A closer without pipeline waits, and an SDR without a proven way to book meetings has nothing to repeat.',
    fix: 'Run outbound yourself for two to three months (a target list, a short message, about 50 contacts a week) until it books meetings every week.',
    typicalWeeks: 12,
  },
  'close-rate-floor': {
    title: 'Fix qualification before adding sellers',
    why: 'When fewer than one in ten qualified opportunities closes, the deals are the wrong fit or are qualified too loosely; another seller would lose them too.',
    fix: 'Review your last 20 lost deals, tighten the ideal customer profile, and qualify on need, budget, authority and timing before a demo.',
    typicalWeeks: 8,
  },
  'no-process': {
    title: 'Find a way of selling that repeats',
    why: 'A hire executes a process; they cannot invent one that the founders have not found.',
    fix: 'Write down the steps the deals you have won followed (first call, demo, proposal, close), and run the next ten deals through the same steps.',
    typicalWeeks: 8,
  },
  payback: {
    title: 'Fix the unit economics first',
    why: 'At your deal size, close rate and pipeline, the hire’s gross profit would not repay their cost within the usual limit for your deals.',
    fix: 'Raise prices or deal size, win a larger share of opportunities, sell small deals self-serve, or find a cheaper channel (partners, product-led) before hiring.',
  },
  runway: {
    title: 'Secure more runway before hiring',
    why: 'A hire needs money for the search, the ramp and the months until their gross profit repays them; a hire that fails halfway costs the company.',
    fix: 'Raise money, cut burn, or grow revenue until your runway covers the search, ramp and payback.',
  },
};
