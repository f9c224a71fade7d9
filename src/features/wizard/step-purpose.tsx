import { questionsForStep, type Answers, type StepId } from '../../domain';
import { Icon } from '../../ui/icons';
import type { WizardView } from './paths';

/*
 * What each wizard screen is for, in our words: why we ask these questions and what the answers
 * decide in the result. Kept beside the wizard (not in the catalogue) because it describes what
 * the engine does with a whole step, not any one question; the questions' own short labels come
 * from the catalogue.
 */
const PURPOSE: Record<WizardView, { why: string; decides: string }> = {
  company: {
    why: 'Customers won so far show whether the way you sell already works; the team says who sells today.',
    decides:
      'Whether it is too early for any sales hire (founders usually close the first customers themselves), and where the pay figures come from.',
  },
  'lead-flow': {
    why: 'A closer needs a steady supply of qualified opportunities; an SDR is there to create them.',
    decides:
      'Whether the people who close are full or have room, so whether the gap is closing deals (an AE) or opening them (an SDR).',
  },
  process: {
    why: 'Someone new can only follow a way of selling that is written down and works without a founder in the room.',
    decides: 'Whether a hire can start now, or the playbook needs writing down first, and for how long.',
  },
  deals: {
    why: 'Deal size, close rate and cycle length say what one seller brings in and how many deals they can carry.',
    decides:
      'Whether a hire pays back on gross profit in time, which kind of seller the deal size calls for, and whether a low close rate is a fit problem rather than a headcount one.',
  },
  capacity: {
    why: 'Founder selling time is what a hire takes over; runway is how long you can wait for a new seller to pay off.',
    decides:
      'Whether founders are stretched enough to need help, and whether the money lasts through hiring, ramp-up and payback.',
  },
  check: {
    why: 'Every answer on one page, each with a Change link, before anything is worked out.',
    decides: 'Nothing yet: the result comes next, and every answer stays editable after it.',
  },
};

function isAnswered(answers: Partial<Answers>, id: keyof Answers): boolean {
  const value = answers[id];
  return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

/**
 * "About this step", beside the questions on a laptop and after them on a phone: why we ask,
 * what it decides, and (on a question step) which of its questions are answered already.
 */
export function StepPurpose({ view, answers }: { view: WizardView; answers: Partial<Answers> }) {
  const { why, decides } = PURPOSE[view];
  const questions = view === 'check' ? [] : questionsForStep(view as StepId);
  return (
    <div className="step-purpose">
      <p className="side-title">Why we ask</p>
      <p>{why}</p>
      <p className="side-title">What it decides</p>
      <p>{decides}</p>
      {questions.length > 0 ? (
        <>
          <p className="side-title">On this step</p>
          <ul className="step-questions">
            {questions.map((question) => {
              const done = isAnswered(answers, question.id);
              return (
                <li key={question.id} className={done ? 'step-question-done' : undefined}>
                  {done ? <Icon name="check" size={16} /> : <span className="step-question-dot" />}
                  {question.shortLabel}
                  {done ? <span className="visually-hidden"> (answered)</span> : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </div>
  );
}
