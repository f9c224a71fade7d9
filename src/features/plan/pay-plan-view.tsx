import { useId } from 'react';
import type { PayFigureId, PayPlan } from '../../domain/plan';
import { DataTable } from '../../ui/data-table';
import { ScrollRegion } from './scroll-region';
import {
  figureLabel,
  formatNumber,
  money,
  months,
  percent,
  PROFILE_LABELS,
  REGION_LABELS,
  roleName,
} from './plan-format';

function from(pay: PayPlan, id: PayFigureId): string {
  const keys = pay.sources[id];
  return keys.length === 0 ? 'Worked out from the figures above' : keys.map(figureLabel).join('; ');
}

/** The offer and the quota for one hire, each figure with the assumption it reads. */
export function PayPlanView({ pay }: { pay: PayPlan }) {
  const id = useId();
  const c = pay.currency;
  const where = `${pay.profile ? `${PROFILE_LABELS[pay.profile]} ` : ''}${pay.role === 'sdr' ? 'SDR' : 'AE'} pay in ${REGION_LABELS[pay.region]}`;
  const rows = [
    {
      key: 'ote',
      header: 'On-target earnings (a year)',
      cells: [money(pay.oteLocal, c), from(pay, 'ote')],
    },
    {
      key: 'split',
      header: 'Base / variable',
      cells: [
        `${money(pay.baseLocal, c)} / ${money(pay.variableLocal, c)} (${percent(pay.baseSharePct)} / ${percent(100 - pay.baseSharePct)})`,
        from(pay, 'baseShare'),
      ],
    },
    ...(pay.quotaLocal === null
      ? []
      : [
          {
            key: 'quota',
            header: 'Yearly quota',
            cells: [
              `${money(pay.quotaLocal, c)} (${money(pay.monthlyQuotaLocal ?? 0, c)} a month)`,
              `On-target earnings × quota multiple: ${from(pay, 'quota')}`,
            ],
          },
          {
            key: 'multiple',
            header: 'Quota multiple',
            cells: [
              `${formatNumber(pay.quotaMultiple ?? 0, 1)}× on-target earnings`,
              from(pay, 'quotaMultiple'),
            ],
          },
        ]),
    ...(pay.targetOppsPerMonth === null
      ? []
      : [
          {
            key: 'target',
            header: 'Target once ramped',
            cells: [
              `${formatNumber(pay.targetOppsPerMonth)} qualified opportunities a month`,
              from(pay, 'target'),
            ],
          },
        ]),
    {
      key: 'ramp',
      header: 'Ramp',
      cells: [
        `${months(pay.rampMonths)}${pay.rampRaisedToCycle ? ' (raised to one sales cycle)' : ''}`,
        pay.rampRaisedToCycle
          ? `${from(pay, 'ramp')}, raised to your sales cycle (a new AE cannot close faster than a deal takes)`
          : from(pay, 'ramp'),
      ],
    },
    {
      key: 'search',
      header: 'Search and notice',
      cells: [months(pay.timeToHireMonths), from(pay, 'timeToHire')],
    },
    {
      key: 'oncost',
      header: 'Employer on-costs',
      cells: [percent(pay.onCostPct), from(pay, 'onCost')],
    },
    {
      key: 'fee',
      header: 'Recruiting fee (once)',
      cells: [money(pay.recruitingFeeLocal, c), from(pay, 'recruitingFee')],
    },
    {
      key: 'loaded',
      header: 'Loaded cost a month',
      cells: [money(pay.loadedMonthlyCostLocal, c), from(pay, 'loadedCost')],
    },
    {
      key: 'margin',
      header: 'Gross margin on bookings',
      cells: [percent(pay.grossMarginPct), from(pay, 'grossMargin')],
    },
  ];
  return (
    <div className="pay-plan" aria-labelledby={`${id}-title`} role="group">
      <h3 id={`${id}-title`}>Pay plan: {roleName(pay.role, pay.profile)}</h3>
      <p className="section-intro">
        Figures for {where}, in your currency. Each one reads the assumption named beside it: change
        it in the assumptions panel below and the plan follows.
      </p>
      <ScrollRegion labelledBy={`${id}-pay`}>
        <DataTable
          caption={<span id={`${id}-pay`}>The offer and the quota</span>}
          columns={[{ header: 'Figure' }, { header: 'Value' }, { header: 'From' }]}
          rows={rows}
        />
      </ScrollRegion>
      <DataTable
        className="ramp-table"
        caption={
          pay.quotaLocal === null
            ? 'Ramp: share of the target by month on the job'
            : 'Ramp quota by month on the job'
        }
        columns={[
          { header: 'Month on the job' },
          { header: 'Share', numeric: true },
          ...(pay.quotaLocal === null ? [] : [{ header: 'Quota that month', numeric: true }]),
        ]}
        rows={pay.rampSteps.map((step, i) => ({
          key: String(step.monthOnJob),
          header:
            i === pay.rampSteps.length - 1
              ? `${step.monthOnJob} and after`
              : String(step.monthOnJob),
          cells: [
            percent(step.pct),
            ...(step.quotaLocal === null ? [] : [money(step.quotaLocal, c)]),
          ],
        }))}
      />
    </div>
  );
}
