import type { HireKind } from '../types';
import type { BlockerText, Rule } from './types';

/*
 * Blockers a hire can start alongside: gaps the founders and the new hire close in the first weeks
 * (a playbook written from recent wins, a CRM with stages). They turn "hire now" into "hire after",
 * never into "not yet". Each names the hires it matters for.
 */

export interface AlongsideRule extends Rule {
  appliesTo: readonly HireKind[];
  text: BlockerText;
  /** For a heading: "Hire … once {once}". */
  once: string;
}

const ROBERGE = 'Mark Roberge, The Sales Acceleration Formula (2015)';

export const ALONGSIDE: readonly AlongsideRule[] = [
  {
    id: 'playbook',
    role: 'alongside',
    once: 'your playbook is written',
    dimension: 'process',
    appliesTo: ['ae', 'both'],
    description: 'The way you sell is not written down, or has not yet won without a founder',
    when: {
      any: [
        { fact: 'processDocs', op: '==', than: 1 },
        {
          all: [
            { fact: 'processDocs', op: '==', than: 2 },
            { fact: 'nonFounderWins', op: '<', than: { assumption: 'minNonFounderWins' } },
          ],
        },
      ],
    },
    source: ROBERGE,
    text: {
      title: 'Write the sales playbook',
      why: 'A new account executive ramps on what is written down: the stages, the questions, the objections and the pricing rules.',
      fix: 'Write the playbook from your last ten wins in the weeks the search takes, and have the new hire finish it in their first month.',
      typicalWeeks: 4,
    },
  },
  {
    id: 'crm',
    role: 'alongside',
    once: 'a CRM with stages is set up',
    dimension: 'process',
    appliesTo: ['ae', 'sdr', 'both'],
    description: 'No CRM to track deals',
    when: { fact: 'crm', op: '<=', than: 1 },
    source: ROBERGE,
    text: {
      title: 'Set up a CRM with stages',
      why: 'Without one, nobody can see a new hire’s pipeline, coach them or tell whether they are on track.',
      fix: 'Set up a CRM with five or six stages, each with a clear exit rule, and move your open deals into it.',
      typicalWeeks: 2,
    },
  },
  {
    id: 'qualification',
    role: 'alongside',
    once: 'everyone qualifies deals the same way',
    dimension: 'process',
    appliesTo: ['ae', 'sdr', 'both'],
    description: 'Every lead is pursued, with no qualification',
    when: { fact: 'qualification', op: '==', than: 0 },
    source: 'Jack Napoli, MEDDIC at PTC (1996), as described by Andy Whyte, MEDDICC (2020).',
    text: {
      title: 'Agree how to qualify a deal',
      why: 'A new hire who pursues every lead spends the ramp on deals that never close.',
      fix: 'Pick a simple framework (need, budget, authority, timing) and use it on every new opportunity.',
      typicalWeeks: 2,
    },
  },
  {
    id: 'icp',
    role: 'alongside',
    once: 'your ideal customer profile is written down',
    dimension: 'process',
    appliesTo: ['ae', 'both'],
    description: 'No written ideal customer profile',
    when: { fact: 'icp', op: '==', than: 0 },
    source: 'Aaron Ross & Marylou Tyler, Predictable Revenue (2011).',
    text: {
      title: 'Write down your ideal customer profile',
      why: 'Without one, a new seller chases companies that look like buyers but rarely buy.',
      fix: 'Describe the companies behind your best ten customers: industry, size, the problem, who signs.',
      typicalWeeks: 2,
    },
  },
  {
    id: 'icp-for-sdr',
    role: 'alongside',
    once: 'your ideal customer profile is written down',
    dimension: 'process',
    appliesTo: ['sdr', 'both'],
    description: 'The ideal customer profile is known but not written down',
    when: { fact: 'icp', op: '==', than: 1 },
    source: 'Aaron Ross & Marylou Tyler, Predictable Revenue (2011).',
    text: {
      title: 'Write the ideal customer profile an SDR can build lists from',
      why: 'An SDR prospects from a written profile; one that lives in the founder’s head cannot be turned into target lists.',
      fix: 'Write the profile down with the industries, company sizes, job titles and the trigger events that predict a purchase.',
      typicalWeeks: 2,
    },
  },
  {
    id: 'outbound-routine',
    role: 'alongside',
    once: 'outbound runs as a weekly routine',
    dimension: 'leadFlow',
    appliesTo: ['sdr', 'both'],
    description: 'Outbound has booked meetings now and then, without a routine',
    when: { fact: 'outbound', op: '==', than: 1 },
    source: 'Aaron Ross & Marylou Tyler, Predictable Revenue (2011).',
    text: {
      title: 'Turn outbound into a routine the SDR can repeat',
      why: 'An SDR repeats what already works: target lists, messages and a cadence that book meetings.',
      fix: 'Write down the lists, messages and cadence behind the meetings you booked, and run them weekly while you hire.',
      typicalWeeks: 4,
    },
  },
];
