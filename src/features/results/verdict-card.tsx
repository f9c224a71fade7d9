import { useId, type ReactNode, type Ref } from 'react';
import { Icon } from '../../ui/icons';
import type { Verdict } from './verdict';

const CONFIDENCE_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

interface VerdictCardProps {
  verdict: Verdict;
  /** The line above the headline: whose result this is (and, shared, that it was shared). */
  context: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
  /** The primary actions, inside the card so they sit on the first screen. */
  actions?: ReactNode;
  /** Shown between the headline and the details, e.g. the what-if's before/after. */
  comparison?: ReactNode;
}

/**
 * The answer first: status, headline, role, readiness with what the number means, confidence with
 * what it rests on, and the three points that matter most. Everything else on the page is depth.
 */
export function VerdictCard({
  verdict,
  context,
  headingRef,
  actions,
  comparison,
}: VerdictCardProps) {
  const id = useId();
  const { status, readiness, confidence } = verdict;
  const notYet = status === 'not-yet';
  return (
    <header className={`verdict verdict-${status}`}>
      <p className="verdict-context">{context}</p>
      <p className={`status-pill status-${status}`}>
        <Icon name={notYet ? 'cross' : status === 'hire-now' ? 'check' : 'alert'} size={18} />
        {verdict.statusLabel}
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {verdict.headline}
      </h1>
      {verdict.role && !sameWords(verdict.headline, verdict.role) && (
        <p className="verdict-role">{verdict.role}</p>
      )}
      {verdict.nextRole && <p className="verdict-role">Then: {verdict.nextRole}</p>}
      {verdict.profileNote && <p className="verdict-note">{verdict.profileNote}</p>}
      <div className="verdict-facts">
        <div className="verdict-fact">
          <p className="fact-label">
            Readiness <strong className="fact-value">{readiness.score}</strong>
            <span className="fact-unit"> / 100</span>
          </p>
          <div className={`readiness-bar band-${readiness.band}`} aria-hidden="true">
            <span style={{ width: `${Math.max(2, Math.min(100, readiness.score))}%` }} />
          </div>
          <p className="fact-text">{readiness.meaning}</p>
        </div>
        <div className="verdict-fact">
          <p className="fact-label">
            Confidence{' '}
            <strong className={`fact-value confidence-${confidence.level}`}>
              {CONFIDENCE_WORDS[confidence.level]}
            </strong>
          </p>
          <p className="fact-text">{confidence.reason}</p>
        </div>
      </div>
      {actions && <div className="verdict-actions no-print">{actions}</div>}
      {/* Under the actions, so an active what-if never pushes Share off a phone's first screen. */}
      {comparison}
      {verdict.points.length > 0 && (
        <div className="verdict-points">
          <h2 className="points-title" id={`${id}-points`}>
            {notYet ? 'What stops a hire now' : 'Why, in three points'}
          </h2>
          <ul aria-labelledby={`${id}-points`}>
            {verdict.points.map((point) => (
              <li key={point.text} className={`point point-${point.stance}`}>
                <Icon name={point.stance === 'for' ? 'check' : 'alert'} size={18} />
                <span>{point.text}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(verdict.levers.length > 0 || verdict.margins.length > 0) && (
        <div className="verdict-levers">
          {verdict.levers.length > 0 && (
            <>
              <h2 className="points-title">What would change it</h2>
              <ul>
                {verdict.levers.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
          {verdict.margins.length > 0 && (
            <>
              <h2 className="points-title">How firm it is</h2>
              <ul>
                {verdict.margins.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </header>
  );
}

/** Whether the headline already names the role ("Hire a mid-market Account Executive"). */
function sameWords(headline: string, role: string): boolean {
  return headline.toLowerCase().includes(role.toLowerCase());
}
