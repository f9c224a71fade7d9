import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { CapacityDatum, CapacityId, ScoreDatum } from './chart-data';

/*
 * The SVG charts: the only module that imports recharts, loaded lazily after the result text so the
 * wizard and the answer itself never wait for it.
 *
 * Accessibility: each chart sits in a figure with a text caption and a real data table, which are
 * the accessible version. The SVG is decorative next to them (its wrapper is aria-hidden), so
 * recharts' keyboard layer is switched off: it would add a tab stop (tabindex 0, role
 * "application") that announces nothing the table does not already say better.
 * Animation uses recharts' "auto" mode, which turns itself off under prefers-reduced-motion.
 */

// #3f4654 on white is about 9.6:1, well above the 4.5:1 needed for small text.
const AXIS_TEXT = { fill: '#3f4654', fontSize: 13 };
const LABEL_TEXT = { fill: '#14171f', fontSize: 13, fontWeight: 600 };
const GRID = '#d5dae3';

export function ScoreChart({ data }: { data: ScoreDatum[] }) {
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height: 260 }}
      margin={{ top: 4, right: 40, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis
        type="number"
        domain={[0, 100]}
        ticks={[0, 25, 50, 75, 100]}
        tick={AXIS_TEXT}
        stroke={GRID}
      />
      <YAxis type="category" dataKey="label" width="auto" tick={AXIS_TEXT} stroke={GRID} />
      <Bar dataKey="score" isAnimationActive="auto" radius={[0, 4, 4, 0]}>
        {data.map((datum) => (
          <Cell key={datum.dimension} fill={scoreColour(datum.score)} />
        ))}
        <LabelList dataKey="score" position="right" style={LABEL_TEXT} />
      </Bar>
    </BarChart>
  );
}

const CAPACITY_COLOURS: Record<CapacityId, string> = {
  now: '#1d4ed8',
  capacity: '#4a5263',
  needed: '#8a4b00',
};

export function CapacityChart({ data }: { data: CapacityDatum[] }) {
  // A missing value (close rate of 0) is drawn as no bar; the table says why.
  const plotted = data.map((datum) => ({ ...datum, plotted: datum.value ?? 0 }));
  return (
    <BarChart
      layout="vertical"
      data={plotted}
      responsive
      style={{ width: '100%', height: 200 }}
      margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      barCategoryGap="24%"
    >
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TEXT} stroke={GRID} />
      <YAxis type="category" dataKey="label" width="auto" tick={AXIS_TEXT} stroke={GRID} />
      <Bar dataKey="plotted" isAnimationActive="auto" radius={[0, 4, 4, 0]}>
        {plotted.map((datum) => (
          <Cell key={datum.id} fill={CAPACITY_COLOURS[datum.id]} />
        ))}
        <LabelList dataKey="plotted" position="right" style={LABEL_TEXT} />
      </Bar>
    </BarChart>
  );
}

/** Bar colour by band; all three pass 3:1 against white as graphics. */
function scoreColour(score: number): string {
  if (score >= 65) return '#166534';
  if (score >= 40) return '#1d4ed8';
  return '#b42318';
}
