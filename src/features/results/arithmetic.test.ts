import { describe, expect, it } from 'vitest';
import {
  completeAnswers,
  evaluate,
  DEFAULT_ASSUMPTIONS,
  FX_KEY,
  PAY_LEVEL_KEY,
  SAMPLE_ANSWERS,
  type Answers,
  type Assessment,
} from '../../domain';
import { SCENARIOS_V2 } from '../../domain/scenarios-v2.fixture';
import { arithmeticOf, type ArithmeticLine } from './arithmetic';

/*
 * Every worked line must give the engine's figure from the numbers it shows: each line is read
 * back as a calculator would (numbers, + − × ÷, %, min/max, brackets), and both the sum and the
 * figure it ends with are compared with the model.
 */

/** A number as shown, with half a unit of its last digit: what its rounding may hide. */
type Token = { type: 'num'; value: number; tol: number } | { type: 'op'; value: string };

/** "€118,056 × (1 + 25%) ÷ 12" → tokens; currency signs and unit words are skipped. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /(\d+(?:,\d{3})*(?:\.\d+)?%?)|(min|max)|([-−+×÷(),])/g;
  for (const m of text.matchAll(re)) {
    if (m[1]) {
      const pct = m[1].endsWith('%');
      const digits = m[1].replace(/[,%]/g, '');
      const decimals = digits.split('.')[1]?.length ?? 0;
      const tol = 0.5 * 10 ** -decimals;
      const value = Number(digits);
      tokens.push({
        type: 'num',
        value: pct ? value / 100 : value,
        tol: pct ? tol / 100 : tol,
      });
    } else tokens.push({ type: 'op', value: (m[2] ?? m[3] ?? '').replace('−', '-') });
  }
  return tokens;
}

/** A small recursive-descent calculator over the tokens. */
function calculate(text: string): number {
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++]!;
  const expr = (): number => {
    let v = term();
    while (peek()?.type === 'op' && ['+', '-'].includes(peek()!.value as string)) {
      const op = take().value;
      const r = term();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek()?.type === 'op' && ['×', '÷'].includes(peek()!.value as string)) {
      const op = take().value;
      const r = factor();
      v = op === '×' ? v * r : v / r;
    }
    return v;
  };
  const factor = (): number => {
    const t = take();
    if (t.type === 'num') return t.value;
    if (t.value === '-') return -factor();
    if (t.value === '(') {
      const v = expr();
      take();
      return v;
    }
    if (t.value === 'min' || t.value === 'max') {
      take(); // (
      const args = [expr()];
      while (peek()?.value === ',') {
        take();
        args.push(expr());
      }
      take(); // )
      return t.value === 'min' ? Math.min(...args) : Math.max(...args);
    }
    throw new Error(`Unexpected ${t.value} in ${text}`);
  };
  const v = expr();
  if (i !== tokens.length) throw new Error(`Left over after ${i} tokens in ${text}`);
  return v;
}

/** The first number after "=": the figure the sum claims, and how much its rounding may hide. */
function claimed(worked: string): { value: number; tol: number } {
  const rhs = worked.slice(worked.indexOf(' = ') + 3);
  const first = tokenize(rhs).find((t) => t.type === 'num');
  if (!first || first.type !== 'num') throw new Error(`No figure in ${worked}`);
  const negative = rhs.trim().startsWith('−');
  return { value: negative ? -first.value : first.value, tol: first.tol };
}

/** The shown figure is the model's, rounded as shown. */
function sameFigure(shown: { value: number; tol: number }, figure: number): boolean {
  return Math.abs(shown.value - figure) <= shown.tol + 1e-9;
}

/** A sum of rounded numbers gives the claimed figure, up to the rounding of its inputs. */
function sameSum(sum: number, claim: { value: number; tol: number }): boolean {
  return Math.abs(sum - claim.value) <= claim.tol + Math.abs(claim.value) * 0.006 + 0.01;
}

/** The model's figure each line explains (null: never / cannot be worked out). */
function modelFigure(id: string, x: Assessment, answers: Answers): number | null | undefined {
  const { capacity: cap, economics, acvUsd } = x.model;
  const hire = id.startsWith('sdr-') ? economics.sdr : economics.ae;
  const figures: Record<string, number | null> = {
    'acv-usd': acvUsd,
    'founder-hours': cap.founderHoursCounted,
    'founder-share': cap.founderSharePct / 100,
    'opps-per-closer': cap.oppsPerCloser,
    'closer-capacity': cap.closerCapacityOpps,
    surplus: cap.surplusOpps,
    'need-per-ae': cap.oppsNeededPerAe,
    coverage: cap.pipelineCoverage,
    'ae-ote': economics.ae.oteLocal,
    'ae-quota': economics.ae.quotaLocal ?? 0,
    'ae-ramp': economics.ae.rampMonths,
    'ae-opps': economics.ae.oppsPerMonth,
    'ae-bookings': economics.ae.rampedMonthlyBookingsLocal,
    'sdr-ote': economics.sdr.oteLocal,
    'sdr-opps': economics.sdr.oppsPerMonth,
    'sdr-bookings': economics.sdr.rampedMonthlyBookingsLocal,
    'pair-payback': economics.pair.paybackMonths,
    'pair-runway-needed': economics.pair.runwayNeededMonths,
    runway: completeAnswers(answers).runwayMonths,
  };
  const suffix = id.replace(/^(ae|sdr)-/, '');
  if (suffix === 'loaded-cost') return hire.loadedMonthlyCostLocal;
  if (suffix === 'gross-profit') return hire.rampedMonthlyGrossProfitLocal;
  if (suffix === 'payback') return hire.paybackMonths;
  if (suffix === 'runway-needed') return hire.runwayNeededMonths;
  if (suffix === 'break-even') return hire.breakEvenMonths;
  return figures[id];
}

/** The shown value read back: "€12,345" → 12345, "4.8 months" → 4.8, "never" → null. */
function shownValue(line: ArithmeticLine): { value: number; tol: number } | null {
  if (/^(never|cannot be worked out|not within)/.test(line.value)) return null;
  return claimed(` = ${line.value}`);
}

const PROFILES: [string, Answers][] = [
  ['sample company', SAMPLE_ANSWERS],
  ...SCENARIOS_V2.map((s) => [s.name, s.answers] as [string, Answers]),
];

describe('the arithmetic reproduces the engine', () => {
  it('covers dollars, euros and pounds, first hires and teams', () => {
    const answers = PROFILES.map(([, a]) => completeAnswers(a));
    for (const currency of ['USD', 'EUR', 'GBP'])
      expect(answers.some((a) => a.currency === currency)).toBe(true);
    expect(answers.some((a) => a.aes === 0)).toBe(true);
    expect(answers.some((a) => a.aes > 0)).toBe(true);
  });

  it.each(PROFILES)('%s: every figure and every worked sum equals the model', (_, answers) => {
    const x = evaluate(answers);
    const lines = arithmeticOf(x, answers, DEFAULT_ASSUMPTIONS).flatMap((g) => g.lines);
    const problems: string[] = [];
    for (const line of lines) {
      const figure = modelFigure(line.id, x, answers);
      const shown = shownValue(line);
      if (figure === undefined) problems.push(`${line.id}: no model figure`);
      else if (figure === null ? shown !== null : shown === null || !sameFigure(shown, figure))
        problems.push(`${line.id}: shows ${line.value}, the model has ${figure}`);
      if (!line.worked) continue;
      const sum = calculate(line.worked.split(' = ')[0] ?? '');
      const claim = claimed(line.worked);
      if (!sameSum(sum, claim)) problems.push(`${line.id}: ${line.worked} adds up to ${sum}`);
      // A payback past the horizon shows its sum and then says never.
      if (figure === null && !line.worked.endsWith('never'))
        problems.push(`${line.id}: ${line.worked} should end in never`);
      if (typeof figure === 'number' && !sameFigure(claim, figure))
        problems.push(`${line.id}: ${line.worked}, the model has ${figure}`);
    }
    expect(lines.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it.each(PROFILES)('%s: the assumptions listed are the ones the engine read', (_, answers) => {
    const x = evaluate(answers);
    const complete = completeAnswers(answers);
    const lines = arithmeticOf(x, answers, DEFAULT_ASSUMPTIONS).flatMap((g) => g.lines);
    const byId = new Map(lines.map((l) => [l.id, l]));
    const unread = lines.flatMap((line) =>
      line.assumptions
        .filter((key) => !x.assumptionsUsed.includes(key))
        .map((key) => `${line.id}: ${key}`),
    );
    expect(unread).toEqual([]);
    // Currency and region: pay is converted and scaled only where the engine does.
    const fxKey = FX_KEY[complete.currency];
    const payKey = PAY_LEVEL_KEY[complete.hireRegion];
    const ote = byId.get('ae-ote')?.assumptions ?? [];
    expect(ote.filter((k) => k.startsWith('usdPer'))).toEqual(fxKey ? [fxKey] : []);
    expect(ote.filter((k) => k.startsWith('payLevel'))).toEqual(payKey ? [payKey] : []);
    // A first account executive carries the first-hire quota multiple.
    const quota = byId.get('ae-quota')?.assumptions ?? [];
    expect(quota.filter((k) => k.startsWith('quotaMultiple'))).toEqual([
      complete.aes === 0 ? 'quotaMultipleFirstHire' : 'quotaMultiple',
    ]);
    expect(x.model.economics.ae.assumptionKeys).toEqual(expect.arrayContaining(quota));
    // Nothing retired from engine v1.
    const all = lines.flatMap((line) => line.assumptions);
    expect(all).not.toContain('loadedCostMultiplier');
    expect(all).not.toContain('aeActiveDeals');
  });
});
