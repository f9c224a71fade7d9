import { formatNumber, type AssumptionKey } from '../../domain';
import { aeOteKey, type ArithmeticContext, type ArithmeticLine } from './arithmetic-context';

/*
 * Closing capacity as src/domain/model/capacity.ts counts it: from quota, not from a count of open
 * deals; founders one by one, each for the selling hours that count.
 */

const opps = (n: string) => `${n} a month`;

/** The quota multiple today's closers are counted at: steady state once AEs sell without founders. */
function capacityMultiple(c: ArithmeticContext): {
  value: number;
  key: AssumptionKey;
  proven: boolean;
} {
  const proven = c.answers.aes > 0 && c.answers.nonFounderWins >= c.a.minNonFounderWins;
  return proven
    ? { value: c.a.quotaMultiple, key: 'quotaMultiple', proven }
    : { value: c.a.quotaMultipleFirstHire, key: 'quotaMultipleFirstHire', proven };
}

export function capacityLines(c: ArithmeticContext): ArithmeticLine[] {
  const { capacity, economics } = c.model;
  const { answers, a, num, pct, money } = c;
  const ae = economics.ae;
  const lines: ArithmeticLine[] = [];
  const founders = capacity.sellingFounders;
  const founderKeys: AssumptionKey[] =
    founders > 0 ? ['founderSalesSharePct', 'founderWeekHours'] : [];

  if (founders > 0) {
    lines.push({
      id: 'founder-hours',
      label: 'Selling hours a week counted for each founder',
      value: `${formatNumber(capacity.founderHoursCounted, 2)} hours`,
      formula:
        'The hours each selling founder gave, up to the share of a founder’s week that can go to selling without neglecting the company. Hours above that are what a hire should take over.',
      worked: `min(${num(answers.founderSalesHours)}, ${pct(a.founderSalesSharePct)} × ${num(a.founderWeekHours)}) = ${num(capacity.founderHoursCounted)}`,
      assumptions: founderKeys,
    });
    lines.push({
      id: 'founder-share',
      label: 'Share of each founder’s week spent selling',
      value: pct(capacity.founderSharePct),
      formula: 'Selling hours a week ÷ a founder’s working week.',
      worked: `${num(answers.founderSalesHours)} ÷ ${num(a.founderWeekHours)} = ${pct(capacity.founderSharePct)}`,
      assumptions: ['founderWeekHours'],
    });
  }

  const multiple = capacityMultiple(c);
  const quotaKeys: AssumptionKey[] = [aeOteKey(c), ...c.localKeys, multiple.key];
  if (answers.aes > 0) quotaKeys.push('minNonFounderWins');
  lines.push({
    id: 'opps-per-closer',
    label: 'Opportunities one full-time closer works a month',
    value: opps(num(capacity.oppsPerCloser)),
    formula: `A closer’s yearly quota (pay at target × ${multiple.proven ? 'the steady-state quota multiple, as your account executives already win without the founders' : 'the quota multiple before the way of selling is proven'}) × the share of quota ramped closers reach ÷ 12 months ÷ (deal size × close rate): the opportunities it takes to close what a closer actually closes.`,
    worked:
      answers.closeRatePct > 0
        ? `${money(ae.oteLocal)} × ${num(multiple.value)} × ${pct(a.attainmentPct)} ÷ 12 ÷ (${money(c.model.acvLocal)} × ${pct(answers.closeRatePct)}) = ${num(capacity.oppsPerCloser)}`
        : undefined,
    assumptions: [...quotaKeys, 'attainmentPct'],
  });

  const parts = [`${formatNumber(answers.aes, 0)}`];
  if (founders > 0)
    parts.push(
      `${formatNumber(founders, 0)} × ${num(capacity.founderHoursCounted)} ÷ ${num(a.closerHoursPerWeek)}`,
    );
  lines.push({
    id: 'closer-capacity',
    label: 'New opportunities a month your current closers can work',
    value: opps(num(capacity.closerCapacityOpps)),
    formula:
      'Closers in full-time equivalents × what one closer works a month. Account executives count as one each; each selling founder counts for their counted hours ÷ a closer’s selling hours a week.',
    worked: `(${parts.join(' + ')}) × ${num(capacity.oppsPerCloser)} = ${num(capacity.closerCapacityOpps)}`,
    assumptions: [...quotaKeys, 'attainmentPct', 'closerHoursPerWeek', ...founderKeys],
  });

  lines.push({
    id: 'surplus',
    label: 'Qualified opportunities a month nobody has time for',
    value: opps(num(capacity.surplusOpps)),
    formula: 'Qualified opportunities a month − what current closers can work, never below 0.',
    worked: `max(0, ${num(capacity.oppsPerMonth)} − ${num(capacity.closerCapacityOpps)}) = ${num(capacity.surplusOpps)}`,
    assumptions: [...quotaKeys, 'attainmentPct', 'closerHoursPerWeek', ...founderKeys],
  });

  const newQuotaKeys: AssumptionKey[] = [
    aeOteKey(c),
    ...c.localKeys,
    answers.aes === 0 ? 'quotaMultipleFirstHire' : 'quotaMultiple',
  ];
  const need = capacity.oppsNeededPerAe;
  lines.push({
    id: 'need-per-ae',
    label: 'Qualified opportunities a new account executive needs a month',
    value: need === null ? 'cannot be worked out' : opps(num(need)),
    formula:
      'The new account executive’s yearly quota ÷ 12 months ÷ (deal size × close rate): the chances a month it takes to win a twelfth of the quota.',
    worked:
      need === null
        ? undefined
        : `${money(ae.quotaLocal ?? 0)} ÷ 12 ÷ (${money(c.model.acvLocal)} × ${pct(answers.closeRatePct)}) = ${num(need)}`,
    assumptions: newQuotaKeys,
  });

  const coverage = capacity.pipelineCoverage;
  lines.push({
    id: 'coverage',
    label: 'Pipeline coverage for a new account executive',
    value: coverage === null || need === null ? 'cannot be worked out' : pct(coverage * 100),
    formula:
      'Opportunities nobody has time for ÷ what a new account executive needs. 100% would feed a new closer from day one.',
    worked:
      coverage === null || need === null
        ? undefined
        : `${num(capacity.surplusOpps)} ÷ ${num(need)} = ${pct(coverage * 100)}`,
    assumptions: [...new Set([...quotaKeys, ...newQuotaKeys])].concat([
      'attainmentPct',
      'closerHoursPerWeek',
      ...founderKeys,
    ]),
  });
  return lines;
}
