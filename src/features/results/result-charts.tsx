import type { CapacityDatum, CapacityId, ScoreDatum } from './chart-data';
import { formatNumber } from '../../domain';

/*
 * The two result charts as plain SVG: a few horizontal bars each. Drawn with the page, at a fixed
 * viewBox that scales to its box, so they are in the DOM from the first render: the printed report
 * (Ctrl+P or the Print button, scrolled or not) always has them, and the result page does not load
 * a charting library. The data table beside each chart is the accessible version; the SVG is
 * decorative (its wrapper is aria-hidden). Colours pass 3:1 against white as graphics; label text
 * passes 4.5:1.
 */

const WIDTH = 560;
const LABEL_WIDTH = 150;
const VALUE_ROOM = 48;
const BAR = 26;
const GAP = 14;
const TEXT = '#14171f';
const MUTED = '#3f4654';
const GRID = '#d5dae3';

interface Bar {
  key: string;
  label: string;
  value: number | null;
  colour: string;
  text: string;
}

function Bars({ bars, max, ticks }: { bars: Bar[]; max: number; ticks: number[] }) {
  const plot = WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const height = bars.length * (BAR + GAP) + 24;
  const x = (value: number) => LABEL_WIDTH + (Math.max(0, Math.min(value, max)) / max) * plot;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="presentation"
      preserveAspectRatio="xMinYMin meet"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={0} y2={height - 20} stroke={GRID} />
          <text x={x(tick)} y={height - 4} fontSize={13} fill={MUTED} textAnchor="middle">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const y = index * (BAR + GAP) + 4;
        const end = bar.value === null ? LABEL_WIDTH : x(bar.value);
        return (
          <g key={bar.key}>
            <text
              x={LABEL_WIDTH - 10}
              y={y + BAR / 2 + 5}
              fontSize={14}
              fill={MUTED}
              textAnchor="end"
            >
              {bar.label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={Math.max(0, end - LABEL_WIDTH)}
              height={BAR}
              rx={4}
              fill={bar.colour}
            />
            <text x={end + 6} y={y + BAR / 2 + 5} fontSize={14} fontWeight={600} fill={TEXT}>
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Bar colour by band. */
function scoreColour(score: number): string {
  if (score >= 65) return '#166534';
  if (score >= 40) return '#1d4ed8';
  return '#b42318';
}

export function ScoreChart({ data }: { data: ScoreDatum[] }) {
  return (
    <Bars
      max={100}
      ticks={[0, 25, 50, 75, 100]}
      bars={data.map((datum) => ({
        key: datum.dimension,
        label: datum.label,
        value: datum.score,
        colour: scoreColour(datum.score),
        text: String(datum.score),
      }))}
    />
  );
}

const CAPACITY_COLOURS: Record<CapacityId, string> = {
  now: '#1d4ed8',
  capacity: '#4a5263',
  needed: '#8a4b00',
};

export function CapacityChart({ data }: { data: CapacityDatum[] }) {
  const top = Math.max(1, ...data.map((datum) => datum.value ?? 0));
  const step = niceStep(top / 4);
  const max = Math.ceil(top / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  return (
    <Bars
      max={max}
      ticks={ticks}
      bars={data.map((datum) => ({
        key: datum.id,
        label: datum.label,
        value: datum.value,
        colour: CAPACITY_COLOURS[datum.id],
        // A missing value (close rate of 0) is drawn as no bar; the table says why.
        text: datum.value === null ? '–' : formatNumber(datum.value),
      }))}
    />
  );
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 0.1)));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}
