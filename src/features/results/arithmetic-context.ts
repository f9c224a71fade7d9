import {
  AE_OTE_KEY,
  completeAnswers,
  FX_KEY,
  formatMoney,
  formatNumber,
  formatPercent,
  PAY_LEVEL_KEY,
  type Answers,
  type Assessment,
  type AssumptionKey,
  type Assumptions,
  type CompleteAnswers,
  type Currency,
} from '../../domain';

/*
 * "The arithmetic": every figure the decision read, from the engine's model (src/domain/model), in
 * the company's currency. `value` is the model's own figure; `worked` repeats the engine's sum with
 * the numbers shown, so a reader can check it on a calculator and get the same figure (the tests
 * evaluate each worked line and compare it with the model).
 */

export interface ArithmeticLine {
  id: string;
  label: string;
  /** The engine's figure, with its unit. */
  value: string;
  /** The formula in words. */
  formula: string;
  /** The same sum with this company's numbers, ending "= figure"; absent when there is no sum. */
  worked?: string;
  /** The assumptions the engine read for this figure. */
  assumptions: AssumptionKey[];
}

export interface ArithmeticGroup {
  id: string;
  title: string;
  lines: ArithmeticLine[];
}

/** What every line reads, with the number formats of worked sums. */
export interface ArithmeticContext {
  assessment: Assessment;
  model: Assessment['model'];
  answers: CompleteAnswers;
  a: Assumptions;
  currency: Currency;
  /** Money in the company's currency, whole units. */
  money: (value: number) => string;
  /** A count or ratio to two decimals. */
  num: (value: number) => string;
  /** A percentage (given as a percentage, 25 for 25%). */
  pct: (value: number) => string;
  /** The exchange rate: US dollars per unit of the company's currency. */
  fx: number;
  /** The regional pay level as a percentage of US pay. */
  payLevelPct: number;
  /** The keys that turn a US-dollar benchmark into the company's currency for the hire's region. */
  localKeys: AssumptionKey[];
  /** "× 85% ÷ 1.08": the factors that turn a US pay benchmark into local pay ('' in the US, in dollars). */
  toLocal: string;
  /** "÷ 1.08" for a US-dollar amount ('' when the company counts in dollars). */
  fromUsd: string;
}

export function arithmeticContext(
  assessment: Assessment,
  answers: Answers,
  a: Assumptions,
): ArithmeticContext {
  const complete = completeAnswers(answers);
  const { model } = assessment;
  const currency = model.currency;
  const fxKey = FX_KEY[currency];
  const payKey = PAY_LEVEL_KEY[complete.hireRegion];
  const fx = fxKey === null ? 1 : a[fxKey];
  const payLevelPct = payKey === null ? 100 : a[payKey];
  const fromUsd = fxKey === null ? '' : ` ÷ ${formatNumber(fx, 4)}`;
  return {
    assessment,
    model,
    answers: complete,
    a,
    currency,
    money: (value) => formatMoney(value, currency),
    num: (value) => formatNumber(value, 2),
    pct: (value) => formatPercent(value),
    fx,
    payLevelPct,
    localKeys: [...(payKey ? [payKey] : []), ...(fxKey ? [fxKey] : [])],
    toLocal: `${payKey ? ` × ${formatPercent(payLevelPct)}` : ''}${fromUsd}`,
    fromUsd,
  };
}

/** The US benchmark key for the next account executive's pay. */
export function aeOteKey(c: ArithmeticContext): AssumptionKey {
  return AE_OTE_KEY[c.model.economics.ae.profile ?? c.model.profile.value];
}
