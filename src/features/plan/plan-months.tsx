import { lazy, Suspense, useId, useMemo } from 'react';
import type { HiringPlan, PlanMonth } from '../../domain/plan';
import { DataTable } from '../../ui/data-table';
import { useNearViewport } from '../../ui/use-near-viewport';
import { describePlanChart, planChartData, planChartMarks } from './plan-chart-data';
import { money, percent } from './plan-format';
import { cashColumnNote, monthTableNote } from './plan-text';
import { ScrollRegion } from './scroll-region';
import { usePrintRequested } from '../../ui/use-print-requested';

const PlanChart = lazy(() => import('./plan-chart').then((m) => ({ default: m.PlanChart })));

function stage(month: PlanMonth, sdr: boolean): string {
  switch (month.phase) {
    case 'search':
      return 'Search and notice';
    case 'ramp':
      // An SDR carries a target for opportunities, not a quota (the pay plan says the same).
      return `Ramp, ${percent(month.rampPct)} of ${sdr ? 'target' : 'quota'}`;
    case 'full':
      return 'Full speed';
    case 'gone':
      return 'Seat empty, replacing';
  }
}

/** The 24 months: a chart (lazy, decorative) and the table that is its accessible version. */
export function PlanMonths({ plan }: { plan: HiringPlan }) {
  const id = useId();
  const currency = plan.pay[0]?.currency ?? 'USD';
  const data = useMemo(() => planChartData(plan), [plan]);
  const marks = useMemo(() => planChartMarks(plan), [plan]);
  const [ref, near] = useNearViewport<HTMLElement>();
  const printing = usePrintRequested();
  const withCash = plan.months.some((m) => m.cashLocal !== null);
  const sdrLead = plan.pay[0]?.role === 'sdr';
  const note = monthTableNote(plan);
  const cashNote = withCash ? cashColumnNote(plan) : null;

  return (
    <figure className="chart-figure plan-figure" aria-labelledby={`${id}-title`} ref={ref}>
      <figcaption>
        <h3 id={`${id}-title`}>Month by month</h3>
        <p>{describePlanChart(plan)}</p>
        {note && <p>{note}</p>}
        {cashNote && <p>{cashNote}</p>}
      </figcaption>
      <div className="plan-chart-layout">
        <div className="chart-frame plan-chart-frame" aria-hidden="true">
          {(near || printing) && (
            <Suspense fallback={null}>
              <PlanChart data={data} marks={marks} currency={currency} />
            </Suspense>
          )}
        </div>
        <ScrollRegion labelledBy={`${id}-table`}>
          <DataTable
            className="plan-month-table"
            caption={
              <span id={`${id}-table`}>The plan month by month (month 1: the search starts)</span>
            }
            columns={[
              { header: 'Month' },
              { header: 'Stage' },
              { header: 'Cost', numeric: true },
              { header: 'Bookings', numeric: true },
              { header: 'Gross profit', numeric: true },
              { header: 'Cost so far', numeric: true },
              { header: 'Gross profit so far', numeric: true },
              { header: 'Net so far', numeric: true },
              ...(withCash ? [{ header: 'Cash left', numeric: true }] : []),
            ]}
            rows={plan.months.map((m) => ({
              key: String(m.month),
              header: `Month ${m.month}`,
              cells: [
                stage(m, sdrLead),
                money(m.costLocal, currency),
                money(m.bookingsLocal, currency),
                money(m.grossProfitLocal, currency),
                money(m.cumCostLocal, currency),
                money(m.cumGrossProfitLocal, currency),
                money(m.netLocal, currency),
                ...(withCash ? [m.cashLocal === null ? '' : money(m.cashLocal, currency)] : []),
              ],
            }))}
          />
        </ScrollRegion>
      </div>
    </figure>
  );
}
