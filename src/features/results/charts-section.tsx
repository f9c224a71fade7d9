import { lazy, Suspense, useId, useMemo } from 'react';
import type { Assessment } from '../../domain';
import { DataTable } from '../../ui/data-table';
import { useNearViewport } from '../../ui/use-near-viewport';
import { capacityData, describeCapacity, describeScores, scoreData } from './chart-data';
import { loadChartsModule, useChartsRequested } from './charts-loader';
import { formatNumber } from './format';
import { metricsOf } from './legacy-metrics';

// Both charts come from one lazily loaded module (one chunk with recharts), fetched only when the
// section nears the viewport or a print asks for it: on a phone the charts sit well below the fold,
// and loading them with the result text cost the shared-result page most of its blocking time.
const ScoreChart = lazy(() => loadChartsModule().then((m) => ({ default: m.ScoreChart })));
const CapacityChart = lazy(() => loadChartsModule().then((m) => ({ default: m.CapacityChart })));

interface ChartsSectionProps {
  assessment: Assessment;
}

/** The two figures: readiness by dimension, and pipeline against closing capacity. */
export function ChartsSection({ assessment }: ChartsSectionProps) {
  const id = useId();
  const scores = useMemo(() => scoreData(assessment.scores), [assessment.scores]);
  const capacity = useMemo(() => capacityData(metricsOf(assessment)), [assessment]);
  const [sectionRef, near] = useNearViewport<HTMLElement>();
  const requested = useChartsRequested();
  const showCharts = near || requested;

  return (
    <section className="result-section charts" aria-labelledby={`${id}-title`} ref={sectionRef}>
      <h2 id={`${id}-title`}>The numbers at a glance</h2>
      <div className="chart-grid">
        <figure className="chart-figure" aria-labelledby={`${id}-scores`}>
          <figcaption>
            <h3 id={`${id}-scores`}>Readiness by dimension</h3>
            <p>{describeScores(scores, assessment.scores.overall)}</p>
          </figcaption>
          <div className="chart-frame chart-frame-scores" aria-hidden="true">
            {showCharts && (
              <Suspense fallback={null}>
                <ScoreChart data={scores} />
              </Suspense>
            )}
          </div>
          <DataTable
            caption="Scores from 0 (not ready) to 100 (ready)"
            columns={[{ header: 'Dimension' }, { header: 'Score', numeric: true }]}
            rows={[
              ...scores.map((datum) => ({
                key: datum.dimension,
                header: datum.label,
                cells: [datum.score],
              })),
              { key: 'overall', header: 'Overall', cells: [assessment.scores.overall] },
            ]}
          />
        </figure>

        <figure className="chart-figure" aria-labelledby={`${id}-capacity`}>
          <figcaption>
            <h3 id={`${id}-capacity`}>Pipeline and closing capacity</h3>
            <p>{describeCapacity(metricsOf(assessment))}</p>
          </figcaption>
          <div className="chart-frame chart-frame-capacity" aria-hidden="true">
            {showCharts && (
              <Suspense fallback={null}>
                <CapacityChart data={capacity} />
              </Suspense>
            )}
          </div>
          <DataTable
            caption="Qualified opportunities a month"
            columns={[{ header: 'Measure' }, { header: 'A month', numeric: true }]}
            rows={capacity.map((datum) => ({
              key: datum.id,
              header: datum.label,
              cells: [datum.value === null ? 'Cannot be worked out' : formatNumber(datum.value)],
            }))}
          />
        </figure>
      </div>
    </section>
  );
}
