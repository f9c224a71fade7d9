import { useId, type ReactNode } from 'react';
import type { RoleKit } from '../../domain/plan';
import { CopyButton } from '../../ui/copy-button';
import { DataTable } from '../../ui/data-table';
import { roleKitMarkdown } from './role-kit-markdown';
import { usePrintRequested } from '../../ui/use-print-requested';

interface RoleKitViewProps {
  kit: RoleKit;
  /** The mis-hire checkpoint for this plan, in one or two sentences. */
  checkpoint: string;
}

/**
 * The role kit in disclosures (printed open), with a button that copies all of it as Markdown.
 */
export function RoleKitView({ kit, checkpoint }: RoleKitViewProps) {
  const id = useId();
  const printing = usePrintRequested();
  const part = (title: string, body: ReactNode) => (
    // Opened for print (beforeprint); the print stylesheet also shows closed ones where supported.
    <details className="disclosure plan-kit-part" open={printing || undefined}>
      <summary>{title}</summary>
      {body}
    </details>
  );
  return (
    <div role="group" aria-labelledby={`${id}-title`} className="plan-kit">
      <div className="plan-kit-head">
        <h3 id={`${id}-title`}>Role kit: {kit.title}</h3>
        <div className="no-print presenter-hide">
          <CopyButton
            label="Copy as Markdown"
            className="button button-secondary"
            getText={() => roleKitMarkdown(kit, checkpoint)}
            copiedMessage="Role kit copied as Markdown"
            fallbackLabel="The role kit as Markdown"
          />
        </div>
      </div>
      <p>{kit.mission}</p>
      {part(
        'Scorecard',
        <div className="plan-kit-columns">
          <div>
            <h4>Must-haves</h4>
            <ul>
              {kit.mustHaves.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
          <div>
            <h4>Nice-to-haves</h4>
            <ul>
              {kit.niceToHaves.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        </div>,
      )}
      {part(
        'Interview loop',
        <ol className="plan-loop">
          {kit.interviewLoop.map((step) => (
            <li key={step.step}>
              <p className="plan-loop-step">{step.step}</p>
              <p>
                <strong>Tests:</strong> {step.tests}
              </p>
              <p>
                <strong>How:</strong> {step.how}
              </p>
            </li>
          ))}
        </ol>,
      )}
      {part(
        'The first 90 days',
        <div className="plan-kit-columns plan-kit-three">
          {kit.onboarding.map((phase) => (
            <div key={phase.window}>
              <h4>{phase.window}</h4>
              <p>{phase.focus}</p>
              <ul>
                {phase.goals.map((goal) => (
                  <li key={goal}>{goal}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>,
      )}
      {part(
        'Leading indicators for the first quarter',
        <DataTable
          caption="What to watch, and what healthy looks like"
          columns={[{ header: 'Indicator' }, { header: 'Healthy' }]}
          rows={kit.indicators.map((row) => ({
            key: row.indicator,
            header: row.indicator,
            cells: [row.healthy],
          }))}
        />,
      )}
      {part(
        'When to admit a mis-hire',
        <>
          <p>{checkpoint}</p>
          <ul>
            {kit.misHireSignals.map((signal) => (
              <li key={signal}>{signal}</li>
            ))}
          </ul>
        </>,
      )}
      {part(
        'Where this comes from',
        <ul className="plan-sources">
          {kit.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>,
      )}
    </div>
  );
}
