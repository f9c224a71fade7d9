import type { Rule } from './types';

/*
 * Signals: facts about capacity, pipeline and fit that decide.ts combines into the kind of hire.
 * Capacity has a band: within ±capacityBandPct of full is "at capacity", neither full nor room;
 * the user's own "leads wait" answer counts as full whatever the model says.
 */

/** The edges of the ±band around full capacity. */
const OVER = { assumption: 'capacityBandPct', scale: 0.01, offset: 1 } as const;
const ROOM = { assumption: 'capacityBandPct', scale: -0.01, offset: 1 } as const;

const BRIDGE = 'The Bridge Group, SaaS AE Metrics & Compensation Report (2024)';

export const SIGNALS = {
  closersFull: {
    id: 'closers-full',
    role: 'signal',
    dimension: 'capacity',
    description: 'The people who close are full',
    when: {
      any: [
        { fact: 'leadsWait', is: true },
        { fact: 'utilisation', op: '>', than: OVER },
        {
          all: [
            { fact: 'utilisation', op: '>=', than: ROOM },
            { fact: 'founderSharePct', op: '>=', than: { assumption: 'founderSalesSharePct' } },
          ],
        },
        {
          all: [
            { fact: 'utilisation', op: '>=', than: ROOM },
            { fact: 'leadTrend', op: '==', than: 3 },
          ],
        },
      ],
    },
    source: `${BRIDGE}; Justin Welsh, "When to hire your first salesperson" (2021).`,
  },
  closersRoom: {
    id: 'closers-room',
    role: 'signal',
    dimension: 'capacity',
    description: 'The people who close have room for more opportunities',
    when: {
      all: [
        { fact: 'leadsWait', is: false },
        { fact: 'utilisation', op: '<', than: ROOM },
      ],
    },
    source: BRIDGE,
  },
  aeFed: {
    id: 'ae-fed',
    role: 'signal',
    dimension: 'leadFlow',
    description: 'Spare opportunities would keep a new account executive busy',
    when: {
      any: [
        { fact: 'pipelineCoverage', op: '>=', than: { assumption: 'minPipelineCoverage' } },
        { fact: 'leadsWait', is: true },
      ],
    },
    source: BRIDGE,
  },
  sdrFits: {
    id: 'sdr-fits',
    role: 'signal',
    dimension: 'leadFlow',
    description: 'An SDR could add pipeline that pays',
    when: {
      all: [
        { fact: 'sdrRatioMet', is: false },
        { fact: 'acvUsd', op: '>=', than: { assumption: 'transactionalAcvUsd' } },
        { fact: 'icp', op: '>=', than: 1 },
        // A first SDR repeats outbound that already books meetings on purpose, as a routine. The
        // hiring plan applies the same condition (plan-input.ts, hasOutboundToRepeat).
        {
          any: [
            { fact: 'outbound', op: '>=', than: 2 },
            { fact: 'sdrs', op: '>', than: 0 },
          ],
        },
      ],
    },
    source:
      'TOPO, Sales Development Benchmark Report (2015); Tomasz Tunguz (2016) on the deal size outbound needs; Predictable Revenue (2011).',
  },
  lowClose: {
    id: 'low-close',
    role: 'signal',
    dimension: 'economics',
    description: 'Close rate low enough that a specialised closer could win more',
    when: { fact: 'closeRatePct', op: '<', than: { assumption: 'lowCloseRatePct' } },
    source: 'Ebsta & Pipeliner, B2B Sales Benchmarks (2024).',
  },
} as const satisfies Record<string, Rule>;
