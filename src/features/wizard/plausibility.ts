import {
  formatQuantity,
  questionFor,
  type AnswerKey,
  type Answers,
  type Currency,
} from '../../domain';
import { numberInputText } from '../../ui/parse-number';
import type { SoftCheck } from '../../ui/number-field';
import { decimalMarkFor } from './number-input';

/*
 * Soft checks on answers that are allowed but unusual: a hint that something may have been typed
 * in the wrong unit or scale, never a block. Each rule is data with a short why; the figures come
 * from the typical values in the question catalogue and /work/shared/DOMAIN.md.
 */

type NumberKey = { [K in AnswerKey]: Answers[K] extends number ? K : never }[AnswerKey];

export interface PlausibilityRule {
  key: NumberKey;
  /** What the value is called in "A close rate of 0.25% is unusual." */
  noun: string;
  /** Unusual below this value (exclusive). */
  below?: number;
  /** Unusual above this value (exclusive). */
  above?: number;
  /** Values that are fine although outside the range (120 months of runway means profitable). */
  except?: readonly number[];
  /** The likely meant value is the typed one times this (0.25 → 25%, 25 → 25,000). */
  fixFactor?: number;
  /** Why the value is unusual, in one sentence the user reads. */
  why: string;
}

export const PLAUSIBILITY_RULES: readonly PlausibilityRule[] = [
  {
    key: 'closeRatePct',
    noun: 'close rate',
    below: 1,
    fixFactor: 100,
    why: 'Qualified B2B opportunities usually close at 15% to 30%; a share typed as 0.25 means 0.25%, not 25%.',
  },
  {
    key: 'closeRatePct',
    noun: 'close rate',
    above: 80,
    why: 'Even strong teams rarely win more than half of their qualified opportunities: check it counts all that reached a decision.',
  },
  {
    key: 'acv',
    noun: 'first-year contract value',
    below: 100,
    fixFactor: 1_000,
    why: 'Deals this small are rarely sold by a salesperson; amounts are often typed in thousands.',
  },
  {
    key: 'salesCycleDays',
    noun: 'sales cycle',
    above: 365,
    why: 'Even enterprise deals usually close within a year (90 days or more is already long): check it is in days.',
  },
  {
    key: 'runwayMonths',
    noun: 'runway',
    above: 60,
    except: [120],
    why: 'Over five years of runway is rare: enter 120 if you are profitable, and check it is in months, not weeks or days.',
  },
  {
    key: 'qualifiedOppsPerMonth',
    noun: 'flow of qualified opportunities',
    above: 500,
    why: 'Few companies hiring their first sales people see this many: check it is a monthly count of qualified opportunities, not of all leads.',
  },
  {
    key: 'founderSalesHours',
    noun: 'founder selling time',
    above: 60,
    why: 'More than 60 hours a week of selling is rare, even for two founders together: check it is per week.',
  },
];

function isUnusual(rule: PlausibilityRule, value: number): boolean {
  if (rule.except?.includes(value)) return false;
  return (
    (rule.below !== undefined && value < rule.below) ||
    (rule.above !== undefined && value > rule.above)
  );
}

/**
 * The soft checks for an answer: each rule it trips, with a one-click fix where the meant value is
 * likely (and itself allowed and usual). Empty for usual values and non-number questions.
 */
export function plausibilityChecks(
  key: AnswerKey,
  value: number,
  currency: Currency | undefined,
): SoftCheck[] {
  const question = questionFor(key);
  if (question.kind !== 'number') return [];
  const format = (n: number) => formatQuantity(n, question.unit, currency);
  const rules = PLAUSIBILITY_RULES.filter((rule) => rule.key === key);
  return rules.flatMap((rule, index) => {
    if (!isUnusual(rule, value)) return [];
    // toPrecision drops float noise: 0.29 × 100 is 28.999999999999996.
    const fixed =
      rule.fixFactor === undefined ? undefined : Number((value * rule.fixFactor).toPrecision(12));
    const usable =
      fixed !== undefined &&
      fixed !== value &&
      fixed >= question.min &&
      fixed <= question.max &&
      !rules.some((other) => isUnusual(other, fixed));
    const article = /^[aeiou]/i.test(rule.noun) ? 'An' : 'A';
    const said = `${article} ${rule.noun} of ${format(value)} is unusual.`;
    return [
      {
        id: `${key}-${index}`,
        message: usable ? `${said} Did you mean ${format(fixed)}?` : said,
        why: rule.why,
        ...(usable
          ? {
              fix: {
                label: `Use ${format(fixed)}`,
                text: numberInputText(fixed, decimalMarkFor(currency)),
              },
            }
          : {}),
        keepLabel: `Keep ${format(value)}`,
      },
    ];
  });
}
