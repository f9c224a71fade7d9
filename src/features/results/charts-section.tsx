import { useMemo } from 'react';
import { formatNumber, type Assessment } from '../../domain';
import { DataTable } from '../../ui/data-table';
import { capacityData, describeCapacity, describeScores, scoreData } from './chart-data';
import { CapacityChart, ScoreChart } from './result-charts';

/** The two figures: readiness by dimension, and pipeline against closing capacity. */
export function ChartsSection({ assessment, aes }: { assessment: Assessment; aes: number }) {
  const scores = useMemo(() => scoreData(assessment.scores), [assessment.scores]);
  const metrics = assessment.model.capacity;
  const capacity = useMemo(() => capacityData(metrics), [metrics]);

  return (
    <div className="chart-grid charts">
      <figure className="chart-figure">
        <figcaption>
          <h3>Readiness by dimension</h3>
          <p>{describeScores(scores, assessment.scores.overall)}</p>
        </figcaption>
        <div className="chart-frame" aria-hidden="true">
          <ScoreChart data={scores} />
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

      <figure className="chart-figure">
        <figcaption>
          <h3>Pipeline and closing capacity</h3>
          <p>{describeCapacity(assessment.model, aes)}</p>
        </figcaption>
        <div className="chart-frame" aria-hidden="true">
          <CapacityChart data={capacity} />
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
  );
}
