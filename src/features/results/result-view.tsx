import { useMemo, useState, type ReactNode } from 'react';
import './results.css';
import {
  ACTIVE_ASSUMPTION_KEYS,
  ANSWER_KEYS,
  ASSUMPTION_INFO,
  assessmentTitle,
  DEFAULT_ASSUMPTIONS,
  formatAnswer,
  formatLongDate,
  questionFor,
  type AnswerKey,
  type Answers,
  type Assessment,
  type Assumptions,
} from '../../domain';
import { usePreferencesStore } from '../../store/preferences';
import { Disclosure } from '../../ui/disclosure';
import { hrefFor } from '../../ui/router';
import { usePageHeading } from '../../ui/use-page-heading';
import { ArithmeticSection } from './arithmetic-section';
import { AssumptionsPanel, type AssumptionEditing } from './assumptions-panel';
import { ChartsSection } from './charts-section';
import { formatAssumption } from './format';
import { PreparedByLine } from './prepared-by';
import { PresenterNav, usePresenterSection, type PresenterSectionId } from './presenter-sections';
import { SourcesList } from './sources-list';
import { useAssessment } from './use-assessment';
import { verdictOf } from './verdict';
import { VerdictCard } from './verdict-card';
import { WhySection } from './why-section';

export interface PlanContext {
  assessment: Assessment;
  /** The answers in effect (with any what-if). */
  answers: Answers;
  /** Every assumption in effect (defaults merged with the changed ones). */
  assumptions: Assumptions;
}

export interface ResultViewProps {
  answers: Answers;
  /** Only the assumptions that differ from the defaults: what the store and share links carry. */
  changedAssumptions: Partial<Assumptions>;
  /** Present: the assumptions can be edited and the page re-scores. Absent: read-only. */
  editing?: AssumptionEditing;
  /** The line above the headline; defaults to the assessment's name, as the saved list shows it. */
  context?: ReactNode;
  /** The primary actions, inside the verdict card. Never printed. */
  actions?: ReactNode;
  /** Inside the verdict card under the headline, e.g. the what-if's before and after. */
  comparison?: ReactNode;
  /** Under the verdict card, e.g. a one-line note. */
  afterCard?: ReactNode;
  /** The what-if panel (own result only), as a section of its own. Keep it mounted: it may hold focus. */
  whatIf?: ReactNode;
  /**
   * The hiring plan (issue 11): rendered from the assessment this view computed, inside the
   * "The hiring plan" section and as presenter view's "Plan" step. Absent: no plan section.
   */
  plan?: (context: PlanContext) => ReactNode;
  /** The browser tab title for this result; absent when the view is not a page of its own. */
  pageTitle?: (assessment: Assessment) => string;
  /** Move focus to the h1 on arrival (a page of its own). */
  focusHeading?: boolean;
  /** Shown at the end, e.g. private notes. */
  footer?: ReactNode;
  /** Answers that are typical values, not the company's (a quick check): marked, confidence capped. */
  assumed?: readonly AnswerKey[];
}

/**
 * One complete result: the verdict first, then depth on demand in a reader's order (why, plan,
 * what-if, arithmetic, assumptions, sources, charts, answers). It takes data and callbacks only,
 * so the results page and the shared-result page both show it, with or without editing. In
 * presenter view it shows one section at a time (verdict, why, plan, numbers), moved with ← →.
 */
export function ResultView({
  answers,
  changedAssumptions,
  editing,
  context,
  actions,
  comparison,
  afterCard,
  whatIf,
  plan,
  pageTitle,
  focusHeading = false,
  footer,
  assumed = NONE_ASSUMED,
}: ResultViewProps) {
  const result = useAssessment(answers, changedAssumptions, assumed.length);
  const title = result.ok
    ? pageTitle?.(result.assessment)
    : 'Result could not be worked out – Hire Ready';
  const headingRef = usePageHeading(title, focusHeading);
  const name = assessmentTitle(answers);
  // The report's date: when this view opened, fixed for its lifetime.
  const [today] = useState(formatToday);
  const presenting = usePreferencesStore((state) => state.presenter);
  const sections = useMemo<PresenterSectionId[]>(
    () => (plan ? ['verdict', 'why', 'plan', 'numbers'] : ['verdict', 'why', 'numbers']),
    [plan],
  );
  const [section, sectionIndex, goTo] = usePresenterSection(sections, presenting);

  if (!result.ok) {
    return (
      <div className="result">
        <h1 ref={headingRef} tabIndex={-1}>
          We could not work out a result
        </h1>
        <p className="notice notice-bad">
          {result.message} Check the assumptions below or edit your answers.
        </p>
        <AssumptionsPanel assumptions={result.assumptions} editing={editing} />
      </div>
    );
  }

  const { assessment, assumptions } = result;
  const verdict = verdictOf(assessment);
  // Presenter view shows one section; elsewhere every section is on the page (folded).
  const shows = (id: PresenterSectionId) => !presenting || section === id;
  const sectionClass = (id: PresenterSectionId) => (shows(id) ? undefined : 'presenter-off');

  return (
    <div className={presenting ? 'result result-presenting' : 'result'}>
      {presenting && <PresenterNav sections={sections} current={sectionIndex} onGo={goTo} />}
      <div className="print-only report-head">
        <p>Hire Ready report · {today}</p>
        <PreparedByLine />
      </div>
      {presenting && section !== 'verdict' && (
        // The answer stays on screen (and the page keeps its h1) while another section is shown.
        <div className="presenter-headline">
          <p className="verdict-context">{name}</p>
          <h1>{verdict.headline}</h1>
        </div>
      )}
      <div className={sectionClass('verdict')}>
        <VerdictCard
          verdict={verdict}
          context={context ?? name}
          headingRef={headingRef}
          actions={actions}
          comparison={comparison}
        />
        {afterCard}
        {editing && (
          <p role="status" className="visually-hidden">
            Result: {verdict.statusLabel}. {verdict.headline}
          </p>
        )}
      </div>

      <div className="folds">
        <div className={sectionClass('why')}>
          <Disclosure
            title="Why"
            hint="The reasons each way, what to fix, next steps, what would change it"
            forceOpen={presenting}
          >
            <WhySection assessment={assessment} />
            <p className="roles-link no-print">
              <a href={hrefFor({ name: 'roles' })}>
                What do AEs, SDRs, BDRs and account managers do?
              </a>
            </p>
          </Disclosure>
        </div>
        {plan && (
          <div className={sectionClass('plan')}>
            <Disclosure
              title="The hiring plan"
              hint="Months, pay, sequence and the role kit"
              forceOpen={presenting}
            >
              {plan({ assessment, answers, assumptions })}
            </Disclosure>
          </div>
        )}
        {whatIf && <div className={sectionClass('numbers')}>{whatIf}</div>}
        <div className={sectionClass('numbers')}>
          <Disclosure
            title="The numbers at a glance"
            hint="Readiness by area, and pipeline against closing capacity"
            forceOpen={presenting}
          >
            <ChartsSection assessment={assessment} aes={answers.aes} />
          </Disclosure>
        </div>
        <div className={presenting ? 'presenter-off' : undefined}>
          <Disclosure
            title="The arithmetic"
            hint="How each number is worked out, and the rules that fired"
          >
            <ArithmeticSection
              answers={answers}
              assumptions={assumptions}
              assessment={assessment}
            />
          </Disclosure>
          <Disclosure
            title="Assumptions"
            hint={`${ACTIVE_ASSUMPTION_KEYS.length} benchmark figures behind the answer${
              Object.keys(changedAssumptions).length > 0
                ? `; ${Object.keys(changedAssumptions).length} changed`
                : ''
            }`}
          >
            <div className="no-print">
              <AssumptionsPanel assumptions={assumptions} editing={editing} />
            </div>
            <PrintedAssumptions assumptions={assumptions} />
          </Disclosure>
          <Disclosure title="Sources" hint="The published figures and rules this answer rests on">
            <SourcesList assessment={assessment} />
          </Disclosure>
          <Disclosure
            title="Your answers"
            hint={`The ${ANSWER_KEYS.length} answers this result is based on`}
          >
            <dl className="answer-list">
              {ANSWER_KEYS.map((key) => (
                <div key={key}>
                  <dt>{questionFor(key).shortLabel}</dt>
                  <dd>
                    {formatAnswer(key, answers)}
                    {assumed.includes(key) ? ' (assumed)' : ''}
                  </dd>
                </div>
              ))}
            </dl>
          </Disclosure>
          {footer}
        </div>
      </div>
    </div>
  );
}

const NONE_ASSUMED: readonly AnswerKey[] = [];

/** In print the editable panel is replaced by the list of what was changed. */
function PrintedAssumptions({ assumptions }: { assumptions: Assumptions }) {
  const changed = ACTIVE_ASSUMPTION_KEYS.filter(
    (key) => assumptions[key] !== DEFAULT_ASSUMPTIONS[key],
  );
  return (
    <div className="print-only">
      {changed.length === 0 ? (
        <p>All benchmark assumptions are at their defaults.</p>
      ) : (
        <ul>
          {changed.map((key) => (
            <li key={key}>
              {ASSUMPTION_INFO[key].label}: {formatAssumption(key, assumptions[key])} (default{' '}
              {formatAssumption(key, DEFAULT_ASSUMPTIONS[key])})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function formatToday(): string {
  return formatLongDate(new Date());
}
