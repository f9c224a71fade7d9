import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';

/*
 * The compare view's one chart: both scenarios' scores as grouped bars. The only module of the
 * workspace that imports recharts; loaded lazily. Decorative next to the data table (aria-hidden
 * wrapper, keyboard layer off), like the result charts.
 */
export interface CompareDatum {
  label: string;
  a: number;
  b: number;
}

const AXIS_TEXT = { fill: '#3f4654', fontSize: 13 };
const GRID = '#d5dae3';

export function CompareChart({
  data,
  nameA,
  nameB,
}: {
  data: CompareDatum[];
  nameA: string;
  nameB: string;
}) {
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      style={{ width: '100%', height: 360 }}
      margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      accessibilityLayer={false}
      barCategoryGap="18%"
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
      <Legend wrapperStyle={{ fontSize: 14 }} />
      <Bar dataKey="a" name={nameA} fill="#1d4ed8" isAnimationActive="auto" radius={[0, 4, 4, 0]} />
      <Bar dataKey="b" name={nameB} fill="#b45309" isAnimationActive="auto" radius={[0, 4, 4, 0]} />
    </BarChart>
  );
}
