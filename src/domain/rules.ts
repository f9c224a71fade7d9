import type { Answers } from './answers';
import type { Assumptions } from './assumptions';
import type { AeProfile, Dimension, RecommendationKind } from './assessment';
import { all, any, atLeast, is, isNot, not, type Condition } from './conditions';
import type { DerivedFactKey, Facts } from './facts';
import { formatAmount, formatMoney, formatNumber, plural } from './text';

/*
 * The rules, as typed data. Each rule has a condition over facts (answers, metrics and the derived
 * yes/no facts below), effects on the decision and the scores, a sentence that quotes the user's
 * own answers, and the source of the advice it encodes (the signals in ../shared/DOMAIN.md).
 *
 * How effects combine (docs/decisions/002-engine-semantics.md):
 *   - votes add up per kind; `not-yet` starts with a small head start, so a hire needs a case;
 *   - a veto removes a kind outright ("never an AE"); `not-yet` can never be vetoed;
 *   - the kind with the most votes among those not vetoed wins; ties go to the smaller step
 *     (not-yet, then ae, sdr, both);
 *   - blockers attach to the outcome when the chosen kind is in their `appliesTo`;
 *   - aeProfile: transactional beats enterprise beats the default, mid-market;
 *   - score effects add points to a dimension on top of the formulas in scores.ts.
 */

export type HireKind = Exclude<RecommendationKind, 'not-yet'>;

/** What a rule's sentences can read. */
export interface ExplainContext {
  f: Facts;
  answers: Answers;
  a: Assumptions;
}
export type Text = (c: ExplainContext) => string;

export interface BlockerSpec {
  id: string;
  title: string;
  /** The kinds this blocker stands in the way of (including `not-yet`, where it explains the wait). */
  appliesTo: readonly RecommendationKind[];
  /** The next step that removes it, as a short imperative; the title when absent. */
  step?: Text;
  why: Text;
  fix: Text;
}

export interface Effects {
  /** Points for (positive) or against (negative) each kind. */
  votes?: Partial<Record<RecommendationKind, number>>;
  /** Kinds this rule rules out whatever the votes say. */
  veto?: readonly HireKind[];
  /** Points added to a dimension score. */
  scores?: Partial<Record<Dimension, number>>;
  /** The AE profile this rule calls for. */
  aeProfile?: AeProfile;
  blocker?: BlockerSpec;
}

export interface Rule {
  id: string;
  description: string;
  dimension: Dimension;
  when: Condition;
  effects: Effects;
  /** One sentence quoting the user's answers, shown when the rule fired and mattered. */
  explain: Text;
  source: string;
}

export interface DerivedFact {
  label: string;
  when: Condition;
}

// Vote weights are the engine's own structure, not benchmark figures: a decisive signal is one
// DOMAIN.md names as settling the question on its own; the rest support or weigh against it.
const DECISIVE = 6;
const HEAVY = 5;
const STRONG = 4;
const FIRM = 3;
const SOME = 2;
const SLIGHT = 1;

// Score adjustments, in points on a 0–100 scale.
const PENALTY = 10;
const SMALL_PENALTY = 5;

// ---------------------------------------------------------------------------------------------
// Derived yes/no facts. Order matters: each may use only base facts and the ones above it.
// ---------------------------------------------------------------------------------------------

/** The derived yes/no facts the rules test, each defined as a condition with a plain label. */
export const DERIVED_FACTS: { [K in DerivedFactKey]: DerivedFact } = {
  preRevenue: {
    label: 'No revenue or no paying customers yet',
    when: any(
      { fact: 'arrBand', op: 'eq', value: 'pre-revenue' },
      { fact: 'customers', op: 'eq', value: 0 },
    ),
  },
  steadyFlow: {
    label: 'Qualified opportunities arrive steadily',
    when: all(
      { fact: 'leadTrend', op: 'in', values: ['steady', 'growing'] },
      { fact: 'oppsPerMonth', op: 'gt', value: 0 },
    ),
  },
  outboundMotion: {
    label: 'Outbound prospecting runs regularly',
    when: { fact: 'outbound', op: 'eq', value: 'systematic' },
  },
  lowDealSize: {
    label: 'Deals are too small for outbound',
    when: { fact: 'acvUsd', op: 'lt', assumption: 'transactionalAcvUsd' },
  },
  transactionalDeal: {
    label: 'Deals are small and quick (transactional)',
    when: all(is('lowDealSize'), {
      fact: 'salesCycleDays',
      op: 'lte',
      assumption: 'shortCycleDays',
    }),
  },
  outboundPays: {
    label: 'Deals are large enough for outbound to pay',
    when: { fact: 'acvUsd', op: 'gte', assumption: 'outboundPaysAcvUsd' },
  },
  founderSaturated: {
    label: 'Selling takes more of the founders’ week than is sustainable',
    when: { fact: 'founderSalesSharePct', op: 'gte', assumption: 'founderSalesSharePct' },
  },
  closersSaturated: {
    label: 'Current closers cannot work every opportunity',
    when: { fact: 'surplusOppsPerMonth', op: 'gt', value: 0 },
  },
  spareCapacity: {
    label: 'Current closers have room for more opportunities',
    when: { fact: 'spareCapacityPerMonth', op: 'gt', value: 0 },
  },
  thinPipeline: {
    label: 'Spare opportunities would not keep a new account executive busy',
    when: { fact: 'pipelineCoverage', op: 'lt', assumption: 'minPipelineCoverage' },
  },
  processUnproven: {
    label: 'The sales process is neither written down nor proven without a founder',
    when: all(
      { fact: 'processDocs', op: 'in', values: ['none', 'in-head'] },
      { fact: 'nonFounderWins', op: 'lt', assumption: 'minNonFounderWins' },
    ),
  },
  workableProcess: {
    label: 'The sales process can be handed over',
    when: isNot('processUnproven'),
  },
  runwayCoversAe: {
    label: 'Runway covers an account executive’s ramp and payback',
    when: { fact: 'runwayMonths', op: 'gte', otherFact: 'runwayNeededMonths' },
  },
  runwayCoversSdr: {
    label: 'Runway covers an SDR’s ramp and payback',
    when: { fact: 'runwayMonths', op: 'gte', otherFact: 'sdrRunwayNeededMonths' },
  },
  runwayCoversBoth: {
    label: 'Runway covers hiring both',
    when: { fact: 'runwayMonths', op: 'gte', otherFact: 'bothRunwayNeededMonths' },
  },
};

// ---------------------------------------------------------------------------------------------
// Phrases shared by the sentences.
// ---------------------------------------------------------------------------------------------

const TREND_WORDS: Record<Answers['leadTrend'], string> = {
  none: 'almost nothing',
  sporadic: 'sporadic',
  steady: 'steady',
  growing: 'growing',
};
const OUTBOUND_WORDS: Record<Answers['outbound'], string> = {
  none: 'has not produced meetings',
  'ad-hoc': 'happens only now and then',
  systematic: 'runs regularly',
};
const PROCESS_WORDS: Record<Answers['processDocs'], string> = {
  none: 'is not consistent yet',
  'in-head': 'lives in the founders’ heads',
  partial: 'is partly written down',
  playbook: 'is a written playbook',
};
const ARR_WORDS: Record<Answers['arrBand'], string> = {
  'pre-revenue': 'no revenue',
  'under-1m': 'under $1 million',
  '1m-5m': '$1–5 million',
  'over-5m': 'over $5 million',
};

const usd = (amount: number): string => formatMoney(amount, 'USD');
/** The user's deal size in their own currency. */
const deal = ({ answers }: ExplainContext): string => formatMoney(answers.acv, answers.currency);
/** The deal size, with the dollar figure when the user prices in another currency. */
const dealWithUsd = (c: ExplainContext): string =>
  c.answers.currency === 'USD' ? deal(c) : `${deal(c)} (about ${usd(c.f.acvUsd)})`;
const opps = (n: number): string =>
  `${formatAmount(n)} qualified ${plural(n, 'opportunity', 'opportunities')}`;
const need = ({ f }: ExplainContext): string => formatAmount(f.oppsNeededPerAe ?? 0);
const cap = ({ f }: ExplainContext): string => formatAmount(f.closingCapacityPerMonth);
const pct = (ratio: number): string => `${formatNumber(ratio * 100, 0)}%`;
const months = (n: number): string => `${formatNumber(n, 1)} ${plural(n, 'month', 'months')}`;
const deals = (n: number): string => `${formatNumber(n, 0)} ${plural(n, 'deal', 'deals')}`;
const closers = ({ answers }: ExplainContext): string =>
  answers.aes === 0
    ? 'the founders’ sustainable selling time'
    : `${answers.aes} account ${plural(answers.aes, 'executive', 'executives')} plus the founders’ sustainable selling time`;
/** "last 10 wins": the recent wins a playbook should be written from (ten is plenty to see a pattern). */
const PLAYBOOK_WINS = 10;
const lastWins = (answers: Answers): string => {
  const n = Math.max(1, Math.min(answers.customers, PLAYBOOK_WINS));
  return n === 1 ? 'last win' : `last ${formatNumber(n, 0)} wins`;
};
const nonFounderWins = ({ answers }: ExplainContext): string =>
  answers.nonFounderWins === 0
    ? 'no deal has closed without a founder in the last six months'
    : `${deals(answers.nonFounderWins)} closed without a founder in the last six months`;

// ---------------------------------------------------------------------------------------------
// The rules.
// ---------------------------------------------------------------------------------------------

const ALL_KINDS = ['ae', 'sdr', 'both', 'not-yet'] as const;

/** Every rule, in the order the trace lists them. See docs/decisions/002-engine-semantics.md. */
export const RULES = [
  // --- Is it too early for any sales hire? ---------------------------------------------------
  {
    id: 'pre-revenue',
    description: 'No revenue or no paying customers: no sales hire yet.',
    dimension: 'process',
    when: is('preRevenue'),
    effects: {
      veto: ['ae', 'sdr', 'both'],
      blocker: {
        id: 'no-customers',
        title: 'Win your first paying customers',
        appliesTo: ALL_KINDS,
        why: ({ answers }) =>
          answers.customers === 0
            ? 'With no paying customers yet, there is no proven pitch for a new hire to repeat.'
            : 'With no recurring revenue yet, there is no proven pitch for a new hire to repeat.',
        fix: ({ a }) =>
          `Keep selling founder-led until about ${formatNumber(a.minFounderLedCustomers, 0)} customers pay you and the pitch works the same way each time.`,
      },
    },
    explain: ({ answers }) =>
      answers.customers === 0
        ? 'You have no paying customers yet; a salesperson needs a pitch that has already sold.'
        : 'You have no recurring revenue yet; a salesperson needs a pitch that has already sold.',
    source:
      'Lemkin/SaaStr, Justin Welsh, Cummings: founders close the first customers themselves before the first sales hire.',
  },
  {
    id: 'few-founder-led-customers',
    description:
      'Fewer customers than founders usually win themselves before the first sales hire.',
    dimension: 'process',
    when: all(
      { fact: 'customers', op: 'gt', value: 0 },
      { fact: 'customers', op: 'lt', assumption: 'minFounderLedCustomers' },
    ),
    effects: {
      votes: { 'not-yet': HEAVY, ae: -FIRM, sdr: -FIRM, both: -FIRM },
      blocker: {
        id: 'few-customers',
        title: 'Win more customers founder-led',
        appliesTo: ALL_KINDS,
        why: ({ answers, a }) =>
          `You have ${formatNumber(answers.customers, 0)} paying ${plural(answers.customers, 'customer', 'customers')}; founders usually win about the first ${formatNumber(a.minFounderLedCustomers, 0)} themselves, so the pitch is proven before someone else repeats it.`,
        fix: ({ a }) =>
          `Keep closing deals yourself until about ${formatNumber(a.minFounderLedCustomers, 0)} customers pay you, and note what made each one buy.`,
      },
    },
    explain: ({ answers, a }) =>
      `You have ${formatNumber(answers.customers, 0)} paying ${plural(answers.customers, 'customer', 'customers')}; founders usually win about the first ${formatNumber(a.minFounderLedCustomers, 0)} themselves before hiring a salesperson.`,
    source: 'Lemkin/SaaStr, Justin Welsh, Cummings: founders close about the first 10 customers.',
  },
  {
    id: 'few-customers-little-revenue',
    description: 'Few customers and under $1 million of revenue: the pitch is not proven yet.',
    dimension: 'process',
    when: all(
      { fact: 'customers', op: 'gt', value: 0 },
      { fact: 'customers', op: 'lt', assumption: 'minFounderLedCustomers' },
      { fact: 'arrBand', op: 'in', values: ['pre-revenue', 'under-1m'] },
    ),
    effects: { votes: { 'not-yet': DECISIVE } },
    explain: ({ answers }) =>
      `With ${formatNumber(answers.customers, 0)} paying ${plural(answers.customers, 'customer', 'customers')} and ${ARR_WORDS[answers.arrBand]} in recurring revenue, the way you sell has not yet been proven often enough for someone else to repeat it.`,
    source:
      'Lemkin/SaaStr, Justin Welsh, Cummings: the first-hire trigger is about 10 customers won founder-led. With revenue above $1 million the few customers are large ones, so this weighs less.',
  },
  {
    id: 'no-won-opportunities',
    description: 'A close rate of zero: nothing to extrapolate a hire’s results from.',
    dimension: 'economics',
    when: { fact: 'closeRatePct', op: 'eq', value: 0 },
    effects: { votes: { 'not-yet': STRONG, ae: -SOME, sdr: -SOME, both: -SOME } },
    explain: () =>
      'You win 0% of qualified opportunities; until some close, nobody can tell what a salesperson would bring in.',
    source: 'DOMAIN.md arithmetic: a hire’s output is opportunities × close rate × deal size.',
  },

  // --- Lead flow ------------------------------------------------------------------------------
  {
    id: 'no-flow-no-outbound',
    description: 'No steady qualified flow and no regular outbound: never an account executive.',
    dimension: 'leadFlow',
    when: all(isNot('steadyFlow'), isNot('outboundMotion')),
    effects: {
      veto: ['ae', 'both'],
      scores: { leadFlow: -PENALTY },
      blocker: {
        id: 'no-steady-pipeline',
        title: 'Build a steady flow of qualified opportunities',
        appliesTo: ['not-yet'],
        why: ({ answers }) =>
          `Your lead flow is ${TREND_WORDS[answers.leadTrend]} and outbound prospecting ${OUTBOUND_WORDS[answers.outbound]}, so an account executive would spend most of the month waiting for deals.`,
        fix: () =>
          'Pick one channel (outbound to your ideal customers, content, referrals or partners) and work it every week until qualified opportunities arrive every month.',
      },
    },
    explain: ({ answers }) =>
      `Your lead flow is ${TREND_WORDS[answers.leadTrend]} (${opps(answers.qualifiedOppsPerMonth)} a month) and outbound prospecting ${OUTBOUND_WORDS[answers.outbound]}; an account executive without a steady pipeline burns money.`,
    source:
      'Practitioner guidance (DOMAIN.md): without a consistent flow of qualified leads an AE waits for deals.',
  },
  {
    id: 'steady-flow',
    description: 'Qualified opportunities arrive steadily.',
    dimension: 'leadFlow',
    when: is('steadyFlow'),
    effects: { votes: { ae: SLIGHT, both: SLIGHT } },
    explain: ({ answers }) =>
      `Your lead flow has been ${TREND_WORDS[answers.leadTrend]} over the last six months, at ${opps(answers.qualifiedOppsPerMonth)} a month.`,
    source:
      'Practitioner guidance (DOMAIN.md): steady qualified leads are the first sign an AE is due.',
  },
  {
    id: 'pipeline-feeds-ae',
    description:
      'Opportunities beyond what current closers can work would keep a new account executive busy.',
    dimension: 'leadFlow',
    when: { fact: 'pipelineCoverage', op: 'gte', assumption: 'minPipelineCoverage' },
    effects: { votes: { ae: SOME } },
    explain: (c) =>
      `You create ${opps(c.answers.qualifiedOppsPerMonth)} a month and your current closers can work about ${cap(c)}; the ${formatAmount(c.f.surplusOppsPerMonth)} left over cover ${pct(c.f.pipelineCoverage ?? 0)} of the ${need(c)} one account executive needs at your deal size.`,
    source:
      'DOMAIN.md arithmetic: opportunities one AE needs = quota ÷ 12 ÷ (deal size × close rate).',
  },
  {
    id: 'thin-pipeline-for-ae',
    description: 'Spare opportunities would not keep a new account executive busy.',
    dimension: 'leadFlow',
    when: is('thinPipeline'),
    effects: { votes: { ae: -FIRM } },
    explain: (c) =>
      c.f.surplusOppsPerMonth > 0
        ? `You create ${opps(c.answers.qualifiedOppsPerMonth)} a month and your current closers can work about ${cap(c)}, so a new account executive would get about ${formatAmount(c.f.surplusOppsPerMonth)} of the ${need(c)} they need at your deal size.`
        : `You create ${opps(c.answers.qualifiedOppsPerMonth)} a month and your current closers can work about ${cap(c)}, so a new account executive would get none of the ${need(c)} they need at your deal size.`,
    source:
      'DOMAIN.md: an AE without pipeline waits; pipeline coverage = surplus opportunities ÷ what one AE needs.',
  },

  // --- Closing capacity -----------------------------------------------------------------------
  {
    id: 'closers-saturated',
    description: 'Current closers cannot work every opportunity.',
    dimension: 'capacity',
    when: is('closersSaturated'),
    effects: { votes: { ae: SLIGHT, both: SLIGHT, sdr: -FIRM } },
    explain: (c) =>
      `Your closers (${closers(c)}) can work about ${cap(c)} new opportunities a month and you create ${formatAmount(c.answers.qualifiedOppsPerMonth)}, so about ${formatAmount(c.f.surplusOppsPerMonth)} a month get less time than they need.`,
    source:
      'Little’s law on practitioner figures: a closer runs about 20 deals at once for one sales cycle each.',
  },
  {
    id: 'leads-wait-closers-full',
    description: 'Qualified leads wait or get dropped because the closers have no time.',
    dimension: 'capacity',
    when: all(is('leadsUnworked'), is('closersSaturated')),
    effects: { votes: { ae: SLIGHT, both: SLIGHT } },
    explain: () =>
      'You told us qualified leads wait more than two working days or get dropped because the people who close have no time.',
    source:
      'Practitioner guidance (DOMAIN.md): leads going unworked is the clearest sign of missing capacity.',
  },
  {
    id: 'inbound-unanswered',
    description:
      'Inbound leads go unanswered although the closers have room: an SDR qualifies them.',
    dimension: 'capacity',
    when: all(is('leadsUnworked'), isNot('closersSaturated'), is('inboundSource')),
    effects: { votes: { sdr: STRONG } },
    explain: (c) =>
      `Qualified leads wait or get dropped even though your closers have room for about ${formatAmount(c.f.spareCapacityPerMonth)} more opportunities a month; answering and qualifying inbound quickly is an SDR’s job.`,
    source: 'Practitioner guidance (DOMAIN.md): hire an SDR when inbound leads go unanswered.',
  },
  {
    id: 'founder-saturated-ae',
    description:
      'A saturated founder, leads waiting, steady flow and a process that can be handed over: hire an account executive.',
    dimension: 'capacity',
    when: all(is('founderSaturated'), is('leadsUnworked'), is('steadyFlow'), is('workableProcess')),
    effects: { votes: { ae: DECISIVE } },
    explain: ({ answers, f, a }) =>
      `Founders spend ${formatNumber(answers.founderSalesHours, 1)} hours a week selling (${formatNumber(f.founderSalesSharePct, 0)}% of a ${formatNumber(a.founderWeekHours, 0)}-hour week), leads wait, the flow is ${TREND_WORDS[answers.leadTrend]} and ${
        answers.processDocs === 'partial' || answers.processDocs === 'playbook'
          ? 'the process is written down well enough to hand over'
          : 'deals already close without a founder'
      }: this is when a first closer pays off.`,
    source:
      'Practitioner guidance (DOMAIN.md): hire an AE when the founder closes every deal and has no capacity left (sales above about 20% of the week).',
  },
  {
    id: 'founder-bottleneck',
    description: 'A founder is on every deal and selling already saturates the founders.',
    dimension: 'capacity',
    when: all(is('founderClosesAll'), is('founderSaturated')),
    effects: { votes: { ae: SLIGHT } },
    explain: ({ answers }) =>
      `A founder is on every deal you close and selling already takes ${formatNumber(answers.founderSalesHours, 1)} hours a week, so the founders’ time caps how much you can sell.`,
    source:
      'Practitioner guidance (DOMAIN.md): the founder closing every deal with no capacity left signals an AE.',
  },
  {
    id: 'spare-capacity',
    description: 'Current closers have room for more opportunities: no new closer needed yet.',
    dimension: 'capacity',
    when: is('spareCapacity'),
    effects: { votes: { ae: -SOME, both: -FIRM, 'not-yet': SLIGHT } },
    explain: (c) =>
      `Your closers (${closers(c)}) can work about ${cap(c)} new opportunities a month and you create ${formatAmount(c.answers.qualifiedOppsPerMonth)}, so they have room for about ${formatAmount(c.f.spareCapacityPerMonth)} more before anyone new is needed to close.`,
    source:
      'Little’s law on practitioner figures: a closer runs about 20 deals at once for one sales cycle each.',
  },
  {
    id: 'sdr-fills-spare-capacity',
    description:
      'Spare closing capacity, thin pipeline, a written ideal customer profile and deals that pay for outbound: hire an SDR.',
    dimension: 'leadFlow',
    when: all(
      is('spareCapacity'),
      is('thinPipeline'),
      { fact: 'icp', op: 'eq', value: 'documented' },
      is('outboundPays'),
    ),
    effects: { votes: { sdr: DECISIVE } },
    explain: (c) =>
      `Your closers have room for about ${formatAmount(c.f.spareCapacityPerMonth)} more opportunities a month, your ideal customer profile is written down and deals of ${deal(c)} pay for outbound (it usually pays from ${usd(c.a.outboundPaysAcvUsd)}): an SDR can fill the gap.`,
    source:
      'Practitioner guidance (DOMAIN.md); Tunguz 2016 and gtmops on the deal size from which outbound pays.',
  },
  {
    id: 'both-saturated-thin',
    description:
      'Closers are full but the overflow would not keep a new account executive busy, deals pay for outbound and the runway covers both: hire both.',
    dimension: 'leadFlow',
    when: all(
      is('closersSaturated'),
      is('thinPipeline'),
      is('outboundPays'),
      is('runwayCoversBoth'),
    ),
    // One more than DECISIVE: this pattern is the only one DOMAIN.md gives for hiring both.
    effects: { votes: { both: DECISIVE + SLIGHT } },
    explain: (c) =>
      `Your closers are full (you create ${formatAmount(c.answers.qualifiedOppsPerMonth)} opportunities a month and they can work about ${cap(c)}), but the ${formatAmount(c.f.surplusOppsPerMonth)} left over cover only ${pct(c.f.pipelineCoverage ?? 0)} of a new account executive’s ${need(c)}; an SDR adding about ${formatAmount(c.f.sdrOppsPerMonth)} a month fills the gap, and ${months(c.answers.runwayMonths)} of runway cover both hires.`,
    source:
      'Practitioner guidance (DOMAIN.md): both when closing capacity is exhausted and pipeline would not keep a new AE busy.',
  },
  {
    id: 'sdr-scales-outbound',
    description: 'Outbound already works and closers have room: an SDR can run it full time.',
    dimension: 'leadFlow',
    when: all(is('outboundMotion'), is('spareCapacity')),
    effects: { votes: { sdr: SOME } },
    explain: () =>
      'You already prospect outbound regularly and your closers have room; an SDR can run that routine full time.',
    source: 'Practitioner guidance (DOMAIN.md): SDRs book first meetings for closers.',
  },
  {
    id: 'sdrs-without-ae',
    description: 'SDRs but no account executive: the meetings land on the founders.',
    dimension: 'capacity',
    when: all({ fact: 'sdrs', op: 'gt', value: 0 }, { fact: 'aes', op: 'eq', value: 0 }),
    effects: { votes: { ae: SOME, sdr: -SOME } },
    explain: ({ answers }) =>
      `You have ${formatNumber(answers.sdrs, 0)} ${plural(answers.sdrs, 'SDR', 'SDRs')} but no account executive, so the meetings they book land on the founders.`,
    source: 'DOMAIN.md: an SDR without a closer behind it creates meetings nobody converts.',
  },
  {
    id: 'sdr-ratio-full',
    description: 'The SDR team is already at the usual ratio to account executives.',
    dimension: 'capacity',
    when: all(
      { fact: 'aes', op: 'gt', value: 0 },
      { fact: 'sdrs', op: 'gt', value: 0 },
      { fact: 'sdrSeatsOpen', op: 'lte', value: 0 },
    ),
    effects: { votes: { sdr: -SOME, both: -SLIGHT } },
    explain: ({ answers, a }) =>
      `You already have ${formatNumber(answers.sdrs, 0)} ${plural(answers.sdrs, 'SDR', 'SDRs')} for ${formatNumber(answers.aes, 0)} account ${plural(answers.aes, 'executive', 'executives')}, at or above the usual ratio of ${formatNumber(a.sdrsPerAe, 2)} SDRs per account executive.`,
    source: 'SaaStr (1:2), TOPO 2015 (1:2.5): usual SDR to AE ratios.',
  },

  // --- Process --------------------------------------------------------------------------------
  {
    id: 'no-icp',
    description: 'No ideal customer profile: nobody new can tell whom to sell to.',
    dimension: 'process',
    when: { fact: 'icp', op: 'eq', value: 'none' },
    effects: {
      votes: { sdr: -STRONG, both: -FIRM, 'not-yet': SOME },
      blocker: {
        id: 'no-icp',
        title: 'Define your ideal customer profile',
        appliesTo: ALL_KINDS,
        why: () =>
          'Without an ideal customer profile a new hire cannot tell which companies to pursue, and an SDR cannot build a target list.',
        fix: () =>
          'Write down the industry, size, problem and buyer your best customers share, and use it to decide which leads to pursue.',
      },
    },
    explain: () =>
      'You have not defined your ideal customer profile yet, so anyone new would sell to whoever shows interest.',
    source:
      'Practitioner guidance (DOMAIN.md): not yet without an ICP; an SDR needs a defined ICP.',
  },
  {
    id: 'icp-not-written',
    description: 'The ideal customer profile is only rough: an SDR needs it written down.',
    dimension: 'process',
    when: { fact: 'icp', op: 'eq', value: 'rough' },
    effects: {
      votes: { sdr: -SLIGHT, both: -SLIGHT },
      blocker: {
        id: 'icp-not-written',
        title: 'Write down your ideal customer profile',
        appliesTo: ['sdr', 'both'],
        why: () =>
          'Your ideal customer profile is known but not written down; an SDR needs it on paper to build target lists.',
        fix: () =>
          'Turn what you know about your best customers into a one-page profile before the SDR starts.',
      },
    },
    explain: () =>
      'Your ideal customer profile is only rough; an SDR needs it written down to know whom to contact.',
    source: 'Practitioner guidance (DOMAIN.md): an SDR pays when the ICP is defined.',
  },
  {
    id: 'process-unproven',
    description:
      'The sales process is neither written down nor proven without a founder: an account executive would have to invent it.',
    dimension: 'process',
    when: is('processUnproven'),
    effects: {
      votes: { ae: -SOME, both: -SOME, 'not-yet': FIRM },
      scores: { process: -PENALTY },
      blocker: {
        id: 'process-unproven',
        title: 'Write down your sales process',
        appliesTo: ['ae', 'both', 'not-yet'],
        why: (c) =>
          `Your sales process ${PROCESS_WORDS[c.answers.processDocs]} and ${nonFounderWins(c)}, so an account executive would have to invent a process instead of running one.`,
        step: ({ answers }) => `Write the playbook from your ${lastWins(answers)}`,
        fix: ({ answers }) =>
          `Write the playbook from your ${lastWins(answers)}: the questions you ask, what you show, the objections you hear and how you price.`,
      },
    },
    explain: (c) =>
      `Your sales process ${PROCESS_WORDS[c.answers.processDocs]} and ${nonFounderWins(c)}; an account executive must run a proven process, not invent one.`,
    source:
      'Practitioner guidance (DOMAIN.md): not yet an AE when the sales process is not documented.',
  },
  {
    id: 'process-proven',
    description: 'The process is at least partly written down and has worked without a founder.',
    dimension: 'process',
    when: all(
      { fact: 'nonFounderWins', op: 'gte', assumption: 'minNonFounderWins' },
      { fact: 'processDocs', op: 'in', values: ['partial', 'playbook'] },
    ),
    effects: { votes: { ae: SLIGHT, both: SLIGHT } },
    explain: (c) =>
      `Your sales process ${PROCESS_WORDS[c.answers.processDocs]} and ${nonFounderWins(c)}, so a new closer has something proven to follow.`,
    source: 'Practitioner guidance (DOMAIN.md): an AE executes a proven process.',
  },
  {
    id: 'no-pipeline-tracking',
    description: 'Open deals are not tracked: a new hire’s progress could not be measured.',
    dimension: 'process',
    when: { fact: 'crm', op: 'eq', value: 'none' },
    effects: {
      scores: { process: -SMALL_PENALTY },
      blocker: {
        id: 'no-crm',
        title: 'Track your pipeline',
        appliesTo: ['ae', 'sdr', 'both'],
        why: () =>
          'You do not track open deals, so you could not tell whether a new hire is on course or why deals stall.',
        fix: () =>
          'Put every open deal in a CRM (a spreadsheet will do at first) with its stage and next step before the hire starts.',
      },
    },
    explain: () =>
      'You do not track your pipeline yet, so a new hire’s results could not be measured.',
    source:
      'Hire Ready: quota, coverage and payback can only be checked against a tracked pipeline.',
  },
  {
    id: 'founder-on-every-deal',
    description:
      'A founder is on every closed deal: selling does not yet work without the founders.',
    dimension: 'process',
    when: is('founderClosesAll'),
    effects: { scores: { process: -SMALL_PENALTY } },
    explain: () =>
      'A founder is on every deal you close, so selling does not yet work without the founders.',
    source:
      'Practitioner guidance (DOMAIN.md): the founder closing every deal is the pattern a first AE breaks.',
  },
  {
    id: 'low-close-rate-steady-flow',
    description:
      'Steady qualified leads but a low close rate: a specialised closer usually wins more.',
    dimension: 'economics',
    when: all(
      { fact: 'closeRatePct', op: 'lt', assumption: 'lowCloseRatePct' },
      { fact: 'closeRatePct', op: 'gt', value: 0 },
      is('steadyFlow'),
    ),
    effects: { votes: { ae: SOME } },
    explain: ({ answers, a }) =>
      `Qualified leads arrive steadily but you win only ${formatNumber(answers.closeRatePct, 1)}% of them (below ${formatNumber(a.lowCloseRatePct, 1)}%); a specialised closer with a consistent process usually wins more.`,
    source:
      'Practitioner guidance (DOMAIN.md): an AE when qualified leads arrive steadily but close rate is low or uneven.',
  },
  {
    id: 'deals-drag',
    description:
      'Deals take as long as enterprise deals without being enterprise-sized: a consistent closer shortens them.',
    dimension: 'process',
    when: all(
      { fact: 'salesCycleDays', op: 'gte', assumption: 'enterpriseCycleDays' },
      { fact: 'acvUsd', op: 'lt', assumption: 'enterpriseAcvUsd' },
      is('steadyFlow'),
    ),
    effects: { votes: { ae: SLIGHT } },
    explain: (c) =>
      `Deals of ${deal(c)} take ${formatNumber(c.answers.salesCycleDays, 0)} days to close, long for their size; a closer who runs a consistent process usually shortens them.`,
    source:
      'Practitioner guidance (DOMAIN.md): an AE when deals drag because nobody runs a consistent process.',
  },

  // --- Deal economics -------------------------------------------------------------------------
  {
    id: 'transactional-deal',
    description:
      'Small deals with a short cycle: never an SDR, and any account executive is transactional.',
    dimension: 'economics',
    when: is('transactionalDeal'),
    effects: { veto: ['sdr', 'both'], aeProfile: 'transactional' },
    explain: (c) =>
      `Your average first-year deal is ${dealWithUsd(c)} and closes in ${formatNumber(c.answers.salesCycleDays, 0)} ${plural(c.answers.salesCycleDays, 'day', 'days')}: outbound by an SDR rarely pays below ${usd(c.a.transactionalAcvUsd)}, and any closer should run many short deals from start to finish.`,
    source:
      'Tunguz 2016; gtmops: SDR-led outbound rarely pays below about $5k; DOMAIN.md: low deal size and short cycle call for a transactional profile.',
  },
  {
    id: 'low-deal-size',
    description:
      'Deals too small for outbound: an SDR rarely pays, and a closer sells transactionally.',
    dimension: 'economics',
    when: is('lowDealSize'),
    effects: { votes: { sdr: -STRONG, both: -STRONG }, aeProfile: 'transactional' },
    explain: (c) =>
      `At ${dealWithUsd(c)} a deal an SDR rarely earns back their cost; outbound usually needs deals of ${usd(c.a.outboundPaysAcvUsd)} or more.`,
    source:
      'Tunguz 2016; gtmops: SDR-led outbound rarely pays below about $5k and pays from about $15k.',
  },
  {
    id: 'outbound-marginal',
    description: 'Deals between the two outbound thresholds: an SDR is marginal.',
    dimension: 'economics',
    when: all(isNot('lowDealSize'), isNot('outboundPays')),
    effects: { votes: { sdr: -SOME, both: -SOME } },
    explain: (c) =>
      `At ${dealWithUsd(c)} a deal, outbound by an SDR is marginal: it usually pays from about ${usd(c.a.outboundPaysAcvUsd)}.`,
    source: 'Tunguz 2016; gtmops: outbound pays from about $15k.',
  },
  {
    id: 'outbound-pays',
    description: 'Deals large enough for outbound to pay.',
    dimension: 'economics',
    when: is('outboundPays'),
    effects: { votes: { sdr: SLIGHT } },
    explain: (c) =>
      `At ${dealWithUsd(c)} a deal, outbound prospecting pays for itself (it usually does from ${usd(c.a.outboundPaysAcvUsd)}).`,
    source: 'Tunguz 2016; gtmops: outbound pays from about $15k.',
  },
  {
    id: 'ae-pays-back',
    description:
      'A new account executive fed by the spare opportunities pays back within the target.',
    dimension: 'economics',
    when: { fact: 'aePaybackMonths', op: 'lte', assumption: 'targetPaybackMonths' },
    effects: { votes: { ae: SLIGHT } },
    explain: ({ f }) =>
      `A new account executive working your spare opportunities would earn back their fully-loaded cost of ${usd(f.aeLoadedCostUsd)} a year within about ${months(f.aePaybackMonths ?? 0)}.`,
    source:
      'DOMAIN.md: quota 5× OTE, loaded cost 1.3× OTE; SaaS payback benchmarks of about 12 months.',
  },
  {
    id: 'ae-no-payback',
    description: 'A new account executive would not pay back within the horizon.',
    dimension: 'economics',
    when: not({ fact: 'aePaybackMonths', op: 'known' }),
    effects: { votes: { ae: -FIRM } },
    explain: (c) =>
      c.f.surplusOppsPerMonth > 0
        ? `With about ${formatAmount(c.f.surplusOppsPerMonth)} spare opportunities a month, a ${formatNumber(c.answers.closeRatePct, 1)}% close rate and ${deal(c)} a deal, a new account executive would not earn back their cost within ${months(c.a.paybackHorizonMonths)}.`
        : `Your current closers can already work all ${opps(c.answers.qualifiedOppsPerMonth)} you create, so a new account executive would have no pipeline of their own and would not earn back their cost.`,
    source: 'DOMAIN.md: an AE without pipeline burns money.',
  },
  {
    id: 'sdr-pays-back',
    description: 'A new SDR pays back within the target.',
    dimension: 'economics',
    when: { fact: 'sdrPaybackMonths', op: 'lte', assumption: 'targetPaybackMonths' },
    effects: { votes: { sdr: SLIGHT } },
    explain: ({ f, a }) =>
      `An SDR booking ${formatNumber(a.sdrMeetingsPerMonth, 0)} meetings a month would add about ${formatAmount(f.sdrOppsPerMonth)} opportunities and earn back their cost within about ${months(f.sdrPaybackMonths ?? 0)}.`,
    source:
      'DOMAIN.md: SDR payback = meetings × meeting→opportunity rate × close rate × deal size against loaded cost.',
  },
  {
    id: 'sdr-no-payback',
    description: 'A new SDR would not pay back within the horizon.',
    dimension: 'economics',
    when: not({ fact: 'sdrPaybackMonths', op: 'known' }),
    effects: { votes: { sdr: -FIRM, both: -FIRM } },
    explain: ({ a }) =>
      `At your close rate and deal size, the opportunities one SDR books would not pay for the SDR within ${months(a.paybackHorizonMonths)}.`,
    source:
      'DOMAIN.md: SDR payback = meetings × meeting→opportunity rate × close rate × deal size against loaded cost.',
  },
  {
    id: 'revenue-supports-hire',
    description: 'Recurring revenue past $1 million: the product sells beyond the first customers.',
    dimension: 'economics',
    when: { fact: 'arrBand', op: 'in', values: ['1m-5m', 'over-5m'] },
    effects: { votes: { ae: SLIGHT, sdr: SLIGHT, both: SLIGHT } },
    explain: ({ answers }) =>
      `Recurring revenue of ${ARR_WORDS[answers.arrBand]} shows the product sells well beyond the first few customers.`,
    source: 'KBCM 2019 SaaS survey: companies past $1m ARR typically fund dedicated sales roles.',
  },

  // --- Budget ---------------------------------------------------------------------------------
  {
    id: 'runway-below-ramp',
    description: 'Runway shorter than an account executive’s ramp: no closer hire yet.',
    dimension: 'budget',
    when: { fact: 'runwayMonths', op: 'lt', otherFact: 'aeEffectiveRampMonths' },
    effects: {
      veto: ['ae', 'both'],
      votes: { sdr: -SOME, 'not-yet': FIRM },
      scores: { budget: -PENALTY },
      blocker: {
        id: 'runway-below-ramp',
        title: 'Extend your runway before hiring a closer',
        appliesTo: ['not-yet', 'sdr'],
        why: ({ answers, f }) =>
          `You have ${months(answers.runwayMonths)} of runway, less than the ${months(f.aeEffectiveRampMonths)} a new account executive needs just to reach full speed.`,
        fix: ({ f }) =>
          `Raise or save enough for at least ${months(f.runwayNeededMonths ?? f.aeEffectiveRampMonths)}, or keep selling founder-led until revenue extends the runway.`,
      },
    },
    explain: ({ answers, f }) =>
      `You have ${months(answers.runwayMonths)} of runway; a new account executive needs about ${months(f.aeEffectiveRampMonths)} just to reach full speed.`,
    source:
      'Bridge Group via elevate.so: AE ramp about 5 months, roughly one sales cycle; DOMAIN.md: not yet without runway for ramp.',
  },
  {
    id: 'runway-short-ae',
    description: 'Runway shorter than an account executive’s ramp plus payback.',
    dimension: 'budget',
    when: isNot('runwayCoversAe'),
    effects: {
      votes: { ae: -SLIGHT },
      blocker: {
        id: 'budget-ae',
        title: 'Make sure the runway covers an account executive',
        appliesTo: ['ae'],
        why: (c) => aeRunwayText(c),
        fix: ({ f }) =>
          f.runwayNeededMonths === null
            ? 'Improve the numbers a closer would work with first (more spare opportunities, a higher close rate or larger deals), or fund the hire knowing it will not pay for itself.'
            : `Raise or save enough to cover about ${months(f.runwayNeededMonths)}, or start with a contract closer until the runway does.`,
      },
    },
    explain: (c) => aeRunwayText(c),
    source:
      'DOMAIN.md: fund the ramp (AE about 5 months) plus the months before the hire pays back.',
  },
  {
    id: 'runway-short-sdr',
    description: 'Runway shorter than an SDR’s ramp plus payback.',
    dimension: 'budget',
    when: isNot('runwayCoversSdr'),
    effects: {
      votes: { sdr: -SLIGHT },
      blocker: {
        id: 'budget-sdr',
        title: 'Make sure the runway covers an SDR',
        appliesTo: ['sdr'],
        why: ({ answers, f, a }) =>
          f.sdrRunwayNeededMonths === null
            ? `At your close rate and deal size an SDR would not pay back within ${months(a.paybackHorizonMonths)}, so the ${months(answers.runwayMonths)} of runway would carry the whole cost.`
            : `You have ${months(answers.runwayMonths)} of runway; an SDR needs about ${months(f.sdrRunwayNeededMonths)}: ${months(a.sdrRampMonths)} to ramp and ${months(f.sdrPaybackMonths ?? 0)} to pay back.`,
        fix: ({ f }) =>
          f.sdrRunwayNeededMonths === null
            ? 'Raise the close rate or the deal size first, or fund the SDR knowing it will not pay for itself.'
            : `Raise or save enough to cover about ${months(f.sdrRunwayNeededMonths)}, or test outbound with a contract SDR first.`,
      },
    },
    explain: ({ answers, f }) =>
      f.sdrRunwayNeededMonths === null
        ? `An SDR would not pay back at your numbers, so ${months(answers.runwayMonths)} of runway would carry the whole cost.`
        : `You have ${months(answers.runwayMonths)} of runway; an SDR needs about ${months(f.sdrRunwayNeededMonths)} to ramp and pay back.`,
    source: 'Bridge Group: SDR ramp about 3 months; DOMAIN.md SDR payback arithmetic.',
  },
  {
    id: 'runway-short-both',
    description: 'Runway shorter than hiring both needs.',
    dimension: 'budget',
    when: isNot('runwayCoversBoth'),
    effects: {
      votes: { both: -SLIGHT },
      blocker: {
        id: 'budget-both',
        title: 'Make sure the runway covers both hires',
        appliesTo: ['both'],
        why: ({ answers, f }) =>
          f.bothRunwayNeededMonths === null
            ? `At your numbers the two hires together would not pay back, so the ${months(answers.runwayMonths)} of runway would carry their whole cost.`
            : `You have ${months(answers.runwayMonths)} of runway; hiring both needs about ${months(f.bothRunwayNeededMonths)}: ${months(f.aeEffectiveRampMonths)} for the account executive to ramp and ${months(f.bothPaybackMonths ?? 0)} for the pair to pay back.`,
        fix: ({ f }) =>
          f.bothRunwayNeededMonths === null
            ? 'Improve the numbers first (close rate or deal size), or start with one hire and add the other when the first deals close.'
            : `Raise or save enough to cover about ${months(f.bothRunwayNeededMonths)}, or hire the account executive first and the SDR once the first deals close.`,
      },
    },
    explain: ({ answers, f }) =>
      f.bothRunwayNeededMonths === null
        ? `The two hires together would not pay back at your numbers, so ${months(answers.runwayMonths)} of runway would carry their cost.`
        : `You have ${months(answers.runwayMonths)} of runway; hiring both needs about ${months(f.bothRunwayNeededMonths)}.`,
    source: 'DOMAIN.md: fund ramp plus the months before each hire pays back.',
  },

  // --- Account executive profile --------------------------------------------------------------
  {
    id: 'profile-enterprise',
    description:
      'At least two of: large deals, a long cycle, many people in the decision: an enterprise closer.',
    dimension: 'economics',
    when: atLeast(
      2,
      { fact: 'acvUsd', op: 'gte', assumption: 'enterpriseAcvUsd' },
      { fact: 'salesCycleDays', op: 'gte', assumption: 'enterpriseCycleDays' },
      { fact: 'stakeholders', op: 'gte', assumption: 'enterpriseStakeholders' },
    ),
    effects: { aeProfile: 'enterprise' },
    explain: (c) =>
      `Deals of ${deal(c)} with a ${formatNumber(c.answers.salesCycleDays, 0)}-day cycle and ${formatNumber(c.answers.stakeholders, 0)} ${plural(c.answers.stakeholders, 'person', 'people')} in the buying decision call for an enterprise closer used to long deals with many people.`,
    source:
      'KBCM 2019 SaaS survey ($25k and up sold field or enterprise style); practitioner cycle ranges; Gartner on buying groups.',
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

function aeRunwayText({ answers, f, a }: ExplainContext): string {
  return f.runwayNeededMonths === null
    ? `At your numbers a new account executive would not pay back within ${months(a.paybackHorizonMonths)}, so your ${months(answers.runwayMonths)} of runway would carry the whole cost.`
    : `You have ${months(answers.runwayMonths)} of runway; an account executive needs about ${months(f.runwayNeededMonths)}: ${months(f.aeEffectiveRampMonths)} to ramp and ${months(f.aePaybackMonths ?? 0)} to pay back.`;
}
