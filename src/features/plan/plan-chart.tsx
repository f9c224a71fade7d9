import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import type { Currency } from '../../domain';
import type { PlanChartDatum, PlanChartMarks } from './plan-chart-data';
import { money } from './plan-format';

/*
 * The plan's SVG chart, lazily loaded (recharts is the heavy chunk). The figure's caption and the
 * data table beside it are the accessible version, so the SVG is decorative (aria-hidden wrapper,
 * recharts' keyboard layer off). Animation uses recharts' "auto" mode (off under reduced motion).
 */

// Contrast on white: text 9.6:1; lines and marks above 3:1 as graphics.
const AXIS_TEXT = { fill: '#3f4654', fontSize: 13 };
const GRID = '#d5dae3';
const COST = '#b42318';
const PROFIT = '#166534';
const RUNWAY = '#3f4654';

interface PlanChartProps {
  data: PlanChartDatum[];
  marks: PlanChartMarks;
  currency: Currency;
}

/** "$120k", "€1.2M": short axis labels. */
function shortMoney(value: number, currency: Currency): string {
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `${money(value / 1_000_000, currency).replace(/\.00$/, '')}M`;
  if (abs >= 1_000) return `${money(Math.round(value / 1_000), currency)}k`;
  return money(value, currency);
}

export function PlanChart({ data, marks, currency }: PlanChartProps) {
  return (
    <ComposedChart
      data={data}
      responsive
      style={{ width: '100%', height: 300 }}
      margin={{ top: 20, right: 16, bottom: 4, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke={GRID} />
      {marks.ramp && (
        <ReferenceArea
          x1={marks.ramp.from - 0.5}
          x2={marks.ramp.to + 0.5}
          fill="#dbe4ff"
          fillOpacity={0.7}
          label={{ value: 'Ramp', position: 'insideTop', fill: '#1e3a8a', fontSize: 13 }}
        />
      )}
      <XAxis
        dataKey="month"
        type="number"
        domain={[0.5, 24.5]}
        ticks={[1, 4, 8, 12, 16, 20, 24]}
        tick={AXIS_TEXT}
        stroke={GRID}
        label={{ value: 'Month', position: 'insideBottomRight', offset: -2, ...AXIS_TEXT }}
        height={36}
      />
      <YAxis
        tick={AXIS_TEXT}
        stroke={GRID}
        width="auto"
        tickFormatter={(value: number) => shortMoney(value, currency)}
      />
      {marks.runwayEnds !== null && (
        <ReferenceLine
          x={marks.runwayEnds}
          stroke={RUNWAY}
          strokeDasharray="5 4"
          strokeWidth={2}
          label={{ value: 'Runway ends', position: 'insideTopRight', fill: RUNWAY, fontSize: 13 }}
        />
      )}
      <Line
        type="linear"
        dataKey="cost"
        name="Cumulative cost"
        stroke={COST}
        strokeWidth={3}
        dot={false}
        isAnimationActive="auto"
      />
      <Line
        type="linear"
        dataKey="grossProfit"
        name="Cumulative gross profit"
        stroke={PROFIT}
        strokeWidth={3}
        strokeDasharray="8 4"
        dot={false}
        isAnimationActive="auto"
      />
      <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 14, color: '#14171f' }} />
    </ComposedChart>
  );
}
