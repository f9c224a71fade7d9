import type { Answers, CompleteAnswers } from '../answers/schema';
import type { LeverNumber } from '../trials';
import { article, formatNumber } from '../format';

/*
 * The changes a company can actually make, and how far each can plausibly go within a quarter or
 * two: at most twice the pipeline, ten more points of close rate, a quarter more on price, a
 * quarter off the cycle, a year more runway, and the customers the founders can win in about six
 * months at today's pace (at least 5 more, at most twice as many plus 10). Team size, founder hours and revenue are never
 * levers: cutting people or selling less is not advice.
 */

/** New customers a month the founders win today: opportunities × close rate. */
function winsPerMonth(answers: CompleteAnswers): number {
  return (answers.qualifiedOppsPerMonth * answers.closeRatePct) / 100;
}

/**
 * Who runs an outbound test: account executives who have room for more opportunities, otherwise
 * the founders (explain/words.ts `outboundRunner`). The blocker, the next step and the lever name
 * the same one.
 */
export type OutboundRunner = 'aes' | 'founders';

export interface NumberLever {
  key: LeverNumber;
  /** The value in a phrase: "about 17 qualified opportunities a month". */
  phrase: (value: string) => string;
  /** The furthest plausible value from the current one. */
  reach: (current: number, answers: CompleteAnswers) => number;
  effort: (from: number, to: number, answers: CompleteAnswers, runner: OutboundRunner) => string;
}

export const NUMBER_LEVERS: readonly NumberLever[] = [
  {
    key: 'qualifiedOppsPerMonth',
    phrase: (v) => v.replace(/ a month$/, ' qualified opportunities a month'),
    reach: (x) => Math.max(x * 2, x + 4),
    effort: (from, to, _answers, runner) =>
      `About ${formatNumber(Math.max(1, Math.round(to - from)), 0)} more qualified ${Math.max(1, Math.round(to - from)) === 1 ? 'opportunity' : 'opportunities'} a month: ${runner === 'aes' ? 'an outbound routine run by your account executives' : 'a founder-run outbound routine'}, a partner channel or more inbound content, typically a quarter’s work.`,
  },
  {
    key: 'closeRatePct',
    phrase: (v) => `${article(v)} ${v} close rate`,
    reach: (x) => Math.min(100, x + 10),
    effort: () =>
      'Tighter qualification, a consistent demo and a mutual close plan; gains of a few points a quarter are realistic.',
  },
  {
    key: 'acv',
    phrase: (v) => `deals of ${v}`,
    reach: (x) => x * 1.25,
    effort: () =>
      'A price rise for new customers, a larger starter package, or annual instead of monthly plans.',
  },
  {
    key: 'salesCycleDays',
    phrase: (v) => `${article(v)} ${v} sales cycle`,
    reach: (x) => Math.max(1, Math.round(x * 0.75)),
    effort: () =>
      'A clear next step agreed at every meeting, a trial with an end date, and the buyer’s approval steps mapped early.',
  },
  {
    key: 'customers',
    phrase: (v) => v,
    reach: (x, answers) => x + Math.min(x + 10, Math.max(5, Math.round(6 * winsPerMonth(answers)))),
    effort: (from, to, answers) => {
      const more = Math.max(1, Math.round(to - from));
      const pace = winsPerMonth(answers);
      const when =
        pace >= 0.5
          ? `at today’s pace (about ${formatNumber(Math.round(pace), 0)} a month) that is about ${formatNumber(Math.max(1, Math.ceil(more / pace)), 0)} ${Math.ceil(more / pace) <= 1 ? 'month' : 'months'} of founder-led selling`
          : 'at today’s pace that needs more qualified opportunities first';
      return `About ${formatNumber(more, 0)} more paying ${more === 1 ? 'customer' : 'customers'} won by the founders: ${when}, noting what each win had in common.`;
    },
  },
  {
    key: 'runwayMonths',
    phrase: (v) => `${v} of runway`,
    reach: (x) => x + 12,
    effort: () => 'A funding round, revenue-based financing, or lower burn.',
  },
];

export interface ChoiceLever {
  key: keyof Answers;
  better: (current: never) => boolean;
  to: Answers[keyof Answers];
  text: string;
  effort: (runner: OutboundRunner) => string;
}

export const LEVER_CHOICES: readonly ChoiceLever[] = [
  {
    key: 'processDocs',
    better: (x: Answers['processDocs']) => x !== 'playbook',
    to: 'playbook',
    text: 'With a written playbook',
    effort: () =>
      'About four weeks: write the stages, questions, objections and pricing rules from your last ten wins.',
  },
  {
    key: 'crm',
    better: (x: Answers['crm']) => x !== 'crm-stages',
    to: 'crm-stages',
    text: 'With a CRM with defined stages',
    effort: () => 'About two weeks: set up stages with exit rules and move your open deals in.',
  },
  {
    key: 'icp',
    better: (x: Answers['icp']) => x !== 'documented',
    to: 'documented',
    text: 'With a written ideal customer profile',
    effort: () => 'About two weeks: describe the companies behind your best customers.',
  },
  {
    key: 'qualification',
    better: (x: Answers['qualification']) => x !== 'framework',
    to: 'framework',
    text: 'With a qualification framework everyone uses',
    effort: () => 'About two weeks: agree the questions every opportunity must answer.',
  },
  {
    key: 'outbound',
    better: (x: Answers['outbound']) => x !== 'systematic',
    to: 'systematic',
    text: 'With outbound running as a routine that books meetings',
    effort: (runner) =>
      runner === 'aes'
        ? 'Two to three months of outbound run by your account executives, who have room: target lists, messages and a weekly cadence.'
        : 'Two to three months of founder-run outbound: target lists, messages and a weekly cadence.',
  },
] as ChoiceLever[];
