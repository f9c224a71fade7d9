import {
  AE_RAMP_KEY,
  cycleMonths,
  formatMoney,
  formatMonthsOneDecimal,
  formatNumber,
  ON_COST_KEY,
  TIME_TO_HIRE_KEY,
  type AssumptionKey,
  type HireEconomics,
} from '../../domain';
import {
  aeOteKey,
  type ArithmeticContext,
  type ArithmeticGroup,
  type ArithmeticLine,
} from './arithmetic-context';

/*
 * What the next hire costs and earns, as src/domain/model/economics.ts works it out: pay from the
 * US benchmark scaled to the hire's region and converted, cost with the region's on-costs and
 * tools, payback on gross profit, and the runway the hire needs.
 */

const months1 = (value: number) => formatNumber(value, 1);

/** Cost, gross profit, payback and runway: the same sums for an AE and an SDR. */
function economicsLines(
  c: ArithmeticContext,
  e: HireEconomics,
  who: string,
  baseKeys: AssumptionKey[],
  rampKey: AssumptionKey,
): ArithmeticLine[] {
  const { money, pct, a } = c;
  const region = c.answers.hireRegion;
  const costKeys: AssumptionKey[] = [...baseKeys, ON_COST_KEY[region], 'toolsMonthlyUsd'];
  const gp = e.rampedMonthlyGrossProfitLocal;
  const rawPayback = gp > 0 ? e.loadedMonthlyCostLocal / gp : null;
  // A small gross profit rounded to whole units would move the quotient: show its sum instead.
  const gpShown =
    gp < 100
      ? `(${money(e.rampedMonthlyBookingsLocal)} × ${pct(e.grossMarginPct)} ÷ 12)`
      : money(gp);
  const paybackWorked =
    rawPayback === null
      ? undefined
      : e.paybackMonths === null
        ? `${money(e.loadedMonthlyCostLocal)} ÷ ${gpShown} = ${months1(rawPayback)} months, beyond the ${formatNumber(a.paybackHorizonMonths, 0)} months counted: never`
        : `${money(e.loadedMonthlyCostLocal)} ÷ ${gpShown} = ${months1(e.paybackMonths)} months`;
  return [
    {
      id: `${e.role}-loaded-cost`,
      label: `What ${who} costs a month, fully loaded`,
      value: money(e.loadedMonthlyCostLocal),
      formula:
        'Pay at target × (1 + employer on-costs where the hire sits) ÷ 12 months + tools and software a month (a US-dollar figure, converted).',
      worked: `${money(e.oteLocal)} × (1 + ${pct(e.onCostPct)}) ÷ 12 + ${formatMoney(a.toolsMonthlyUsd, 'USD')}${c.fromUsd} = ${money(e.loadedMonthlyCostLocal)}`,
      assumptions: costKeys,
    },
    {
      id: `${e.role}-gross-profit`,
      label: `Gross profit a month of ${who}’s new business adds, once ramped`,
      value: money(gp),
      formula:
        'New first-year contract value a month × gross margin ÷ 12: each month’s new customers add this much gross profit every month after.',
      worked: `${money(e.rampedMonthlyBookingsLocal)} × ${pct(e.grossMarginPct)} ÷ 12 = ${money(gp)}`,
      assumptions: ['grossMarginPct'],
    },
    {
      id: `${e.role}-payback`,
      label: `${who.charAt(0).toUpperCase()}${who.slice(1)}’s payback on gross profit`,
      value: formatMonthsOneDecimal(e.paybackMonths),
      formula:
        'What the hire costs a month ÷ the gross profit a month of their new business adds: how many months of that gross profit repay one month of cost, the way payback benchmarks count it. Beyond the longest payback worth counting it is never.',
      worked: paybackWorked,
      assumptions: [...costKeys, 'grossMarginPct', 'paybackHorizonMonths'],
    },
    {
      id: `${e.role}-break-even`,
      label: `When ${who} has paid for everything they cost`,
      value:
        e.breakEvenMonths === null
          ? `not within ${formatNumber(a.paybackHorizonMonths, 0)} months`
          : `month ${formatNumber(e.breakEvenMonths, 0)}`,
      formula:
        'Counted month by month from the start of the search, as the hiring plan does: the recruiting fee, pay while searching and ramping and every month since, against the gross profit that accumulates. Later than the payback above, which only asks how fast a ramped hire’s monthly gross profit repays one month’s cost (the way payback benchmarks count it).',
      assumptions: [
        ...costKeys,
        'grossMarginPct',
        'paybackHorizonMonths',
        'recruitingFeePct',
        TIME_TO_HIRE_KEY[region],
        rampKey,
      ],
    },
    {
      id: `${e.role}-runway-needed`,
      label: `Runway ${who} needs`,
      value: formatMonthsOneDecimal(e.runwayNeededMonths),
      formula:
        e.burnMonths > 0
          ? 'Months to hire + months of ramp + months to pay back, counted to the end of that month, + what the hire costs beyond its gross profit until then, in months of your burn: how long the cash must last before the hire pays for itself.'
          : 'Months to hire + months of ramp + months to pay back: how long the money must last before the hire pays for itself.',
      worked:
        e.runwayNeededMonths === null || e.paybackMonths === null
          ? undefined
          : `${months1(e.timeToHireMonths)} + ${months1(e.rampMonths)} + ${months1(e.paybackMonths)}${e.burnMonths > 0 ? ` + ${months1(e.burnMonths)}` : ''} = ${months1(e.runwayNeededMonths)} months`,
      assumptions: [
        ...costKeys,
        'grossMarginPct',
        'paybackHorizonMonths',
        TIME_TO_HIRE_KEY[region],
        rampKey,
      ],
    },
  ];
}

function aeLines(c: ArithmeticContext): ArithmeticLine[] {
  const { money, num, pct, a, answers } = c;
  const ae = c.model.economics.ae;
  const { capacity } = c.model;
  const profile = ae.profile ?? c.model.profile.value;
  const payKeys: AssumptionKey[] = [aeOteKey(c), ...c.localKeys];
  const multipleKey: AssumptionKey = answers.aes === 0 ? 'quotaMultipleFirstHire' : 'quotaMultiple';
  const cycle = Math.ceil(cycleMonths(answers.salesCycleDays));
  const spareText = answers.aes === 0 ? num(capacity.oppsPerMonth) : num(capacity.surplusOpps);
  const fed = capacity.leadsWait
    ? `max(${spareText}, ${num(capacity.oppsPerMonth)} × ${pct(a.capacityBandPct)})`
    : spareText;
  const need = capacity.oppsNeededPerAe;
  const lines: ArithmeticLine[] = [
    {
      id: 'ae-ote',
      label: 'Pay at target for the account executive',
      value: money(ae.oteLocal),
      formula: `The US benchmark for ${profile === 'enterprise' ? 'an' : 'a'} ${profile} account executive${c.payLevelPct === 100 ? '' : ' × the pay level where the hire sits'}${c.fromUsd ? ', converted to your currency' : ''}.`,
      worked: c.toLocal
        ? `${formatMoney(a[aeOteKey(c)], 'USD')}${c.toLocal} = ${money(ae.oteLocal)}`
        : undefined,
      assumptions: payKeys,
    },
    {
      id: 'ae-quota',
      label: 'Yearly quota for the account executive',
      value: money(ae.quotaLocal ?? 0),
      formula: `Pay at target × the quota multiple ${answers.aes === 0 ? 'for a first account executive (lower: the way of selling is not yet proven by anyone but the founders)' : 'for an account executive joining a team'}.`,
      worked: `${money(ae.oteLocal)} × ${num(ae.quotaMultiple ?? 0)} = ${money(ae.quotaLocal ?? 0)}`,
      assumptions: [...payKeys, multipleKey],
    },
    {
      id: 'ae-ramp',
      label: 'Ramp of the account executive',
      value: formatMonthsOneDecimal(ae.rampMonths),
      formula: `The ramp for ${profile === 'enterprise' ? 'an' : 'a'} ${profile} account executive, or one sales cycle (${formatNumber(answers.salesCycleDays, 0)} days, rounded up to whole months) if that is longer.`,
      worked: `max(${num(a[AE_RAMP_KEY[profile]])}, ${num(cycle)}) = ${months1(ae.rampMonths)} months`,
      assumptions: [AE_RAMP_KEY[profile]],
    },
    {
      id: 'ae-opps',
      label: 'Opportunities a month the account executive would work',
      value: `${num(ae.oppsPerMonth)} a month`,
      formula: `${answers.aes === 0 ? 'A first account executive takes over the founders’ qualified opportunities' : 'A new account executive gets the opportunities nobody has time for'}${capacity.leadsWait ? ' (as you said leads wait, at least the share of today’s flow the capacity band says the arithmetic cannot see)' : ''}, up to what they need to make quota.`,
      worked: need === null ? undefined : `min(${fed}, ${num(need)}) = ${num(ae.oppsPerMonth)}`,
      assumptions: capacity.leadsWait ? ['capacityBandPct'] : [],
    },
    {
      id: 'ae-bookings',
      label: 'New first-year contract value a month, once ramped',
      value: money(ae.rampedMonthlyBookingsLocal),
      formula:
        'Opportunities they work × close rate × deal size, at most the share of quota ramped closers actually reach, a month.',
      worked: `min(${num(ae.oppsPerMonth)} × ${pct(answers.closeRatePct)} × ${money(c.model.acvLocal)}, ${money(ae.quotaLocal ?? 0)} × ${pct(a.attainmentPct)} ÷ 12) = ${money(ae.rampedMonthlyBookingsLocal)}`,
      assumptions: [...payKeys, multipleKey, 'attainmentPct'],
    },
  ];
  return [
    ...lines,
    ...economicsLines(c, ae, 'the account executive', payKeys, AE_RAMP_KEY[profile]),
  ];
}

function sdrLines(c: ArithmeticContext): ArithmeticLine[] {
  const { money, num, pct, a, answers } = c;
  const sdr = c.model.economics.sdr;
  const region = answers.hireRegion;
  const europe = region === 'eu-west' || region === 'eu-south-east';
  const payKeys: AssumptionKey[] = ['sdrOteUsd', ...c.localKeys];
  const enterprise = c.model.profile.value === 'enterprise';
  const oppKeys: AssumptionKey[] = [
    'sdrMeetingsPerMonth',
    'meetingToOppPct',
    ...(europe ? (['sdrOutputEuropePct'] as const) : []),
    ...(enterprise ? (['sdrOutputEnterprisePct'] as const) : []),
  ];
  return [
    {
      id: 'sdr-ote',
      label: 'Pay at target for the SDR',
      value: money(sdr.oteLocal),
      formula: `The US benchmark for an SDR${c.payLevelPct === 100 ? '' : ' × the pay level where the hire sits'}${c.fromUsd ? ', converted to your currency' : ''}.`,
      worked: c.toLocal
        ? `${formatMoney(a.sdrOteUsd, 'USD')}${c.toLocal} = ${money(sdr.oteLocal)}`
        : undefined,
      assumptions: payKeys,
    },
    {
      id: 'sdr-opps',
      label: 'Opportunities a month the SDR would add, once ramped',
      value: `${num(sdr.oppsPerMonth)} a month`,
      formula: `Meetings an SDR books a month${europe ? ' × the share of US output possible under European consent rules for cold calls and email' : ''}${enterprise ? ' × the share an SDR books when the deals are enterprise' : ''} × the share of meetings that become qualified opportunities.`,
      worked: `${num(a.sdrMeetingsPerMonth)}${europe ? ` × ${pct(a.sdrOutputEuropePct)}` : ''}${enterprise ? ` × ${pct(a.sdrOutputEnterprisePct)}` : ''} × ${pct(a.meetingToOppPct)} = ${num(sdr.oppsPerMonth)}`,
      assumptions: oppKeys,
    },
    {
      id: 'sdr-bookings',
      label: 'New first-year contract value a month from the SDR, once ramped',
      value: money(sdr.rampedMonthlyBookingsLocal),
      formula:
        'Opportunities the SDR adds × your close rate × how often outbound-sourced deals close compared with yours × deal size.',
      worked: `${num(sdr.oppsPerMonth)} × ${pct(answers.closeRatePct)} × ${pct(a.outboundCloseRatioPct)} × ${money(c.model.acvLocal)} = ${money(sdr.rampedMonthlyBookingsLocal)}`,
      assumptions: [...oppKeys, 'outboundCloseRatioPct'],
    },
    ...economicsLines(c, sdr, 'the SDR', payKeys, 'sdrRampMonths'),
  ];
}

/** An AE and an SDR hired together, shown when that is the answer or the hire to come. */
function pairLines(c: ArithmeticContext): ArithmeticLine[] {
  const { recommendation } = c.assessment;
  if (recommendation.kind !== 'both' && recommendation.nextHire?.kind !== 'both') return [];
  const { ae, sdr, pair } = c.model.economics;
  const { money, pct } = c;
  const room = `max(0, ${money(ae.quotaLocal ?? 0)} × ${pct(c.a.attainmentPct)} ÷ 12 − ${money(ae.rampedMonthlyBookingsLocal)})`;
  const gp = `(${money(ae.rampedMonthlyBookingsLocal)} + min(${money(sdr.rampedMonthlyBookingsLocal)}, ${room})) × ${pct(ae.grossMarginPct)} ÷ 12`;
  const hire = Math.max(ae.timeToHireMonths, sdr.timeToHireMonths);
  const ramp = Math.max(ae.rampMonths, sdr.rampMonths);
  return [
    {
      id: 'pair-payback',
      label: 'Payback of the account executive and the SDR together',
      value: formatMonthsOneDecimal(pair.paybackMonths),
      formula:
        'Both costs a month ÷ the gross profit of what the account executive sells, from the spare pipeline plus the SDR’s opportunities, up to the share of quota ramped closers reach.',
      worked:
        pair.paybackMonths === null
          ? undefined
          : `(${money(ae.loadedMonthlyCostLocal)} + ${money(sdr.loadedMonthlyCostLocal)}) ÷ (${gp}) = ${months1(pair.paybackMonths)} months`,
      assumptions: [...new Set([...ae.assumptionKeys, ...sdr.assumptionKeys])],
    },
    {
      id: 'pair-runway-needed',
      label: 'Runway the two together need',
      value: formatMonthsOneDecimal(pair.runwayNeededMonths),
      formula:
        pair.burnMonths > 0
          ? 'The longer search + the longer ramp + the pair’s payback + what the two cost beyond their gross profit until then, in months of your burn.'
          : 'The longer search + the longer ramp + the pair’s payback.',
      worked:
        pair.runwayNeededMonths === null || pair.paybackMonths === null
          ? undefined
          : `${months1(hire)} + ${months1(ramp)} + ${months1(pair.paybackMonths)}${pair.burnMonths > 0 ? ` + ${months1(pair.burnMonths)}` : ''} = ${months1(pair.runwayNeededMonths)} months`,
      assumptions: [...new Set([...ae.assumptionKeys, ...sdr.assumptionKeys])],
    },
  ];
}

export function hireLines(c: ArithmeticContext): ArithmeticGroup[] {
  const { recommendation } = c.assessment;
  const ae = { id: 'ae', title: 'The next account executive', lines: aeLines(c) };
  const sdr = { id: 'sdr', title: 'The next SDR', lines: sdrLines(c) };
  // The hire the answer is about comes first.
  const sdrFirst = recommendation.kind === 'sdr' || recommendation.nextHire?.kind === 'sdr';
  return [
    ...(sdrFirst ? [sdr, ae] : [ae, sdr]),
    { id: 'pair', title: 'An account executive and an SDR together', lines: pairLines(c) },
    {
      id: 'runway',
      title: 'Runway',
      lines: [
        {
          id: 'runway',
          label: 'Runway you have',
          value: formatMonthsOneDecimal(c.answers.runwayMonths),
          formula:
            'Your answer. A hire is recommended only if this covers the runway that hire needs, above.',
          assumptions: [],
        },
      ],
    },
  ];
}
